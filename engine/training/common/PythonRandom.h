#pragma once
// CPython's `random` module (MT19937 with random.seed(int)), as far as the
// official trainers use it: the SoVITS dataset shuffle (random.seed(1234);
// random.shuffle), the GPT bucket sampler (random.seed(epoch); shuffle) and
// random.random(). The sequence is portable, so the same seed gives the same
// order as the official code on any machine.
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace timbre::training {

class PythonRandom {
 public:
  explicit PythonRandom(int64_t n = 0) { seed(n); }

  // random.seed(n) for an int n (the absolute value's 32-bit words, as CPython does).
  void seed(int64_t n);
  // random.random(): 53-bit float in [0, 1).
  double random();
  // random.getrandbits(k), 0 <= k <= 64.
  uint64_t getrandbits(int k);
  // random._randbelow(n) for n >= 1 (rejection sampling on n.bit_length() bits).
  uint64_t randbelow(uint64_t n);
  // random.shuffle(x): Fisher–Yates from the end, j = _randbelow(i + 1).
  template <typename T>
  void shuffle(std::vector<T>& x) {
    for (size_t i = x.size(); i-- > 1;) std::swap(x[i], x[randbelow(i + 1)]);
  }

 private:
  uint32_t next32();
  void initGenrand(uint32_t s);
  void initByArray(const std::vector<uint32_t>& key);

  std::array<uint32_t, 624> m_state{};
  int m_index = 625;
};

}  // namespace timbre::training
