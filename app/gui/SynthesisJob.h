#pragma once
// What the studio asks the synthesis worker to do, in Qt/plain types so the
// window code never includes libtorch headers (only SynthesisWorker.cpp does).
#include <QMetaType>
#include <QString>

namespace timbre::gui {

// The Script panel's settings; defaults are the official TTS.run defaults.
struct SynthesisSettings {
  QString text;
  QString textLang = QStringLiteral("zh");
  QString splitMethod = QStringLiteral("cut5");
  double speed = 1.0;
  double noiseScale = 0.5;
  int topK = 15;
  double topP = 1.0;
  double temperature = 1.0;
  double repetitionPenalty = 1.35;
  qint64 seed = -1;             // -1: a fresh random seed
  double pauseSeconds = 0.3;    // silence between pieces
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
  QString voiceName;                       // shown in the exported take's tags
  // Hand out the audio while the GPT still generates (engine token streaming):
  // the worker's audioChunk() carries it, for playing as it comes.
  bool playWhileGenerating = false;
};

}  // namespace timbre::gui

Q_DECLARE_METATYPE(timbre::gui::SynthesisJob)
