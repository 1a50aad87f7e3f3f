#include "text/japanese/JapaneseFrontend.h"

#include <algorithm>
#include <cstdlib>

#include "text/japanese/KanaTable.h"
#include "text/japanese/MecabAnalyzer.h"
#include "text/japanese/NjdRules.h"
#include "text/japanese/ProsodyPhones.h"
#include "timbre/Error.h"

namespace timbre::text {
namespace {

using japanese::appendUtf8;
using japanese::nextCodePoint;

// The reference's "Japanese character" class: everything else splits the text.
bool isJapaneseChar(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') ||
         (cp >= 0xFF10 && cp <= 0xFF19) ||  // full-width digits (Python's \d)
         cp == 0x3005 || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A) || (cp >= 0xFF66 && cp <= 0xFF9D);
}

bool isCollapsiblePunctuation(char32_t cp) {
  return cp == '!' || cp == '?' || cp == 0x2026 || cp == ',' || cp == '.' || cp == '-';
}

// text_normalize: a run of the reference's punctuation keeps only its first mark.
std::string normalizeJapanese(const std::string& text) {
  std::string out;
  bool prevPunct = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = nextCodePoint(text, pos);
    const bool punct = isCollapsiblePunctuation(cp);
    if (!(punct && prevPunct)) appendUtf8(out, cp);
    prevPunct = punct;
  }
  return out;
}

// "％" is read out; Latin letters are lower-cased (Python's str.lower on the
// letters that can reach MeCab).
std::string prepare(const std::string& text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = nextCodePoint(text, pos);
    if (cp == 0xFF05) {
      out += "パーセント";
      continue;
    }
    if (cp >= 'A' && cp <= 'Z') cp += 0x20;
    if (cp >= 0xFF21 && cp <= 0xFF3A) cp += 0x20;
    appendUtf8(out, cp);
  }
  return out;
}

std::string markPhone(const std::string& mark) {
  static const std::map<std::string, std::string> kMap = {
      {"：", ","}, {"；", ","}, {"，", ","}, {"。", "."}, {"！", "!"}, {"？", "?"}, {"\n", "."}, {"·", ","}, {"、", ","},
  };
  const auto it = kMap.find(mark);
  return it == kMap.end() ? mark : it->second;
}

// A user-dictionary word as an NJD node.
japanese::NjdNode userNode(const std::string& surface, const std::string& entry) {
  std::string reading = entry;
  int acc = 0;
  if (const std::size_t slash = entry.rfind('/'); slash != std::string::npos) {
    reading = entry.substr(0, slash);
    acc = std::atoi(entry.c_str() + slash + 1);
  }
  reading = japanese::toKatakana(reading);
  const int moras = japanese::countMoras(reading);
  if (moras == 0)
    throw Error(ErrorCode::InvalidArgument,
                "Japanese user dictionary: the reading of \"" + surface + "\" (\"" + entry + "\") has no kana");
  japanese::NjdNode node;
  node.surface = node.orig = surface;
  node.pos = "名詞";
  node.posGroup1 = "固有名詞";
  node.posGroup2 = "一般";
  node.read = node.pron = reading;
  node.acc = std::clamp(acc, 0, moras);
  node.moraSize = moras;
  return node;
}

// Open JTalk's analysis of one stretch of Japanese characters. User-dictionary
// words stay in the sentence (so MeCab sees their context) as forced single
// tokens, which are then replaced by the user's reading.
japanese::NjdList analyzeRun(const std::string& run, const std::map<std::string, std::string>* userKana) {
  std::string input;
  std::vector<japanese::MecabAnalyzer::Span> spans;
  std::vector<japanese::NjdNode> userNodes;
  std::string pending;
  const auto flush = [&] {
    input += japanese::toMecabInput(pending);
    pending.clear();
  };
  for (std::size_t pos = 0; pos < run.size();) {
    const std::map<std::string, std::string>::value_type* best = nullptr;
    if (userKana)
      for (const auto& entry : *userKana)
        if (!entry.first.empty() && run.compare(pos, entry.first.size(), entry.first) == 0 &&
            (!best || entry.first.size() > best->first.size()))
          best = &entry;
    if (best) {
      flush();
      const std::string converted = japanese::toMecabInput(best->first);
      if (!converted.empty()) {
        spans.push_back({input.size(), input.size() + converted.size()});
        userNodes.push_back(userNode(best->first, best->second));
        input += converted;
      }
      pos += best->first.size();
    } else {
      const std::size_t start = pos;
      nextCodePoint(run, pos);
      pending.append(run, start, pos - start);
    }
  }
  flush();
  std::vector<std::size_t> tokenIndex;
  japanese::NjdList nodes = japanese::MecabAnalyzer::instance().analyze(input, spans, &tokenIndex);
  for (std::size_t k = 0; k < tokenIndex.size(); ++k) nodes[tokenIndex[k]] = userNodes[k];
  return nodes;
}

std::vector<std::string> runPhones(const std::string& run, const std::map<std::string, std::string>* userKana) {
  japanese::NjdList nodes = analyzeRun(run, userKana);
  japanese::njdSetPronunciation(nodes);
  japanese::njdSetDigit(nodes);
  japanese::njdSetAccentPhrase(nodes);
  japanese::njdSetAccentType(nodes);
  return japanese::prosodyPhones(nodes);
}

}  // namespace

PhonemizedText phonemizeJapanese(const std::string& text, PhoneTableVersion version,
                                 const std::map<std::string, std::string>* userKana) {
  PhonemizedText result;
  result.normText = normalizeJapanese(text);
  const std::string prepared = prepare(result.normText);
  std::string run;
  const auto flushRun = [&] {
    if (run.empty()) return;
    for (auto& phone : runPhones(run, userKana)) result.phones.push_back(std::move(phone));
    run.clear();
  };
  for (std::size_t pos = 0; pos < prepared.size();) {
    const std::size_t start = pos;
    const char32_t cp = nextCodePoint(prepared, pos);
    if (isJapaneseChar(cp)) {
      run.append(prepared, start, pos - start);
      continue;
    }
    flushRun();
    if (cp == ' ') continue;
    result.phones.push_back(markPhone(prepared.substr(start, pos - start)));
  }
  flushRun();
  result.phoneIds = PhoneTable::get(version).toIds(result.phones);
  return result;
}

}  // namespace timbre::text
