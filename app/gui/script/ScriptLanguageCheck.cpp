#include "ScriptLanguageCheck.h"

#include <QList>

namespace timbre::gui {

namespace {

WritingSystem systemOf(char32_t c) {
  if ((c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
      (c >= 0x20000 && c <= 0x2FA1F))
    return WritingSystem::Han;
  if ((c >= 0x3040 && c <= 0x30FF && c != 0x30FB && c != 0x30FC) || (c >= 0x31F0 && c <= 0x31FF) ||
      (c >= 0xFF66 && c <= 0xFF9D))
    return WritingSystem::Kana;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F) || (c >= 0xAC00 && c <= 0xD7AF))
    return WritingSystem::Hangul;
  return WritingSystem::None;
}

// What each language's front end reads besides Latin letters (the mixed modes
// "zh", "ja", "ko", "yue" also read English).
bool reads(const QString& code, WritingSystem system) {
  if (code.startsWith(QLatin1String("auto"))) return true;
  QString base = code;
  if (base.startsWith(QLatin1String("all_"))) base = base.mid(4);
  switch (system) {
    case WritingSystem::None: return true;
    case WritingSystem::Han: return base == QLatin1String("zh") || base == QLatin1String("yue") || base == QLatin1String("ja");
    case WritingSystem::Kana: return base == QLatin1String("ja");
    case WritingSystem::Hangul: return base == QLatin1String("ko");
  }
  return true;
}

}  // namespace

ScriptMismatch findUnreadableScript(const QString& text, const QString& languageCode) {
  constexpr int kSampleCharacters = 8;
  ScriptMismatch found;
  for (const uint code : text.toUcs4()) {
    const auto c = char32_t(code);
    const WritingSystem system = systemOf(c);
    if (system == WritingSystem::None || reads(languageCode, system)) continue;
    if (found.system == WritingSystem::None) found.system = system;
    if (system != found.system) continue;
    ++found.characters;
    if (found.characters <= kSampleCharacters) found.sample += QString::fromUcs4(&c, 1);
  }
  return found;
}

}  // namespace timbre::gui
