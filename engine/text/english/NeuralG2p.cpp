#include "text/english/NeuralG2p.h"

#include <cmath>
#include <cstring>
#include <map>
#include <sstream>

#include "text/english/EnglishData.h"
#include "timbre/Error.h"

namespace timbre::text::english {

namespace {

// g2p_en's output vocabulary: <pad> <unk> <s> </s>, then its phone list (which has an
// unstressed "UW" of its own).
constexpr const char* kPhonemes[] = {
    "<pad>", "<unk>", "<s>", "</s>", "AA0", "AA1", "AA2", "AE0", "AE1", "AE2", "AH0", "AH1", "AH2", "AO0",
    "AO1",   "AO2",   "AW0", "AW1",  "AW2", "AY0", "AY1", "AY2", "B",   "CH",  "D",   "DH",  "EH0", "EH1",
    "EH2",   "ER0",   "ER1", "ER2",  "EY0", "EY1", "EY2", "F",   "G",   "HH",  "IH0", "IH1", "IH2", "IY0",
    "IY1",   "IY2",   "JH",  "K",    "L",   "M",   "N",   "NG",  "OW0", "OW1", "OW2", "OY0", "OY1", "OY2",
    "P",     "R",     "S",   "SH",   "T",   "TH",  "UH0", "UH1", "UH2", "UW",  "UW0", "UW1", "UW2", "V",
    "W",     "Y",     "Z",   "ZH"};
constexpr std::size_t kPhonemeCount = sizeof(kPhonemes) / sizeof(kPhonemes[0]);
constexpr std::size_t kStart = 2, kEnd = 3;
// Input vocabulary: <pad> <unk> </s> a..z.
constexpr std::size_t kLetterUnknown = 1, kLetterEnd = 2, kFirstLetter = 3;
constexpr int kMaxPhones = 20;

float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }

// y = W x + b for a row-major W (rows x cols).
void affine(const float* w, const float* b, std::size_t rows, std::size_t cols, const float* x, float* y) {
  for (std::size_t r = 0; r < rows; ++r) {
    const float* wr = w + r * cols;
    float sum = 0.0f;
    for (std::size_t c = 0; c < cols; ++c) sum += wr[c] * x[c];
    y[r] = sum + b[r];
  }
}

}  // namespace

NeuralG2p::NeuralG2p() {
  using namespace detail;
  std::map<std::string, Matrix*> targets = {
      {"enc_emb", &m_encEmb},  {"enc_w_ih", &m_enc.wIh}, {"enc_w_hh", &m_enc.wHh}, {"enc_b_ih", &m_enc.bIh},
      {"enc_b_hh", &m_enc.bHh}, {"dec_emb", &m_decEmb},   {"dec_w_ih", &m_dec.wIh}, {"dec_w_hh", &m_dec.wHh},
      {"dec_b_ih", &m_dec.bIh}, {"dec_b_hh", &m_dec.bHh}, {"fc_w", &m_fcW},         {"fc_b", &m_fcB}};
  std::istringstream shapes(std::string(blob(kG2pShapes, kG2pShapesSize)));
  std::size_t offset = 0;
  std::string name;
  std::size_t rows = 0, cols = 0;
  while (shapes >> name >> rows >> cols) {
    const auto target = targets.find(name);
    if (target == targets.end())
      throw Error(ErrorCode::Internal, "unknown g2p_en array in the compiled-in data: " + name);
    Matrix* m = target->second;
    m->rows = rows;
    m->cols = cols;
    m->data.resize(rows * cols);
    const std::size_t bytes = rows * cols * sizeof(float);
    if (offset + bytes > kG2pWeightsSize)
      throw Error(ErrorCode::Internal, "the compiled-in g2p_en weights are shorter than their shapes");
    std::memcpy(m->data.data(), kG2pWeights + offset, bytes);  // little-endian, as vendored
    offset += bytes;
  }
  if (offset != kG2pWeightsSize || m_fcW.rows != kPhonemeCount || m_encEmb.rows != kFirstLetter + 26)
    throw Error(ErrorCode::Internal, "the compiled-in g2p_en weights do not match the model's vocabulary");
}

const NeuralG2p& NeuralG2p::instance() {
  static const NeuralG2p model;
  return model;
}

void NeuralG2p::step(const Gru& gru, const float* x, std::vector<float>& h) {
  const std::size_t hidden = h.size();
  std::vector<float> gi(3 * hidden), gh(3 * hidden);
  affine(gru.wIh.data.data(), gru.bIh.data.data(), 3 * hidden, gru.wIh.cols, x, gi.data());
  affine(gru.wHh.data.data(), gru.bHh.data.data(), 3 * hidden, hidden, h.data(), gh.data());
  for (std::size_t j = 0; j < hidden; ++j) {
    const float r = sigmoid(gi[j] + gh[j]);
    const float z = sigmoid(gi[hidden + j] + gh[hidden + j]);
    const float n = std::tanh(gi[2 * hidden + j] + r * gh[2 * hidden + j]);
    h[j] = (1.0f - z) * n + z * h[j];
  }
}

std::vector<std::string> NeuralG2p::predict(std::string_view word) const {
  const std::size_t hidden = m_enc.wHh.cols;
  std::vector<float> h(hidden, 0.0f);
  // Encoder: every character (one byte of ASCII text), then </s>.
  for (std::size_t i = 0; i <= word.size(); ++i) {
    std::size_t letter = kLetterEnd;
    if (i < word.size()) letter = word[i] >= 'a' && word[i] <= 'z' ? kFirstLetter + (word[i] - 'a') : kLetterUnknown;
    step(m_enc, m_encEmb.row(letter), h);
  }
  // Decoder from <s>, feeding back the most likely phone until </s>.
  std::vector<std::string> phones;
  std::vector<float> logits(kPhonemeCount);
  std::size_t previous = kStart;
  for (int i = 0; i < kMaxPhones; ++i) {
    step(m_dec, m_decEmb.row(previous), h);
    affine(m_fcW.data.data(), m_fcB.data.data(), kPhonemeCount, hidden, h.data(), logits.data());
    std::size_t best = 0;  // argmax: the first of equal maxima
    for (std::size_t k = 1; k < kPhonemeCount; ++k)
      if (logits[k] > logits[best]) best = k;
    if (best == kEnd) break;
    phones.emplace_back(kPhonemes[best]);
    previous = best;
  }
  return phones;
}

}  // namespace timbre::text::english
