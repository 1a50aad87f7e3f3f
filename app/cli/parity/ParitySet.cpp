#include "parity/ParitySet.h"

#include "timbre/Error.h"

#include <fstream>
#include <map>
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
      "dec_noise_.*|input_values(_normalized)?|wave");
  return std::regex_match(stem, inputs);
}

namespace {

// aux-tiny: one section per model, each listing "caseN_<stem>.npy" files.
void loadAuxiliaryCases(ParitySet& set, const std::string& manifestPath) {
  static const std::regex caseFile("(case\\d+)_(.+)\\.npy");
  for (const char* section : {"hubert", "bert", "eres2net"}) {
    if (!set.manifest.contains(section)) continue;
    const auto& s = set.manifest[section];
    if (!s.contains("files") || !s["files"].is_object())
      throw Error(ErrorCode::UnsupportedFormat, "parity manifest '" + manifestPath + "': section '" + section +
                                                    "' has no \"files\"");
    std::map<std::string, ParityCase> cases;
    for (const auto& [file, info] : s["files"].items()) {
      std::smatch m;
      if (!std::regex_match(file, m, caseFile)) continue;
      ParityCase& c = cases[m[1]];
      c.name = std::string(section) + "/" + std::string(m[1]);
      c.files.push_back({std::string(section) + "/" + file, m[2], info});
    }
    for (auto& [caseName, c] : cases) {
      const int index = std::stoi(caseName.substr(4));
      c.params = {{"section", section}, {"index", index}};
      if (s.contains("cases") && s["cases"].is_array() && index < int(s["cases"].size()))
        c.params["case"] = s["cases"][std::size_t(index)];
      set.cases.push_back(std::move(c));
    }
  }
}

// e2e-tiny: cases with the pipeline inputs; files live in "case<N>_<name>/".
void loadEndToEndCases(ParitySet& set, const std::string& manifestPath) {
  for (std::size_t i = 0; i < set.manifest["cases"].size(); ++i) {
    const auto& caseJson = set.manifest["cases"][i];
    ParityCase c;
    c.name = "case" + std::to_string(i) + "_" + caseJson.value("name", std::string());
    c.params = caseJson;
    c.params.erase("files");
    if (!caseJson.contains("files") || !caseJson["files"].is_object())
      throw Error(ErrorCode::UnsupportedFormat, "parity manifest '" + manifestPath + "': case '" + c.name +
                                                    "' has no \"files\"");
    for (const auto& [file, info] : caseJson["files"].items()) {
      if (file.find("..") != std::string::npos || file.find('/') != std::string::npos)
        throw Error(ErrorCode::CorruptFile, "parity manifest '" + manifestPath + "': unsafe file name '" + file + "'");
      std::string stem = file;
      if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".npy") == 0) stem.resize(stem.size() - 4);
      c.files.push_back({c.name + "/" + file, stem, info});
    }
    set.cases.push_back(std::move(c));
  }
}

}  // namespace

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
  if (set.manifest.contains("hubert") || set.manifest.contains("bert") || set.manifest.contains("eres2net")) {
    set.kind = ParitySet::Kind::Auxiliary;
    loadAuxiliaryCases(set, manifestPath);
    return set;
  }
  // v3/v4 sets list their vocoder's chunk sizes; their cases also carry "inputs".
  const bool flowMatching = set.manifest.contains("vocoder_configs");
  if (flowMatching) set.kind = ParitySet::Kind::FlowMatching;
  if (!flowMatching && set.manifest.contains("cases") && set.manifest["cases"].is_array() &&
      !set.manifest["cases"].empty() && set.manifest["cases"][0].contains("inputs")) {
    set.kind = ParitySet::Kind::EndToEnd;
    loadEndToEndCases(set, manifestPath);
    return set;
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
