#pragma once
// The whole voice-cloning run (TTS.run with batch size 1, the naive GPT path):
// reference features -> text pieces -> per piece phones + BERT -> GPT tokens ->
// SoVITS audio -> pieces joined with silence -> one 32 kHz waveform.
#include "pipeline/ReferenceCache.h"
#include "pipeline/ReferenceEncoder.h"
#include "pipeline/StreamingDecoder.h"
#include "pipeline/SynthesisRequest.h"
#include "pipeline/TextFeatures.h"
#include "pipeline/VoiceModels.h"

#include <ATen/ATen.h>

#include <string>
#include <vector>

namespace timbre::pipeline {

struct PieceResult {
  std::string text;             // the piece as cut from the input
  std::string normText;         // after normalisation
  at::Tensor phones;            // [n] int64
  at::Tensor bert;              // [bertDim, n] float32
  at::Tensor semantic;          // [idx] int64: GPT tokens handed to the decoder
  std::string stopReason;       // "eos", "early_stop_num", "max_steps"
  at::Tensor audio;             // [samples] float32 decoder output
};

struct StageTimes {
  double referenceSeconds = 0, textSeconds = 0, semanticSeconds = 0, decodeSeconds = 0, totalSeconds = 0;
  double firstAudioSeconds = 0;  // from the start until the first audio reached the chunk callback (or was ready)
};

struct SynthesisResult {
  at::Tensor audio;             // [samples] float32, 32 kHz, pieces joined with silence
  int sampleRateHz = 32000;
  int64_t seed = 0;             // the seed actually used
  std::vector<PieceResult> pieces;
  ReferenceFeatures reference;  // the main reference's features (prompt codes, spectrogram)
  std::vector<ReferenceFeatures> auxReferences;  // the other references (spectrogram, embedding)
  at::Tensor promptPhones, promptBert;
  StageTimes times;
};

class Synthesizer {
 public:
  // models (and cache, dictionary when given) must outlive the synthesizer.
  explicit Synthesizer(const VoiceModels& models, ReferenceCache* cache = nullptr,
                       const text::UserDictionary* userDictionary = nullptr);

  // Throws timbre::Error: InvalidArgument for bad parameters (empty text, no
  // reference, unknown language or split method, speed out of range), the
  // reference and text errors, Cancelled when cancel() says so.
  SynthesisResult synthesize(const SynthesisRequest& request, const ProgressCallback& progress = {},
                             const CancelCheck& cancel = {}, const AudioChunkCallback& onAudio = {}) const;

  // What TTS.run returns: (x * 32768) truncated toward zero to int16 (spec §2.9).
  static std::vector<int16_t> toInt16(const at::Tensor& audio);

 private:
  // One piece through GPT and the streaming decoder, chunks to `emit` as they become final.
  void streamPiece(PieceResult& piece, const gpt::GptInput& input, const gpt::SamplingParams& params,
                   const StreamingDecodeOptions& decode, const sovits::SovitsModel::Timbre& timbre,
                   const SynthesisRequest& request, const std::function<bool(int step)>& shouldContinue,
                   const std::function<void(const at::Tensor& audio)>& emit, StageTimes& times) const;


  const VoiceModels& m_models;
  ReferenceEncoder m_references;
  TextFeatures m_text;
};

}  // namespace timbre::pipeline
