#pragma once
// A reference recording sent in a multipart upload (field ref_audio): decoded
// to check it is audio, then kept as a float WAV (bit-exact samples, original
// rate) in a private 0700 temporary folder for the synthesis, and deleted
// when this object goes away.
#include <string>
#include <string_view>

namespace timbre::serve {

class UploadedReference {
 public:
  // Throws ApiError 400 when the bytes are not audio libsndfile can read.
  UploadedReference(std::string_view bytes, const std::string& fileName);
  ~UploadedReference();
  UploadedReference(const UploadedReference&) = delete;
  UploadedReference& operator=(const UploadedReference&) = delete;

  const std::string& path() const { return m_path; }

 private:
  std::string m_folder, m_path;
};

}  // namespace timbre::serve
