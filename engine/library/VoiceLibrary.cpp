#include "library/VoiceLibrary.h"

#include "checkpoint/JsonDepth.h"
#include "timbre/Error.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#if defined(__linux__)
#include <fcntl.h>
#include <stdio.h>
#endif

namespace timbre::library {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr const char* kVoiceFile = "voice.json";
constexpr const char* kFeaturesFolder = "features";
constexpr const char* kModelsFolder = "models";
constexpr std::size_t kMaxSlugBytes = 120;

std::string lowerAscii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return s;
}

// A hidden, unique name beside the voices for work in progress.
std::string scratchName(const std::string& kind, const std::string& slug) {
  static thread_local std::mt19937_64 rng{std::random_device{}() ^ (uint64_t(::getpid()) << 20)};
  char suffix[24];
  std::snprintf(suffix, sizeof suffix, "%016llx", static_cast<unsigned long long>(rng()));
  return "." + kind + "-" + slug + "-" + suffix;
}

std::string formatTime(Voice::Clock::time_point t) {
  const std::time_t seconds = Voice::Clock::to_time_t(t);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buf;
}

std::optional<Voice::Clock::time_point> parseTime(const std::string& text) {
  std::tm utc{};
  char z = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour,
                  &utc.tm_min, &utc.tm_sec, &z) != 7 ||
      z != 'Z')
    return std::nullopt;
  utc.tm_year -= 1900;
  utc.tm_mon -= 1;
  return Voice::Clock::from_time_t(timegm(&utc));
}

// Current time, whole seconds (what voice.json keeps).
Voice::Clock::time_point nowSeconds() {
  return Voice::Clock::from_time_t(Voice::Clock::to_time_t(Voice::Clock::now()));
}

// Reading voice.json: every field optional (defaults), but a field of the
// wrong type is a damaged file, named with the field.
class Reader {
 public:
  explicit Reader(std::string file) : m_file(std::move(file)) {}

  template <typename T>
  T get(const json& object, const char* key, const std::string& where, T fallback) const {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return fallback;
    const bool ok = std::is_same_v<T, std::string> ? it->is_string()
                    : std::is_integral_v<T>        ? (it->is_number_integer() || it->is_number_unsigned())
                                                   : it->is_number();
    if (!ok) throw damaged("'" + where + key + "' has the wrong type");
    return it->get<T>();
  }
  const json& object(const json& parent, const char* key) const {
    static const json empty = json::object();
    const auto it = parent.find(key);
    if (it == parent.end() || it->is_null()) return empty;
    if (!it->is_object()) throw damaged(std::string("'") + key + "' must be an object");
    return *it;
  }
  std::vector<std::string> strings(const json& object, const char* key, const std::string& where) const {
    std::vector<std::string> out;
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) return out;
    if (!it->is_array()) throw damaged("'" + where + key + "' must be a list of file names");
    for (const json& v : *it) {
      if (!v.is_string()) throw damaged("'" + where + key + "' must be a list of file names");
      out.push_back(v.get<std::string>());
    }
    return out;
  }
  Error damaged(const std::string& why) const {
    return Error(ErrorCode::CorruptFile, m_file + ": " + why + "; fix or delete this voice");
  }

 private:
  std::string m_file;
};

// A clip named in voice.json must be a plain file name inside the voice folder.
bool isPlainFileName(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
         name.find('\\') == std::string::npos && name.find('\0') == std::string::npos;
}

// A model path inside the voice folder is kept relative to it, so the voice
// can be renamed (its folder moves) without losing its own models.
std::string relativeInside(const std::string& path, const fs::path& voiceFolder) {
  if (path.empty() || voiceFolder.empty()) return path;
  const fs::path relative = fs::path(path).lexically_relative(voiceFolder);
  if (relative.empty() || *relative.begin() == "..") return path;
  return relative.generic_string();
}

std::string absoluteInside(const std::string& path, const fs::path& voiceFolder) {
  if (path.empty() || fs::path(path).is_absolute()) return path;
  return (voiceFolder / path).lexically_normal().string();
}

