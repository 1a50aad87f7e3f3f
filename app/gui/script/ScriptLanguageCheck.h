#pragma once
// Whether the script's language can read every writing system in the script.
// The engine's front end for a language skips text it cannot read without a
// word (Chinese under "en" simply vanishes from the take), so the studio asks
// before generating instead.
#include <QString>

namespace timbre::gui {

enum class WritingSystem { None, Han, Kana, Hangul };

struct ScriptMismatch {
  WritingSystem system = WritingSystem::None;  // the first writing system that cannot be read
  QString sample;                              // the first few such characters, as typed
  int characters = 0;                          // how many there are in the script
  explicit operator bool() const { return system != WritingSystem::None; }
};

// `languageCode` is a language mode ("en", "zh", "all_ja", "auto", ...).
// The "auto" modes read every writing system.
ScriptMismatch findUnreadableScript(const QString& text, const QString& languageCode);

}  // namespace timbre::gui
