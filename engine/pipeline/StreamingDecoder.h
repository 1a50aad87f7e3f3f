#pragma once
// Turns a piece's semantic tokens into audio while the GPT is still producing
// them (token streaming, spec §2.7 decode_streaming). Each push re-encodes all
// tokens received so far (the text encoder attends over the whole piece), then
// renders only the frames that are new, with enough context frames either side
// that flow and generator see what a one-pass decode sees. The last frames stay
// back until more tokens arrive, because future tokens still change them; the
// first `overlap` frames of every new stretch are cross-faded with the tail the
// previous push rendered for them, so the joins are click-free.
#include "models/sovits/SovitsModel.h"

#include <ATen/ATen.h>

#include <cstdint>

namespace timbre::pipeline {

struct StreamingDecodeOptions {
  int overlapTokens = 2;      // overlap_length: tokens cross-faded at each join
  int holdbackTokens = 2;     // newest tokens whose frames wait for more context
  double speed = 1.0;
  double noiseScale = 0.5;
  uint64_t seed = 0;          // frame noise seed (the same as the one-pass decode's)
};

class StreamingDecoder {
 public:
  // phones [1, n]; the model must outlive the decoder.
  StreamingDecoder(const sovits::SovitsModel& model, sovits::SovitsModel::Timbre timbre, at::Tensor phones,
                   StreamingDecodeOptions options);

  // tokens: every token of the piece so far, [T] int64 (a prefix of the next
  // call's). Returns the audio that became final, [samples] float32 CPU, which
  // continues the audio of the previous calls. `last` flushes everything.
  at::Tensor push(const at::Tensor& tokens, bool last);

  int64_t emittedSamples() const { return m_doneFrames * m_model.samplesPerFrame(); }

 private:
  const sovits::SovitsModel& m_model;
  sovits::SovitsModel::Timbre m_timbre;
  at::Tensor m_phones;
  StreamingDecodeOptions m_options;
  int64_t m_doneFrames = 0;  // frames emitted
  at::Tensor m_tail;         // audio rendered for the frames after m_doneFrames, awaiting the cross-fade
};

}  // namespace timbre::pipeline