json toJson(const Voice& v, const std::string& clip, const std::vector<std::string>& aux, const fs::path& voiceFolder) {
  const VoiceSettings& s = v.settings;
  return json{{"schema", kVoiceSchemaVersion},
              {"name", v.name},
              {"created", formatTime(v.created)},
              {"modified", formatTime(v.modified)},
              {"prompt", {{"text", v.promptText}, {"lang", v.promptLang}}},
              {"reference", {{"clip", clip}, {"aux", aux}}},
              {"models",
               {{"folder", relativeInside(v.models.folder, voiceFolder)},
                {"gpt", relativeInside(v.models.gpt, voiceFolder)},
                {"sovits", relativeInside(v.models.sovits, voiceFolder)}}},
              {"settings",
               {{"text_lang", s.textLang},
                {"split_method", s.splitMethod},
                {"speed", s.speed},
                {"noise_scale", s.noiseScale},
                {"top_k", s.topK},
                {"top_p", s.topP},
                {"temperature", s.temperature},
                {"repetition_penalty", s.repetitionPenalty},
                {"seed", s.seed},
                {"pause", s.pauseSeconds}}},
              {"features", kFeaturesFolder}};
}

// voice.json via a temporary file and a rename: readers see the old or the new file.
void writeJsonAtomically(const fs::path& file, const json& j) {
  const fs::path tmp = file.parent_path() / scratchName("write", "voice.json");
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << j.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(tmp, ec);
      throw Error(ErrorCode::Io, "cannot write " + tmp.string() + " (disk full or no permission?)");
    }
  }
  std::error_code ec;
  fs::rename(tmp, file, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw Error(ErrorCode::Io, "cannot replace " + file.string() + ": " + ec.message());
  }
}

// The source's extension, if it is a plain one (the decoder may go by it).
std::string clipExtension(const std::string& source) {
  std::string ext = lowerAscii(fs::path(source).extension().string());
  if (ext.size() < 2 || ext.size() > 8) return {};
  for (std::size_t i = 1; i < ext.size(); ++i)
    if (!((ext[i] >= 'a' && ext[i] <= 'z') || (ext[i] >= '0' && ext[i] <= '9'))) return {};
  return ext;
}

// <work>/models/: the GPT and SoVITS files copied, the shared models linked.
VoiceModelRef placeOwnModels(const OwnModels& models, const fs::path& work) {
  const fs::path folder = work / kModelsFolder;
  std::error_code ec;
  fs::create_directories(folder / "sv", ec);
  if (ec) throw Error(ErrorCode::Io, "cannot create " + folder.string() + ": " + ec.message());
  auto copy = [&](const std::string& source) {
    if (!fs::is_regular_file(source, ec))
      throw Error(ErrorCode::Io, "the model file '" + source + "' does not exist or is not a file");
    const fs::path target = folder / fs::path(source).filename();
    fs::copy_file(source, target, fs::copy_options::overwrite_existing, ec);
    if (ec)
      throw Error(ErrorCode::Io, "cannot copy the model file '" + source + "' into the voice: " + ec.message() +
                                     " (disk full?)");
    return (fs::path(kModelsFolder) / target.filename()).generic_string();
  };
  auto link = [&](const std::string& source, const fs::path& at) {
    if (source.empty()) return;
    const fs::path absolute = fs::absolute(source, ec);
    if (ec || !fs::exists(absolute, ec))
      throw Error(ErrorCode::Io, "the model '" + source + "' does not exist");
    fs::create_symlink(absolute, at / absolute.filename(), ec);
    if (ec) throw Error(ErrorCode::Io, "cannot link the model '" + source + "' into the voice: " + ec.message());
  };
  VoiceModelRef ref;
  ref.folder = kModelsFolder;
  ref.gpt = copy(models.gpt);
  ref.sovits = copy(models.sovits);
  link(models.hubert, folder);
  link(models.bert, folder);
  link(models.speaker, folder / "sv");
  return ref;
}

std::string copyClip(const std::string& source, const fs::path& folder, const std::string& stem) {
  std::error_code ec;
  if (!fs::is_regular_file(source, ec))
    throw Error(ErrorCode::Io, "the clip '" + source + "' does not exist or is not a file");
  const std::string name = stem + clipExtension(source);
  fs::copy_file(source, folder / name, fs::copy_options::overwrite_existing, ec);
  if (ec) throw Error(ErrorCode::Io, "cannot copy the clip '" + source + "' into the voice: " + ec.message());
  return name;
}

