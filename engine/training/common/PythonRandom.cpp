#include "training/common/PythonRandom.h"

#include <algorithm>

namespace timbre::training {

namespace {
constexpr int kN = 624;
constexpr int kM = 397;
}  // namespace

void PythonRandom::initGenrand(uint32_t s) {
  m_state[0] = s;
  for (int i = 1; i < kN; ++i)
    m_state[i] = 1812433253u * (m_state[i - 1] ^ (m_state[i - 1] >> 30)) + uint32_t(i);
  m_index = kN;
}

void PythonRandom::initByArray(const std::vector<uint32_t>& key) {
  initGenrand(19650218u);
  int i = 1;
  size_t j = 0;
  for (size_t k = std::max<size_t>(kN, key.size()); k; --k) {
    m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    ++i;
    ++j;
    if (i >= kN) {
      m_state[0] = m_state[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (int k = kN - 1; k; --k) {
    m_state[i] = (m_state[i] ^ ((m_state[i - 1] ^ (m_state[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    ++i;
    if (i >= kN) {
      m_state[0] = m_state[kN - 1];
      i = 1;
    }
  }
  m_state[0] = 0x80000000u;
}

void PythonRandom::seed(int64_t n) {
  uint64_t magnitude = n < 0 ? uint64_t(0) - uint64_t(n) : uint64_t(n);
  std::vector<uint32_t> key;
  do {
    key.push_back(uint32_t(magnitude & 0xffffffffu));
    magnitude >>= 32;
  } while (magnitude);
  initByArray(key);
}

uint32_t PythonRandom::next32() {
  if (m_index >= kN) {
    for (int k = 0; k < kN; ++k) {
      const uint32_t y = (m_state[k] & 0x80000000u) | (m_state[(k + 1) % kN] & 0x7fffffffu);
      m_state[k] = m_state[(k + kM) % kN] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
    }
    m_index = 0;
  }
  uint32_t y = m_state[m_index++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

double PythonRandom::random() {
  const uint32_t a = next32() >> 5, b = next32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

uint64_t PythonRandom::getrandbits(int k) {
  if (k <= 0) return 0;
  if (k <= 32) return next32() >> (32 - k);
  // Wider values are assembled from 32-bit words, least significant first;
  // the last word keeps only its top bits.
  uint64_t result = 0;
  int shift = 0;
  for (int left = k; left > 0; left -= 32, shift += 32) {
    uint32_t word = next32();
    if (left < 32) word >>= (32 - left);
    result |= uint64_t(word) << shift;
  }
  return result;
}

uint64_t PythonRandom::randbelow(uint64_t n) {
  int bits = 0;
  for (uint64_t v = n; v; v >>= 1) ++bits;
  uint64_t r = getrandbits(bits);
  while (r >= n) r = getrandbits(bits);
  return r;
}

}  // namespace timbre::training
