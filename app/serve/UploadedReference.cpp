#include "serve/UploadedReference.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "audio/AudioFile.h"
#include "serve/ApiError.h"
#include "timbre/Error.h"

namespace timbre::serve {

UploadedReference::UploadedReference(std::string_view bytes, const std::string& fileName) {
  if (bytes.empty()) throw ApiError(400, "ref_audio: the uploaded file is empty");
  audio::AudioBuffer audio;
  try {
    audio = audio::decodeAudio(bytes, "ref_audio '" + fileName + "'");
  } catch (const Error& e) {
    throw ApiError(400, "ref_audio: not a readable audio file", e.what());
  }
  std::error_code ec;
  std::string pattern = (std::filesystem::temp_directory_path(ec) / "timbre-upload-XXXXXX").string();
  if (ec || !mkdtemp(pattern.data())) throw ApiError(500, "cannot create a temporary folder for the upload");
  m_folder = pattern;
  m_path = m_folder + "/reference.wav";
  try {
    audio::writeAudioFile(m_path, audio, audio::AudioFormat::WavFloat);
  } catch (const Error& e) {
    std::filesystem::remove_all(m_folder, ec);
    throw ApiError(500, "cannot store the uploaded reference", e.what());
  }
}

UploadedReference::~UploadedReference() {
  std::error_code ec;
  if (!m_folder.empty()) std::filesystem::remove_all(m_folder, ec);
}

}  // namespace timbre::serve
