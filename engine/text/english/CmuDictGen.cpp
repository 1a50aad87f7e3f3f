// Build-time tool: converts Festival's syllabified CMU dictionary (Debian package
// festlex-cmu, cmudict-0.4.out) into the compact form compiled into timbre_text.
//
//   input line:  ("object" n (((aa b) 1) ((jh eh k t) 0)))
//   output line: object n AA1 B JH EH0 K T
//
// Festival gives one stress mark per syllable and only knows 0/1; ARPAbet wants a
// digit on each vowel and uses 2 for secondary stress. Where a word has several
// stressed syllables we keep the first as primary and mark the later ones 2, which is
// how CMU marks most compounds and long words (yesterday, tomorrow, twenty-five).
// Entries that read the word letter by letter (pm, usa, cd) keep every stressed
// letter primary instead.
// Festival's reduced vowel "ax" is ARPAbet AH0. POS "nil" is written "-".
//
// usage: timbre_cmudict_gen <cmudict-0.4.out> <output.cpp> [<words.txt>]
// The optional words.txt gets the same lines as plain text: the letter-to-sound
// trainer (timbre_lts_gen) learns from it.
#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Syllable {
  std::vector<std::string> phones;  // Festival's, lowercase
  int stress = 0;
};

struct Entry {
  std::string word;
  std::string tag;
  std::vector<Syllable> syllables;
  std::string line;  // "word pos PH PH ...", once rendered
};

bool isVowel(const std::string& p) {
  static const char* kVowels[] = {"aa", "ae", "ah", "ao", "aw", "ax", "ay", "eh",
                                  "er", "ey", "ih", "iy", "ow", "oy", "uh", "uw"};
  for (const char* v : kVowels)
    if (p == v) return true;
  return false;
}

