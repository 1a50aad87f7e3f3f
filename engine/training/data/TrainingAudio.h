#pragma once
// The 32 kHz step of 2-get-hubert-wav32k.py: from a clip's samples (as
// load_audio(path, 32000) gives them) to the 5-wav32k file and the HuBERT input.
#include <cstdint>
#include <optional>
#include <vector>

namespace timbre::training::data {

// The official drop: a clip whose peak is above this is skipped.
inline constexpr float kMaxTrainingPeak = 2.2f;

struct TrainingAudio {
  float peak = 0;                      // max |x|
  std::vector<int16_t> wav32k;         // x/peak*(0.95*0.5*32768) + 0.5*32768*x as int16 (clipped, not wrapped)
  std::vector<float> hubertInput32k;   // the same mix with 1145.14 instead of 32768 (float32)
};

// nullopt when the clip is silent (peak 0) or louder than kMaxTrainingPeak.
// The arithmetic is float32 in NumPy's order, so the file bytes match.
std::optional<TrainingAudio> trainingAudio(const std::vector<float>& samples32k);

// The 5-wav32k file as training reads it back: int16/32768.
std::vector<float> pcm16ToFloat(const std::vector<int16_t>& pcm);

}  // namespace timbre::training::data
