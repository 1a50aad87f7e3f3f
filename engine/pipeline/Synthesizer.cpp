#include "pipeline/Synthesizer.h"

#include "pipeline/TokenChunker.h"
#include "text/segmentation/LanguageSegmenter.h"
#include "text/segmentation/SentenceSplitter.h"
#include "text/segmentation/TextPreprocessor.h"
#include "timbre/Error.h"

#include <chrono>
#include <cmath>
#include <random>

namespace timbre::pipeline {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

constexpr std::size_t kMaxTextBytes = 200000;  // about 60k Chinese characters: hours of speech

void validate(const SynthesisRequest& r) {
  auto fail = [](const std::string& why) { throw Error(ErrorCode::InvalidArgument, why); };
  if (r.text.find_first_not_of(" \t\r\n") == std::string::npos) fail("the text to speak is empty");
  if (r.text.size() > kMaxTextBytes)
    fail("the text is " + std::to_string(r.text.size()) + " bytes long; split it into parts of at most " +
         std::to_string(kMaxTextBytes) + " bytes");
  if (r.references.empty()) fail("no reference audio given (the voice to clone)");
  if (!text::isLanguageMode(r.textLang)) fail("unsupported text language '" + r.textLang + "'");
  if (!r.promptText.empty() && !text::isLanguageMode(r.promptLang))
    fail("unsupported prompt language '" + r.promptLang + "'");
  if (!text::parseSplitMethod(r.splitMethod)) fail("unknown split method '" + r.splitMethod + "' (use cut0 to cut5)");
  if (!(r.speed >= 0.25 && r.speed <= 4.0)) fail("speed must be between 0.25 and 4");
  if (!(r.noiseScale >= 0.0 && r.noiseScale <= 2.0)) fail("noise scale must be between 0 and 2");
  if (r.topK < 0) fail("top-k must be 0 (off) or positive");
  if (!(r.topP > 0.0 && r.topP <= 1.0)) fail("top-p must be in (0, 1]");
  if (!(r.temperature > 0.0 && r.temperature <= 10.0)) fail("temperature must be in (0, 10]");
  if (!(r.repetitionPenalty >= 1.0 && r.repetitionPenalty <= 10.0)) fail("repetition penalty must be in [1, 10]");
  if (!(r.fragmentInterval >= 0.0 && r.fragmentInterval <= 10.0)) fail("fragment interval must be 0 to 10 s");
  if (r.batchSize < 1 || r.batchSize > 64) fail("batch size must be 1 to 64");
  if (r.streamChunkTokens < 1 || r.streamChunkTokens > 500) fail("stream chunks must be 1 to 500 tokens");
  if (r.overlapTokens < 0 || r.overlapTokens > 16) fail("the stream overlap must be 0 to 16 tokens");
}

at::Tensor longTensor(const std::vector<int64_t>& v) { return at::tensor(v, at::kLong); }

}  // namespace

Synthesizer::Synthesizer(const VoiceModels& models, ReferenceCache* cache, const text::UserDictionary* userDictionary)
    : m_models(models),
      m_references(models, cache),
      m_text(models, userDictionary) {}

std::vector<int16_t> Synthesizer::toInt16(const at::Tensor& audio) {
  const at::Tensor flat = audio.to(at::kCPU, at::kFloat).reshape(-1).contiguous();
  const float* x = flat.data_ptr<float>();
  std::vector<int16_t> out(static_cast<std::size_t>(flat.numel()));
  for (std::size_t i = 0; i < out.size(); ++i) {
    // Truncation toward zero like numpy's astype; clamped, where numpy would wrap +1.0 to -32768.
    const double v = std::trunc(double(x[i]) * 32768.0);
    out[i] = static_cast<int16_t>(std::clamp(v, -32768.0, 32767.0));
  }
  return out;
}

