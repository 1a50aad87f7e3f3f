#include "training/data/PrepareDataset.h"

#include "audio/AudioFile.h"
#include "audio/Resampler.h"
#include "checkpoint/Checkpoint.h"
#include "checkpoint/ModelIdentity.h"
#include "models/bert/BertModel.h"
#include "models/bert/WordPieceTokenizer.h"
#include "models/hubert/HubertModel.h"
#include "models/sovits/SovitsModel.h"
#include "models/speaker/SpeakerEncoder.h"
#include "tensor/Npy.h"
#include "text/Utf8.h"
#include "training/data/AtomicFile.h"
#include "training/data/FeatureCache.h"
#include "training/data/ListFile.h"
#include "training/data/ModelFingerprint.h"
#include "training/data/Pcm16Wav.h"
#include "training/data/PrepFiles.h"
#include "training/data/TrainingAudio.h"
#include "training/data/TrainingText.h"
#include "training/data/XzFile.h"

#include <timbre/Error.h>

#include <ATen/ATen.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <variant>

namespace fs = std::filesystem;

namespace timbre::training::data {
namespace {

constexpr int kRateHz = 32000;
constexpr const char* kCacheFormat = "timbre-train-features-1";

void throwIfCancelled(const std::atomic<bool>* cancel) {
  if (cancel && cancel->load()) throw Error(ErrorCode::Cancelled, "data preparation was cancelled");
}

std::string trim(const std::string& text) {
  const size_t begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string::npos) return {};
  return text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
}

// zh/en/ja/ko/yue, or a .list code (ZH, JA, …).
std::string sourceLanguage(const std::string& given) {
  static const std::set<std::string> plain = {"zh", "en", "ja", "ko", "yue"};
  if (plain.count(given)) return given;
  if (const auto code = listLanguageCode(given)) return *code;
  throw Error(ErrorCode::InvalidArgument, "unknown language \"" + given + "\" (use zh, en, ja, ko or yue)");
}

bool isAudioFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".wav" || ext == ".flac" || ext == ".ogg" || ext == ".oga" || ext == ".mp3";
}

// Writes the pieces of `samples` as the official slicer does and returns their paths and names.
std::vector<std::pair<std::string, std::string>> writeSlices(const std::vector<float>& samples,
                                                             const std::vector<SliceRange>& ranges,
                                                             const std::string& baseName, const std::string& folder,
                                                             const SlicerSettings& settings) {
  fs::create_directories(folder);
  std::vector<std::pair<std::string, std::string>> out;
  for (const SliceRange& range : ranges) {
    const int64_t count = range.sampleCount(static_cast<int64_t>(samples.size()));
    const std::string name = sliceFileName(baseName, range);
    const std::string path = (fs::path(folder) / name).string();
    writeFileAtomically(path, pcm16WavBytes(mixSliceToPcm16(samples.data() + range.start, count, settings), kRateHz));
    out.emplace_back(path, name);
  }
  return out;
}

// Sentences of a transcript, each keeping its closing punctuation.
std::vector<std::string> sentencesOf(const std::string& text) {
  static const std::set<char32_t> enders = {U'。', U'！', U'？', U'!', U'?', U'.', U'；', U';', U'…'};
  std::vector<std::string> out;
  std::u32string current;
  for (char32_t c : text::decodeUtf8(text)) {
    current.push_back(c);
    if (enders.count(c)) {
      const std::string piece = trim(text::encodeUtf8(current));
      if (!piece.empty() && !(piece.size() == 1 && enders.count(static_cast<char32_t>(piece[0])))) out.push_back(piece);
      current.clear();
    }
  }
  const std::string rest = trim(text::encodeUtf8(current));
  if (!rest.empty()) out.push_back(rest);
  return out;
}

