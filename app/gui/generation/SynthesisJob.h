#pragma once
// What the studio asks the synthesis worker to do, in Qt/plain types so the
// window code never includes libtorch headers (only SynthesisWorker.cpp does).
#include "library/Voice.h"

#include <QMetaType>
#include <QString>

namespace timbre::gui {

// The Script panel's settings: the synthesis settings a saved voice keeps
// (library::VoiceSettings, plain C++; defaults the official TTS.run ones)
// and the script itself.
struct SynthesisSettings : library::VoiceSettings {
  QString text;
};

struct SynthesisJob {
  QString modelFolder;          // loaded first when it is not the loaded one
  QString referencePath;        // the reference audio as a file (the Voice panel's selection)
  QString promptText;           // transcript of the reference; empty = reference-free
  QString promptLang = QStringLiteral("zh");
  SynthesisSettings settings;
  // Compute settings (AppSettings::applyTo fills them from the preferences).
  QString device = QStringLiteral("cpu");  // "cpu" | "cuda"
  int threads = 0;                         // 0 = all hardware threads
  bool halfPrecision = false;              // fp16 SoVITS decoder (CUDA only)
  QString dictionaryPath;                  // the user's pronunciation dictionary; empty = none
  QString voiceName;                       // shown in the exported take's tags
  // Hand out the audio while the GPT still generates (engine token streaming):
  // the worker's audioChunk() carries it, for playing as it comes.
  bool playWhileGenerating = false;
};

}  // namespace timbre::gui

Q_DECLARE_METATYPE(timbre::gui::SynthesisJob)