SynthesisResult Synthesizer::synthesize(const SynthesisRequest& request, const ProgressCallback& progress,
                                        const CancelCheck& cancel, const AudioChunkCallback& onAudio) const {
  validate(request);
  const auto started = Clock::now();
  auto report = [&](SynthesisStage stage, int piece, int pieces, int step = 0) {
    if (progress) progress(SynthesisProgress{stage, piece, pieces, step});
  };
  auto checkCancel = [&] {
    if (cancel && cancel()) throw Error(ErrorCode::Cancelled, "synthesis cancelled");
  };

  SynthesisResult result;
  result.sampleRateHz = m_models.sovits().samplingRateHz();
  result.seed = request.seed >= 0 ? request.seed : static_cast<int64_t>(std::random_device{}() & 0x7fffffff);

  // Reference features: the first recording gives the prompt, every one gives timbre.
  report(SynthesisStage::Reference, 0, 0);
  auto t = Clock::now();
  result.reference = m_references.encodeFile(request.references[0], {true, request.autoWindow});
  std::vector<at::Tensor> refSpecs{result.reference.refSpec}, svEmbeddings;
  if (result.reference.svEmbedding.defined()) svEmbeddings.push_back(result.reference.svEmbedding);
  for (std::size_t i = 1; i < request.references.size(); ++i) {
    checkCancel();
    const ReferenceFeatures aux = m_references.encodeFile(request.references[i], {false, false});
    refSpecs.push_back(aux.refSpec);
    if (aux.svEmbedding.defined()) svEmbeddings.push_back(aux.svEmbedding);
    result.auxReferences.push_back(aux);
  }
  result.times.referenceSeconds = secondsSince(t);
  checkCancel();

  // Text: the prompt transcript and the pieces of the target text.
  t = Clock::now();
  const bool referenceFree = request.promptText.find_first_not_of(" \t\r\n") == std::string::npos;
  const int64_t bertDim = m_models.gpt().config().bertDim;
  result.promptPhones = at::zeros({0}, at::kLong);
  result.promptBert = at::zeros({bertDim, 0}, at::kFloat);
  if (!referenceFree) {
    const PhonesAndBert prompt =
        m_text.extract(text::preprocessPromptText(request.promptText, request.promptLang), request.promptLang);
    result.promptPhones = longTensor(prompt.phones);
    result.promptBert = prompt.bert;
  }
  const auto method = *text::parseSplitMethod(request.splitMethod);
  const std::vector<std::string> pieceTexts = text::preprocessTargetText(request.text, request.textLang, method);
  for (std::size_t i = 0; i < pieceTexts.size(); ++i) {
    report(SynthesisStage::Text, int(i), int(pieceTexts.size()));
    checkCancel();
    PhonesAndBert features = m_text.extract(pieceTexts[i], request.textLang);
    if (features.normText.empty() || features.phones.empty()) continue;  // nothing to speak in this piece
    PieceResult piece;
    piece.text = pieceTexts[i];
    piece.normText = std::move(features.normText);
    piece.phones = longTensor(features.phones);
    piece.bert = features.bert;
    result.pieces.push_back(std::move(piece));
  }
  if (result.pieces.empty())
    throw Error(ErrorCode::InvalidArgument, "the text gives nothing to speak in language '" + request.textLang + "'");
  result.times.textSeconds = secondsSince(t);
  const int pieceCount = int(result.pieces.size());

  // Each piece limited to [-1, 1] and followed by the fragment silence.
  const auto silence = static_cast<int64_t>(double(result.sampleRateHz) * request.fragmentInterval);
  std::vector<at::Tensor> fragments;
  auto emit = [&](int i, const at::Tensor& audio) {
    if (audio.numel() == 0) return;
    if (fragments.empty()) result.times.firstAudioSeconds = secondsSince(started);
    fragments.push_back(audio);
    if (onAudio) onAudio(i, pieceCount, audio);
  };
  auto finishPiece = [&](int i) {
    at::Tensor audio = result.pieces[std::size_t(i)].audio.to(at::kCPU, at::kFloat);
    const double peak = audio.abs().max().item<double>();
    if (peak > 1.0) audio = audio / peak;
    emit(i, at::cat({audio, at::zeros({silence}, at::kFloat)}));
  };
  auto decodeRequest = [&](const at::Tensor& codes, const at::Tensor& phones, uint64_t seed) {
    sovits::DecodeRequest d;
    d.codes = codes.reshape({1, 1, -1});
    d.phones = phones.reshape({1, -1});
    d.refSpecs = refSpecs;
    if (m_models.needsSpeakerEmbedding()) d.svEmbeddings = svEmbeddings;
    d.noiseScale = request.noiseScale;
    d.speed = request.speed;
    d.seed = seed;
    return d;
  };
  const uint64_t decodeSeed = static_cast<uint64_t>(result.seed) * 0x9E3779B97F4A7C15ull;
  // One SoVITS call over all pieces (parallel mode, speed 1) waits for every
  // GPT run; otherwise each piece is decoded as soon as its tokens exist, so
  // the first audio is ready after the first piece, not after the whole text.
  const bool joinedDecode = request.parallelDecode && request.speed == 1.0 && pieceCount > 1;

  // GPT (per piece or per batch of pieces, prompt first), then SoVITS.
  gpt::SamplingParams params;
  params.topK = request.topK;
  params.topP = request.topP;
  params.temperature = request.temperature;
  params.repetitionPenalty = request.repetitionPenalty;
  if (request.tokenStreaming) {
    const sovits::SovitsModel::Timbre timbre =
        m_models.sovits().timbreOf(refSpecs, m_models.needsSpeakerEmbedding() ? svEmbeddings : std::vector<at::Tensor>{});
    for (int i = 0; i < pieceCount; ++i) {
      PieceResult& piece = result.pieces[std::size_t(i)];
      gpt::GptInput input;
      input.phones = at::cat({result.promptPhones, piece.phones});
      input.bert = at::cat({result.promptBert, piece.bert}, 1);
      input.promptTokens = referenceFree ? at::Tensor() : result.reference.promptCodes;
      params.seed = static_cast<uint64_t>(result.seed) + static_cast<uint64_t>(i);
      StreamingDecodeOptions decode;
      decode.overlapTokens = request.overlapTokens;
      decode.holdbackTokens = std::max(2, request.overlapTokens);
      decode.speed = request.speed;
      decode.noiseScale = request.noiseScale;
      decode.seed = decodeSeed + uint64_t(i);
      streamPiece(piece, input, params, decode, timbre, request,
                  [&](int step) {
                    report(SynthesisStage::Semantic, i, pieceCount, step);
                    return !(cancel && cancel());
                  },
                  [&](const at::Tensor& audio) { emit(i, audio); }, result.times);
      emit(i, at::zeros({silence}, at::kFloat));
    }
  }
  const int batchSize = std::max(1, request.batchSize);
  for (int first = 0; first < pieceCount && !request.tokenStreaming; first += batchSize) {
    const int count = std::min(batchSize, pieceCount - first);
    t = Clock::now();
    std::vector<gpt::GptInput> inputs;
    for (int i = first; i < first + count; ++i) {
      const PieceResult& piece = result.pieces[std::size_t(i)];
      gpt::GptInput input;
      input.phones = at::cat({result.promptPhones, piece.phones});
      input.bert = at::cat({result.promptBert, piece.bert}, 1);
      input.promptTokens = referenceFree ? at::Tensor() : result.reference.promptCodes;
      inputs.push_back(std::move(input));
    }
    params.seed = static_cast<uint64_t>(result.seed) + static_cast<uint64_t>(first);
    const std::vector<gpt::GptResult> generated = m_models.gpt().generateBatch(inputs, params, [&](int step) {
      report(SynthesisStage::Semantic, first, pieceCount, step);
      return !(cancel && cancel());
    });
    for (int i = 0; i < count; ++i) {
      PieceResult& piece = result.pieces[std::size_t(first + i)];
      piece.semantic = generated[std::size_t(i)].predSemantic;
      piece.stopReason = generated[std::size_t(i)].stopReason;
    }
    result.times.semanticSeconds += secondsSince(t);
    if (joinedDecode) continue;
    t = Clock::now();
    for (int i = first; i < first + count; ++i) {
      report(SynthesisStage::Decode, i, pieceCount);
      checkCancel();
      PieceResult& piece = result.pieces[std::size_t(i)];
      piece.audio = m_models.sovits().decode(decodeRequest(piece.semantic, piece.phones, decodeSeed + uint64_t(i)));
      finishPiece(i);
    }
    result.times.decodeSeconds += secondsSince(t);
  }
  if (joinedDecode && !request.tokenStreaming) {
    t = Clock::now();
    std::vector<at::Tensor> codes, phones;
    for (const auto& piece : result.pieces) codes.push_back(piece.semantic), phones.push_back(piece.phones);
    report(SynthesisStage::Decode, 0, pieceCount);
    checkCancel();
    const at::Tensor allCodes = at::cat(codes);
    const at::Tensor all = m_models.sovits().decode(decodeRequest(allCodes, at::cat(phones), decodeSeed));
    const int64_t samplesPerToken = all.size(0) / allCodes.size(0);
    int64_t offset = 0;
    for (auto& piece : result.pieces) {
      const int64_t length = piece.semantic.size(0) * samplesPerToken;
      piece.audio = all.narrow(0, offset, length).clone();
      offset += length;
    }
    for (int i = 0; i < pieceCount; ++i) finishPiece(i);
    result.times.decodeSeconds = secondsSince(t);
  }

  result.audio = at::cat(fragments);
  report(SynthesisStage::Done, pieceCount, pieceCount);
  result.times.totalSeconds = secondsSince(started);
  return result;
}

