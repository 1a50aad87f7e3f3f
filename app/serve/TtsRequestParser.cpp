#include "serve/TtsRequestParser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <limits>
#include <map>
#include <set>

#include "serve/ApiError.h"
#include "text/segmentation/LanguageSegmenter.h"
#include "text/segmentation/SentenceSplitter.h"

namespace timbre::serve {
namespace {

using nlohmann::json;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

// A scalar field; a list given for it (JSON body) is the caller's type error.
// (A query parameter given twice already arrives as its last value.)
const json* field(const json& fields, const std::string& name) {
  const auto it = fields.find(name);
  if (it == fields.end() || it->is_null()) return nullptr;
  return &*it;
}

// Strings only, as api_v2's pydantic model (a number or a list given as `text`
// is a client error, not something to spell out).
std::string stringField(const json& fields, const std::string& name, const std::string& fallback = {}) {
  const json* v = field(fields, name);
  if (!v) return fallback;
  if (v->is_string()) return v->get<std::string>();
  throw ApiError(400, name + " must be a string");
}

// An integer field must fit its type: 4294967297 is refused, not wrapped to 1.
template <typename T>
T integerInRange(const std::string& name, int64_t value, bool tooLarge) {
  if (tooLarge || value < int64_t(std::numeric_limits<T>::min()) || value > int64_t(std::numeric_limits<T>::max()))
    throw ApiError(400, name + " is out of range (" + std::to_string(std::numeric_limits<T>::min()) + " to " +
                            std::to_string(std::numeric_limits<T>::max()) + ")");
  return T(value);
}

template <typename T>
T numberField(const json& fields, const std::string& name, T fallback) {
  const json* v = field(fields, name);
  if (!v) return fallback;
  const char* kind = std::is_integral_v<T> ? "an integer" : "a number";
  if (v->is_number()) {
    if constexpr (std::is_integral_v<T>) {
      if (v->is_number_unsigned()) {
        const uint64_t u = v->get<uint64_t>();
        const bool huge = u > uint64_t(std::numeric_limits<int64_t>::max());
        return integerInRange<T>(name, huge ? 0 : int64_t(u), huge);
      }
      if (v->is_number_integer()) return integerInRange<T>(name, v->get<int64_t>(), false);
      throw ApiError(400, name + " must be " + kind);
    } else {
      return v->get<T>();
    }
  }
  if (v->is_string()) {
    const std::string s = v->get<std::string>();
    if constexpr (std::is_integral_v<T>) {
      int64_t value = 0;
      const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
      if (!s.empty() && end == s.data() + s.size() && (ec == std::errc() || ec == std::errc::result_out_of_range))
        return integerInRange<T>(name, value, ec == std::errc::result_out_of_range);
    } else {
      T value{};
      const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
      if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) return value;
    }
  }
  throw ApiError(400, name + " must be " + kind);
}

// pydantic's bool: true/false, 1/0, yes/no, on/off.
bool boolField(const json& fields, const std::string& name, bool fallback) {
  const json* v = field(fields, name);
  if (!v) return fallback;
  if (v->is_boolean()) return v->get<bool>();
  if (v->is_number_integer() || v->is_number_unsigned()) {
    const auto n = v->get<int64_t>();
    if (n == 0 || n == 1) return n == 1;
  }
  if (v->is_string()) {
    const std::string s = lower(v->get<std::string>());
    if (s == "true" || s == "1" || s == "yes" || s == "on") return true;
    if (s == "false" || s == "0" || s == "no" || s == "off") return false;
  }
  throw ApiError(400, name + " must be true or false");
}

std::vector<std::string> stringList(const json& fields, const std::string& name) {
  const auto it = fields.find(name);
  std::vector<std::string> out;
  if (it == fields.end() || it->is_null()) return out;
  const auto add = [&](const json& v) {
    if (!v.is_string()) throw ApiError(400, name + " must be a list of strings");
    if (!v.get<std::string>().empty()) out.push_back(v.get<std::string>());
  };
  if (it->is_array()) {
    for (const json& v : *it) add(v);
  } else {
    add(*it);
  }
  return out;
}

// 0/false, 1/true, 2, 3 as api_v2 (True == 1 in Python).
int streamingMode(const json& fields) {
  const json* v = field(fields, "streaming_mode");
  const std::string message = "the value of streaming_mode must be 0, 1, 2, 3(int) or true/false(bool)";
  if (!v) return 0;
  if (v->is_boolean()) return v->get<bool>() ? 1 : 0;
  int mode = -1;
  // Compared as a 64-bit value: 4294967297 must not wrap to 1 (issue #18).
  if (v->is_number_unsigned()) mode = v->get<uint64_t>() <= 3 ? int(v->get<uint64_t>()) : -1;
  else if (v->is_number_integer()) mode = v->get<int64_t>() >= 0 && v->get<int64_t>() <= 3 ? int(v->get<int64_t>()) : -1;
  if (v->is_string()) {
    const std::string s = lower(v->get<std::string>());
    if (s == "true")
      mode = 1;
    else if (s == "false")
      mode = 0;
    else if (s.size() == 1 && s[0] >= '0' && s[0] <= '9')
      mode = s[0] - '0';
  }
  if (mode < 0 || mode > 3) throw ApiError(400, message);
  return mode;
}

// api.py's dict_language: the WebUI's Chinese names and the codes themselves.
const std::map<std::string, std::string>& legacyLanguages() {
  static const std::map<std::string, std::string> names = {{"中文", "all_zh"},
                                                           {"粤语", "all_yue"},
                                                           {"英文", "en"},
                                                           {"日文", "all_ja"},
                                                           {"韩文", "all_ko"},
                                                           {"中英混合", "zh"},
                                                           {"粤英混合", "yue"},
                                                           {"日英混合", "ja"},
                                                           {"韩英混合", "ko"},
                                                           {"多语种混合", "auto"},
                                                           {"多语种混合(粤语)", "auto_yue"}};
  return names;
}

}  // namespace

