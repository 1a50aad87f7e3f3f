#include "support/SharedData.h"

#include <fstream>
#include <stdexcept>

namespace timbre::test {

std::string sharedDir() { return TIMBRE_SHARED_DIR; }

std::string sharedPath(const std::string& relative) { return sharedDir() + "/" + relative; }

nlohmann::json readJsonFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  return nlohmann::json::parse(in);
}

std::vector<nlohmann::json> readJsonLines(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<nlohmann::json> records;
  std::string line;
  for (int lineNo = 1; std::getline(in, line); ++lineNo) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      records.push_back(nlohmann::json::parse(line));
    } catch (const nlohmann::json::exception& e) {
      throw std::runtime_error(path + ":" + std::to_string(lineNo) + ": " + e.what());
    }
  }
  return records;
}

std::string cliPath() { return TIMBRE_CLI_PATH; }

}  // namespace timbre::test
