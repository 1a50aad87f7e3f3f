// The training wizard's Read aloud sentences (resources/training/read-aloud/*.txt,
// compiled into timbre_read_aloud): enough of them per language, each one read by the
// engine's own frontend without an unknown phone, and together covering the phones
// that frontend outputs for the language (GPT-SoVITS v2 table), the first 15 already
// most of them.
//
// A language's inventory is the part of the v2 table its frontend can output:
//   zh   the initials of opencpop-strict (with y, w and the zero initials AA EE OO) and
//        every final with its tone (1-5, "E"/"En" from ye/yan, "i0" from zi ci si).
//        Left out as genuinely rare: the neutral tone on En iao iong iu ong uai ui un van
//        ve vn (a handful of words each, none everyday) and iong4 (only in rare
//        characters such as 夐).
//   en   the 39 ARPAbet phones, vowels with stress 0, 1 and 2. Left out: UH0 (an
//        unstressed UH is in no everyday word of the CMU dictionary, only in names).
//   ja   Open JTalk's phonemes that the table has (not gw, kw, ty: they become UNK in
//        the reference too).
//   ko   the compatibility jamo, 19 consonants and 8 vowels.
//   yue  every "Y" symbol. Left out: checked finals (-p, -t, -k, also the reference's
//        split-off "Yp", "Yt", "Yk") in tones 2, 4 and 5, which Cantonese syllables
//        ending in a stop do not take (tones 1, 3, 6 only). Many of the rest are the
//        reference's splitting of vowel-initial syllables ("aai2" -> Yaa Yi2) or tones
//        a final hardly ever carries, which is why the floor there is lower.
// "Base" coverage ignores the tone or stress digit: every base phone is covered.
// The floors are what the sets measured when they were written.
#include <QtTest/QtTest>

#include "support/SharedData.h"
#include "text/PhoneTable.h"
#include "text/Phonemizer.h"
#include "timbre/Error.h"
#include "training/data/ReadAloudScript.h"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>

using timbre::text::PhoneTable;
using timbre::text::PhoneTableVersion;
using timbre::training::data::readAloudSentences;