// The models, loaded when a clip first needs them (a fully cached dataset loads none but the SoVITS header).
class LazyModels {
 public:
  LazyModels(const BaseModels& paths, at::Device device) : m_paths(paths), m_device(device) {
    if (paths.sovits.empty()) throw Error(ErrorCode::InvalidArgument, "no base SoVITS model was given");
    if (paths.version) {
      m_version = *paths.version;
    } else {
      loadSovitsCheckpoint();
      const checkpoint::ModelIdentity identity = checkpoint::identifyModel(*m_sovitsCheckpoint);
      if (identity.kind != checkpoint::ModelKind::Sovits || !identity.sovitsVersion)
        throw Error(ErrorCode::ModelMismatch, paths.sovits + " is not a SoVITS model");
      m_version = *identity.sovitsVersion;
    }
    if (m_version == checkpoint::SovitsVersion::V3 || m_version == checkpoint::SovitsVersion::V4)
      throw Error(ErrorCode::UnsupportedFormat,
                  paths.sovits + ": SoVITS " + checkpoint::toString(m_version) +
                      " fine-tuning (LoRA) is not supported; use a v1, v2, v2Pro or v2ProPlus base model");
  }

  checkpoint::SovitsVersion version() const { return m_version; }
  bool needsSpeaker() const {
    return m_version == checkpoint::SovitsVersion::V2Pro || m_version == checkpoint::SovitsVersion::V2ProPlus;
  }

  const sovits::SovitsModel& sovits() {
    if (!m_sovits) {
      loadSovitsCheckpoint();
      m_sovits = std::make_unique<sovits::SovitsModel>(sovits::SovitsModel::load(*m_sovitsCheckpoint, m_version, m_device));
      m_sovitsCheckpoint.reset();
    }
    return *m_sovits;
  }
  const hubert::HubertModel& hubert() {
    if (m_paths.hubert.empty()) throw Error(ErrorCode::InvalidArgument, "no HuBERT model folder was given");
    if (!m_hubert) m_hubert = std::make_unique<hubert::HubertModel>(hubert::HubertModel::load(m_paths.hubert, m_device));
    return *m_hubert;
  }
  const bert::BertModel& bert() {
    if (m_paths.bert.empty()) throw Error(ErrorCode::InvalidArgument, "Chinese clips need the BERT model folder");
    if (!m_bert) {
      m_bert = std::make_unique<bert::BertModel>(bert::BertModel::load(m_paths.bert, m_device));
      m_tokenizer = std::make_unique<bert::WordPieceTokenizer>(bert::WordPieceTokenizer::fromFolder(m_paths.bert));
    }
    return *m_bert;
  }
  const bert::WordPieceTokenizer& tokenizer() {
    bert();
    return *m_tokenizer;
  }
  const speaker::SpeakerEncoder& speaker() {
    if (m_paths.speaker.empty())
      throw Error(ErrorCode::InvalidArgument, std::string("a ") + checkpoint::toString(m_version) +
                                                  " base model needs the speaker-verification model (ERes2NetV2)");
    if (!m_speaker) m_speaker = std::make_unique<speaker::SpeakerEncoder>(speaker::SpeakerEncoder::load(m_paths.speaker, m_device));
    return *m_speaker;
  }

  // What the cached features depend on besides the clip.
  std::string fingerprint() const {
    return FeatureKey()
        .add(checkpoint::toString(m_version))
        .add(modelFingerprint(m_paths.sovits))
        .add(modelFingerprint(m_paths.hubert))
        .add(modelFingerprint(m_paths.bert))
        .add(needsSpeaker() ? modelFingerprint(m_paths.speaker) : std::string())
        .hex();
  }

 private:
  void loadSovitsCheckpoint() {
    if (m_sovitsCheckpoint) return;
    if (fs::path(m_paths.sovits).extension() == ".xz")
      m_sovitsCheckpoint = std::make_unique<checkpoint::Checkpoint>(
          checkpoint::loadCheckpointFromMemory(readXzFile(m_paths.sovits), m_paths.sovits));
    else
      m_sovitsCheckpoint = std::make_unique<checkpoint::Checkpoint>(checkpoint::loadCheckpoint(m_paths.sovits));
  }

