#pragma once
// One synthesis result kept in the Takes list: the audio plus where each text
// piece sits in it (for subtitles).
#include "audio/AudioBuffer.h"

#include <QMetaType>
#include <QString>

#include <vector>

namespace timbre::gui {

struct TakePiece {
  QString text;
  double startSeconds = 0;
  double endSeconds = 0;  // includes the pause that follows the piece
};

struct Take {
  QString text;                     // the whole script as sent
  audio::AudioBuffer audio;         // mono, the model's rate (32 kHz for v2)
  std::vector<TakePiece> pieces;
  qint64 seed = 0;                  // the seed actually used (to reproduce the take)
  double seconds() const { return audio.durationSeconds(); }
};

}  // namespace timbre::gui

Q_DECLARE_METATYPE(timbre::gui::Take)
