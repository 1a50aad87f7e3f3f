#pragma once
// Regenerating one piece of a take: the job that synthesizes that piece alone
// (its own text, not cut again, with the take's settings and a new seed), and
// the new take made by putting the result in the piece's place. The other
// pieces keep their audio sample for sample; later timings shift by the
// difference in length. The source take is not changed.
#include "Take.h"

#include <QString>

namespace timbre::gui {

// The take's job with the piece's text as the whole text, split method cut0
// (no further cutting) and `seed`. The piece's pause comes from the settings,
// as in a normal take.
SynthesisJob pieceJob(const Take& take, int piece, qint64 seed);

// A random seed that is neither `avoidA` nor `avoidB` (the seeds the piece was
// made with before), so the regenerated piece really is sampled anew.
qint64 freshPieceSeed(qint64 avoidA, qint64 avoidB = -1);

// `source` with piece `piece` replaced by the whole of `regenerated` (its
// audio, pause included). Returns an error message for a person when they do
// not fit (piece out of range, different sample rate or channels), else empty
// and fills `result`. The result's pieces carry `regenerated.seed` on the
// replaced one; number is left 0 (the panel numbers takes).
QString replacePiece(const Take& source, int piece, const Take& regenerated, Take* result);

}  // namespace timbre::gui
