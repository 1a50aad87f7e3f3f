#include "models/sovits/SovitsVersion.h"

#include "timbre/Error.h"

namespace timbre::sovits {

const char* sovitsVersionName(SovitsVersion version) {
  switch (version) {
    case SovitsVersion::V1: return "v1";
    case SovitsVersion::V2: return "v2";
    case SovitsVersion::V2Pro: return "v2Pro";
    case SovitsVersion::V2ProPlus: return "v2ProPlus";
  }
  return "?";
}

SovitsVersion sovitsVersionFromName(const std::string& name) {
  if (name == "v1") return SovitsVersion::V1;
  if (name == "v2") return SovitsVersion::V2;
  if (name == "v2Pro") return SovitsVersion::V2Pro;
  if (name == "v2ProPlus") return SovitsVersion::V2ProPlus;
  throw Error(ErrorCode::UnsupportedFormat,
              "SoVITS version '" + name + "' is not one of v1, v2, v2Pro, v2ProPlus");
}

}  // namespace timbre::sovits
