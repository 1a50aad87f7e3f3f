#include "training/data/ClipChecks.h"

#include "text/Utf8.h"
#include "training/data/TrainingAudio.h"

#include <timbre/Error.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace timbre::training::data {
namespace {

constexpr int kRateHz = 32000;

std::string seconds(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f s", value);
  return text;
}

std::string milliseconds(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f ms", value);
  return text;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

DroppedClip dropped(const std::string& name, const std::string& label, DropReason reason, const std::string& why) {
  return DroppedClip{label, name, reason, label + ": " + why};
}

bool isHan(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
         (c >= 0xF900 && c <= 0xFAFF);
}
bool isKana(char32_t c) { return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9D); }
bool isHangul(char32_t c) {
  return (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F);
}
bool isLatinLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F); }

}  // namespace

std::optional<DroppedClip> checkClipAudio(const std::vector<float>& samples, const std::string& name,
                                          const std::string& label, const ClipCheckSettings& settings) {
  const double duration = static_cast<double>(samples.size()) / kRateHz;
  if (duration < settings.minSeconds)
    return dropped(name, label, DropReason::TooShort,
                   "too short (" + seconds(duration) + ", at least " + number(settings.minSeconds) + " s is needed)");
  float peak = 0.0f;
  int64_t run = 0, longestRun = 0;
  for (float x : samples) {
    const float a = std::fabs(x);
    peak = std::max(peak, a);
    run = a >= settings.fullScale ? run + 1 : 0;
    longestRun = std::max(longestRun, run);
  }
  if (peak <= settings.silentPeak) return dropped(name, label, DropReason::Silent, "silent (nothing above -60 dBFS)");
  if (peak > kMaxTrainingPeak)
    return dropped(name, label, DropReason::Clipped,
                   "clipped or far too loud (peak " + number(peak) + " of full scale; more than 2.2 cannot be used)");
  const int64_t clippedRun = static_cast<int64_t>(std::ceil(settings.clippedRunMs * kRateHz / 1000.0));
  if (longestRun >= clippedRun)
    return dropped(name, label, DropReason::Clipped,
                   "clipped (" + milliseconds(1000.0 * longestRun / kRateHz) + " in one run at full scale)");
  if (duration > settings.maxSeconds)
    return dropped(name, label, DropReason::TooLong,
                   "too long (" + seconds(duration) + ", at most " + number(settings.maxSeconds) +
                       " s) and it could not be split at its pauses");
  return std::nullopt;
}

std::optional<DroppedClip> checkTranscript(const std::string& text, const std::string& language,
                                           const std::string& name, const std::string& label) {
  std::u32string chars;
  try {
    chars = text::decodeUtf8(text);
  } catch (const Error& e) {
    return dropped(name, label, DropReason::InvalidTranscript,
                   std::string("the transcript is not valid UTF-8 text (") + e.what() + ")");
  }
  bool han = false, kana = false, hangul = false, latin = false, anyVisible = false;
  for (char32_t c : chars) {
    han |= isHan(c);
    kana |= isKana(c);
    hangul |= isHangul(c);
    latin |= isLatinLetter(c);
    anyVisible |= !(c == ' ' || c == '\t' || c == 0x3000);
  }
  if (!anyVisible) return dropped(name, label, DropReason::EmptyTranscript, "the transcript is empty");
  const auto mismatch = [&](const std::string& what) {
    return dropped(name, label, DropReason::LanguageMismatch,
                   "the transcript does not look like language \"" + language + "\" (" + what + ")");
  };
  if ((language == "zh" || language == "yue") && !han) return mismatch("it has no Chinese characters");
  if (language == "ja" && !kana && !han) return mismatch("it has no kana or kanji");
  if (language == "ko" && !hangul) return mismatch("it has no Hangul");
  if (language == "en" && (han || kana || hangul)) return mismatch("it has Chinese, Japanese or Korean characters");
  if (language == "en" && !latin) return mismatch("it has no Latin letters");
  return std::nullopt;
}

std::optional<DroppedClip> checkPhones(const std::vector<std::string>& phones, const std::string& name,
                                       const std::string& label) {
  static const std::set<std::string> pauses = {",", ".", "!", "?", "…", "-", "SP", "SP2", "SP3", "UNK", "_"};
  const bool spoken = std::any_of(phones.begin(), phones.end(), [](const std::string& p) { return !pauses.count(p); });
  if (!spoken) return dropped(name, label, DropReason::NoPhones, "the transcript gives no phones to train on");
  return std::nullopt;
}

}  // namespace timbre::training::data