namespace {

constexpr std::size_t kFirstSentences = 15;  // about a minute of reading

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isLower(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
std::string_view withoutTone(std::string_view phone) {
  return !phone.empty() && isDigit(phone.back()) ? phone.substr(0, phone.size() - 1) : phone;
}
char toneOf(std::string_view phone) { return !phone.empty() && isDigit(phone.back()) ? phone.back() : 0; }

bool inMandarinInventory(std::string_view p) {
  static const std::set<std::string_view> initials = {"b", "p", "m", "f", "d",  "t",  "n",  "l", "g",
                                                      "k", "h", "j", "q", "x",  "zh", "ch", "sh", "r",
                                                      "z", "c", "s", "y", "w",  "AA", "EE", "OO"};
  static const std::set<std::string_view> rare = {"En5",  "iao5", "iong5", "iu5", "ong5", "uai5", "ui5",
                                                  "un5",  "van5", "ve5",   "vn5", "iong4"};
  if (initials.count(p)) return true;
  const char tone = toneOf(p);
  if (tone < '1' || tone > '5' || rare.count(p)) return false;
  std::string_view final = withoutTone(p);
  if (final == "E" || final == "En") return true;
  if (final.size() > 1 && final.back() == '0') final.remove_suffix(1);  // i0
  return isLower(final);
}

bool inEnglishInventory(std::string_view p) {
  static const std::set<std::string_view> vowels = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER",
                                                    "EY", "IH", "IY", "OW", "OY", "UH", "UW"};
  static const std::set<std::string_view> consonants = {"B", "CH", "D",  "DH", "F", "G", "HH", "JH",
                                                        "K", "L",  "M",  "N",  "NG", "P", "R", "S",
                                                        "SH", "T", "TH", "V",  "W", "Y", "Z", "ZH"};
  if (consonants.count(p)) return true;
  const char stress = toneOf(p);
  return stress >= '0' && stress <= '2' && vowels.count(withoutTone(p)) && p != "UH0";
}

bool inJapaneseInventory(std::string_view p) {
  static const std::set<std::string_view> phones = {
      "N", "a", "b", "by", "ch", "cl", "d", "dy", "e", "f",  "g", "gy", "h", "hy", "i", "j", "k", "ky",
      "m", "my", "n", "ny", "o", "p",  "py", "r", "ry", "s", "sh", "t", "ts", "u", "v", "w", "y", "z"};
  return phones.count(p) > 0;
}

bool inKoreanInventory(std::string_view p) {
  // One compatibility jamo, U+3131..U+3163: three UTF-8 bytes E3 84 B1 .. E3 85 A3.
  if (p.size() != 3) return false;
  const unsigned code = (unsigned(static_cast<unsigned char>(p[0]) & 0x0F) << 12) |
                        (unsigned(static_cast<unsigned char>(p[1]) & 0x3F) << 6) |
                        unsigned(static_cast<unsigned char>(p[2]) & 0x3F);
  return code >= 0x3131 && code <= 0x3163;
}

bool inCantoneseInventory(std::string_view p) {
  if (p.size() < 2 || p[0] != 'Y') return false;
  const char tone = toneOf(p);
  const std::string_view body = withoutTone(p).substr(1);
  if (!isLower(body) || (tone != 0 && (tone < '1' || tone > '6'))) return false;
  const bool checked = body.back() == 'p' || body.back() == 't' || body.back() == 'k';
  return !(checked && (tone == '2' || tone == '4' || tone == '5'));
}

struct LanguageFloors {
  const char* language;
  bool (*inInventory)(std::string_view);
  double all;    // fraction of the inventory the whole set covers
  double first;  // ... the first kFirstSentences cover
};

// Measured: zh 207/209 and 142/209, en, ja and ko all of it in both, yue 273/319 and
// 154/319.
constexpr std::array<LanguageFloors, 5> kFloors = {{
    {"zh", inMandarinInventory, 0.99, 0.67},
    {"en", inEnglishInventory, 1.0, 1.0},
    {"ja", inJapaneseInventory, 1.0, 1.0},
    {"ko", inKoreanInventory, 1.0, 1.0},
    {"yue", inCantoneseInventory, 0.85, 0.48},
}};

const LanguageFloors& floorsOf(const std::string& language) {
  for (const LanguageFloors& f : kFloors)
    if (language == f.language) return f;
  throw std::logic_error("no floors for " + language);
}

std::set<std::string> inventoryOf(const LanguageFloors& floors) {
  const PhoneTable& table = PhoneTable::get(PhoneTableVersion::V2);
  std::set<std::string> out;
  for (std::size_t id = 0; id < table.size(); ++id) {
    const std::string_view symbol = table.symbol(int(id));
    if (floors.inInventory(symbol)) out.emplace(symbol);
  }
  return out;
}

std::set<std::string> basesOf(const std::set<std::string>& phones) {
  std::set<std::string> out;
  for (const std::string& p : phones) out.emplace(withoutTone(p));
  return out;
}

QString listed(const std::set<std::string>& phones) {
  QStringList out;
  for (const std::string& p : phones) out << QString::fromStdString(p);
  return out.join(' ');
}

// How much of `inventory` `covered` holds; prints what is missing so the next
// person to edit a set knows which phones to write a sentence for.
double coverage(const std::set<std::string>& inventory, const std::set<std::string>& covered, const QString& what) {
  std::set<std::string> missing;
  std::set_difference(inventory.begin(), inventory.end(), covered.begin(), covered.end(),
                      std::inserter(missing, missing.end()));
  const double fraction = double(inventory.size() - missing.size()) / double(inventory.size());
  qInfo().noquote() << what << QString::number(inventory.size() - missing.size()) + "/" +
                                   QString::number(inventory.size())
                    << "missing:" << listed(missing);
  return fraction;
}

bool isPunctuation(const std::string& p) { return p == "," || p == "." || p == "!" || p == "?" || p == "…"; }

}  // namespace

class TestReadAloudScript : public QObject {
  Q_OBJECT

  static void addLanguageRows() {
    QTest::addColumn<QString>("language");
    for (const std::string& lang : timbre::text::phonemizerLanguages())
      QTest::newRow(lang.c_str()) << QString::fromStdString(lang);
  }

