// Build-time tool: trains the English letter-to-sound model from the CMU dictionary
// (the plain word list timbre_cmudict_gen writes beside its C++ output) and writes it
// as C++ source compiled into timbre_text. Deterministic, a few seconds.
//
//   1. Align letters to phones with EM (forward-backward): each letter emits nothing,
//      one phone or two phones; stress digits are ignored while aligning.
//   2. Label every letter with what it emits in its best alignment, stress kept.
//   3. Count labels per letter context for each window of lts::kShapes and keep a
//      window only where its majority label differs from the next shorter window's.
//   4. Report word and phone accuracy on the held-out words (lts::isHeldOut).
//
// usage: timbre_lts_gen <cmudict-words.txt> <output.cpp> [min-count]
#include <array>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/english/LtsModel.h"

namespace lts = timbre::text::english::lts;

namespace {

struct Word {
  std::string letters;
  std::vector<std::string> phones;  // with stress digits
  std::vector<int> base;            // phone ids without stress
};

std::string stripStress(const std::string& p) { return lts::isVowel(p) ? p.substr(0, p.size() - 1) : p; }

// Letter -> emission probabilities: unit 0 = nothing, 1 + p = one phone, 1 + n + p*n + q = two.
class Aligner {
 public:
  explicit Aligner(int phoneCount)
      : m_n(phoneCount), m_units(1 + phoneCount + phoneCount * phoneCount), m_prob(26 * m_units) {
    // Start uniform, with two-phone emissions much less likely than the others.
    for (int c = 0; c < 26; ++c)
      for (int u = 0; u < m_units; ++u) m_prob[c * m_units + u] = u <= m_n ? 1.0 : 0.01;
    normalise(m_prob);
  }

  int unit(const Word& w, int j, int k) const {
    if (k == 0) return 0;
    if (k == 1) return 1 + w.base[j];
    return 1 + m_n + w.base[j] * m_n + w.base[j + 1];
  }
  double prob(const Word& w, int i, int j, int k) const { return m_prob[(w.letters[i] - 'a') * m_units + unit(w, j, k)]; }

  // One EM step over all words; returns the total log-likelihood.
  double step(const std::vector<Word>& words) {
    std::vector<double> counts(m_prob.size(), 0.0);
    double logLik = 0;
    std::vector<double> alpha, beta;
    for (const auto& w : words) {
      const int L = static_cast<int>(w.letters.size()), P = static_cast<int>(w.base.size());
      const auto at = [P](int i, int j) { return i * (P + 1) + j; };
      alpha.assign((L + 1) * (P + 1), 0.0);
      beta.assign((L + 1) * (P + 1), 0.0);
      alpha[at(0, 0)] = 1;
      for (int i = 0; i < L; ++i)
        for (int j = 0; j <= P; ++j) {
          if (alpha[at(i, j)] == 0) continue;
          for (int k = 0; k <= 2 && j + k <= P; ++k) alpha[at(i + 1, j + k)] += alpha[at(i, j)] * prob(w, i, j, k);
        }
      const double z = alpha[at(L, P)];
      if (z <= 0) continue;
      logLik += std::log(z);
      beta[at(L, P)] = 1;
      for (int i = L - 1; i >= 0; --i)
        for (int j = 0; j <= P; ++j)
          for (int k = 0; k <= 2 && j + k <= P; ++k) beta[at(i, j)] += prob(w, i, j, k) * beta[at(i + 1, j + k)];
      for (int i = 0; i < L; ++i)
        for (int j = 0; j <= P; ++j) {
          if (alpha[at(i, j)] == 0) continue;
          for (int k = 0; k <= 2 && j + k <= P; ++k) {
            const double post = alpha[at(i, j)] * prob(w, i, j, k) * beta[at(i + 1, j + k)] / z;
            if (post > 0) counts[(w.letters[i] - 'a') * m_units + unit(w, j, k)] += post;
          }
        }
    }
    normalise(counts);
    m_prob = std::move(counts);
    return logLik;
  }

  // Best alignment: for each letter, how many phones it takes (0, 1, 2); empty if none.
  std::vector<int> viterbi(const Word& w) const {
    const int L = static_cast<int>(w.letters.size()), P = static_cast<int>(w.base.size());
    const auto at = [P](int i, int j) { return i * (P + 1) + j; };
    std::vector<double> best((L + 1) * (P + 1), -1);
    std::vector<int> from((L + 1) * (P + 1), -1);
    best[at(0, 0)] = 1;
    for (int i = 0; i < L; ++i)
      for (int j = 0; j <= P; ++j) {
        if (best[at(i, j)] <= 0) continue;
        for (int k = 0; k <= 2 && j + k <= P; ++k) {
          const double s = best[at(i, j)] * prob(w, i, j, k);
          if (s > best[at(i + 1, j + k)]) {
            best[at(i + 1, j + k)] = s;
            from[at(i + 1, j + k)] = k;
          }
        }
      }
    if (best[at(L, P)] <= 0) return {};
    std::vector<int> takes(L);
    for (int i = L, j = P; i > 0; --i) {
      takes[i - 1] = from[at(i, j)];
      j -= takes[i - 1];
    }
    return takes;
  }

 private:
  void normalise(std::vector<double>& p) const {
    for (int c = 0; c < 26; ++c) {
      double sum = 0;
      for (int u = 0; u < m_units; ++u) sum += p[c * m_units + u];
      if (sum > 0)
        for (int u = 0; u < m_units; ++u) p[c * m_units + u] /= sum;
    }
  }

