// The Japanese frontend against the reference's golden data
// (fixtures/frontend/ja.jsonl: norm_text, phones and phone_ids per record), plus
// hard cases: numbers and counters, long vowels, unvoiced vowels, the accent marks,
// punctuation, and the user dictionary.
#include <QtTest/QtTest>

#include <QProcess>

#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "support/SharedData.h"
#include "text/japanese/JapaneseFrontend.h"
#include "timbre/Error.h"

using timbre::text::PhoneTableVersion;

namespace {

// Records we knowingly do not reproduce, with the reason. Each must still fail:
// a gap that starts passing fails the test, so this list stays honest.
const std::map<std::string, std::string> kKnownGaps = {};

constexpr double kMinAccuracy = 0.9;

QStringList toList(const std::vector<std::string>& v) {
  QStringList out;
  for (const auto& s : v) out << QString::fromStdString(s);
  return out;
}

QList<int> toList(const std::vector<int>& v) { return QList<int>(v.begin(), v.end()); }

QStringList phones(const std::string& text, const std::map<std::string, std::string>* user = nullptr) {
  return toList(timbre::text::phonemizeJapanese(text, PhoneTableVersion::V2, user).phones);
}

QStringList split(const char* spaced) { return QString::fromUtf8(spaced).split(' ', Qt::SkipEmptyParts); }

std::vector<nlohmann::json> loadGolden() {
  return timbre::test::readJsonLines(timbre::test::sharedPath("fixtures/frontend/ja.jsonl"));
}

}  // namespace

class TestJapaneseFrontend : public QObject {
  Q_OBJECT

