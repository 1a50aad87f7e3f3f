#pragma once
// Scoring a frontend against a golden file (the layout of fixtures/frontend/*.jsonl:
// one record per line with id, lang, text and the official phones): the share of
// records whose phones equal the official ones exactly, and what differs where they
// do not. Header-only and free of any JSON library, so the command line parses the
// file and a unit test can feed records directly.
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace timbre::text {

struct GoldenRecord {
  std::string id;    // as the file names it ("zh-004"); may be empty
  std::string lang;  // the language the record was phonemized in
  std::string text;
  std::vector<std::string> phones;  // the official phones
};

struct GoldenMismatch {
  std::string id;
  std::string text;
  std::vector<std::string> expected;
  std::vector<std::string> actual;
};

struct GoldenScore {
  int total = 0;
  int matching = 0;
  std::vector<GoldenMismatch> mismatches;  // in file order

  // Share of records matching exactly, 0..100; 0 for an empty file.
  double percent() const { return total > 0 ? 100.0 * matching / total : 0.0; }
  // True when the share reaches minPercent (an exact hit counts: 98 of 100 meets 98).
  bool meets(double minPercent) const { return percent() + 1e-9 >= minPercent; }
};

// Records one record's outcome: exact equality of the phone sequences, nothing looser.
inline void addToScore(GoldenScore& score, const GoldenRecord& record, const std::vector<std::string>& actual) {
  ++score.total;
  if (actual == record.phones) {
    ++score.matching;
    return;
  }
  score.mismatches.push_back({record.id, record.text, record.phones, actual});
}

namespace detail {
inline std::string joinPhones(const std::vector<std::string>& phones) {
  std::string out;
  for (const auto& p : phones) out += (out.empty() ? "" : " ") + p;
  return out;
}
}  // namespace detail

// One line per differing phone position is too noisy for a sentence; the report
// shows both sequences and the first position where they part, which is where a
// wrong reading or rule starts.
inline std::string describeMismatch(const GoldenMismatch& m) {
  std::size_t first = 0;
  while (first < m.expected.size() && first < m.actual.size() && m.expected[first] == m.actual[first]) ++first;
  std::string out = (m.id.empty() ? std::string("(no id)") : m.id) + ": " + m.text + "\n";
  out += "  official: " + detail::joinPhones(m.expected) + "\n";
  out += "  ours:     " + detail::joinPhones(m.actual) + "\n";
  out += "  first difference at phone " + std::to_string(first + 1) + "\n";
  return out;
}

// Every mismatch, then "N of M records match (P %)".
inline std::string scoreReport(const GoldenScore& score) {
  std::string out;
  for (const auto& m : score.mismatches) out += describeMismatch(m);
  char percent[32];
  std::snprintf(percent, sizeof percent, "%.1f", score.percent());
  out += std::to_string(score.matching) + " of " + std::to_string(score.total) + " records match the official phones (" +
         percent + " %)\n";
  return out;
}

}  // namespace timbre::text
