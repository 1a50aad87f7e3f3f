#pragma once
// The official dataset list (.list, as the ASR tools and the proofreading UI
// write it): UTF-8, one clip per line, "<wav path>|<speaker>|<LANG>|<text>".
#include "training/data/PreparedDataset.h"

#include <optional>
#include <string>
#include <vector>

namespace timbre::training::data {

// One clip to prepare, from any of the dataset sources.
struct ClipEntry {
  std::string audioPath;  // where the audio is read from
  std::string name;       // item key: basename of the listed path (extension included)
  std::string speaker;
  std::string language;   // zh, en, ja, ko, yue
  std::string text;       // transcript as given
  std::string origin;     // "<file>:<line>" or the audio file, for messages
};

// 1-get-text's language column mapping: ZH/zh -> zh, JP/jp/JA/ja -> ja,
// EN/en/En -> en, KO/Ko/ko -> ko, yue/YUE/Yue -> yue; nullopt for anything else.
std::optional<std::string> listLanguageCode(const std::string& column);

struct ListFileContents {
  std::vector<ClipEntry> entries;
  std::vector<DroppedClip> badLines;  // reason BadListLine, message naming file and line
};

// audioFolder empty: each listed path as written (relative ones against the
// list's folder); otherwise basename(path) inside audioFolder, as the WebUI
// does when an audio folder is given. Blank lines are skipped, a trailing
// "\r" is ignored. Throws timbre::Error(Io) when the list cannot be read.
ListFileContents readListFile(const std::string& listPath, const std::string& audioFolder = {});

}  // namespace timbre::training::data
