#include "training/data/ListFile.h"

#include "training/data/AtomicFile.h"

#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace timbre::training::data {

std::optional<std::string> listLanguageCode(const std::string& column) {
  static const std::map<std::string, std::string> codes = {
      {"ZH", "zh"}, {"zh", "zh"}, {"JP", "ja"}, {"jp", "ja"},  {"JA", "ja"},  {"ja", "ja"},  {"EN", "en"}, {"en", "en"},
      {"En", "en"}, {"KO", "ko"}, {"Ko", "ko"}, {"ko", "ko"}, {"yue", "yue"}, {"YUE", "yue"}, {"Yue", "yue"}};
  const auto it = codes.find(column);
  if (it == codes.end()) return std::nullopt;
  return it->second;
}

ListFileContents readListFile(const std::string& listPath, const std::string& audioFolder) {
  const std::string content = readWholeFile(listPath);
  const fs::path listFolder = fs::path(listPath).parent_path();
  ListFileContents out;
  size_t lineStart = 0;
  int lineNumber = 0;
  while (lineStart <= content.size()) {
    size_t lineEnd = content.find('\n', lineStart);
    if (lineEnd == std::string::npos) lineEnd = content.size();
    std::string line = content.substr(lineStart, lineEnd - lineStart);
    ++lineNumber;
    lineStart = lineEnd + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) {
      if (lineEnd == content.size()) break;
      continue;
    }
    const std::string where = listPath + ":" + std::to_string(lineNumber);
    std::vector<std::string> fields;
    size_t from = 0;
    while (true) {
      const size_t bar = line.find('|', from);
      fields.push_back(line.substr(from, bar == std::string::npos ? std::string::npos : bar - from));
      if (bar == std::string::npos) break;
      from = bar + 1;
    }
    if (fields.size() != 4) {
      out.badLines.push_back({where, {}, DropReason::BadListLine,
                              where + ": expected 4 fields \"path|speaker|language|text\", found " +
                                  std::to_string(fields.size())});
      continue;
    }
    const std::string name = fs::path(fields[0]).filename().string();
    const auto language = listLanguageCode(fields[2]);
    if (!language) {
      out.badLines.push_back({where, name, DropReason::BadListLine,
                              where + ": unknown language \"" + fields[2] + "\" (use ZH, JA, EN, KO or YUE)"});
      continue;
    }
    if (name.empty()) {
      out.badLines.push_back({where, {}, DropReason::BadListLine, where + ": the audio path is empty"});
      continue;
    }
    ClipEntry entry;
    entry.name = name;
    if (!audioFolder.empty()) {
      entry.audioPath = (fs::path(audioFolder) / name).string();
    } else {
      const fs::path listed(fields[0]);
      entry.audioPath = (listed.is_absolute() ? listed : listFolder / listed).string();
    }
    entry.speaker = fields[1];
    entry.language = *language;
    entry.text = fields[3];
    entry.origin = where;
    out.entries.push_back(std::move(entry));
    if (lineEnd == content.size()) break;
  }
  return out;
}

}  // namespace timbre::training::data
