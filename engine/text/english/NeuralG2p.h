#pragma once
// g2p_en's neural grapheme-to-phoneme model (Kyubyong/g2p, checkpoint 20): a GRU
// encoder over the letters and a GRU decoder read greedily, at most 20 phones. The
// reference (g2p_en G2p.predict) uses it for words no dictionary knows. Plain float
// arithmetic, as the reference's numpy code does; weights compiled in.
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text::english {

class NeuralG2p {
 public:
  static const NeuralG2p& instance();

  // Phones of a lowercase word. Characters other than a-z are read as <unk>, as the
  // reference does; the result may hold "<unk>" and the unstressed "UW", which the
  // caller filters like the reference.
  std::vector<std::string> predict(std::string_view word) const;

 private:
  NeuralG2p();

  struct Matrix {
    std::size_t rows = 0, cols = 0;
    std::vector<float> data;
    const float* row(std::size_t r) const { return data.data() + r * cols; }
  };
  struct Gru {
    Matrix wIh, wHh, bIh, bHh;
  };
  // One GRU step (torch.nn.GRUCell's gate order r, z, n); h is updated in place.
  static void step(const Gru& gru, const float* x, std::vector<float>& h);

  Matrix m_encEmb, m_decEmb, m_fcW, m_fcB;
  Gru m_enc, m_dec;
};

}  // namespace timbre::text::english
