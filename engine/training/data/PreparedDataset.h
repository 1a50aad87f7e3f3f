#pragma once
// The prepared fine-tuning data the SoVITS and GPT trainers read: one entry per
// usable clip with everything GPT-SoVITS's prepare_datasets steps write
// (2-name2text, 3-bert, 4-cnhubert, 5-wav32k, 6-name2semantic, 7-sv_cn), plus
// the report of which clips were kept and why the others were dropped.
#include "checkpoint/ModelIdentity.h"

#include <ATen/core/Tensor.h>

#include <optional>
#include <string>
#include <vector>

namespace timbre::training::data {

struct PreparedItem {
  std::string name;       // key: basename of the wav (extension included), as the official code
  std::string speaker;    // the .list speaker column (informational)
  std::string language;   // "zh", "en", "ja", "ko", "yue" (1-get-text's mapping)
  std::string text;       // the transcript as given
  std::string normText;   // after the language frontend's normalisation
  std::vector<std::string> phones;          // symbols as written to 2-name2text
  std::optional<std::vector<int>> word2ph;  // zh/yue only (None otherwise)
  at::Tensor phoneIds;          // int64 [n_phones], the official symbol table of the version
  at::Tensor wav32k;            // float32 [N32] = int16/32768 of the written 5-wav32k file
  at::Tensor hubert;            // float32 [1, 768, T50]
  at::Tensor bert;              // float32 [1024, n_phones] for zh; undefined otherwise (zeros in training)
  at::Tensor speakerEmbedding;  // float32 [1, 20480] for v2Pro/v2ProPlus; undefined otherwise
  at::Tensor semantic;          // int64 [T25], the base SoVITS's quantizer codes
  std::string wav32kPath;       // the written 32 kHz PCM16 file (under the work folder)
};

// Why a clip was not used; `message` says it in words for the user.
enum class DropReason {
  TooShort,          // < 1 s
  TooLong,           // > 20 s and no silence to split at
  Silent,
  Clipped,           // peak > 2.2 (the official drop) or a long run at full scale
  LanguageMismatch,  // the text's script does not fit its language
  EmptyTranscript,
  InvalidTranscript, // not UTF-8
  NoPhones,
  MissingTranscript,
  Unreadable,        // the audio could not be decoded
  BadListLine,       // a .list line without 4 fields or with an unknown language code
  DuplicateName,     // two clips with the same basename (the official keys collide)
};
const char* toString(DropReason reason);

struct DroppedClip {
  std::string source;   // the user's file (or "<list>:<line>")
  std::string name;     // item key when known
  DropReason reason;
  std::string message;  // e.g. "clip.wav: too short (0.62 s, at least 1 s is needed)"
};

struct DatasetReport {
  int total = 0;                      // clips considered (after slicing)
  std::vector<std::string> kept;      // item names, in dataset order
  std::vector<DroppedClip> dropped;
  int splitClips = 0;                 // long clips auto-split at silences
  int cachedItems = 0;                // items whose features came from the cache
  std::string summary() const;        // "kept 10 of 12 clips; dropped: a.wav: too short (…); …"
  // {"total", "kept": [...], "dropped": [{"source","name","reason","message"}], "split_clips", "cached_items"};
  // prepareDataset writes it as <work>/report.json.
  std::string toJson() const;
};

struct PreparedDataset {
  checkpoint::SovitsVersion version = checkpoint::SovitsVersion::V2;
  std::vector<PreparedItem> items;    // kept items, in input order
  DatasetReport report;
  std::string workFolder;             // where the features and 32 kHz wavs live
};

}  // namespace timbre::training::data
