#include "models/cfm/CfmVersion.h"

#include "timbre/Error.h"

namespace timbre::cfm {

CfmVersion cfmVersion(sovits::SovitsVersion version) {
  CfmVersion v;
  v.version = version;
  if (version == sovits::SovitsVersion::V4) return v;
  if (version != sovits::SovitsVersion::V3)
    throw Error(ErrorCode::InvalidArgument,
                std::string("SoVITS ") + sovits::sovitsVersionName(version) + " has no flow-matching stage");
  v.melRateHz = 24000;
  v.melFft = 1024;
  v.melHop = 256;
  v.featureScale = 1.875;
  v.maskFramesPerToken = 3.875;
  v.tRef = 468;
  v.tChunk = 934;
  v.outputRateHz = 24000;
  v.samplesPerFrame = 256;
  return v;
}

}  // namespace timbre::cfm
