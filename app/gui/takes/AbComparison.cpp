#include "AbComparison.h"

#include <algorithm>

namespace timbre::gui {

void AbComparison::setTakes(const Take& a, const Take& b) {
  m_sides[A] = {a.pieces, qint64(a.audio.frames()), a.number};
  m_sides[B] = {b.pieces, qint64(b.audio.frames()), b.number};
  m_side = A;
  m_start = 0;
  m_active = true;
}

qint64 AbComparison::position(qint64 heardFrames) const {
  return std::clamp(m_start + std::max<qint64>(0, heardFrames), qint64(0), m_sides[m_side].frames);
}

void AbComparison::startAt(Side side, qint64 frame) {
  m_side = side;
  m_start = std::clamp(frame, qint64(0), m_sides[side].frames);
}

qint64 AbComparison::toggle(qint64 heardFrames) {
  const Sample& from = m_sides[m_side];
  const Side other = m_side == A ? B : A;
  const Sample& to = m_sides[other];
  const qint64 here = position(heardFrames);
  qint64 there = mapFrame(from.pieces, from.frames, to.pieces, to.frames, here);
  if (here >= from.frames || there >= to.frames) there = 0;  // heard to the end: the other from the start
  startAt(other, there);
  return m_start;
}

qint64 AbComparison::mapFrame(const std::vector<TakePiece>& from, qint64 fromFrames, const std::vector<TakePiece>& to,
                              qint64 toFrames, qint64 frame) {
  if (from.size() == to.size()) {
    for (std::size_t k = 0; k < from.size(); ++k) {
      if (frame < from[k].startFrame || frame >= from[k].endFrame) continue;
      // The same offset into the same piece, at most to its end (a shorter regenerated piece).
      return std::clamp(to[k].startFrame + (frame - from[k].startFrame), to[k].startFrame, std::min(to[k].endFrame, toFrames));
    }
  }
  if (frame >= fromFrames) return toFrames;
  return std::clamp(frame, qint64(0), toFrames);
}

}  // namespace timbre::gui