void Synthesizer::streamPiece(PieceResult& piece, const gpt::GptInput& input, const gpt::SamplingParams& params,
                              const StreamingDecodeOptions& decode, const sovits::SovitsModel::Timbre& timbre,
                              const SynthesisRequest& request, const std::function<bool(int step)>& shouldContinue,
                              const std::function<void(const at::Tensor& audio)>& emit, StageTimes& times) const {
  ChunkingOptions chunking;
  chunking.chunkTokens = request.streamChunkTokens;
  chunking.fixedLength = request.fixedLengthChunks;
  TokenChunker chunker(chunking, m_models.muteSimilarity());
  StreamingDecoder decoder(m_models.sovits(), timbre, piece.phones.reshape({1, -1}), decode);
  std::vector<int64_t> tokens;
  std::size_t released = 0;
  std::vector<at::Tensor> chunks;
  double decodeSeconds = 0;
  auto decodeUpTo = [&](std::size_t count, bool last) {
    const auto t = Clock::now();
    const at::Tensor audio =
        decoder.push(at::tensor(std::vector<int64_t>(tokens.begin(), tokens.begin() + long(count)), at::kLong), last);
    decodeSeconds += secondsSince(t);
    chunks.push_back(audio);
    emit(audio);
  };
  const auto t = Clock::now();
  const gpt::GptResult generated = m_models.gpt().generate(input, params, shouldContinue, [&](int64_t token) {
    tokens.push_back(token);
    if (const int cut = chunker.push(token); cut > 0) {
      released += std::size_t(cut);
      decodeUpTo(released, false);
    }
  });
  piece.stopReason = generated.stopReason;
  // The streamed tokens are the piece's tokens (they equal predSemantic except
  // when the 1500-step cap hits, where the official slice drops the first one).
  if (tokens.empty()) tokens.push_back(0);  // the official "bad zero prediction"
  piece.semantic = at::tensor(tokens, at::kLong);
  decodeUpTo(tokens.size(), true);
  piece.audio = at::cat(chunks);
  times.decodeSeconds += decodeSeconds;
  times.semanticSeconds += secondsSince(t) - decodeSeconds;
}

}  // namespace timbre::pipeline
