#pragma once
// A/B listening of two takes: which one is heard and from where. Switching
// keeps the place: inside a piece that both takes have (same number of
// pieces), the same point of that piece, so the pieces after a regenerated
// one of another length still line up; otherwise the same time. Plain state:
// the Takes panel does the playing and tells it how much was heard.
#include "Take.h"

#include <vector>

namespace timbre::gui {

class AbComparison {
 public:
  enum Side { A = 0, B = 1 };

  // Starts over: side A, at its first frame.
  void setTakes(const Take& a, const Take& b);
  void clear() { m_active = false; }
  bool isActive() const { return m_active; }
  // The takes' numbers ("Take N"), to find them in the list and to show.
  int number(Side side) const { return m_sides[side].number; }

  Side side() const { return m_side; }
  // Where the current side's playback (re)started, in its frames.
  qint64 startFrame() const { return m_start; }
  // The current side's position after `heardFrames` of playback from startFrame(), kept within the take.
  qint64 position(qint64 heardFrames) const;

  // Plays `side` from `frame` (clamped to the take) from now on.
  void startAt(Side side, qint64 frame);
  // Goes on at the current position without playing (after a stop): startFrame() becomes position(heardFrames).
  void hold(qint64 heardFrames) { m_start = position(heardFrames); }
  // Switches to the other side at the point matching position(heardFrames);
  // at the very end the other side starts from its beginning. Returns its start frame.
  qint64 toggle(qint64 heardFrames);

  // The frame of `to` matching `frame` of `from` (see above); both spans from Take::pieces.
  static qint64 mapFrame(const std::vector<TakePiece>& from, qint64 fromFrames, const std::vector<TakePiece>& to,
                         qint64 toFrames, qint64 frame);

 private:
  struct Sample {
    std::vector<TakePiece> pieces;
    qint64 frames = 0;
    int number = 0;
  };
  Sample m_sides[2];
  Side m_side = A;
  qint64 m_start = 0;
  bool m_active = false;
};

}  // namespace timbre::gui
