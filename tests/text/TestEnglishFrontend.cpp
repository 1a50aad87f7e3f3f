// The English frontend against the reference's golden data
// (fixtures/frontend/en.jsonl: norm_text, phones and phone_ids per record), plus
// the normalisation rules the golden data does not reach.
#include <QtTest/QtTest>

#include <fstream>
#include <map>
#include <set>
#include <nlohmann/json.hpp>

#include "support/SharedData.h"
#include "text/english/EnglishFrontend.h"
#include "text/english/EnglishNormalizer.h"
#include "text/english/NumberWords.h"

using timbre::text::PhoneTableVersion;

namespace {

// Records we knowingly do not reproduce yet, with the reason. Each must still
// fail: a gap that starts passing fails the test, so this list stays honest.
const std::map<std::string, std::string> kKnownGaps = {
    {"en-025", "\"we live for\": the reference's NLTK tagger tags \"live\" as an adjective (L AY1 V); our "
               "neighbour-word rule says verb (L IH1 V)"},
    {"en-028", "\"I object to that object\": the reference's tagger reads the verb as a noun and the noun as a "
               "verb; our rule reads them the other way round"},
    {"en-030", "dictionary version: the reference reads \"company\" K AH1 M P AH0 N IY2 and \"units\" "
               "Y UW1 N IH0 T S, Festival's CMU 0.4 has IY0 and AH0"},
};

QStringList toList(const std::vector<std::string>& v) {
  QStringList out;
  for (const auto& s : v) out << QString::fromStdString(s);
  return out;
}

QList<int> toList(const std::vector<int>& v) { return QList<int>(v.begin(), v.end()); }

}  // namespace

class TestEnglishFrontend : public QObject {
  Q_OBJECT

 private slots:
  void goldenRecords_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normText");
    QTest::addColumn<QStringList>("phones");
    QTest::addColumn<QList<int>>("phoneIds");
    std::ifstream in(timbre::test::sharedPath("fixtures/frontend/en.jsonl"));
    QVERIFY2(in, "cannot open fixtures/frontend/en.jsonl");
    std::string line;
    int rows = 0;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      const auto j = nlohmann::json::parse(line);
      QTest::newRow(j.at("id").get<std::string>().c_str())
          << QString::fromStdString(j.at("text").get<std::string>())
          << QString::fromStdString(j.at("norm_text").get<std::string>())
          << toList(j.at("phones").get<std::vector<std::string>>())
          << toList(j.at("phone_ids").get<std::vector<int>>());
      ++rows;
    }
    QCOMPARE(rows, 26);
  }

  void goldenRecords() {
    QFETCH(QString, text);
    QFETCH(QString, normText);
    QFETCH(QStringList, phones);
    QFETCH(QList<int>, phoneIds);
    const auto result = timbre::text::phonemizeEnglish(text.toStdString(), PhoneTableVersion::V2);
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

  void knownGapsAreRealRecords() {
    std::ifstream in(timbre::test::sharedPath("fixtures/frontend/en.jsonl"));
    std::set<std::string> ids;
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) ids.insert(nlohmann::json::parse(line).at("id").get<std::string>());
    for (const auto& [id, reason] : kKnownGaps) QVERIFY2(ids.count(id), id.c_str());
  }

  void v1TableIds() {
    // English phones sit at the same ids in both tables.
    const auto v1 = timbre::text::phonemizeEnglish("Hi.", PhoneTableVersion::V1);
    QCOMPARE(toList(v1.phones), (QStringList{",", "HH", "AY1", "."}));
    QCOMPARE(toList(v1.phoneIds), (QList<int>{1, 51, 22, 3}));
  }

  void numberWords_data() {
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("andWord");
    QTest::addColumn<QString>("words");
    QTest::newRow("0") << "0" << "" << "zero";
    QTest::newRow("15") << "15" << "" << "fifteen";
    QTest::newRow("21") << "21" << "" << "twenty-one";
    QTest::newRow("100") << "100" << "" << "one hundred";
    QTest::newRow("101 and") << "101" << "and" << "one hundred and one";
    QTest::newRow("1001 and") << "1001" << "and" << "one thousand and one";
    QTest::newRow("1234 and") << "1234" << "and" << "one thousand, two hundred and thirty-four";
    QTest::newRow("3500") << "3500" << "" << "three thousand, five hundred";
    QTest::newRow("1000000") << "1000000" << "" << "one million";
  }
  void numberWords() {
    QFETCH(QString, digits);
    QFETCH(QString, andWord);
    QFETCH(QString, words);
    QCOMPARE(QString::fromStdString(
                 timbre::text::english::cardinalWords(digits.toStdString(), andWord.toStdString())),
             words);
  }

  void ordinals() {
    using namespace timbre::text::english;
    QCOMPARE(ordinalOfWords("twenty-one"), std::string("twenty-first"));
    QCOMPARE(ordinalOfWords("twelve"), std::string("twelfth"));
    QCOMPARE(ordinalOfWords("forty"), std::string("fortieth"));
    QCOMPARE(ordinalOfWords("one hundred"), std::string("one hundredth"));
    QCOMPARE(ordinalSuffix("11"), std::string("11th"));
    QCOMPARE(ordinalSuffix("22"), std::string("22nd"));
  }

  void normalisation_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normText");
    QTest::newRow("year") << "In 1905 and 2005." << "In nineteen oh five and two thousand five.";
    QTest::newRow("hundreds year") << "In 1500." << "In fifteen hundred.";
    QTest::newRow("dollar and cent") << "$1.01" << "one dollar and one cent";
    QTest::newRow("cents only") << "$0.5" << "fifty cents";
    QTest::newRow("pence") << "\xC2\xA3" "2.01" << "two pounds and one penny";
    QTest::newRow("fractions") << "1/2 3/4 5/2" << "one half three fourths five halves";
    QTest::newRow("afternoon time") << "13:00" << "one o'clock p.m.";
    QTest::newRow("units") << "5km and 1h" << "five kilometers and one hour";
    QTest::newRow("ordinal") << "the 2nd and 101st" << "the second and one hundred and first";
    QTest::newRow("numbered item") << "1. Go" << "first, Go";
    QTest::newRow("arithmetic") << "2 + 3 = 5" << "two plus three Equals five";
    QTest::newRow("e.g.") << "e.g. this" << "for example this";
    QTest::newRow("accents") << "caf\xC3\xA9 na\xC3\xAFve" << "cafe naive";
    QTest::newRow("repeated marks") << "What?!! No..." << "What? No.";
    QTest::newRow("curly apostrophe") << "can\xE2\x80\x99t" << "can't";
  }
  void normalisation() {
    QFETCH(QString, text);
    QFETCH(QString, normText);
    QCOMPARE(QString::fromStdString(timbre::text::english::normalizeEnglish(text.toStdString())), normText);
  }

  void shortInputGetsLeadingComma() {
    const auto r = timbre::text::phonemizeEnglish("Hi.");
    QCOMPARE(toList(r.phones), (QStringList{",", "HH", "AY1", "."}));
  }

  void unknownShortWordIsSpelled() {
    const auto r = timbre::text::phonemizeEnglish("zzq");
    QCOMPARE(toList(r.phones), (QStringList{"Z", "IY1", "Z", "IY1", "K", "Y", "UW1"}));
  }
};

QTEST_GUILESS_MAIN(TestEnglishFrontend)
#include "TestEnglishFrontend.moc"