  const BaseModels& m_paths;
  at::Device m_device;
  checkpoint::SovitsVersion m_version = checkpoint::SovitsVersion::V2;
  std::unique_ptr<checkpoint::Checkpoint> m_sovitsCheckpoint;
  std::unique_ptr<sovits::SovitsModel> m_sovits;
  std::unique_ptr<hubert::HubertModel> m_hubert;
  std::unique_ptr<bert::BertModel> m_bert;
  std::unique_ptr<bert::WordPieceTokenizer> m_tokenizer;
  std::unique_ptr<speaker::SpeakerEncoder> m_speaker;
};

// hidden_states[-3] per character of normText, repeated word2ph times (1-get-text's get_bert_feature).
at::Tensor bertFeatures(LazyModels& models, const std::string& normText, const std::vector<int>& word2ph) {
  const std::u32string chars = text::decodeUtf8(normText);
  const bert::WordPieceTokenizer& tokenizer = models.tokenizer();
  std::vector<int64_t> ids = tokenizer.encode(normText);
  if (ids.size() != chars.size() + 2) {
    // The features must be one row per character; tokenise character by character when pieces merged.
    std::vector<int64_t> perCharacter{ids.front()};
    for (char32_t c : chars) {
      const auto pieces = tokenizer.tokenize(text::encodeUtf8(std::u32string(1, c)));
      perCharacter.push_back(tokenizer.idOf(pieces.empty() ? "[UNK]" : pieces.front()));
    }
    perCharacter.push_back(ids.back());
    ids = std::move(perCharacter);
  }
  const at::Tensor hidden = models.bert().hiddenState(ids, -3).to(at::kCPU, at::kFloat);
  return repeatBertByWord2ph(hidden.narrow(0, 1, static_cast<int64_t>(chars.size())), word2ph);
}

struct Features {
  at::Tensor hubert, bert, speaker, semantic;
};

Features computeFeatures(LazyModels& models, const TrainingAudio& audio, const std::vector<float>& wav32k,
                         const PreparedItem& item) {
  Features f;
  const std::vector<float> wave16k = audio::resample(audio.hubertInput32k, kRateHz, 16000);
  const at::Tensor input = at::from_blob(const_cast<float*>(wave16k.data()), {1, int64_t(wave16k.size())}, at::kFloat);
  f.hubert = models.hubert().forward(input).transpose(1, 2).to(at::kCPU, at::kFloat).contiguous();
  if (!at::isfinite(f.hubert).all().item<bool>())
    throw Error(ErrorCode::Internal, item.name + ": the HuBERT features are not finite");
  if (item.word2ph && item.language == "zh") {
    f.bert = bertFeatures(models, item.normText, *item.word2ph);
  }
  if (models.needsSpeaker()) {
    audio::AudioBuffer buffer{wav32k, kRateHz, 1};
    const audio::AudioBuffer at16k = audio::toMonoAtRate(buffer, 16000, audio::ResampleMethod::TorchaudioSinc);
    const at::Tensor wave = at::from_blob(const_cast<float*>(at16k.samples.data()), {1, int64_t(at16k.samples.size())}, at::kFloat);
    f.speaker = models.speaker().embedWave(wave).to(at::kCPU, at::kFloat).contiguous();
  }
  const sovits::SovitsModel& sovits = models.sovits();
  f.semantic = sovits.extractLatent(f.hubert.to(sovits.device(), sovits.dtype())).reshape({-1}).to(at::kCPU, at::kLong);
  return f;
}

