#include "training/gpt/GptPrepFiles.h"

#include "tensor/Npy.h"
#include "timbre/Error.h"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace timbre::training::gpt {
namespace {

std::vector<std::string> split(const std::string& s, char separator) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(s);
  while (std::getline(in, part, separator)) out.push_back(part);
  return out;
}

std::ifstream open(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorCode::Io, path + ": cannot be read");
  return in;
}

}  // namespace

GptPrepFiles readGptPrepFiles(const std::string& name2semanticPath, const std::string& name2textPath,
                              const std::string& bertFolder) {
  std::map<std::string, std::vector<std::string>> phones;
  std::ifstream text = open(name2textPath);
  for (std::string line; std::getline(text, line);) {
    const auto columns = split(line, '\t');
    if (columns.size() >= 2) phones[columns[0]] = split(columns[1], ' ');
  }
  GptPrepFiles out;
  std::ifstream tsv = open(name2semanticPath);
  std::string line;
  std::getline(tsv, line);  // "item_name\tsemantic_audio", read as the header by pandas
  for (int number = 2; std::getline(tsv, line); ++number) {
    if (line.empty()) continue;
    const auto columns = split(line, '\t');
    if (columns.size() < 2)
      throw Error(ErrorCode::CorruptFile, name2semanticPath + ":" + std::to_string(number) + ": no token column");
    GptSourceItem item;
    item.name = columns[0];
    const auto found = phones.find(item.name);
    if (found == phones.end()) {
      out.dropped.push_back({item.name, "no line in " + name2textPath});
      continue;
    }
    item.phones = found->second;
    for (const auto& token : split(columns[1], ' ')) {
      try {
        size_t used = 0;
        item.semantic.push_back(std::stoll(token, &used));
        if (used != token.size()) throw std::invalid_argument(token);
      } catch (const std::exception&) {
        throw Error(ErrorCode::CorruptFile,
                    name2semanticPath + ":" + std::to_string(number) + ": '" + token + "' is not a token");
      }
    }
    const std::string bert = (std::filesystem::path(bertFolder) / (item.name + ".npy")).string();
    if (std::filesystem::exists(bert)) item.bert = tensor::readNpy(bert);
    out.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace timbre::training::gpt
