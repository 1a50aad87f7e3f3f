#pragma once
// A benchmark request described by its size (../shared/bench/workload-*.json):
// every run generates exactly newTokens semantic tokens (EOS suppressed).
#include <string>

namespace timbre::bench {

struct BenchWorkload {
  std::string name;
  int promptPhones = 24;
  int targetPhones = 24;
  int promptSemanticTokens = 130;
  double refSeconds = 5.0;
  int newTokens = 50;

  // Throws timbre::Error (Io, CorruptFile, InvalidArgument) naming the file and field.
  static BenchWorkload load(const std::string& path);
};

}  // namespace timbre::bench
