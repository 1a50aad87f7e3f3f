#pragma once
// The user's saved voices, one folder each under the library root
// ($XDG_DATA_HOME/timbre/voices, or ~/.local/share/timbre/voices):
//
//   <root>/<slug>/voice.json      name, prompt, clips, models, settings, times
//   <root>/<slug>/reference.wav   the clip (copied; any extension the source had)
//   <root>/<slug>/aux-1.wav ...   auxiliary clips
//   <root>/<slug>/features/       reference features in ReferenceCache's on-disk
//                                 format (featuresFolder(); filled by synthesis)
//   <root>/<slug>/models/         a fine-tuned voice's own model set (OwnModels)
//
// Voices are found by the name inside voice.json, not by the folder name (the
// slug only has to be unique). Every change is built in a hidden folder beside
// the voice and renamed into place, so a crash or a concurrent reader never
// sees half a voice; changes take <root>/.lock (flock) so two savers cannot both
// take one name. Names never reach the file system as paths: they are
// validated (validateName) and the folder comes from slugOf().
#include "library/Voice.h"
#include "timbre/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace timbre::library {

// The voice.json schema this version writes (and the newest it reads).
inline constexpr int kVoiceSchemaVersion = 1;
// Longest accepted name, in characters (UTF-8 code points).
inline constexpr std::size_t kMaxVoiceNameLength = 64;

enum class SaveMode {
  CreateNew,  // refuse a name that exists (case-insensitively)
  Replace,    // overwrite the voice of that name (keeping its creation time), or create it
};

// A fine-tuned voice keeps its model set in <voice>/models/, a folder that
// pipeline::findModels reads like any model folder: the GPT and SoVITS files
// are copied (so deleting the training folder never breaks the voice), the
// large HuBERT, BERT and speaker models, shared with the base models, are
// symbolic links to where they are. Stored relative to the voice folder, so a
// renamed voice keeps them.
struct OwnModels {
  std::string gpt, sovits;            // copied in
  std::string hubert, bert, speaker;  // linked (speaker may be empty)
};

class VoiceLibrary {
 public:
  // root need not exist yet; save() creates it.
  explicit VoiceLibrary(std::string root = defaultRoot());

  const std::string& root() const { return m_root; }
  // $XDG_DATA_HOME/timbre/voices, else $HOME/.local/share/timbre/voices.
  static std::string defaultRoot();

  // Every readable voice, sorted by name (case-insensitively). A damaged
  // voice.json is skipped; its message (naming the file) goes to `problems`.
  std::vector<Voice> list(std::vector<std::string>* problems = nullptr) const;
  // Case-insensitive. nullopt when there is no such voice. Throws
  // timbre::Error: InvalidArgument for an invalid name, CorruptFile /
  // UnsupportedFormat naming voice.json when the voice's file is damaged.
  std::optional<Voice> find(const std::string& name) const;
  // find(), but a missing voice throws InvalidArgument naming the library.
  Voice load(const std::string& name) const;
  // load(), then checks that every clip is still there and (symlinks resolved)
  // inside the voice folder: what a server may hand to the engine. Throws
  // timbre::Error (InvalidArgument, Io, CorruptFile).
  Voice resolve(const std::string& name) const;
  bool contains(const std::string& name) const { return find(name).has_value(); }

  // Copies the clips in and writes voice.json, atomically; returns the voice as
  // stored (absolute clip paths, folder, times). Throws timbre::Error:
  // InvalidArgument (bad or taken name, no clip), Io (unreadable clip, disk).
  Voice save(const Voice& voice, SaveMode mode = SaveMode::CreateNew);
  // save(), with the voice's own model set: `voice.models` becomes
  // <voice>/models/ and the copied files in it.
  Voice save(const Voice& voice, SaveMode mode, const OwnModels& models);
  // Throws InvalidArgument for an unknown voice or a bad or taken new name.
  Voice rename(const std::string& name, const std::string& newName);
  // Throws InvalidArgument for an unknown voice, Io when it cannot be removed.
  void remove(const std::string& name);

  // Where the voice's reference features are kept (a pipeline::ReferenceCache folder).
  static std::string featuresFolder(const Voice& voice);

  // Empty when `name` is acceptable, else why not (for a person). Rules: 1 to
  // kMaxVoiceNameLength characters of valid UTF-8; no '/', '\\', control
  // characters or ".."; not starting with '.' and no leading/trailing space.
  static std::string nameProblem(const std::string& name);
  static bool isValidName(const std::string& name) { return nameProblem(name).empty(); }
  // Throws timbre::Error(InvalidArgument) with nameProblem()'s text.
  static void validateName(const std::string& name);
  // The folder name for a (valid) name: ASCII lower-cased, anything but
  // letters, digits, '-', '_' and non-ASCII characters becomes '-'.
  static std::string slugOf(const std::string& name);
  // ASCII case folding, which is what "the same name" means here.
  static bool sameName(const std::string& a, const std::string& b);

 private:
  Voice readVoice(const std::string& folder) const;
  std::string folderOf(const std::string& name) const;  // "" when there is none
  Error noSuchVoice(const std::string& name) const;      // InvalidArgument naming the library
  std::string freeSlugFolder(const std::string& name) const;
  Voice store(const Voice& voice, SaveMode mode, const OwnModels* models);
  std::string m_root;
};

}  // namespace timbre::library
