#pragma once
// How far a synthesis got, from its progress reports: the GPT steps taken over
// all its pieces, for the log line of a request whose client went away.
#include "pipeline/SynthesisRequest.h"

namespace timbre::serve {

class GptStepCounter {
 public:
  // The synthesis' progress callback (same thread as the synthesis).
  void operator()(const pipeline::SynthesisProgress& progress) {
    if (progress.stage != pipeline::SynthesisStage::Semantic) return;
    // A report with step s comes before step s: a finished piece (or batch)
    // took its last reported step plus one.
    if (progress.piece != m_piece) {
      if (m_piece >= 0) m_finished += m_step + 1;
      m_piece = progress.piece;
    }
    m_step = progress.step;
  }
  int steps() const { return m_piece < 0 ? 0 : m_finished + m_step; }

 private:
  int m_piece = -1;   // the piece (or first piece of the batch) being generated
  int m_step = 0;     // its last reported step
  int m_finished = 0; // steps of the pieces before it
};

}  // namespace timbre::serve
