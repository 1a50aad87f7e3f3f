#include "models/bert/WordPieceTokenizer.h"

#include "checkpoint/JsonDepth.h"
#include "timbre/Error.h"

#include <nlohmann/json.hpp>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace timbre::bert {
namespace {

constexpr size_t kMaxCharsPerWord = 100;  // longer words become [UNK], as in transformers

bool isWhitespace(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || u_charType(c) == U_SPACE_SEPARATOR;
}

bool isControl(UChar32 c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  const int8_t t = u_charType(c);
  return t == U_CONTROL_CHAR || t == U_FORMAT_CHAR || t == U_PRIVATE_USE_CHAR || t == U_SURROGATE ||
         t == U_UNASSIGNED;
}

// BERT counts every non-alphanumeric ASCII symbol as punctuation, plus Unicode P*.
bool isPunctuation(UChar32 c) {
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
  const int8_t t = u_charType(c);
  return t == U_DASH_PUNCTUATION || t == U_START_PUNCTUATION || t == U_END_PUNCTUATION ||
         t == U_CONNECTOR_PUNCTUATION || t == U_OTHER_PUNCTUATION || t == U_INITIAL_PUNCTUATION ||
         t == U_FINAL_PUNCTUATION;
}

// The "CJK Unified Ideographs" blocks BERT isolates (not kana or Hangul).
bool isCjk(UChar32 c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
         (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
}

std::string toUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Lower-case (full mapping, like Python's str.lower), then NFD and drop
// combining marks: BERT's accent stripping.
icu::UnicodeString lowerAndStripAccents(const icu::UnicodeString& word) {
  icu::UnicodeString lowered(word);
  lowered.toLower(icu::Locale::getRoot());
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw Error(ErrorCode::Internal, "ICU NFD normaliser unavailable");
  const icu::UnicodeString decomposed = nfd->normalize(lowered, status);
  if (U_FAILURE(status)) throw Error(ErrorCode::Internal, "ICU NFD normalisation failed");
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) out.append(c);
    i += U16_LENGTH(c);
  }
  return out;
}

std::string readFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, path.string() + ": cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A .json file of the folder, refused before parsing when it nests absurdly deep
// (nlohmann copies values recursively; 60,000 levels overflow the stack).
nlohmann::json readJsonFile(const std::filesystem::path& path) {
  const std::string text = readFile(path);
  checkpoint::requireShallowJson(text.data(), text.data() + text.size(), path.string());
  return nlohmann::json::parse(text);
}

}  // namespace

WordPieceTokenizer WordPieceTokenizer::fromVocabText(const std::string& vocabText, bool lowercase) {
  WordPieceTokenizer t;
  t.m_lowercase = lowercase;
  std::istringstream in(vocabText);
  std::string line;
  int64_t id = 0;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    t.m_vocab.emplace(line, id++);  // the first of duplicate lines keeps its id
  }
  t.finish("vocab.txt");
  return t;
}

WordPieceTokenizer WordPieceTokenizer::fromFolder(const std::string& folder) {
  namespace fs = std::filesystem;
  const fs::path dir(folder);
  bool lowercase = true;
  nlohmann::json tokenizerJson;
  const fs::path tokenizerJsonPath = dir / "tokenizer.json";
  if (fs::exists(tokenizerJsonPath)) {
    try {
      tokenizerJson = readJsonFile(tokenizerJsonPath);
      const auto& normalizer = tokenizerJson.at("normalizer");
      if (normalizer.is_object() && normalizer.contains("lowercase") && normalizer["lowercase"].is_boolean())
        lowercase = normalizer["lowercase"].get<bool>();
    } catch (const nlohmann::json::exception& e) {
      throw Error(ErrorCode::CorruptFile, tokenizerJsonPath.string() + ": not a tokenizer.json: " + e.what());
    }
  }
  const fs::path configPath = dir / "tokenizer_config.json";
  if (fs::exists(configPath)) {
    try {
      const auto config = readJsonFile(configPath);
      if (config.contains("do_lower_case") && config["do_lower_case"].is_boolean())
        lowercase = config["do_lower_case"].get<bool>();
    } catch (const nlohmann::json::exception& e) {
      throw Error(ErrorCode::CorruptFile, configPath.string() + ": not valid JSON: " + e.what());
    }
  }
  if (fs::exists(dir / "vocab.txt")) return fromVocabText(readFile(dir / "vocab.txt"), lowercase);
  if (tokenizerJson.is_null())
    throw Error(ErrorCode::Io, folder + ": no vocab.txt or tokenizer.json (the BERT tokenizer's vocabulary)");
  WordPieceTokenizer t;
  t.m_lowercase = lowercase;
  try {
    const auto& model = tokenizerJson.at("model");
    if (model.value("type", "WordPiece") != "WordPiece")
      throw Error(ErrorCode::UnsupportedFormat, tokenizerJsonPath.string() + ": the tokenizer is not WordPiece");
    for (const auto& [token, id] : model.at("vocab").items()) t.m_vocab.emplace(token, id.get<int64_t>());
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::CorruptFile, tokenizerJsonPath.string() + ": no WordPiece vocabulary: " + e.what());
  }
  t.finish(tokenizerJsonPath.string());
  return t;
}

