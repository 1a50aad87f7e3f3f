#pragma once
// Subtitles for a take: one cue per text piece, timed by where the piece's
// audio (with the pause after it) sits in the take.
#include "Take.h"

#include <QString>

#include <vector>

namespace timbre::gui {

// SubRip: "1\n00:00:00,000 --> 00:00:01,234\ntext\n\n" per cue.
QString toSrt(const std::vector<TakePiece>& pieces);
// WebVTT: "WEBVTT\n\n" then "00:00:00.000 --> 00:00:01.234\ntext\n\n" per cue.
QString toWebVtt(const std::vector<TakePiece>& pieces);
// Writes SRT for ".srt", WebVTT otherwise (".vtt"), UTF-8. Returns an error
// message, empty on success.
QString writeSubtitles(const QString& path, const std::vector<TakePiece>& pieces);

}  // namespace timbre::gui
