#pragma once
// The one exception type the engine throws. Front ends map the code to an exit
// status, a dialog or an HTTP status; the message is meant for a person and
// names the file, entry, offset or tensor involved.
#include <stdexcept>
#include <string>

namespace timbre {

enum class ErrorCode {
  InvalidArgument,    // a caller passed something unusable (bad option, absurd length)
  Io,                 // a file could not be opened, read or written
  CorruptFile,        // the bytes are not what the format promises (truncated, bit flips, lying sizes)
  UnsupportedFormat,  // a well-formed file this version cannot handle
  UnsafeContent,      // a pickle that asks for code we refuse to run
  ModelMismatch,      // missing/misshapen tensors, wrong version, a GPT/SoVITS pair that does not fit
  Audio,              // unreadable, silent or out-of-range audio
  Cancelled,          // the caller asked to stop
  Internal,           // a bug: an invariant did not hold
};

const char* errorCodeName(ErrorCode code);

class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, const std::string& message) : std::runtime_error(message), m_code(code) {}
  ErrorCode code() const noexcept { return m_code; }

 private:
  ErrorCode m_code;
};

}  // namespace timbre