CollectedClips collectFolder(const DatasetSource& source) {
  CollectedClips out;
  out.description = source.path;
  const std::string language = sourceLanguage(source.language);
  std::error_code ec;
  if (!fs::is_directory(source.path, ec)) throw Error(ErrorCode::Io, source.path + " is not a folder");
  std::vector<fs::path> audioFiles;
  for (const auto& entry : fs::directory_iterator(source.path, ec))
    if (entry.is_regular_file(ec) && isAudioFile(entry.path())) audioFiles.push_back(entry.path());
  std::sort(audioFiles.begin(), audioFiles.end());
  for (const fs::path& file : audioFiles) {
    ClipEntry clip{file.string(), file.filename().string(), source.speaker, language, {}, file.string()};
    fs::path transcript = fs::path(file).replace_extension(".txt");
    if (!fs::is_regular_file(transcript, ec)) transcript = fs::path(file).replace_extension(".lab");
    if (!fs::is_regular_file(transcript, ec)) {
      out.dropped.push_back({clip.origin, clip.name, DropReason::MissingTranscript,
                             clip.origin + ": no transcript beside it (" + file.stem().string() + ".txt or .lab)"});
      continue;
    }
    std::string text = readWholeFile(transcript.string());
    std::replace(text.begin(), text.end(), '\n', ' ');
    clip.text = trim(text);
    out.entries.push_back(std::move(clip));
  }
  return out;
}

CollectedClips collectLongRecording(const DatasetSource& source, const PrepareOptions& options) {
  CollectedClips out;
  out.description = source.path;
  const std::string language = sourceLanguage(source.language);
  if (source.transcriptPath.empty())
    throw Error(ErrorCode::InvalidArgument, source.path + ": a long recording needs its transcript file (one line per piece)");
  const std::vector<float> samples = audio::readAudioMono(source.path, kRateHz).samples;
  std::vector<std::string> lines;
  const std::string content = readWholeFile(source.transcriptPath);
  size_t from = 0;
  while (from <= content.size()) {
    size_t end = content.find('\n', from);
    if (end == std::string::npos) end = content.size();
    const std::string line = trim(content.substr(from, end - from));
    if (!line.empty()) lines.push_back(line);
    from = end + 1;
  }
  const std::vector<SliceRange> ranges = sliceAtSilences(samples, options.slicer);
  if (ranges.size() != lines.size())
    throw Error(ErrorCode::InvalidArgument,
                source.path + " splits into " + std::to_string(ranges.size()) + " pieces at its pauses, but " +
                    source.transcriptPath + " has " + std::to_string(lines.size()) +
                    " lines; give one transcript line per piece, in order");
  const auto slices = writeSlices(samples, ranges, fs::path(source.path).filename().string(),
                                  (fs::path(options.workFolder) / "slices").string(), options.slicer);
  for (size_t i = 0; i < slices.size(); ++i)
    out.entries.push_back({slices[i].first, slices[i].second, source.speaker, language, lines[i],
                           source.transcriptPath + ":" + std::to_string(i + 1) + " (" + slices[i].second + ")"});
  return out;
}

// A clip over the length limit, cut at its pauses when the pieces are usable
// and its sentences pair with them one to one; empty when that is not possible.
std::vector<ClipEntry> splitLongClip(const ClipEntry& clip, const std::vector<float>& samples, const PrepareOptions& options) {
  const std::vector<SliceRange> ranges = sliceAtSilences(samples, options.slicer);
  if (ranges.size() < 2) return {};
  for (const SliceRange& range : ranges) {
    const double seconds = static_cast<double>(range.sampleCount(int64_t(samples.size()))) / kRateHz;
    if (seconds < options.checks.minSeconds || seconds > options.checks.maxSeconds) return {};
  }
  const std::vector<std::string> sentences = sentencesOf(clip.text);
  if (sentences.size() != ranges.size()) return {};
  const auto slices = writeSlices(samples, ranges, clip.name, (fs::path(options.workFolder) / "slices").string(), options.slicer);
  std::vector<ClipEntry> pieces;
  for (size_t i = 0; i < slices.size(); ++i)
    pieces.push_back({slices[i].first, slices[i].second, clip.speaker, clip.language, sentences[i],
                      clip.origin + " (piece " + std::to_string(i + 1) + ")"});
  return pieces;
}

}  // namespace

