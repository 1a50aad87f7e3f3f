#include "pipeline/TokenChunker.h"

#include "timbre/Error.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace timbre::pipeline {
namespace {
// The official rule looks at pairs, so a cut needs two pause-like tokens in a row.
constexpr int kPairLookahead = 2;
}  // namespace

TokenChunker::TokenChunker(ChunkingOptions options, at::Tensor muteSimilarity) : m_options(options) {
  if (m_options.chunkTokens < 1) throw Error(ErrorCode::InvalidArgument, "stream chunks need at least 1 token");
  if (!m_options.fixedLength) {
    if (!muteSimilarity.defined() || muteSimilarity.dim() != 1)
      throw Error(ErrorCode::InvalidArgument, "pause-based chunking needs the [vocab] mute similarity");
    const at::Tensor s = muteSimilarity.to(at::kCPU, at::kFloat).contiguous();
    m_similarity.assign(s.data_ptr<float>(), s.data_ptr<float>() + s.numel());
  }
}

int TokenChunker::push(int64_t token) {
  m_waiting.push_back(token);
  int cut = 0;
  if (m_options.fixedLength) {
    if (waiting() >= m_options.chunkTokens) cut = waiting();
  } else if (waiting() >= m_options.chunkTokens + kPairLookahead) {
    cut = bestPauseCut();
  }
  if (cut > 0) m_waiting.erase(m_waiting.begin(), m_waiting.begin() + cut);
  return cut;
}

int TokenChunker::bestPauseCut() const {
  // Each token scores its similarity above the threshold, or -1 below it; a
  // position scores itself plus its successor. The best position ends the chunk.
  const std::size_t n = m_waiting.size();
  std::vector<double> score(n);
  for (std::size_t i = 0; i < n; ++i) {
    const auto token = static_cast<std::size_t>(m_waiting[i]);
    const double s = (token < m_similarity.size() ? m_similarity[token] : -1.0) - m_options.pauseThreshold;
    score[i] = s < 0 ? -1.0 : s;
  }
  for (std::size_t i = 0; i + 1 < n; ++i) score[i] += score[i + 1];
  const auto best = static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
  if (score[best] >= 0 && static_cast<int>(best) + 1 >= m_options.chunkTokens) return static_cast<int>(best) + 1;
  return 0;
}

}  // namespace timbre::pipeline