// Swaps two folders in one step where the system can; readers see the old or
// the new voice, never neither.
void exchangeFolders(const fs::path& a, const fs::path& b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
  if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return;
#endif
  // Fallback: two renames (a short moment without the voice).
  const fs::path aside = a.parent_path() / scratchName("swap", a.filename().string());
  std::error_code ec;
  fs::rename(a, aside, ec);
  if (!ec) fs::rename(b, a, ec);
  if (!ec) fs::rename(aside, b, ec);
  if (ec) throw Error(ErrorCode::Io, "cannot replace " + a.string() + ": " + ec.message());
}

// Serialises the changes to one library (between threads and processes), so
// "is the name free?" and "take it" are one step. Readers never wait.
class ChangeLock {
 public:
  explicit ChangeLock(const fs::path& root) {
    m_fd = ::open((root / ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) throw Error(ErrorCode::Io, "cannot lock the voice library " + root.string());
    while (::flock(m_fd, LOCK_EX) != 0) {
      if (errno != EINTR) {
        ::close(m_fd);
        throw Error(ErrorCode::Io, "cannot lock the voice library " + root.string());
      }
    }
  }
  ~ChangeLock() { ::close(m_fd); }  // closing releases the lock
  ChangeLock(const ChangeLock&) = delete;
  ChangeLock& operator=(const ChangeLock&) = delete;

 private:
  int m_fd = -1;
};

// Valid UTF-8 code points in `s`, or nullopt for invalid UTF-8.
std::optional<std::size_t> utf8Length(const std::string& s) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size(); ++count) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return std::nullopt;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 0x2) return std::nullopt;
    if (n == 2 && c < 0xC2) return std::nullopt;  // overlong
    i += n;
  }
  return count;
}

}  // namespace

VoiceLibrary::VoiceLibrary(std::string root) : m_root(std::move(root)) {
  if (m_root.empty())
    throw Error(ErrorCode::InvalidArgument, "no voice library folder (neither $XDG_DATA_HOME nor $HOME is set)");
}

std::string VoiceLibrary::defaultRoot() {
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::string(xdg) + "/timbre/voices";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.local/share/timbre/voices";
  return {};
}

std::string VoiceLibrary::nameProblem(const std::string& name) {
  if (name.empty()) return "a voice needs a name";
  const auto length = utf8Length(name);
  if (!length) return "the voice name is not valid UTF-8 text";
  if (*length > kMaxVoiceNameLength)
    return "the voice name '" + name + "' is too long (" + std::to_string(*length) + " characters; at most " +
           std::to_string(kMaxVoiceNameLength) + ")";
  for (const char c : name) {
    if (c == '/' || c == '\\')
      return "the voice name '" + name + "' contains '" + std::string(1, c) + "'; names cannot contain / or \\";
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
      return "the voice name contains a control character (a line break or tab?)";
  }
  if (name.find("..") != std::string::npos) return "the voice name '" + name + "' contains '..'";
  if (name.front() == '.') return "the voice name '" + name + "' starts with '.'";
  if (name.front() == ' ' || name.back() == ' ') return "the voice name '" + name + "' starts or ends with a space";
  return {};
}

void VoiceLibrary::validateName(const std::string& name) {
  if (const std::string problem = nameProblem(name); !problem.empty()) throw Error(ErrorCode::InvalidArgument, problem);
}

