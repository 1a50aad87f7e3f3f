#include "PieceRegeneration.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace timbre::gui {

SynthesisJob pieceJob(const Take& take, int piece, qint64 seed) {
  SynthesisJob job = take.job;
  job.settings.text = take.pieces.at(std::size_t(piece)).text;
  job.settings.splitMethod = "cut0";
  job.settings.seed = seed;
  return job;
}

qint64 freshPieceSeed(qint64 avoidA, qint64 avoidB) {
  // The engine takes 31-bit seeds (as the random ones it picks itself).
  for (;;) {
    const qint64 seed = qint64(QRandomGenerator::global()->bounded(0x7fffffff));
    if (seed != avoidA && seed != avoidB) return seed;
  }
}

QString replacePiece(const Take& source, int piece, const Take& regenerated, Take* result) {
  if (piece < 0 || std::size_t(piece) >= source.pieces.size())
    return QCoreApplication::translate("timbre::gui::PieceRegeneration", "The take has no piece %1.").arg(piece + 1);
  const audio::AudioBuffer& a = source.audio;
  const audio::AudioBuffer& b = regenerated.audio;
  if (a.sampleRateHz != b.sampleRateHz || a.channels != b.channels)
    return QCoreApplication::translate("timbre::gui::PieceRegeneration", "The regenerated piece has %1 Hz, %2 channel(s); the take has %3 Hz, %4 channel(s).")
        .arg(b.sampleRateHz)
        .arg(b.channels)
        .arg(a.sampleRateHz)
        .arg(a.channels);
  const TakePiece& old = source.pieces[std::size_t(piece)];
  const qint64 frames = qint64(a.frames());
  if (old.startFrame < 0 || old.endFrame < old.startFrame || old.endFrame > frames)
    return QCoreApplication::translate("timbre::gui::PieceRegeneration", "The take's piece %1 spans frames %2 to %3 of %4.")
        .arg(piece + 1)
        .arg(old.startFrame)
        .arg(old.endFrame)
        .arg(frames);

  Take out = source;
  const auto channels = std::size_t(a.channels);
  out.audio.samples.clear();
  out.audio.samples.reserve(a.samples.size() - std::size_t(old.endFrame - old.startFrame) * channels + b.samples.size());
  const auto cut = [&](qint64 frame) { return a.samples.begin() + std::ptrdiff_t(std::size_t(frame) * channels); };
  out.audio.samples.insert(out.audio.samples.end(), a.samples.begin(), cut(old.startFrame));
  out.audio.samples.insert(out.audio.samples.end(), b.samples.begin(), b.samples.end());
  out.audio.samples.insert(out.audio.samples.end(), cut(old.endFrame), a.samples.end());

  // Everything after the piece moves by the difference in length.
  const qint64 shift = qint64(b.frames()) - (old.endFrame - old.startFrame);
  const double rate = a.sampleRateHz;
  for (std::size_t i = std::size_t(piece); i < out.pieces.size(); ++i) {
    TakePiece& p = out.pieces[i];
    if (i == std::size_t(piece)) {
      p.endFrame = p.startFrame + qint64(b.frames());
      p.seed = regenerated.seed;
    } else {
      p.startFrame += shift;
      p.endFrame += shift;
    }
    p.startSeconds = double(p.startFrame) / rate;
    p.endSeconds = double(p.endFrame) / rate;
  }
  out.number = 0;
  out.sourceNumber = source.number;
  out.regeneratedPiece = piece;
  *result = std::move(out);
  return {};
}

}  // namespace timbre::gui
