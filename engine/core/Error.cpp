#include "timbre/Error.h"

namespace timbre {

const char* errorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::Io: return "io";
    case ErrorCode::CorruptFile: return "corrupt-file";
    case ErrorCode::UnsupportedFormat: return "unsupported-format";
    case ErrorCode::UnsafeContent: return "unsafe-content";
    case ErrorCode::ModelMismatch: return "model-mismatch";
    case ErrorCode::Audio: return "audio";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
  }
  return "unknown";
}

}  // namespace timbre