TtsRequestParser::TtsRequestParser(std::size_t maxTextBytes, bool v1Languages)
    : m_maxTextBytes(maxTextBytes), m_v1Languages(v1Languages) {}

bool TtsRequestParser::isSupportedLanguage(const std::string& name) const {
  static const std::set<std::string> v1 = {"auto", "en", "zh", "ja", "all_zh", "all_ja"};
  static const std::set<std::string> v2 = {"auto",     "en",  "zh", "ja",      "all_zh", "all_ja",
                                           "auto_yue", "yue", "ko", "all_yue", "all_ko"};
  const auto& allowed = m_v1Languages ? v1 : v2;
  return allowed.count(name) > 0 && text::isLanguageMode(name);
}

void TtsRequestParser::checkTextSize(const std::string& text, const std::string& name) const {
  if (text.size() > m_maxTextBytes)
    throw ApiError(413, name + " is " + std::to_string(text.size()) + " bytes long; this server accepts at most " +
                            std::to_string(m_maxTextBytes));
}

TtsJob TtsRequestParser::parse(const json& fields, bool hasUpload) const {
  if (!fields.is_object()) throw ApiError(400, "the request body must be a JSON object");
  TtsJob job;
  pipeline::SynthesisRequest& r = job.request;
  const std::string version = m_v1Languages ? "v1" : "v2";

  // The official order of checks and their messages.
  job.refAudioPath = stringField(fields, "ref_audio_path");
  if (job.refAudioPath.empty() && !hasUpload) throw ApiError(400, "ref_audio_path is required");
  r.text = stringField(fields, "text");
  if (r.text.empty()) throw ApiError(400, "text is required");
  const std::string textLang = stringField(fields, "text_lang");
  if (textLang.empty()) throw ApiError(400, "text_lang is required");
  r.textLang = lower(textLang);
  if (!isSupportedLanguage(r.textLang))
    throw ApiError(400, "text_lang: " + textLang + " is not supported in version " + version);
  const std::string promptLang = stringField(fields, "prompt_lang");
  if (promptLang.empty()) throw ApiError(400, "prompt_lang is required");
  r.promptLang = lower(promptLang);
  if (!isSupportedLanguage(r.promptLang))
    throw ApiError(400, "prompt_lang: " + promptLang + " is not supported in version " + version);
  const std::string mediaType = stringField(fields, "media_type", "wav");
  if (mediaType == "aac")
    throw ApiError(400,
                   "media_type: aac is not supported by this server (it has no AAC encoder); use wav, raw, ogg or mp3");
  const auto media = parseMediaType(mediaType);
  if (!media) throw ApiError(400, "media_type: " + mediaType + " is not supported");
  job.mediaType = *media;
  r.splitMethod = stringField(fields, "text_split_method", "cut5");
  if (!text::parseSplitMethod(r.splitMethod))
    throw ApiError(400, "text_split_method:" + r.splitMethod + " is not supported");

  checkTextSize(r.text, "text");
  r.promptText = stringField(fields, "prompt_text");
  checkTextSize(r.promptText, "prompt_text");
  job.auxRefAudioPaths = stringList(fields, "aux_ref_audio_paths");
  if (job.auxRefAudioPaths.size() > 8) throw ApiError(400, "aux_ref_audio_paths: at most 8 auxiliary references");

  // Streaming: 1/true = per-piece fragments (return_fragment, the older name, too);
  // 2 = token streaming cut at pauses, 3 = token streaming in fixed-length chunks.
  const int mode = streamingMode(fields);
  job.streaming = mode >= 1 || boolField(fields, "return_fragment", false);
  r.tokenStreaming = mode >= 2;
  r.fixedLengthChunks = mode == 3 || boolField(fields, "fixed_length_chunk", false);

  r.topK = numberField<int>(fields, "top_k", 15);
  r.topP = numberField<double>(fields, "top_p", 1.0);
  r.temperature = numberField<double>(fields, "temperature", 1.0);
  r.speed = numberField<double>(fields, "speed_factor", 1.0);
  r.fragmentInterval = numberField<double>(fields, "fragment_interval", 0.3);
  r.seed = numberField<int64_t>(fields, "seed", -1);
  r.repetitionPenalty = numberField<double>(fields, "repetition_penalty", 1.35);
  r.parallelDecode = boolField(fields, "parallel_infer", true);
  // Accepted and checked for type, but they do not change our batch-size-1 pipeline.
  (void)numberField<int>(fields, "batch_size", 1);
  (void)numberField<double>(fields, "batch_threshold", 0.75);
  (void)boolField(fields, "split_bucket", true);
  (void)numberField<int>(fields, "sample_steps", 32);
  (void)boolField(fields, "super_sampling", false);
  r.overlapTokens = numberField<int>(fields, "overlap_length", 2);
  r.streamChunkTokens = numberField<int>(fields, "min_chunk_length", 16);

  // The engine's ranges, named by the api_v2 field.
  if (r.topK < 0) throw ApiError(400, "top_k must be 0 (off) or positive");
  if (!(r.topP > 0.0 && r.topP <= 1.0)) throw ApiError(400, "top_p must be in (0, 1]");
  if (!(r.temperature > 0.0 && r.temperature <= 10.0)) throw ApiError(400, "temperature must be in (0, 10]");
  if (!(r.speed >= 0.25 && r.speed <= 4.0)) throw ApiError(400, "speed_factor must be between 0.25 and 4");
  if (!(r.fragmentInterval >= 0.0 && r.fragmentInterval <= 10.0))
    throw ApiError(400, "fragment_interval must be 0 to 10 seconds");
  if (r.overlapTokens < 0 || r.overlapTokens > 16) throw ApiError(400, "overlap_length must be 0 to 16 tokens");
  if (r.streamChunkTokens < 1 || r.streamChunkTokens > 500)
    throw ApiError(400, "min_chunk_length must be 1 to 500 tokens");
  if (!(r.repetitionPenalty >= 1.0 && r.repetitionPenalty <= 10.0))
    throw ApiError(400, "repetition_penalty must be in [1, 10]");
  return job;
}