void WordPieceTokenizer::finish(const std::string& source) {
  auto require = [&](const char* token) {
    auto it = m_vocab.find(token);
    if (it == m_vocab.end())
      throw Error(ErrorCode::CorruptFile, source + ": the vocabulary has no " + std::string(token) + " token");
    return it->second;
  };
  m_unkId = require("[UNK]");
  m_clsId = require("[CLS]");
  m_sepId = require("[SEP]");
  for (const char* special : {"[UNK]", "[SEP]", "[PAD]", "[CLS]", "[MASK]"})
    if (m_vocab.count(special)) m_specialTokens.emplace_back(special);
}

int64_t WordPieceTokenizer::idOf(const std::string& token) const {
  auto it = m_vocab.find(token);
  return it == m_vocab.end() ? m_unkId : it->second;
}

void WordPieceTokenizer::basicTokenize(const std::string& text, std::vector<std::string>& out) const {
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8(text);
  // Clean-up and CJK isolation in one pass: words are separated by spaces afterwards.
  icu::UnicodeString spaced;
  for (int32_t i = 0; i < input.length();) {
    const UChar32 c = input.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0 || c == 0xFFFD || isControl(c)) continue;
    if (isWhitespace(c)) {
      spaced.append(UChar32(' '));
    } else if (isCjk(c)) {
      spaced.append(UChar32(' ')).append(c).append(UChar32(' '));
    } else {
      spaced.append(c);
    }
  }
  int32_t start = 0;
  while (start < spaced.length()) {
    while (start < spaced.length() && spaced.charAt(start) == ' ') ++start;
    int32_t end = start;
    while (end < spaced.length() && spaced.charAt(end) != ' ') ++end;
    if (end == start) break;
    icu::UnicodeString word = spaced.tempSubStringBetween(start, end);
    start = end;
    if (m_lowercase) word = lowerAndStripAccents(word);
    // Every punctuation character becomes a word of its own.
    icu::UnicodeString current;
    for (int32_t i = 0; i < word.length();) {
      const UChar32 c = word.char32At(i);
      i += U16_LENGTH(c);
      if (isPunctuation(c)) {
        if (!current.isEmpty()) out.push_back(toUtf8(current));
        current.remove();
        out.push_back(toUtf8(icu::UnicodeString(c)));
      } else {
        current.append(c);
      }
    }
    if (!current.isEmpty()) out.push_back(toUtf8(current));
  }
}

void WordPieceTokenizer::wordPiece(const std::string& word, std::vector<std::string>& out) const {
  const icu::UnicodeString chars = icu::UnicodeString::fromUTF8(word);
  if (static_cast<size_t>(chars.countChar32()) > kMaxCharsPerWord) {
    out.emplace_back("[UNK]");
    return;
  }
  std::vector<std::string> pieces;
  int32_t start = 0;
  while (start < chars.length()) {
    // Greedy: the longest vocabulary entry starting here, "##" when not at the word start.
    int32_t end = chars.length();
    std::string match;
    while (end > start) {
      std::string candidate = toUtf8(chars.tempSubStringBetween(start, end));
      if (start > 0) candidate = "##" + candidate;
      if (m_vocab.count(candidate)) {
        match = std::move(candidate);
        break;
      }
      end = chars.moveIndex32(end, -1);
    }
    if (match.empty()) {
      out.emplace_back("[UNK]");
      return;
    }
    pieces.push_back(std::move(match));
    start = end;
  }
  out.insert(out.end(), pieces.begin(), pieces.end());
}

std::vector<std::string> WordPieceTokenizer::tokenize(const std::string& text) const {
  std::vector<std::string> tokens;
  // Special tokens written in the text stay whole, as transformers splits on them first.
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t next = std::string::npos;
    const std::string* special = nullptr;
    for (const std::string& s : m_specialTokens) {
      const size_t at = text.find(s, pos);
      if (at < next) next = at, special = &s;
    }
    std::vector<std::string> words;
    basicTokenize(text.substr(pos, next == std::string::npos ? std::string::npos : next - pos), words);
    for (const std::string& word : words) wordPiece(word, tokens);
    if (!special) break;
    tokens.push_back(*special);
    pos = next + special->size();
  }
  return tokens;
}

std::vector<int64_t> WordPieceTokenizer::encode(const std::string& text) const {
  std::vector<int64_t> ids{m_clsId};
  for (const std::string& token : tokenize(text)) ids.push_back(idOf(token));
  ids.push_back(m_sepId);
  return ids;
}

}  // namespace timbre::bert
