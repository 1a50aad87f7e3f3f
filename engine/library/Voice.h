#pragma once
// One saved voice: the reference clip (copied into the library, so deleting
// the original loses nothing), its transcript, the models it was made with and
// the synthesis settings it sounds best with. Plain data; VoiceLibrary stores it.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace timbre::library {

// The Script panel's / SynthesisRequest's settings (defaults: the official TTS.run ones).
struct VoiceSettings {
  std::string textLang = "zh";
  std::string splitMethod = "cut5";   // cut0 .. cut5
  double speed = 1.0;
  double noiseScale = 0.5;
  int topK = 15;
  double topP = 1.0;
  double temperature = 1.0;
  double repetitionPenalty = 1.35;
  int64_t seed = -1;                  // -1: a fresh random seed per take
  double pauseSeconds = 0.3;          // SynthesisRequest::fragmentInterval

  bool operator==(const VoiceSettings&) const = default;
};

// The model pair: a models folder (pipeline::findModels) and/or explicit files.
struct VoiceModelRef {
  std::string folder;
  std::string gpt;
  std::string sovits;

  bool operator==(const VoiceModelRef&) const = default;
};

struct Voice {
  using Clock = std::chrono::system_clock;

  std::string name;                   // display name; unique in a library, case-insensitively
  std::string promptText;             // transcript of the reference clip; empty = reference-free
  std::string promptLang = "zh";
  // Before save(): any readable files (copied in). After save()/load(): absolute
  // paths of the copies inside the voice folder.
  std::string referenceClip;
  std::vector<std::string> auxClips;  // extra timbre references
  VoiceModelRef models;
  VoiceSettings settings;
  Clock::time_point created{};        // set by save() (kept when a voice is replaced)
  Clock::time_point modified{};       // set by save() and rename()
  std::string folder;                 // the voice folder; set by save()/load()
};

}  // namespace timbre::library