  int m_n;
  int m_units;
  std::vector<double> m_prob;
};

struct Stats {
  std::map<std::string, int> labels;
  std::string parent;  // key of the next shorter window
  int total = 0;
};

// Majority label; ties go to the smaller label so the output never depends on hash order.
std::string majority(const std::map<std::string, int>& labels) {
  std::string best;
  int bestCount = -1;
  for (const auto& [label, count] : labels)
    if (count > bestCount) {
      best = label;
      bestCount = count;
    }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: timbre_lts_gen <cmudict-words.txt> <output.cpp> [min-count]\n";
    return 2;
  }
  const int minCount = argc == 4 ? std::stoi(argv[3]) : 1;
  std::ifstream in(argv[1]);
  if (!in) {
    std::cerr << "timbre_lts_gen: cannot open " << argv[1] << "\n";
    return 1;
  }
  // First pronunciation of every plain word, as the runtime dictionary reads it.
  std::vector<Word> train, heldOut;
  std::map<std::string, int> phoneIds;
  std::string line, lastWord;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    Word w;
    std::string tag;
    if (!(fields >> w.letters >> tag) || w.letters == lastWord) continue;
    lastWord = w.letters;
    if (!lts::isTrainingWord(w.letters)) continue;
    for (std::string p; fields >> p;) {
      w.phones.push_back(p);
      auto [it, added] = phoneIds.emplace(stripStress(p), static_cast<int>(phoneIds.size()));
      w.base.push_back(it->second);
    }
    if (w.phones.empty()) continue;
    (lts::isHeldOut(w.letters) ? heldOut : train).push_back(std::move(w));
  }
  if (train.size() < 1000) {
    std::cerr << argv[1] << ": only " << train.size() << " training words\n";
    return 1;
  }

  Aligner aligner(static_cast<int>(phoneIds.size()));
  for (int iteration = 0; iteration < 8; ++iteration) aligner.step(train);

  // Labels per letter, then label counts per window.
  std::vector<std::unordered_map<std::string, Stats>> windows(lts::kShapeCount);
  std::size_t unaligned = 0;
  for (const auto& w : train) {
    const std::vector<int> takes = aligner.viterbi(w);
    if (takes.empty()) {
      ++unaligned;
      continue;
    }
    std::size_t j = 0;
    for (std::size_t i = 0; i < w.letters.size(); ++i) {
      std::string label = takes[i] == 0 ? "_" : w.phones[j];
      if (takes[i] == 2) label += "+" + w.phones[j + 1];
      j += static_cast<std::size_t>(takes[i]);
      std::string parent;
      for (std::size_t s = 0; s < lts::kShapeCount; ++s) {
        std::string key = lts::contextKey(w.letters, i, lts::kShapes[s]);
        Stats& st = windows[s][key];
        ++st.labels[label];
        ++st.total;
        st.parent = parent;
        parent = std::move(key);
      }
    }
  }

  // Shortest windows first: a window is kept when its majority differs from what its
  // parent window effectively predicts. A key can recur at a longer shape (at a word
  // edge) with the same counts; it is then already decided.
  std::unordered_map<std::string, std::string> effective;
  std::map<std::string, std::string> stored;
  for (std::size_t s = 0; s < lts::kShapeCount; ++s)
    for (const auto& [key, st] : windows[s]) {
      if (effective.count(key)) continue;
      const std::string own = majority(st.labels);
      if (s == 0) {
        effective[key] = own;
        stored[key] = own;
        continue;
      }
      const std::string& inherited = effective.at(st.parent);
      if (st.total >= minCount && own != inherited) {
        effective[key] = own;
        stored[key] = own;
      } else {
        effective[key] = inherited;
      }
    }

  // Held-out accuracy, with the runtime's own prediction code.
  const auto find = [&stored](const std::string& key) -> std::string_view {
    auto it = stored.find(key);
    return it == stored.end() ? std::string_view() : std::string_view(it->second);
  };
  std::size_t wordsRight = 0, phoneErrors = 0, phoneTotal = 0;
  for (const auto& w : heldOut) {
    const auto guess = lts::predict(w.letters, find);
    wordsRight += guess == w.phones;
    phoneErrors += lts::phoneEditDistance(guess, w.phones);
    phoneTotal += w.phones.size();
  }
  std::cout << "timbre_lts_gen: " << train.size() << " training words (" << unaligned << " unaligned), "
            << stored.size() << " windows kept; held-out " << heldOut.size() << " words: word accuracy "
            << 100.0 * static_cast<double>(wordsRight) / static_cast<double>(heldOut.size()) << " %, phone accuracy "
            << 100.0 * (1.0 - static_cast<double>(phoneErrors) / static_cast<double>(phoneTotal)) << " %\n";

  std::ofstream out(argv[2], std::ios::binary);
  out << "// Generated by timbre_lts_gen from " << argv[1] << "; do not edit.\n"
      << "#include <cstddef>\n\nnamespace timbre::text::english::detail {\n\n"
      << "extern const char kLtsModelData[];\nextern const std::size_t kLtsModelSize;\n"
      << "const char kLtsModelData[] =\n";
  std::size_t perLine = 0;
  for (const auto& [key, label] : stored) {
    if (perLine == 0) out << "    \"";
    out << key << ' ' << label << "\\n";
    if (++perLine == 8) {
      out << "\"\n";
      perLine = 0;
    }
  }
  if (perLine != 0) out << "\"\n";
  out << "    ;\nconst std::size_t kLtsModelSize = sizeof(kLtsModelData) - 1;\n\n"
      << "}  // namespace timbre::text::english::detail\n";
  if (!out) {
    std::cerr << "timbre_lts_gen: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
