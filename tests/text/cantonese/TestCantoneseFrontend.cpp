// Cantonese frontend: phones, word2ph and normText for sentences whose Jyutping is
// given by hand (standard Hong Kong Cantonese readings). There is no golden data (the
// reference could not be run), so each case says where its phones come from. A syllable
// is split like the reference: "Y" + initial, "Y" + final + tone (hoeng1 -> Yh Yoeng1).
#include <QtTest/QtTest>

#include "support/SharedData.h"
#include "text/PhoneTable.h"
#include "text/cantonese/CantoneseFrontend.h"

using timbre::text::PhoneTable;
using timbre::text::PhoneTableVersion;

namespace {

// With the Mandarin normaliser built in, the text is converted to simplified characters
// first, as the reference's TextNormalizer does; the readings stay the same.
#if __has_include("text/chinese/ChineseFrontend.h")
constexpr bool kToSimplified = true;
#else
constexpr bool kToSimplified = false;
#endif

QString join(const std::vector<std::string>& phones) {
  QStringList out;
  for (const auto& p : phones) out << QString::fromStdString(p);
  return out.join(' ');
}

QString join(const std::vector<int>& values) {
  QStringList out;
  for (int v : values) out << QString::number(v);
  return out.join(' ');
}

}  // namespace

class TestCantoneseFrontend : public QObject {
  Q_OBJECT

 private slots:
  void sentences_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normText");            // traditional characters kept
    QTest::addColumn<QString>("normTextSimplified");  // after the TextNormalizer's t2s
    QTest::addColumn<QString>("phones");
    QTest::addColumn<QString>("word2ph");

