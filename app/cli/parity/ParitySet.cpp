#include "parity/ParitySet.h"

#include "timbre/Error.h"

#include <fstream>
#include <regex>

namespace timbre::cli::parity {

bool ParityCase::hasFile(const std::string& stem) const { return file(stem) != nullptr; }

const ParityFile* ParityCase::file(const std::string& stem) const {
  for (const auto& f : files) {
    if (f.stem == stem) return &f;
  }
  return nullptr;
}

bool isParityInput(const std::string& stem) {
  static const std::regex inputs(
      "ref_wav_32k(_\\d+)?|ssl_content|phones(_prompt|_target)?|bert_features|semantic|sv_emb(_\\d+)?|"
      "dec_noise_.*");
  return std::regex_match(stem, inputs);
}

static std::string caseNameOf(const nlohmann::json& caseJson, const std::string& firstFile) {
  if (caseJson.contains("case") && caseJson["case"].is_string()) return caseJson["case"].get<std::string>();
  const auto slash = firstFile.find('/');
  return slash == std::string::npos ? std::string() : firstFile.substr(0, slash);
}

ParitySet loadParitySet(const std::string& directory) {
  const std::string manifestPath = directory + "/manifest.json";
  std::ifstream in(manifestPath);
  if (!in) throw Error(ErrorCode::Io, "cannot open parity manifest '" + manifestPath + "'");
  ParitySet set;
  set.directory = directory;
  try {
    set.manifest = nlohmann::json::parse(in);
  } catch (const nlohmann::json::exception& e) {
    throw Error(ErrorCode::CorruptFile, "parity manifest '" + manifestPath + "' is not valid JSON: " + e.what());
  }
  if (!set.manifest.contains("cases") || !set.manifest["cases"].is_array())
    throw Error(ErrorCode::UnsupportedFormat, "parity manifest '" + manifestPath + "' has no \"cases\" list");
  if (set.manifest.contains("model_files") && set.manifest["model_files"].is_object()) {
    for (const auto& [name, _] : set.manifest["model_files"].items()) set.modelFiles.push_back(name);
  }
  for (const auto& caseJson : set.manifest["cases"]) {
    if (!caseJson.contains("files") || !caseJson["files"].is_object() || caseJson["files"].empty())
      throw Error(ErrorCode::UnsupportedFormat, "parity manifest '" + manifestPath + "': a case without \"files\"");
    ParityCase c;
    c.params = caseJson;
    c.params.erase("files");
    for (const auto& [relative, info] : caseJson["files"].items()) {
      if (relative.find("..") != std::string::npos || (!relative.empty() && relative[0] == '/'))
        throw Error(ErrorCode::CorruptFile, "parity manifest '" + manifestPath + "': unsafe file name '" + relative + "'");
      ParityFile f{relative, relative, info};
      const auto slash = f.stem.rfind('/');
      if (slash != std::string::npos) f.stem = f.stem.substr(slash + 1);
      if (f.stem.size() > 4 && f.stem.compare(f.stem.size() - 4, 4, ".npy") == 0) f.stem.resize(f.stem.size() - 4);
      c.files.push_back(std::move(f));
    }
    c.name = caseNameOf(caseJson, c.files.front().relativePath);
    set.cases.push_back(std::move(c));
  }
  return set;
}

}  // namespace timbre::cli::parity
