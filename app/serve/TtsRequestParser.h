#pragma once
// Turns the fields of a /tts request (query string, JSON body or multipart
// form, all first gathered into one JSON object) into a synthesis job, with
// api_v2's names, defaults, checks and messages (spec §5.1): 400 naming the
// field for a missing text / text_lang / ref_audio_path / prompt_lang, an
// unsupported language, an unknown media_type or text_split_method.
// Also the legacy api.py root endpoint (spec §5.2).
#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "pipeline/SynthesisRequest.h"
#include "serve/AudioResponse.h"

namespace timbre::serve {

struct TtsJob {
  pipeline::SynthesisRequest request;  // references still empty: paths are resolved by the server
  std::string refAudioPath;            // as given; empty when the reference was uploaded
  std::vector<std::string> auxRefAudioPaths;
  MediaType mediaType = MediaType::Wav;
  bool streaming = false;  // streaming_mode ≥ 1: chunked response (pieces, or token chunks for 2 and 3)
};

// The reference the legacy endpoint falls back to (/change_refer, /set_refer_audio).
struct LegacyReference {
  std::string path, promptText, promptLang;
};

class TtsRequestParser {
 public:
  // v1Languages: only the v1 language set is accepted (a v1 model is loaded).
  TtsRequestParser(std::size_t maxTextBytes, bool v1Languages);

  // api_v2 /tts. hasUpload: a multipart ref_audio part stands in for ref_audio_path.
  // Throws ApiError (400, or 413 for an oversized text).
  TtsJob parse(const nlohmann::json& fields, bool hasUpload) const;
  // api.py GET/POST /: refer_wav_path, prompt_text, prompt_language, text,
  // text_language, cut_punc, top_k, top_p, temperature, speed, inp_refs.
  TtsJob parseLegacy(const nlohmann::json& fields, const LegacyReference& fallback) const;

  // The official language names ("zh", "all_ja", ...) of the loaded version.
  bool isSupportedLanguage(const std::string& lowerCaseName) const;

 private:
  void checkTextSize(const std::string& text, const std::string& field) const;
  std::size_t m_maxTextBytes;
  bool m_v1Languages;
};

}  // namespace timbre::serve