 private slots:
  void everyFrontendLanguageHasSixtySentences_data() { addLanguageRows(); }
  void everyFrontendLanguageHasSixtySentences() {
    QFETCH(QString, language);
    const auto sentences = readAloudSentences(language.toStdString());
    QVERIFY2(sentences.size() >= 60, qPrintable(QString::number(sentences.size())));
    std::set<std::string> seen;
    for (const std::string& s : sentences) {
      QVERIFY2(seen.insert(s).second, ("duplicate: " + s).c_str());
      QVERIFY2(!s.empty() && s.front() != ' ' && s.back() != ' ' && s.find('\t') == std::string::npos,
               ("stray whitespace: \"" + s + "\"").c_str());
      // A digit can be read several ways, and the transcript must be what was said.
      QVERIFY2(std::none_of(s.begin(), s.end(), isDigit), ("digit in: " + s).c_str());
    }
  }

  void commentLinesAreNotSentences() {
    for (const std::string& lang : timbre::text::phonemizerLanguages())
      for (const std::string& s : readAloudSentences(lang)) QVERIFY2(s.front() != '#', s.c_str());
  }

  void unknownLanguageNamesTheSupportedOnes() {
    for (const char* lang : {"fr", "", "ZH", "all_zh"}) {
      try {
        readAloudSentences(lang);
        QFAIL(lang);
      } catch (const timbre::Error& e) {
        QCOMPARE(e.code(), timbre::ErrorCode::InvalidArgument);
        QCOMPARE(std::string(e.what()), std::string("no read-aloud sentences for language \"") + lang +
                                            "\" (supported: zh, en, ja, ko, yue)");
      }
    }
  }

  void everySentenceHasKnownPhones_data() { addLanguageRows(); }
  void everySentenceHasKnownPhones() {
    QFETCH(QString, language);
    const std::string lang = language.toStdString();
    for (const std::string& s : readAloudSentences(lang)) {
      const auto phones = timbre::text::phonemize(s, lang).phones;
      QVERIFY2(std::any_of(phones.begin(), phones.end(), [](const std::string& p) { return !isPunctuation(p); }),
               ("no phones: " + s).c_str());
      for (std::size_t i = 0; i < phones.size(); ++i) {
        const std::string context = s + " (phone " + std::to_string(i) + ")";
        if (phones[i] == "UNK") {
          // Japanese accent-phrase boundaries ("#") are UNK in the reference as well:
          // always between two phones, never at an edge or beside a mark.
          QVERIFY2(lang == "ja", ("UNK in " + context).c_str());
          QVERIFY2(i > 0 && i + 1 < phones.size(), ("UNK at an edge of " + s).c_str());
          for (const std::string& side : {phones[i - 1], phones[i + 1]})
            QVERIFY2(side != "UNK" && !isPunctuation(side) && side != "_", ("UNK beside a mark in " + context).c_str());
        }
        QVERIFY2(phones[i] != "停", ("a character the Korean frontend cannot read in " + context).c_str());
      }
    }
  }

  void setsCoverTheirLanguagesPhones_data() { addLanguageRows(); }
  void setsCoverTheirLanguagesPhones() {
    QFETCH(QString, language);
    const std::string lang = language.toStdString();
    const LanguageFloors& floors = floorsOf(lang);
    const std::set<std::string> inventory = inventoryOf(floors);
    QVERIFY2(inventory.size() >= 27, qPrintable(listed(inventory)));

    const auto sentences = readAloudSentences(lang);
    std::set<std::string> covered;
    double firstFraction = 0;
    double firstBase = 0;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
      for (const std::string& p : timbre::text::phonemize(sentences[i], lang).phones) covered.insert(p);
      if (i + 1 == kFirstSentences) {
        firstFraction = coverage(inventory, covered, language + " first 15:");
        firstBase = coverage(basesOf(inventory), basesOf(covered), language + " first 15, base:");
      }
    }
    const double all = coverage(inventory, covered, language + " all:");
    const double base = coverage(basesOf(inventory), basesOf(covered), language + " all, base:");
    QCOMPARE(base, 1.0);
    QVERIFY2(all >= floors.all, qPrintable(QString::number(all)));
    QVERIFY2(firstBase >= 0.95, qPrintable(QString::number(firstBase)));
    QVERIFY2(firstFraction >= floors.first, qPrintable(QString::number(firstFraction)));
  }
};

QTEST_GUILESS_MAIN(TestReadAloudScript)
#include "TestReadAloudScript.moc"
