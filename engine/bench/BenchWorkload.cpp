#include "bench/BenchWorkload.h"

#include "timbre/Error.h"

#include <nlohmann/json.hpp>

#include <fstream>

namespace timbre::bench {

BenchWorkload BenchWorkload::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::Io, "cannot open workload '" + path + "'");
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::CorruptFile, path + ": not JSON: " + e.what());
  }
  BenchWorkload w;
  auto field = [&](const char* key, auto& target, double min, double max) {
    if (!j.contains(key) || !j[key].is_number())
      throw Error(ErrorCode::InvalidArgument, path + ": \"" + key + "\" must be a number");
    const double v = j[key].get<double>();
    if (v < min || v > max)
      throw Error(ErrorCode::InvalidArgument, path + ": \"" + key + "\" = " + std::to_string(v) + " is outside [" +
                                                  std::to_string(min) + ", " + std::to_string(max) + "]");
    target = static_cast<std::decay_t<decltype(target)>>(v);
  };
  w.name = j.value("name", std::string("workload"));
  field("prompt_phones", w.promptPhones, 1, 1000);
  field("target_phones", w.targetPhones, 1, 1000);
  field("prompt_semantic_tokens", w.promptSemanticTokens, 0, 1000);
  field("ref_seconds", w.refSeconds, 0.1, 60);
  field("new_tokens", w.newTokens, 1, 1500);
  return w;
}

}  // namespace timbre::bench
