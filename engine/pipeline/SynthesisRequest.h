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
// Receives each piece's finished audio (peak-limited, followed by its fragment
// silence) as soon as it is decoded, in text order: what fragment streaming sends.
using PieceAudioCallback = std::function<void(int piece, int pieces, const at::Tensor& audio)>;
// Asked between GPT steps and between stages; returning true cancels with
// timbre::Error(Cancelled).
using CancelCheck = std::function<bool()>;

}  // namespace timbre::pipeline
