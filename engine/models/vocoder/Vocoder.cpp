#include "models/vocoder/Vocoder.h"

#include "models/vocoder/BigVganVocoder.h"
#include "models/vocoder/HifiganVocoder.h"
#include "timbre/Error.h"

namespace timbre::vocoder {

std::unique_ptr<Vocoder> loadVocoder(const std::string& path, sovits::SovitsVersion version, at::Device device,
                                     at::ScalarType dtype) {
  if (version == sovits::SovitsVersion::V4)
    return std::make_unique<HifiganVocoder>(HifiganVocoder::load(path, device, dtype));
  if (version == sovits::SovitsVersion::V3)
    return std::make_unique<BigVganVocoder>(BigVganVocoder::load(path, device, dtype));
  throw Error(ErrorCode::InvalidArgument,
              std::string("SoVITS ") + sovits::sovitsVersionName(version) + " uses no separate vocoder");
}

}  // namespace timbre::vocoder