    // nei5 hou2: n + ei5, h + ou2.
    QTest::newRow("nei hou") << "你好" << "你好" << "你好" << "Yn Yei5 Yh You2" << "2 2";
    // ngo5 dei6 heoi3 jam2 caa4 ("we go for dim sum"): ng is an initial (before n in
    // the list), 我哋 and 飲茶 are dictionary words.
    QTest::newRow("yum cha") << "我哋去飲茶" << "我哋去飲茶" << "我哋去饮茶" << "Yng Yo5 Yd Yei6 Yh Yeoi3 Yj Yam2 Yc Yaa4"
                             << "2 2 2 2 2";
    // hoeng1 gong2.
    QTest::newRow("hong kong") << "香港" << "香港" << "香港" << "Yh Yoeng1 Yg Yong2" << "2 2";
    // Full-width punctuation maps to , and !, one phone each.
    QTest::newRow("punctuation") << "你好，香港！" << "你好,香港!" << "你好,香港!" << "Yn Yei5 Yh You2 , Yh Yoeng1 Yg Yong2 !"
                                 << "2 2 1 2 2 1";
    // Simplified input finds the same words: 广东话 = 廣東話 gwong2 dung1 waa2 (gw initial).
    QTest::newRow("simplified") << "广东话" << "广东话" << "广东话" << "Ygw Yong2 Yd Yung1 Yw Yaa2" << "2 2 2";
    QTest::newRow("traditional") << "廣東話。" << "廣東話." << "广东话." << "Ygw Yong2 Yd Yung1 Yw Yaa2 ." << "2 2 2 1";
    // Longest match picks the word reading: 銀行 ngan4 hong4 (bank), 行路 haang4 lou6 (walk).
    QTest::newRow("bank") << "銀行" << "銀行" << "银行" << "Yng Yan4 Yh Yong4" << "2 2";
    QTest::newRow("walk") << "行路" << "行路" << "行路" << "Yh Yaang4 Yl You6" << "2 2";
    // Syllabic m: m4 -> Ym + Ym4 (the final repeats the initial's last letter).
    QTest::newRow("m4") << "唔好" << "唔好" << "唔好" << "Ym Ym4 Yh You2" << "2 2";
    // Zero-initial and syllabic ng: 愛 oi3 -> oi + i3, 屋 uk1 -> uk + k1, 五 ng5 -> ng + g5,
    // 鴨 aap3 -> aa + p3 (the reference's INITIALS order).
    QTest::newRow("zero initials") << "愛屋五鴨" << "愛屋五鴨" << "爱屋五鸭" << "Yoi Yi3 Yuk Yk1 Yng Yg5 Yaa Yp3" << "2 2 2 2";
    // Spaces are removed, quotes and brackets deleted, "..." becomes "…".
    QTest::newRow("quotes") << "「香港」 好..." << "香港好…" << "香港好…" << "Yh Yoeng1 Yg Yong2 Yh You2 …" << "2 2 2 1";
    // The reference's example sentence: keoi5 go3 co4 tau2 taai3 dyun2 laa1 (鋤頭 as a word).
    QTest::newRow("hoe") << "佢個鋤頭太短啦。" << "佢個鋤頭太短啦." << "佢个锄头太短啦."
                         << "Yk Yeoi5 Yg Yo3 Yc Yo4 Yt Yau2 Yt Yaai3 Yd Yyun2 Yl Yaa1 ." << "2 2 2 2 2 2 2 1";
    // Colloquial single-character defaults: 會 "will" wui5, 行 "walk" haang4:
    // 我會行 ngo5 wui5 haang4.
    QTest::newRow("colloquial") << "我會行" << "我會行" << "我会行" << "Yng Yo5 Yw Yui5 Yh Yaang4" << "2 2 2";
    // A character without any reading (the radical 乄) is dropped; Latin letters are deleted.
    QTest::newRow("no reading") << "你乄好abc" << "你好" << "你好" << "Yn Yei5 Yh You2" << "2 2";
  }

  void sentences() {
    QFETCH(QString, text);
    QFETCH(QString, normText);
    QFETCH(QString, normTextSimplified);
    QFETCH(QString, phones);
    QFETCH(QString, word2ph);
    const auto r = timbre::text::phonemizeCantonese(text.toStdString());
    QCOMPARE(QString::fromStdString(r.normText), kToSimplified ? normTextSimplified : normText);
    QCOMPARE(join(r.phones), phones);
    QVERIFY(r.word2ph.has_value());
    QCOMPARE(join(*r.word2ph), word2ph);
    // Every phone is a v2 symbol, never UNK, and the ids match the table.
    const auto& table = PhoneTable::get(PhoneTableVersion::V2);
    QCOMPARE(r.phoneIds.size(), r.phones.size());
    for (std::size_t i = 0; i < r.phones.size(); ++i) {
      const auto id = table.id(r.phones[i]);
      QVERIFY2(id.has_value(), r.phones[i].c_str());
      QVERIFY(*id != table.unkId());
      QCOMPARE(r.phoneIds[i], *id);
    }
    int sum = 0;
    for (int n : *r.word2ph) sum += n;
    QCOMPARE(static_cast<std::size_t>(sum), r.phones.size());
  }

  void syllableSplit_data() {
    QTest::addColumn<QString>("jyutping");
    QTest::addColumn<QString>("phones");
    QTest::newRow("gwong2") << "gwong2" << "Ygw Yong2";
    QTest::newRow("kwan4") << "kwan4" << "Ykw Yan4";
    QTest::newRow("ngaa4") << "ngaa4" << "Yng Yaa4";  // the "nga" special case
    QTest::newRow("aai2") << "aai2" << "Yaa Yi2";    // "aa" comes before "aai" in the list
    QTest::newRow("aa3") << "aa3" << "Yaa Ya3";      // empty final: the initial's last letter
    QTest::newRow("ou3") << "ou3" << "You Yu3";
    QTest::newRow("jyu4") << "jyu4" << "Yj Yyu4";
    QTest::newRow("zyun2") << "zyun2" << "Yz Yyun2";
  }

  void syllableSplit() {
    QFETCH(QString, jyutping);
    QFETCH(QString, phones);
    QCOMPARE(join(timbre::text::cantonese::syllableToPhones(jyutping.toStdString())), phones);
  }

  void numbers() {
#if !__has_include("text/chinese/ChineseFrontend.h")
    QSKIP("the Mandarin number normaliser (text/chinese/ChineseFrontend.h) is not built in");
#else
    // 3個 -> 三個 saam1 go3.
    const auto r = timbre::text::phonemizeCantonese("3個");
    QCOMPARE(join(r.phones), QString("Ys Yaam1 Yg Yo3"));
    QCOMPARE(join(*r.word2ph), QString("2 2"));
#endif
  }
};

QTEST_APPLESS_MAIN(TestCantoneseFrontend)
#include "TestCantoneseFrontend.moc"
