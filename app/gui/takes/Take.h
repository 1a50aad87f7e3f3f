#pragma once
// One synthesis result kept in the Takes list: the audio plus where each text
// piece sits in it (for subtitles, playing and regenerating one piece).
#include "SynthesisJob.h"
#include "audio/AudioBuffer.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace timbre::gui {

struct TakePiece {
  QString text;
  double startSeconds = 0;
  double endSeconds = 0;  // includes the pause that follows the piece
  // The same span in frames of the take's audio: [startFrame, endFrame).
  qint64 startFrame = 0;
  qint64 endFrame = 0;
  qint64 seed = -1;       // the piece's own seed when it was regenerated alone; -1: the take's
};

struct Take {
  QString text;                     // the whole script as sent
  audio::AudioBuffer audio;         // mono, the model's rate (32 kHz for v2)
  std::vector<TakePiece> pieces;
  qint64 seed = 0;                  // the seed actually used (to reproduce the take)
  QString voiceName;                // the cloned voice (reference name), for export tags
  SynthesisJob job;                 // what produced it: a piece is regenerated with the same settings
  int number = 0;                   // "Take N" in the list (given by the Takes panel)
  int sourceNumber = 0;             // made from take `sourceNumber` by regenerating...
  int regeneratedPiece = -1;        // ...this piece (0-based); -1: a plain generation
  double seconds() const { return audio.durationSeconds(); }
};

}  // namespace timbre::gui

Q_DECLARE_METATYPE(timbre::gui::Take)
