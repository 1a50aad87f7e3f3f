#pragma once
// What the gather page says about one clip, at once: the training checks
// decide whether it can be used (the same ClipChecks that data preparation
// applies later, so the page never promises a clip that training drops), and
// the reference quality report adds warnings a retake would fix (too quiet,
// background noise, a few clipped samples) without refusing the clip.
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace timbre::gui {

// The transcript-independent part, measured once per clip file.
struct ClipAudioCheck {
  double seconds = 0;
  bool readable = true;
  QString problem;         // training would drop the audio: "too short (0.50 s, …)"; empty when usable
  QString problemTitle;    // "Too short", "Silent", "Clipped", "Too long", "Unreadable"
  QStringList warnings;    // usable, but a retake would be better: "Loudness: too quiet: move closer…"
};

struct ClipVerdict {
  enum class Level { Good, Warn, Unusable };
  Level level = Level::Good;
  QString title;   // short, for the table: "Good", "Too quiet?", "Too short", "Empty transcript"
  QString detail;  // the reason in full, for the tooltip and the read-aloud line
  bool usable() const { return level != Level::Unusable; }
};

// Reads `path` (any format the studio reads) and runs the audio checks at 32 kHz.
ClipAudioCheck checkClipFile(const QString& path);
// The same on samples already in memory (a take just recorded), mono at rateHz.
ClipAudioCheck checkClipSamples(const std::vector<float>& mono, int rateHz);
// The audio check plus the transcript's (empty, language mismatch) for `lang` (zh, en, ja, ko, yue).
ClipVerdict clipVerdict(const ClipAudioCheck& audio, const QString& text, const QString& lang);

}  // namespace timbre::gui
