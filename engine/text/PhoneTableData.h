#pragma once
// The raw GPT-SoVITS symbol lists; use PhoneTable.h instead of these.
#include <array>
#include <string_view>

namespace timbre::text::detail {

extern const std::array<std::string_view, 322> kPhonesV1;
extern const std::array<std::string_view, 732> kPhonesV2;

}  // namespace timbre::text::detail
