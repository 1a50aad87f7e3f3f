#include "models/sovits/SovitsVersion.h"

#include "timbre/Error.h"

namespace timbre::sovits {

void requireDecoderSupport(SovitsVersion version) {
  if (version == SovitsVersion::V3 || version == SovitsVersion::V4)
    throw Error(ErrorCode::UnsupportedFormat,
                std::string("SoVITS ") + sovitsVersionName(version) +
                    " models (CFM + vocoder) are not supported yet; use a v1, v2, v2Pro or v2ProPlus model");
}

SovitsVersion sovitsVersionFromName(const std::string& name) {
  const auto version = checkpoint::parseSovitsVersion(name);
  if (!version)
    throw Error(ErrorCode::UnsupportedFormat,
                "SoVITS version '" + name + "' is not one of v1, v2, v2Pro, v2ProPlus");
  requireDecoderSupport(*version);
  return *version;
}

}  // namespace timbre::sovits
