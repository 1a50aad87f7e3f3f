#pragma once
// One synthesis job, with the official TTS.run parameters and defaults (spec §2.1).
#include <ATen/core/Tensor.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace timbre::pipeline {

struct SynthesisRequest {
  std::string text;
  std::string textLang = "zh";             // zh en ja ko yue auto auto_yue all_zh all_ja all_ko all_yue
  std::vector<std::string> references;     // audio files: the first gives the prompt; all give timbre (averaged)
  std::string promptText;                  // transcript of the first reference; empty = reference-free
  std::string promptLang = "zh";
  int topK = 15;
  double topP = 1.0;
  double temperature = 1.0;
  double repetitionPenalty = 1.35;
  double speed = 1.0;                      // latent interpolation, 0.25 to 4
  double noiseScale = 0.5;                 // SoVITS prior noise (0 = the prior mean)
  int64_t seed = -1;                       // -1: a fresh random seed (reported in the result)
  std::string splitMethod = "cut5";        // cut0 .. cut5
  double fragmentInterval = 0.3;           // seconds of silence between pieces
  int batchSize = 1;                       // pieces decoded together by the GPT (the official parallel_infer batch)
  bool parallelDecode = false;             // decode all pieces in one SoVITS call (speed 1 only), as parallel_infer
  bool autoWindow = false;                 // use the best 3-10 s of a longer main reference
  // Token streaming (api_v2 streaming_mode 2 and 3): audio chunks reach the
  // chunk callback while the GPT is still generating the piece. Pieces then go
  // one by one (batchSize and parallelDecode do not apply), as in the official mode.
  bool tokenStreaming = false;
  int streamChunkTokens = 16;              // min_chunk_length: tokens per chunk at least
  bool fixedLengthChunks = false;          // cut every streamChunkTokens (mode 3) instead of at pauses (mode 2)
  int overlapTokens = 2;                   // overlap_length: tokens cross-faded at each join
};

enum class SynthesisStage { Reference, Text, Semantic, Decode, Done };

struct SynthesisProgress {
  SynthesisStage stage = SynthesisStage::Reference;
  int piece = 0;       // 0-based piece index (Text/Semantic/Decode)
  int pieces = 0;      // number of pieces (0 until the text is split)
  int step = 0;        // GPT decoding step within the piece (Semantic)
};

// Called from the synthesis thread; keep it quick.
using ProgressCallback = std::function<void(const SynthesisProgress&)>;
// Receives the audio in order as soon as it is final: each whole piece
// (peak-limited, followed by its fragment silence) normally, which is what
// fragment streaming sends; with tokenStreaming, the chunks of each piece, the
// last one followed by the silence. The chunks joined are the result's audio.
using AudioChunkCallback = std::function<void(int piece, int pieces, const at::Tensor& audio)>;
// Asked between GPT steps and between stages; returning true cancels with
// timbre::Error(Cancelled).
using CancelCheck = std::function<bool()>;

}  // namespace timbre::pipeline
