#pragma once
// One entry point from the user's recordings to the PreparedDataset the
// trainers read (`timbre-cli train --data`): read the clips and their
// transcripts, check each, then the official prepare_datasets steps —
// phones + BERT (1-get-text), 32 kHz wav + HuBERT (2-get-hubert-wav32k),
// speaker embedding (2-get-sv, v2Pro/ProPlus), semantic tokens with the base
// SoVITS (3-get-semantic) — with the features cached by content.
// Audio at another rate than 32 kHz is converted with soxr HQ (the official
// load_audio uses ffmpeg's default resampler), so only 32 kHz inputs give the
// official 5-wav32k bytes exactly.
#include "training/data/ClipChecks.h"
#include "training/data/ListFile.h"
#include "training/data/PreparedDataset.h"
#include "training/data/Slicer.h"

#include <c10/core/Device.h>

#include <atomic>
#include <functional>
#include <optional>
#include <string>

namespace timbre::training::data {

struct DatasetSource {
  enum class Kind {
    ListFile,       // the official .list: path|speaker|LANG|text
    Folder,         // audio files, each with a .txt or .lab transcript of the same name beside it
    LongRecording,  // one recording + a transcript file with one line per slice (in order)
  };
  Kind kind = Kind::ListFile;
  std::string path;            // the .list, the folder, or the long recording
  std::string audioFolder;     // ListFile: look basename(path) up here (the WebUI's audio folder); empty: as listed
  std::string transcriptPath;  // LongRecording: one non-empty line per slice
  std::string language;        // Folder / LongRecording: zh, en, ja, ko, yue (list codes like ZH accepted)
  std::string speaker;         // Folder / LongRecording (informational)
};

// The base models the features come from. The SoVITS file may be .xz-compressed.
struct BaseModels {
  std::string sovits;   // pretrained s2G (its quantizer gives the semantic tokens; its version picks the phone table)
  std::string hubert;   // chinese-hubert-base folder
  std::string bert;     // chinese-roberta-wwm-ext-large folder (needed for zh clips)
  std::string speaker;  // ERes2NetV2 .ckpt (needed for v2Pro/v2ProPlus)
  // The SoVITS version when the file cannot tell (e.g. small test models); else detected.
  std::optional<checkpoint::SovitsVersion> version;
};

struct PrepareOptions {
  std::string workFolder;  // gets slices/, 5-wav32k/, features/, 2-name2text.txt, 6-name2semantic.tsv
  ClipCheckSettings checks;
  SlicerSettings slicer;   // for LongRecording and for splitting clips that are too long
  bool useCache = true;
  at::Device device = at::kCPU;
};

// stage: "reading", "checking", "features"; done of total clips.
using PrepareProgress = std::function<void(const std::string& stage, int done, int total)>;

// The clips a source names, before any check (prepareDataset's first step; the
// studio's import lists a folder or a long recording the same way). A
// LongRecording is sliced into options.workFolder/slices/; its transcript must
// have one line per slice (else InvalidArgument naming both files).
struct CollectedClips {
  std::vector<ClipEntry> entries;
  std::vector<DroppedClip> dropped;  // list lines that cannot be read, audio without a transcript
  std::string description;           // the source's path, for messages
};
CollectedClips collectClips(const DatasetSource& source, const PrepareOptions& options);

// Throws timbre::Error: Cancelled when *cancel becomes true; InvalidArgument
// when nothing usable is left ("none of the 12 clips in <source> can be used:
// …"), for a LongRecording whose slice and line counts differ, or an unknown
// language; Io/ModelMismatch for unreadable sources and models.
PreparedDataset prepareDataset(const DatasetSource& source, const BaseModels& models, const PrepareOptions& options,
                               const PrepareProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace timbre::training::data
