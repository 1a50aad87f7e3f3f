// Korean frontend: phones for sentences whose pronunciation is derived by hand from
// the standard pronunciation rules (표준 발음법). The reference could not be run
// (g2pk2 needs mecab-ko), so there is no golden data; every expectation below states
// the rule that produces it. Phones are compatibility jamo, compound vowels split
// (ㅕ -> ㅣ ㅓ, ㅘ -> ㅗ ㅏ), "ㅇ" for the empty onset, 空 for a space and a final "."
// after a trailing jamo.
#include <QtTest/QtTest>

#include "support/SharedData.h"
#include "text/PhoneTable.h"
#include "text/korean/KoreanFrontend.h"

using timbre::text::PhoneTable;
using timbre::text::PhoneTableVersion;

namespace {

QStringList phonesOf(const QString& text, PhoneTableVersion version = PhoneTableVersion::V2) {
  const auto result = timbre::text::phonemizeKorean(text.toStdString(), version);
  QStringList out;
  for (const auto& p : result.phones) out << QString::fromStdString(p);
  return out;
}

}  // namespace

class TestKoreanFrontend : public QObject {
  Q_OBJECT

 private slots:
  void sentences_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");  // phones separated by spaces

    // Greeting: no coda meets a consonant it changes; ㅕ/ㅛ split; final ".".
    QTest::newRow("annyeonghaseyo") << "안녕하세요" << "ㅇ ㅏ ㄴ ㄴ ㅣ ㅓ ㅇ ㅎ ㅏ ㅅ ㅔ ㅇ ㅣ ㅗ .";
    // 18항 nasalisation: 합니다 -> [함니다]; the sentence's own "." is kept.
    QTest::newRow("gamsahamnida") << "감사합니다." << "ㄱ ㅏ ㅁ ㅅ ㅏ ㅎ ㅏ ㅁ ㄴ ㅣ ㄷ ㅏ .";
    // 13항 liaison 국어 -> [구거]; ㄹ before ㄱ across the space is unchanged;
    // 합니다 -> [함니다]: [한구거를 공부함니다].
    QTest::newRow("hangugeoreul") << "한국어를 공부합니다"
                                  << "ㅎ ㅏ ㄴ ㄱ ㅜ ㄱ ㅓ ㄹ ㅡ ㄹ 空 ㄱ ㅗ ㅇ ㅂ ㅜ ㅎ ㅏ ㅁ ㄴ ㅣ ㄷ ㅏ .";
    // 14항 cluster liaison: 닭이 -> [달기], 없어요 -> [업써요] (ㅅ of ㅄ is tense).
    QTest::newRow("cluster liaison") << "닭이 없어요" << "ㄷ ㅏ ㄹ ㄱ ㅣ 空 ㅇ ㅓ ㅂ ㅆ ㅓ ㅇ ㅣ ㅗ .";
    // 17항 palatalisation: 굳이 -> [구지], 같이 -> [가치].
    QTest::newRow("palatalisation") << "굳이 같이" << "ㄱ ㅜ ㅈ ㅣ 空 ㄱ ㅏ ㅊ ㅣ .";
    // 12항 aspiration: 좋고 -> [조코] (ㅎ+ㄱ), 축하해 -> [추카해] (ㄱ+ㅎ).
    QTest::newRow("aspiration") << "좋고 축하해" << "ㅈ ㅗ ㅋ ㅗ 空 ㅊ ㅜ ㅋ ㅏ ㅎ ㅐ .";
    // 12항 4 ㅎ deletion: 좋아요 -> [조아요], 싫어 -> [시러].
    QTest::newRow("h deletion") << "좋아요 싫어" << "ㅈ ㅗ ㅇ ㅏ ㅇ ㅣ ㅗ 空 ㅅ ㅣ ㄹ ㅓ .";
    // 20항 lateralisation 신라 -> [실라]; 19항 ㄹ after ㅇ is [ㄴ]: 종로 -> [종노].
    QTest::newRow("lateralisation") << "신라 종로" << "ㅅ ㅣ ㄹ ㄹ ㅏ 空 ㅈ ㅗ ㅇ ㄴ ㅗ .";
    // 19항 붙임: 독립 -> [동닙]; 18항: 국물 -> [궁물].
    QTest::newRow("nasal before r") << "독립" << "ㄷ ㅗ ㅇ ㄴ ㅣ ㅂ .";
    QTest::newRow("nasal before m") << "국물" << "ㄱ ㅜ ㅇ ㅁ ㅜ ㄹ .";
    // Like g2pk, the coda rules also apply across one space (one phrase): 밥 먹어 -> [밤 머거],
    // 값 밟다 -> [갑 빱따] (tensification after the obstruent coda of 값).
    QTest::newRow("across space") << "밥 먹어" << "ㅂ ㅏ ㅁ 空 ㅁ ㅓ ㄱ ㅓ .";
    // 23항 tensification 학교 -> [학꾜]; 9항 neutralisation of a final ㅅ: 옷 -> [옫].
    QTest::newRow("tensification") << "학교 옷" << "ㅎ ㅏ ㄱ ㄲ ㅣ ㅗ 空 ㅇ ㅗ ㄷ .";
    // 10항 cluster simplification and tensification: 값 -> [갑], 밟다 -> [밥따].
    QTest::newRow("clusters") << "값 밟다" << "ㄱ ㅏ ㅂ 空 ㅃ ㅏ ㅂ ㄸ ㅏ .";
    QTest::newRow("cluster alone") << "밟다" << "ㅂ ㅏ ㅂ ㄸ ㅏ .";
    // 11항 다만: ㄺ of a verb stem before ㄱ: 읽고 -> [일꼬]; 싶어요 -> [시퍼요].
    QTest::newRow("rieul-giyeok") << "읽고 싶어요" << "ㅇ ㅣ ㄹ ㄲ ㅗ 空 ㅅ ㅣ ㅍ ㅓ ㅇ ㅣ ㅗ .";
    // 27항: the modifier -ㄹ tenses the bound noun 수: [할 쑤 이써요].
    QTest::newRow("modifier rieul") << "할 수 있어요" << "ㅎ ㅏ ㄹ 空 ㅆ ㅜ 空 ㅇ ㅣ ㅆ ㅓ ㅇ ㅣ ㅗ .";
    // 5항 다만 3: 의 after a consonant is [ㅣ]: 희망 -> [히망].
    QTest::newRow("ui") << "희망" << "ㅎ ㅣ ㅁ ㅏ ㅇ .";
    // The particle 을 before ㄴ across a space is not lateralised (fix_g2pk2_error):
    // [채글 너무 조아해].
    QTest::newRow("particle before n") << "책을 너무 좋아해"
                                       << "ㅊ ㅐ ㄱ ㅡ ㄹ 空 ㄴ ㅓ ㅁ ㅜ 空 ㅈ ㅗ ㅇ ㅏ ㅎ ㅐ .";
    // ㄴ insertion in a compound (29항): 색연필 -> [생년필].
    QTest::newRow("n insertion") << "색연필" << "ㅅ ㅐ ㅇ ㄴ ㅣ ㅓ ㄴ ㅍ ㅣ ㄹ .";
    // Native numeral before a counter: 3개 -> 세개; ㅘ -> ㅗ ㅏ.
    QTest::newRow("native number") << "사과 3개" << "ㅅ ㅏ ㄱ ㅗ ㅏ 空 ㅅ ㅔ ㄱ ㅐ .";
    // Sino-Korean year: 2024년 -> 이천이십사년 -> [이처니십싸년] (liaison, tensification).
    QTest::newRow("sino number") << "2024년" << "ㅇ ㅣ ㅊ ㅓ ㄴ ㅣ ㅅ ㅣ ㅂ ㅆ ㅏ ㄴ ㅣ ㅓ ㄴ .";
    // 12시 30분: native hours (열두시), Sino minutes (삼십분); 십+분 -> [십뿐].
    QTest::newRow("time") << "12시 30분" << "ㅇ ㅣ ㅓ ㄹ ㄷ ㅜ ㅅ ㅣ 空 ㅅ ㅏ ㅁ ㅅ ㅣ ㅂ ㅃ ㅜ ㄴ .";
    // A phone number is read digit by digit (영일영 일이삼사); "-" is a table symbol.
    // 영일영 -> [영이령]: the ㅇ coda of 영 never moves, the ㄹ of 일 links (13항);
    // 일이삼사 -> [이리삼사].
    QTest::newRow("phone number") << "010-1234" << "ㅇ ㅣ ㅓ ㅇ ㅇ ㅣ ㄹ ㅣ ㅓ ㅇ - ㅇ ㅣ ㄹ ㅣ ㅅ ㅏ ㅁ ㅅ ㅏ .";
    // 10월 is 시월 (the ㅂ of 십 is dropped).
    QTest::newRow("october") << "10월" << "ㅅ ㅣ ㅇ ㅜ ㅓ ㄹ .";
    // Latin letters are read by their Korean names: AI -> 에이아이.
    QTest::newRow("latin") << "AI" << "ㅇ ㅔ ㅇ ㅣ ㅇ ㅏ ㅇ ㅣ .";
    // Punctuation: "," kept, "!" kept, full-width "，" -> ","; 겠어 -> [게써].
    QTest::newRow("punctuation") << "네, 알겠어요！" << "ㄴ ㅔ , 空 ㅇ ㅏ ㄹ ㄱ ㅔ ㅆ ㅓ ㅇ ㅣ ㅗ !";
    QTest::newRow("fullwidth comma") << "네，네。" << "ㄴ ㅔ , ㄴ ㅔ .";
    // An unknown character becomes 停; no "." after it.
    QTest::newRow("unknown") << "안녕~" << "ㅇ ㅏ ㄴ ㄴ ㅣ ㅓ ㅇ 停";
  }

  void sentences() {
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(phonesOf(text).join(' '), expected);
  }

  void idsAreV2Symbols() {
    const auto& table = PhoneTable::get(PhoneTableVersion::V2);
    const auto result = timbre::text::phonemizeKorean("안녕하세요, 한국어를 공부합니다! 2024년 AI 안녕~");
    QCOMPARE(result.phoneIds.size(), result.phones.size());
    QVERIFY(!result.word2ph.has_value());
    QCOMPARE(result.normText, std::string("안녕하세요, 한국어를 공부합니다! 2024년 AI 안녕~"));
    for (std::size_t i = 0; i < result.phones.size(); ++i) {
      const auto id = table.id(result.phones[i]);
      QVERIFY2(id.has_value(), result.phones[i].c_str());
      QVERIFY(*id != table.unkId());
      QCOMPARE(result.phoneIds[i], *id);
    }
    // The Korean symbols sit between "]" (323) and the Cantonese ones: ㄱ is 324, 停 351, 空 352.
    QCOMPARE(*table.id("ㄱ"), 324);
    QCOMPARE(*table.id("停"), 351);
    QCOMPARE(*table.id("空"), 352);
  }

  void v1HasNoKoreanPhones() {
    const auto result = timbre::text::phonemizeKorean("안녕", PhoneTableVersion::V1);
    const auto& v1 = PhoneTable::get(PhoneTableVersion::V1);
    // Every jamo is UNK there; the final "." is a shared punctuation symbol.
    QCOMPARE(result.phones.size(), std::size_t(8));
    for (std::size_t i = 0; i + 1 < result.phones.size(); ++i) {
      QCOMPARE(result.phones[i], std::string("UNK"));
      QCOMPARE(result.phoneIds[i], v1.unkId());
    }
    QCOMPARE(result.phones.back(), std::string("."));
  }
};

QTEST_APPLESS_MAIN(TestKoreanFrontend)
#include "TestKoreanFrontend.moc"