std::string VoiceLibrary::slugOf(const std::string& name) {
  std::string slug;
  for (const char c : name) {
    const auto u = static_cast<unsigned char>(c);
    const bool keep = (u >= 0x80) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (c >= 'A' && c <= 'Z')
      slug += char(c - 'A' + 'a');
    else if (keep)
      slug += c;
    else if (!slug.empty() && slug.back() != '-')
      slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  // File names are limited to 255 bytes: cut at a character boundary.
  if (slug.size() > kMaxSlugBytes) {
    std::size_t cut = kMaxSlugBytes;
    while (cut > 0 && (static_cast<unsigned char>(slug[cut]) >> 6) == 0x2) --cut;
    slug.resize(cut);
  }
  return slug.empty() ? "voice" : slug;
}

bool VoiceLibrary::sameName(const std::string& a, const std::string& b) { return lowerAscii(a) == lowerAscii(b); }

std::string VoiceLibrary::featuresFolder(const Voice& voice) {
  return voice.folder.empty() ? std::string() : (fs::path(voice.folder) / kFeaturesFolder).string();
}

Voice VoiceLibrary::readVoice(const std::string& folder) const {
  const fs::path file = fs::path(folder) / kVoiceFile;
  std::ifstream in(file, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, "cannot read " + file.string());
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Nesting that deep cannot be a voice; nlohmann's recursive copies would overflow the stack.
  if (checkpoint::jsonNestingDepth(text.data(), text.data() + text.size()) > checkpoint::kMaxJsonDepth)
    throw Error(ErrorCode::CorruptFile, file.string() + " nests deeper than " +
                                            std::to_string(checkpoint::kMaxJsonDepth) + " levels (damaged?); fix or delete this voice");
  const json j = json::parse(text, nullptr, false);
  if (j.is_discarded())
    throw Error(ErrorCode::CorruptFile, file.string() + " is not valid JSON (damaged?); fix or delete this voice");
  const Reader r(file.string());
  if (!j.is_object()) throw r.damaged("the file must hold a JSON object");
  const int schema = r.get<int>(j, "schema", "", 0);
  if (schema < 1) throw r.damaged("no schema version");
  if (schema > kVoiceSchemaVersion)
    throw Error(ErrorCode::UnsupportedFormat, file.string() + " was written by a newer Timbre (schema " +
                                                  std::to_string(schema) + "; this version reads up to " +
                                                  std::to_string(kVoiceSchemaVersion) + ")");
  Voice v;
  v.folder = fs::path(folder).lexically_normal().string();
  v.name = r.get<std::string>(j, "name", "", "");
  if (!isValidName(v.name)) throw r.damaged("'name': " + nameProblem(v.name));
  const auto created = parseTime(r.get<std::string>(j, "created", "", ""));
  const auto modified = parseTime(r.get<std::string>(j, "modified", "", ""));
  if (!created || !modified) throw r.damaged("'created' and 'modified' must be times like 2024-01-31T12:00:00Z");
  v.created = *created;
  v.modified = *modified;

  const json& prompt = r.object(j, "prompt");
  v.promptText = r.get<std::string>(prompt, "text", "prompt.", "");
  v.promptLang = r.get<std::string>(prompt, "lang", "prompt.", "zh");

  const json& reference = r.object(j, "reference");
  const std::string clip = r.get<std::string>(reference, "clip", "reference.", "");
  if (!isPlainFileName(clip)) throw r.damaged("'reference.clip' must name a file inside the voice folder");
  v.referenceClip = (fs::path(v.folder) / clip).string();
  for (const std::string& aux : r.strings(reference, "aux", "reference.")) {
    if (!isPlainFileName(aux)) throw r.damaged("'reference.aux' must name files inside the voice folder");
    v.auxClips.push_back((fs::path(v.folder) / aux).string());
  }

  const json& models = r.object(j, "models");
  v.models.folder = absoluteInside(r.get<std::string>(models, "folder", "models.", ""), v.folder);
  v.models.gpt = absoluteInside(r.get<std::string>(models, "gpt", "models.", ""), v.folder);
  v.models.sovits = absoluteInside(r.get<std::string>(models, "sovits", "models.", ""), v.folder);

  const json& s = r.object(j, "settings");
  VoiceSettings& o = v.settings;
  const VoiceSettings d;
  o.textLang = r.get<std::string>(s, "text_lang", "settings.", d.textLang);
  o.splitMethod = r.get<std::string>(s, "split_method", "settings.", d.splitMethod);
  o.speed = r.get<double>(s, "speed", "settings.", d.speed);
  o.noiseScale = r.get<double>(s, "noise_scale", "settings.", d.noiseScale);
  o.topK = r.get<int>(s, "top_k", "settings.", d.topK);
  o.topP = r.get<double>(s, "top_p", "settings.", d.topP);
  o.temperature = r.get<double>(s, "temperature", "settings.", d.temperature);
  o.repetitionPenalty = r.get<double>(s, "repetition_penalty", "settings.", d.repetitionPenalty);
  o.seed = r.get<int64_t>(s, "seed", "settings.", d.seed);
  o.pauseSeconds = r.get<double>(s, "pause", "settings.", d.pauseSeconds);
  return v;
}

std::vector<Voice> VoiceLibrary::list(std::vector<std::string>* problems) const {
  std::vector<Voice> voices;
  std::error_code ec;
  if (!fs::is_directory(m_root, ec)) return voices;
  for (const auto& entry : fs::directory_iterator(m_root, ec)) {
    const std::string leaf = entry.path().filename().string();
    if (leaf.empty() || leaf.front() == '.' || !entry.is_directory(ec)) continue;  // work in progress
    if (!fs::exists(entry.path() / kVoiceFile, ec)) continue;                       // not a voice
    try {
      voices.push_back(readVoice(entry.path().string()));
    } catch (const Error& e) {
      if (problems) problems->push_back(e.what());
    }
  }
  std::sort(voices.begin(), voices.end(), [](const Voice& a, const Voice& b) {
    const std::string la = lowerAscii(a.name), lb = lowerAscii(b.name);
    return la != lb ? la < lb : a.name < b.name;
  });
  return voices;
}

std::string VoiceLibrary::folderOf(const std::string& name) const {
  validateName(name);
  std::error_code ec;
  // Usually the voice lives under its own slug; a damaged file there is reported.
  const fs::path likely = fs::path(m_root) / slugOf(name);
  if (fs::exists(likely / kVoiceFile, ec) && sameName(readVoice(likely.string()).name, name)) return likely.string();
  if (!fs::is_directory(m_root, ec)) return {};
  for (const auto& entry : fs::directory_iterator(m_root, ec)) {
    const std::string leaf = entry.path().filename().string();
    if (leaf.empty() || leaf.front() == '.' || entry.path() == likely || !entry.is_directory(ec)) continue;
    if (!fs::exists(entry.path() / kVoiceFile, ec)) continue;
    try {
      if (sameName(readVoice(entry.path().string()).name, name)) return entry.path().string();
    } catch (const Error&) {
      // Another voice's damage is list()'s to report.
    }
  }
  return {};
}

Error VoiceLibrary::noSuchVoice(const std::string& name) const {
  return Error(ErrorCode::InvalidArgument, "no saved voice is named '" + name + "' in " + m_root);
}

std::optional<Voice> VoiceLibrary::find(const std::string& name) const {
  const std::string folder = folderOf(name);
  if (folder.empty()) return std::nullopt;
  return readVoice(folder);
}

Voice VoiceLibrary::load(const std::string& name) const {
  if (auto voice = find(name)) return *voice;
  throw noSuchVoice(name);
}

Voice VoiceLibrary::resolve(const std::string& name) const {
  Voice v = load(name);
  std::error_code ec;
  const fs::path folder = fs::canonical(v.folder, ec);
  if (ec) throw Error(ErrorCode::Io, "cannot open the voice folder " + v.folder + ": " + ec.message());
  const auto check = [&](std::string& clip) {
    const fs::path real = fs::canonical(clip, ec);
    if (ec || !fs::is_regular_file(real))
      throw Error(ErrorCode::Io, "the voice '" + v.name + "' has lost its clip " + clip);
    // Component-wise: a symlink in the voice folder must not lead out of it.
    const auto [f, r] = std::mismatch(folder.begin(), folder.end(), real.begin(), real.end());
    if (f != folder.end())
      throw Error(ErrorCode::CorruptFile, "the voice '" + v.name + "' clip " + clip + " points outside its folder");
    clip = real.string();
  };
  check(v.referenceClip);
  for (std::string& aux : v.auxClips) check(aux);
  return v;
}

std::string VoiceLibrary::freeSlugFolder(const std::string& name) const {
  const std::string base = slugOf(name);
  std::error_code ec;
  fs::path candidate = fs::path(m_root) / base;
  for (int i = 2; fs::exists(candidate, ec); ++i) candidate = fs::path(m_root) / (base + "-" + std::to_string(i));
  return candidate.string();
}

Voice VoiceLibrary::save(const Voice& voice, SaveMode mode) { return store(voice, mode, nullptr); }

Voice VoiceLibrary::save(const Voice& voice, SaveMode mode, const OwnModels& models) {
  return store(voice, mode, &models);
}

Voice VoiceLibrary::store(const Voice& voice, SaveMode mode, const OwnModels* models) {
  validateName(voice.name);
  if (voice.referenceClip.empty()) throw Error(ErrorCode::InvalidArgument, "the voice '" + voice.name + "' has no clip");
  std::error_code ec;
  fs::create_directories(m_root, ec);
  if (!fs::is_directory(m_root, ec))
    throw Error(ErrorCode::Io, "cannot create the voice library folder " + m_root);
  const ChangeLock lock(m_root);
  const std::string existing = folderOf(voice.name);
  std::optional<Voice> old;
  if (!existing.empty()) {
    old = readVoice(existing);
    if (mode == SaveMode::CreateNew)
      throw Error(ErrorCode::InvalidArgument, "a voice named '" + old->name +
                                                  "' already exists (names are compared ignoring case); "
                                                  "choose another name or replace it");
  }
  // Everything is built in a hidden folder first...
  const std::string slug = slugOf(voice.name);
  const fs::path work = fs::path(m_root) / scratchName("new", slug);
  if (!fs::create_directory(work, ec))
    throw Error(ErrorCode::Io, "cannot create " + work.string() + ": " + ec.message());
  try {
    Voice stored = voice;
    const std::string clip = copyClip(voice.referenceClip, work, "reference");
    std::vector<std::string> aux;
    for (std::size_t i = 0; i < voice.auxClips.size(); ++i)
      aux.push_back(copyClip(voice.auxClips[i], work, "aux-" + std::to_string(i + 1)));
    if (models) stored.models = placeOwnModels(*models, work);
    stored.modified = nowSeconds();
    stored.created = old ? old->created : stored.modified;
    // Paths into the old voice's own models stay valid: the folder moves over below.
    const fs::path modelsHome = models ? work : old ? fs::path(existing) : fs::path();
    writeJsonAtomically(work / kVoiceFile, toJson(stored, clip, aux, modelsHome));

    // ...then put into place in one step.
    fs::path target;
    if (old) {
      target = existing;
      // Features depend on the clip's samples (the cache key), so they stay valid.
      if (fs::is_directory(target / kFeaturesFolder, ec)) fs::rename(target / kFeaturesFolder, work / kFeaturesFolder, ec);
      if (!models && fs::is_directory(target / kModelsFolder, ec)) fs::rename(target / kModelsFolder, work / kModelsFolder, ec);
      exchangeFolders(work, target);  // `work` now holds the old voice
    } else {
      target = freeSlugFolder(voice.name);
      fs::rename(work, target, ec);
      if (ec)
        throw Error(ErrorCode::Io, "cannot store the voice '" + voice.name + "' as " + target.string() + ": " +
                                       ec.message() + " (saved at the same moment by someone else?)");
    }
    fs::remove_all(work, ec);
    return readVoice(target.string());
  } catch (...) {
    fs::remove_all(work, ec);
    throw;
  }
}

Voice VoiceLibrary::rename(const std::string& name, const std::string& newName) {
  validateName(newName);
  validateName(name);
  std::error_code ec;
  // No library folder yet: nothing to change (and the lock would create it).
  if (!fs::is_directory(m_root, ec)) throw noSuchVoice(name);
  const ChangeLock lock(m_root);
  const std::string folder = folderOf(name);
  if (folder.empty()) throw noSuchVoice(name);
  const std::string clash = folderOf(newName);
  if (!clash.empty() && fs::path(clash) != fs::path(folder))
    throw Error(ErrorCode::InvalidArgument, "a voice named '" + newName + "' already exists; choose another name");
  Voice v = readVoice(folder);
  v.name = newName;
  v.modified = nowSeconds();
  std::vector<std::string> aux;
  for (const std::string& a : v.auxClips) aux.push_back(fs::path(a).filename().string());
  writeJsonAtomically(fs::path(folder) / kVoiceFile,
                      toJson(v, fs::path(v.referenceClip).filename().string(), aux, fs::path(folder)));
  // The folder follows the name where it can; if not, the voice is still found by its name.
  std::string finalFolder = folder;
  if (slugOf(newName) != fs::path(folder).filename().string()) {
    const std::string target = freeSlugFolder(newName);
    fs::rename(folder, target, ec);
    if (!ec) finalFolder = target;
  }
  return readVoice(finalFolder);
}

void VoiceLibrary::remove(const std::string& name) {
  validateName(name);
  std::error_code ec;
  // No library folder yet: nothing to change (and the lock would create it).
  if (!fs::is_directory(m_root, ec)) throw noSuchVoice(name);
  const ChangeLock lock(m_root);
  const std::string folder = folderOf(name);
  if (folder.empty()) throw noSuchVoice(name);
  // Out of sight in one step, then deleted.
  const fs::path trash = fs::path(m_root) / scratchName("trash", fs::path(folder).filename().string());
  fs::rename(folder, trash, ec);
  if (ec) throw Error(ErrorCode::Io, "cannot remove the voice folder " + folder + ": " + ec.message());
  fs::remove_all(trash, ec);
}

}  // namespace timbre::library