 private slots:
  void goldenRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normText");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QList<int>>("phoneIds");
    const auto records = loadGolden();
    QCOMPARE(records.size(), std::size_t(10));
    for (const auto& j : records)
      QTest::newRow(j.at("id").get<std::string>().c_str())
          << QString::fromStdString(j.at("text").get<std::string>())
          << QString::fromStdString(j.at("norm_text").get<std::string>())
          << toList(j.at("phones").get<std::vector<std::string>>())
          << toList(j.at("phone_ids").get<std::vector<int>>());
  }

  void goldenRecords() {
    QFETCH(QString, text);
    QFETCH(QString, normText);
    QFETCH(QStringList, phones);
    QFETCH(QList<int>, phoneIds);
    const auto result = timbre::text::phonemizeJapanese(text.toStdString(), PhoneTableVersion::V2);
    QVERIFY(!result.word2ph.has_value());
    const bool matches = QString::fromStdString(result.normText) == normText && toList(result.phones) == phones &&
                         toList(result.phoneIds) == phoneIds;
    const auto gap = kKnownGaps.find(QTest::currentDataTag());
    if (gap != kKnownGaps.end()) {
      QVERIFY2(!matches, "a known-gap record now matches the reference: remove it from kKnownGaps");
      qInfo("known gap %s: %s", QTest::currentDataTag(), gap->second.c_str());
      return;
    }
    QCOMPARE(QString::fromStdString(result.normText), normText);
    QCOMPARE(toList(result.phones), phones);
    QCOMPARE(toList(result.phoneIds), phoneIds);
  }

  // The exact-match rate over all records (known gaps included) must reach the target.
  void accuracy() {
    int total = 0, exact = 0;
    for (const auto& j : loadGolden()) {
      const auto r = timbre::text::phonemizeJapanese(j.at("text").get<std::string>(), PhoneTableVersion::V2);
      ++total;
      exact += r.normText == j.at("norm_text").get<std::string>() &&
               r.phones == j.at("phones").get<std::vector<std::string>>() &&
               r.phoneIds == j.at("phone_ids").get<std::vector<int>>();
    }
    const double rate = double(exact) / total;
    qInfo("ja.jsonl exact match: %d of %d (%.0f %%)", exact, total, 100.0 * rate);
    QVERIFY2(rate >= kMinAccuracy, "Japanese exact-match accuracy below 90 %");
  }

  void knownGapsAreRealRecords() {
    std::set<std::string> ids;
    for (const auto& j : loadGolden()) ids.insert(j.at("id").get<std::string>());
    for (const auto& [id, reason] : kKnownGaps) QVERIFY2(ids.count(id), id.c_str());
  }

  // Expected values come from pieces of the golden records (an accent phrase of
  // ja.jsonl taken on its own) or from Open JTalk's fixed tables.
  void hardCases_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    // Unvoiced vowels come out lower case: です = d e s u (ja-000), never d e s U.
    QTest::newRow("desu lower case") << "天気です" << split("t e ] N k i d e s u");
    // Long vowels: the reading トーキョー repeats the vowel.
    QTest::newRow("long vowels") << "東京" << split("t o [ o ky o o");
    // Sokuon (ja-012).
    QTest::newRow("sokuon") << "ちょっと" << split("ch o ] cl t o");
    // Accent type 1: fall after the first mora, no rise (ja-007).
    QTest::newRow("accent type 1") << "猫" << split("n e ] k o");
    // Flat accent (type 0): a rise and no fall (ja-000).
    QTest::newRow("flat accent") << "こんにちは" << split("k o [ N n i ch i w a");
    // Numbers: place words, 三百 = サンビャク, one accent phrase per group (ja-001).
    QTest::newRow("number 333") << "333メートル"
                                << split("s a ] N by a k u # s a ] N j u u # s a [ N m e ] e t o r u");
    // Counters: 四月 = シガツ, 一日 after 月 = ツイタチ (ja-013).
    QTest::newRow("date") << "4月1日に" << split("sh i [ g a ts u # ts u [ i t a ch i ] n i");
    // Full-width digits read like ASCII ones (ja-013's 2024年).
    QTest::newRow("full-width digits") << "２０２４年" << split("n i [ s e ] N # n i ] j u u # y o ] n e N");
    // Open JTalk's fixed readings: 一人 = ヒトリ (accent 2), 二十日 = ハツカ (flat).
    QTest::newRow("hitori") << "1人" << split("h i [ t o ] r i");
    QTest::newRow("hatsuka") << "20日" << split("h a [ ts u k a");
    // Verb + う: the う becomes a long vowel (行こう = イコー).
    QTest::newRow("volitional u") << "行こう" << split("i [ k o o");
  }
  void hardCases() {
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList got = phones(text.toStdString());
    std::replace(got.begin(), got.end(), QString("UNK"), QString("#"));
    QCOMPARE(got, expected);
  }

  void accentPhraseBoundaryIsUnk() {
    // "#" is not in the v2 table: the reference keeps it as UNK (id 86).
    const auto r = timbre::text::phonemizeJapanese("私は", PhoneTableVersion::V2);
    QCOMPARE(toList(r.phones), split("w a [ t a sh i w a"));
    const auto r2 = timbre::text::phonemizeJapanese("猫が好き", PhoneTableVersion::V2);
    QVERIFY(toList(r2.phones).contains("UNK"));
    QCOMPARE(r2.phoneIds[std::size_t(toList(r2.phones).indexOf("UNK"))], 86);
  }

  void pitchMarksAreUnkInV1() {
    const auto v2 = timbre::text::phonemizeJapanese("こんにちは", PhoneTableVersion::V2);
    QCOMPARE(v2.phoneIds[2], 322);  // "[" in v2
    const auto v1 = timbre::text::phonemizeJapanese("こんにちは", PhoneTableVersion::V1);
    QCOMPARE(toList(v1.phones), split("k o UNK N n i ch i w a"));
  }

  void punctuation() {
    // Full-width marks map to , . ! ?, spaces vanish, unknown marks become UNK, and
    // each Japanese stretch is converted on its own (ja-012).
    QCOMPARE(phones("すみません、ちょっと"), split("s u [ m i m a s e ] N , ch o ] cl t o"));
    QCOMPARE(phones("猫！ 猫？"), split("n e ] k o ! n e ] k o ?"));
    QCOMPARE(phones("「猫」"), split("UNK n e ] k o UNK"));
    QCOMPARE(phones("猫；猫：猫。"), split("n e ] k o , n e ] k o , n e ] k o ."));
  }

  void noUpperCaseVowels() {
    for (const auto& j : loadGolden())
      for (const auto& p : phones(j.at("text").get<std::string>()))
        QVERIFY2(p != "A" && p != "I" && p != "U" && p != "E" && p != "O", qPrintable(p));
  }

  void normalisationCollapsesAsciiPunctuation() {
    const auto r = timbre::text::phonemizeJapanese("猫!!!?", PhoneTableVersion::V2);
    QCOMPARE(QString::fromStdString(r.normText), QString("猫!"));
    QCOMPARE(toList(r.phones), split("n e ] k o !"));
  }

  void mixedKanaKanjiAndLatin() {
    // Letters MeCab has no word for are read letter by letter, case-insensitively
    // (the reference lower-cases first; Open JTalk converts to full width).
    QCOMPARE(phones("abc"), split("e [ e b i i sh i i"));
    QCOMPARE(phones("ABC"), phones("abc"));
    QCOMPARE(phones("ａｂｃ"), phones("abc"));
    // Kana and kanji mixed in one word stretch (ja-009).
    QCOMPARE(phones("登りたい"), split("n o [ b o r i t a ] i"));
  }

  void missingDictionaryIsAClearError() {
    // Checked in a child process: the dictionary is opened once per process.
    if (qEnvironmentVariableIsSet("TIMBRE_JA_TEST_CHILD")) {
      try {
        timbre::text::phonemizeJapanese("猫");
      } catch (const timbre::Error& e) {
        const std::string what = e.what();
        const bool ok = e.code() == timbre::ErrorCode::Io && what.find("/nonexistent/dic") != std::string::npos &&
                        what.find("open-jtalk-mecab-naist-jdic") != std::string::npos;
        std::exit(ok ? 0 : 3);
      }
      std::exit(2);
    }
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("TIMBRE_JA_TEST_CHILD", "1");
    env.insert("TIMBRE_JA_DICT", "/nonexistent/dic");
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {"missingDictionaryIsAClearError"});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);
  }

  void userKanaOverride() {
    const std::map<std::string, std::string> user = {{"猫", "ニャンコ"}, {"猫田", "ネコタ/1"}};
    QCOMPARE(phones("猫", &user), split("ny a [ N k o"));
    QCOMPARE(phones("猫田", &user), split("n e ] k o t a"));  // longest match, accent type 1
    QCOMPARE(phones("猫が", &user), split("ny a [ N k o g a"));
    const std::map<std::string, std::string> bad = {{"猫", "cat"}};
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::text::phonemizeJapanese("猫", PhoneTableVersion::V2, &bad));
  }
};

QTEST_GUILESS_MAIN(TestJapaneseFrontend)
#include "TestJapaneseFrontend.moc"