std::string upper(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Parses one Festival entry; returns false for lines that are not entries (header).
bool parseLine(const std::string& line, Entry& out, std::string& error) {
  if (line.size() < 4 || line[0] != '(' || line[1] != '"') return false;
  const auto wordEnd = line.find('"', 2);
  if (wordEnd == std::string::npos) {
    error = "unterminated word";
    return false;
  }
  std::string word = line.substr(2, wordEnd - 2);
  for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::size_t pos = wordEnd + 1;
  while (pos < line.size() && line[pos] == ' ') ++pos;
  const auto posEnd = line.find(' ', pos);
  if (posEnd == std::string::npos) {
    error = "missing part of speech";
    return false;
  }
  std::string tag = line.substr(pos, posEnd - pos);
  if (tag == "nil") tag = "-";

  // Syllables: "((phones) stress)". Walk the rest of the line.
  std::vector<Syllable> syllables;
  std::size_t i = line.find('(', posEnd);
  if (i == std::string::npos) {
    error = "missing syllable list";
    return false;
  }
  ++i;  // inside the syllable list
  while (true) {
    const auto open = line.find("((", i);
    if (open == std::string::npos) break;
    const auto close = line.find(')', open + 2);
    if (close == std::string::npos) {
      error = "unterminated syllable";
      return false;
    }
    Syllable syl;
    std::istringstream phones(line.substr(open + 2, close - open - 2));
    for (std::string p; phones >> p;) syl.phones.push_back(p);
    std::size_t s = close + 1;
    while (s < line.size() && line[s] == ' ') ++s;
    if (s >= line.size() || !std::isdigit(static_cast<unsigned char>(line[s]))) {
      error = "missing stress digit";
      return false;
    }
    syl.stress = line[s] - '0';
    syllables.push_back(std::move(syl));
    i = s + 1;
  }
  if (syllables.empty()) {
    error = "no syllables";
    return false;
  }

  out.word = std::move(word);
  out.tag = std::move(tag);
  out.syllables = std::move(syllables);
  return true;
}

using LetterReadings = std::vector<std::vector<std::vector<std::string>>>;  // per letter a-z

// Whether the entry reads its word letter by letter ("pm" = p + m, "usa").
bool spellsLetters(const Entry& e, const LetterReadings& letters) {
  if (e.word.size() < 2) return false;
  for (char c : e.word)
    if (c < 'a' || c > 'z') return false;
  std::vector<std::string> phones;
  for (const auto& syl : e.syllables) phones.insert(phones.end(), syl.phones.begin(), syl.phones.end());
  // Depth-first over the readings of each letter (a letter has at most a few).
  const auto match = [&](auto&& self, std::size_t letter, std::size_t at) -> bool {
    if (letter == e.word.size()) return at == phones.size();
    for (const auto& reading : letters[static_cast<std::size_t>(e.word[letter] - 'a')])
      if (at + reading.size() <= phones.size() && std::equal(reading.begin(), reading.end(), phones.begin() + at) &&
          self(self, letter + 1, at + reading.size()))
        return true;
    return false;
  };
  return match(match, 0, 0);
}

// spelled: the word is read letter by letter. Each spoken letter keeps its primary
// stress then, as CMU marks such entries (pm P IY1 EH1 M, fbi EH1 F B IY1 AY1) and as
// spelling an unknown word letter by letter reads them.
std::string render(const Entry& e, bool spelled) {
  std::string result = e.word + " " + e.tag;
  bool seenPrimary = false;
  for (const auto& syl : e.syllables) {
    int stress = syl.stress;
    if (stress == 1) {
      if (seenPrimary && !spelled) stress = 2;
      seenPrimary = true;
    }
    for (const auto& p : syl.phones) {
      result += ' ';
      if (isVowel(p)) {
        result += upper(p == "ax" ? std::string("ah") : p);
        result += static_cast<char>('0' + (p == "ax" ? 0 : stress));
      } else {
        result += upper(p);
      }
    }
  }
  return result;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: timbre_cmudict_gen <cmudict-0.4.out> <output.cpp> [<words.txt>]\n";
    return 2;
  }
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "timbre_cmudict_gen: cannot open " << argv[1]
              << " (install the Debian package festlex-cmu or set TIMBRE_CMUDICT_SOURCE)\n";
    return 1;
  }
  std::vector<Entry> entries;
  std::string line;
  for (std::size_t lineNo = 1; std::getline(in, line); ++lineNo) {
    Entry e;
    std::string error;
    if (parseLine(line, e, error)) {
      entries.push_back(std::move(e));
    } else if (!error.empty()) {
      std::cerr << argv[1] << ":" << lineNo << ": " << error << "\n";
      return 1;
    }
  }
  if (entries.size() < 1000) {
    std::cerr << argv[1] << ": only " << entries.size() << " entries; is this the CMU dictionary?\n";
    return 1;
  }
  LetterReadings letters(26);
  for (const auto& e : entries)
    if (e.word.size() == 1 && e.word[0] >= 'a' && e.word[0] <= 'z') {
      std::vector<std::string> reading;
      for (const auto& syl : e.syllables) reading.insert(reading.end(), syl.phones.begin(), syl.phones.end());
      letters[static_cast<std::size_t>(e.word[0] - 'a')].push_back(std::move(reading));
    }
  for (auto& e : entries) e.line = render(e, spellsLetters(e, letters));
  // Runtime lookup binary-searches on the word; keep Festival's order among a word's variants.
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.word < b.word; });

  std::ofstream out(argv[2], std::ios::binary);
  out << "// Generated by timbre_cmudict_gen from " << argv[1] << "; do not edit.\n"
      << "#include <cstddef>\n\nnamespace timbre::text::english::detail {\n\n"
      << "extern const char kCmuDictData[];\nextern const std::size_t kCmuDictSize;\n"
      << "const char kCmuDictData[] =\n";
  for (const auto& e : entries) {
    out << "    \"";
    for (char c : e.line) {
      if (c == '"' || c == '\\') out << '\\';
      out << c;
    }
    out << "\\n\"\n";
  }
  out << "    ;\nconst std::size_t kCmuDictSize = sizeof(kCmuDictData) - 1;\n\n"
      << "}  // namespace timbre::text::english::detail\n";
  if (!out) {
    std::cerr << "timbre_cmudict_gen: cannot write " << argv[2] << "\n";
    return 1;
  }
  if (argc == 4) {
    std::ofstream words(argv[3], std::ios::binary);
    for (const auto& e : entries) words << e.line << '\n';
    if (!words) {
      std::cerr << "timbre_cmudict_gen: cannot write " << argv[3] << "\n";
      return 1;
    }
  }
  return 0;
}
