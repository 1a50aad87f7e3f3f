#include "training/data/PreparedDataset.h"

#include <nlohmann/json.hpp>

namespace timbre::training::data {

const char* toString(DropReason reason) {
  switch (reason) {
    case DropReason::TooShort: return "too-short";
    case DropReason::TooLong: return "too-long";
    case DropReason::Silent: return "silent";
    case DropReason::Clipped: return "clipped";
    case DropReason::LanguageMismatch: return "language-mismatch";
    case DropReason::EmptyTranscript: return "empty-transcript";
    case DropReason::InvalidTranscript: return "invalid-transcript";
    case DropReason::NoPhones: return "no-phones";
    case DropReason::MissingTranscript: return "missing-transcript";
    case DropReason::Unreadable: return "unreadable";
    case DropReason::BadListLine: return "bad-list-line";
    case DropReason::DuplicateName: return "duplicate-name";
  }
  return "unknown";
}

std::string DatasetReport::summary() const {
  std::string out = "kept " + std::to_string(kept.size()) + " of " + std::to_string(total) + " clips";
  if (dropped.empty()) return out;
  out += "; dropped: ";
  for (size_t i = 0; i < dropped.size(); ++i) {
    if (i) out += "; ";
    out += dropped[i].message;
  }
  return out;
}

std::string DatasetReport::toJson() const {
  nlohmann::json droppedJson = nlohmann::json::array();
  for (const DroppedClip& d : dropped)
    droppedJson.push_back({{"source", d.source}, {"name", d.name}, {"reason", toString(d.reason)}, {"message", d.message}});
  const nlohmann::json out = {{"total", total},          {"kept", kept},
                              {"dropped", droppedJson},  {"split_clips", splitClips},
                              {"cached_items", cachedItems}};
  return out.dump(2) + "\n";
}

}  // namespace timbre::training::data