TtsJob TtsRequestParser::parseLegacy(const json& fields, const LegacyReference& fallback) const {
  if (!fields.is_object()) throw ApiError(400, "the request body must be a JSON object");
  TtsJob job;
  pipeline::SynthesisRequest& r = job.request;
  const auto language = [&](const std::string& name, const std::string& given) {
    const auto it = legacyLanguages().find(given);
    const std::string code = it != legacyLanguages().end() ? it->second : lower(given);
    if (!isSupportedLanguage(code)) throw ApiError(400, name + ": " + given + " is not supported");
    return code;
  };
  job.refAudioPath = stringField(fields, "refer_wav_path");
  if (job.refAudioPath.empty()) {
    // api.py's own message: "no reference audio given and no default preset".
    if (fallback.path.empty()) throw ApiError(400, "未指定参考音频且接口无预设");
    job.refAudioPath = fallback.path;
    r.promptText = fallback.promptText;
    r.promptLang = fallback.promptLang.empty() ? "zh" : fallback.promptLang;
  } else {
    r.promptText = stringField(fields, "prompt_text");
    r.promptLang = language("prompt_language", stringField(fields, "prompt_language", "zh"));
  }
  r.text = stringField(fields, "text");
  if (r.text.empty()) throw ApiError(400, "text is required");
  checkTextSize(r.text, "text");
  checkTextSize(r.promptText, "prompt_text");
  r.textLang = language("text_language", stringField(fields, "text_language", "zh"));
  // api.py cuts only at the characters of cut_punc; the nearest engine method
  // is cut5 (every punctuation mark), and no cut when none is given.
  r.splitMethod = stringField(fields, "cut_punc").empty() ? "cut0" : "cut5";
  r.topK = numberField<int>(fields, "top_k", 15);
  r.topP = numberField<double>(fields, "top_p", 1.0);
  r.temperature = numberField<double>(fields, "temperature", 1.0);
  r.speed = numberField<double>(fields, "speed", 1.0);
  job.auxRefAudioPaths = stringList(fields, "inp_refs");
  if (r.topK < 0) throw ApiError(400, "top_k must be 0 (off) or positive");
  if (!(r.topP > 0.0 && r.topP <= 1.0)) throw ApiError(400, "top_p must be in (0, 1]");
  if (!(r.temperature > 0.0 && r.temperature <= 10.0)) throw ApiError(400, "temperature must be in (0, 10]");
  if (!(r.speed >= 0.25 && r.speed <= 4.0)) throw ApiError(400, "speed must be between 0.25 and 4");
  return job;
}

}  // namespace timbre::serve