CollectedClips collectClips(const DatasetSource& source, const PrepareOptions& options) {
  switch (source.kind) {
    case DatasetSource::Kind::Folder: return collectFolder(source);
    case DatasetSource::Kind::LongRecording: return collectLongRecording(source, options);
    case DatasetSource::Kind::ListFile: break;
  }
  ListFileContents list = readListFile(source.path, source.audioFolder);
  return {std::move(list.entries), std::move(list.badLines), source.path};
}

PreparedDataset prepareDataset(const DatasetSource& source, const BaseModels& baseModels, const PrepareOptions& options,
                               const PrepareProgress& progress, const std::atomic<bool>* cancel) {
  if (options.workFolder.empty()) throw Error(ErrorCode::InvalidArgument, "no work folder was given for the prepared data");
  fs::create_directories(options.workFolder);
  const auto report = [&](const char* stage, int done, int total) {
    if (progress) progress(stage, done, total);
  };

  report("reading", 0, 0);
  CollectedClips collected = collectClips(source, options);
  throwIfCancelled(cancel);

  LazyModels models(baseModels, options.device);
  PreparedDataset dataset;
  dataset.version = models.version();
  dataset.workFolder = options.workFolder;
  DatasetReport& result = dataset.report;
  result.dropped = collected.dropped;
  const std::string modelKey = models.fingerprint();
  const FeatureCache cache((fs::path(options.workFolder) / "features").string());
  const fs::path wavFolder = fs::path(options.workFolder) / "5-wav32k";
  fs::create_directories(wavFolder);
  std::set<std::string> names;

  // Entries can grow while walking (a long clip replaced by its pieces).
  std::vector<ClipEntry> queue = std::move(collected.entries);
  int considered = static_cast<int>(collected.dropped.size());
  for (size_t index = 0; index < queue.size(); ++index) {
    throwIfCancelled(cancel);
    const ClipEntry clip = queue[index];
    report("features", static_cast<int>(index), static_cast<int>(queue.size()));
    ++considered;
    const auto drop = [&](DropReason reason, const std::string& why) {
      result.dropped.push_back({clip.origin, clip.name, reason, clip.origin + ": " + why});
    };
    if (names.count(clip.name)) {
      drop(DropReason::DuplicateName, "another clip already has the name " + clip.name + " (names must be unique)");
      continue;
    }
    if (const auto bad = checkTranscript(clip.text, clip.language, clip.name, clip.origin)) {
      result.dropped.push_back(*bad);
      continue;
    }
    std::vector<float> samples;
    try {
      samples = audio::readAudioMono(clip.audioPath, kRateHz).samples;
    } catch (const Error& e) {
      drop(DropReason::Unreadable, std::string("the audio cannot be read (") + e.what() + ")");
      continue;
    }
    if (const auto bad = checkClipAudio(samples, clip.name, clip.origin, options.checks)) {
      if (bad->reason == DropReason::TooLong) {
        std::vector<ClipEntry> pieces = splitLongClip(clip, samples, options);
        if (!pieces.empty()) {
          ++result.splitClips;
          --considered;  // counted through its pieces
          queue.insert(queue.begin() + static_cast<std::ptrdiff_t>(index) + 1, pieces.begin(), pieces.end());
          continue;
        }
      }
      result.dropped.push_back(*bad);
      continue;
    }

    PreparedItem item;
    item.name = clip.name;
    item.speaker = clip.speaker;
    item.language = clip.language;
    item.text = clip.text;
    text::PhonemizedText phones;
    try {
      phones = trainingPhones(clip.text, clip.language, dataset.version);
    } catch (const Error& e) {
      drop(DropReason::NoPhones, std::string("the transcript cannot be turned into phones (") + e.what() + ")");
      continue;
    }
    if (const auto bad = checkPhones(phones.phones, clip.name, clip.origin)) {
      result.dropped.push_back(*bad);
      continue;
    }
    item.normText = phones.normText;
    item.phones = phones.phones;
    item.word2ph = phones.word2ph;
    item.phoneIds = at::tensor(std::vector<int64_t>(phones.phoneIds.begin(), phones.phoneIds.end()), at::kLong);

    const std::optional<TrainingAudio> audio = trainingAudio(samples);
    if (!audio) {  // checkClipAudio already refuses these; kept for safety
      drop(DropReason::Silent, "silent");
      continue;
    }
    item.wav32kPath = (wavFolder / clip.name).string();
    writeFileAtomically(item.wav32kPath, pcm16WavBytes(audio->wav32k, kRateHz));
    const std::vector<float> wav32k = pcm16ToFloat(audio->wav32k);
    item.wav32k = at::tensor(wav32k, at::kFloat);

    std::string joinedPhones;
    for (const std::string& p : item.phones) joinedPhones += p + " ";
    const std::string key = FeatureKey()
                                .add(kCacheFormat)
                                .add(audio->wav32k.data(), audio->wav32k.size() * sizeof(int16_t))
                                .add(clip.text)
                                .add(clip.language)
                                .add(joinedPhones)
                                .add(item.normText)
                                .add(pythonListText(item.word2ph))
                                .add(modelKey)
                                .hex();
    std::optional<std::map<std::string, at::Tensor>> cached;
    if (options.useCache) cached = cache.find(key);
    Features features;
    if (cached && cached->count("hubert") && cached->count("semantic")) {
      features.hubert = cached->at("hubert");
      features.semantic = cached->at("semantic");
      if (cached->count("bert")) features.bert = cached->at("bert");
      if (cached->count("speaker")) features.speaker = cached->at("speaker");
      ++result.cachedItems;
    } else {
      features = computeFeatures(models, *audio, wav32k, item);
      if (options.useCache) {
        std::map<std::string, at::Tensor> stored = {{"hubert", features.hubert}, {"semantic", features.semantic}};
        if (features.bert.defined()) stored["bert"] = features.bert;
        if (features.speaker.defined()) stored["speaker"] = features.speaker;
        cache.store(key, stored);
      }
    }
    if (features.bert.defined() && features.bert.size(1) != item.phoneIds.numel()) {
      drop(DropReason::NoPhones, "the BERT features (" + std::to_string(features.bert.size(1)) +
                                     ") do not line up with the " + std::to_string(item.phoneIds.numel()) + " phones");
      continue;
    }
    item.hubert = features.hubert;
    item.bert = features.bert;
    item.speakerEmbedding = features.speaker;
    item.semantic = features.semantic;
    names.insert(item.name);
    result.kept.push_back(item.name);
    dataset.items.push_back(std::move(item));
  }
  result.total = considered;
  report("features", static_cast<int>(queue.size()), static_cast<int>(queue.size()));

  writeFileAtomically((fs::path(options.workFolder) / "report.json").string(), result.toJson());
  if (dataset.items.empty()) {
    std::string reasons;
    const size_t shown = std::min<size_t>(result.dropped.size(), 10);
    for (size_t i = 0; i < shown; ++i) reasons += (i ? "; " : "") + result.dropped[i].message;
    if (result.dropped.size() > shown) reasons += "; and " + std::to_string(result.dropped.size() - shown) + " more";
    throw Error(ErrorCode::InvalidArgument, "none of the " + std::to_string(result.total) + " clips in " +
                                                collected.description + " can be used" +
                                                (reasons.empty() ? std::string(" (it has none)") : ": " + reasons));
  }

  // The official text files too, so the folder is also one the official trainer reads.
  std::vector<Name2TextLine> textLines;
  std::vector<Name2SemanticLine> semanticLines;
  for (const PreparedItem& item : dataset.items) {
    textLines.push_back({item.name, item.phones, item.word2ph, item.normText});
    semanticLines.push_back({item.name, item.semantic});
  }
  writeFileAtomically((fs::path(options.workFolder) / "2-name2text.txt").string(), name2TextBytes(textLines));
  writeFileAtomically((fs::path(options.workFolder) / "6-name2semantic.tsv").string(), name2SemanticBytes(semanticLines));
  return dataset;
}

}  // namespace timbre::training::data
