// prep/*: every file the official data preparation wrote, recomputed from the
// set's inputs with engine/training/data and judged against the official file:
// the slicer (RMS curve, slice WAVs), the 32 kHz step (5-wav32k WAVs, the
// HuBERT input), 2-name2text.txt and 3-bert from the injected phones and
// per-character BERT rows, and 6-name2semantic*.tsv from the given HuBERT
// features through each base generator's quantizer.
#include "parity/train/TrainParity.h"

#include "audio/AudioFile.h"
#include "checkpoint/Checkpoint.h"
#include "models/sovits/SovitsModel.h"
#include "training/data/ListFile.h"
#include "training/data/Pcm16Wav.h"
#include "training/data/PrepFiles.h"
#include "training/data/Slicer.h"
#include "training/data/TrainingAudio.h"
#include "training/data/TrainingText.h"
#include "training/data/XzFile.h"

#include <timbre/Error.h>

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

namespace timbre::cli::parity::train {
namespace {

namespace data = timbre::training::data;
namespace fs = std::filesystem;

void addBytes(Outputs& outputs, const Context& context, const std::string& relative, std::string bytes) {
  Output output;
  if (context.has(relative)) output.verdict = compareBytes(bytes, context.bytes(relative));
  output.bytes = std::move(bytes);
  outputs[relative] = std::move(output);
}

void addTensor(Outputs& outputs, const Context& context, const std::string& relative, const at::Tensor& tensor) {
  Output output;
  output.tensor = tensor;
  if (context.has(relative)) output.verdict = compareByRule(tensor, context.npy(relative), context.toleranceOf(relative));
  outputs[relative] = std::move(output);
}

at::Tensor floatTensor(const std::vector<float>& values) {
  return at::tensor(values, at::kFloat);
}

void computeSlicer(const Context& context, const nlohmann::json& prep, Outputs& outputs) {
  if (!context.has("prep/long.wav")) return;
  context.note("prep: slicer");
  const std::vector<float> samples = audio::readAudioFile(context.pathOf("prep/long.wav")).samples;
  data::SlicerSettings settings;
  if (prep.contains("slicer") && prep["slicer"].contains("args")) {
    const auto& args = prep["slicer"]["args"];
    settings.sampleRateHz = args.value("sr", settings.sampleRateHz);
    settings.thresholdDb = args.value("threshold_db", settings.thresholdDb);
    settings.minLengthMs = args.value("min_length_ms", settings.minLengthMs);
    settings.minIntervalMs = args.value("min_interval_ms", settings.minIntervalMs);
    settings.hopSizeMs = args.value("hop_size_ms", settings.hopSizeMs);
    settings.maxSilenceKeptMs = args.value("max_sil_kept_ms", settings.maxSilenceKeptMs);
    settings.maxLevel = args.value("_max", settings.maxLevel);
    settings.alpha = args.value("alpha", settings.alpha);
  }
  const data::SlicerFrames frames = data::slicerFrames(settings);
  addTensor(outputs, context, "prep/slicer_rms.npy", floatTensor(data::slicerRms(samples, frames.window, frames.hop)));
  for (const data::SliceRange& range : data::sliceAtSilences(samples, settings)) {
    const int64_t count = range.sampleCount(static_cast<int64_t>(samples.size()));
    addBytes(outputs, context, "prep/slices/" + data::sliceFileName("long.wav", range),
             data::pcm16WavBytes(data::mixSliceToPcm16(samples.data() + range.start, count, settings), settings.sampleRateHz));
  }
}

void computeWav32k(const Context& context, const nlohmann::json& items, Outputs& outputs) {
  context.note("prep: 32 kHz wavs and the HuBERT input");
  bool first = true;
  for (const auto& item : items) {
    const std::string name = item.at("name");
    const std::string input = "prep/items_in/" + name;
    if (!context.has(input)) continue;
    const auto audio = data::trainingAudio(audio::readAudioFile(context.pathOf(input)).samples);
    if (!audio) continue;  // dropped as the official step drops it: no file expected
    addBytes(outputs, context, "prep/wav32k/" + name, data::pcm16WavBytes(audio->wav32k, 32000));
    if (first) addTensor(outputs, context, "prep/hubert_input_h32_item0.npy", floatTensor(audio->hubertInput32k));
    first = false;
  }
}

void computeText(const Context& context, const nlohmann::json& items, Outputs& outputs) {
  context.note("prep: 2-name2text and 3-bert");
  // The list gives the order; the set injects phones/word2ph/norm_text per item.
  std::vector<std::string> order;
  for (const auto& [relative, info] : context.manifest.at("files").items()) {
    if (relative.rfind("prep/", 0) != 0 || fs::path(relative).extension() != ".list") continue;
    for (const data::ClipEntry& entry : data::readListFile(context.pathOf(relative), context.pathOf("prep/items_in")).entries)
      order.push_back(entry.name);
    break;
  }
  if (order.empty())
    for (const auto& item : items) order.push_back(item.at("name"));
  std::vector<data::Name2TextLine> lines;
  for (const std::string& name : order) {
    const auto item = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i.at("name") == name; });
    if (item == items.end()) continue;
    data::Name2TextLine line{name, item->at("phones").get<std::vector<std::string>>(), std::nullopt,
                             item->at("norm_text").get<std::string>()};
    if (!item->at("word2ph").is_null()) line.word2ph = item->at("word2ph").get<std::vector<int>>();
    const std::string characters = "prep/bert_char/" + name + ".npy";
    if (line.word2ph && context.has(characters))
      addTensor(outputs, context, "prep/bert/" + name + ".npy",
                data::repeatBertByWord2ph(context.npy(characters), *line.word2ph));
    lines.push_back(std::move(line));
  }
  addBytes(outputs, context, "prep/2-name2text.txt", data::name2TextBytes(lines));
}

void computeSemantic(const Context& context, const nlohmann::json& items, Outputs& outputs) {
  // 6-name2semantic.tsv comes from the v2 generator, 6-name2semantic_<version>.tsv from that version's.
  for (const auto& [relative, info] : context.manifest.at("files").items()) {
    if (relative.rfind("prep/6-name2semantic", 0) != 0) continue;
    const std::string stem = fs::path(relative).stem().string();
    const size_t underscore = stem.find('_');
    const std::string versionName = underscore == std::string::npos ? "v2" : stem.substr(underscore + 1);
    const auto version = checkpoint::parseSovitsVersion(versionName);
    const std::string generator = "sovits_" + versionName + "/s2G_" + versionName + "_init.pth.xz";
    if (!version || !context.has(generator)) {
      context.note("prep: no starting generator for " + relative);
      continue;
    }
    context.note("prep: semantic tokens with " + generator);
    const auto checkpoint = checkpoint::loadCheckpointFromMemory(data::readXzFile(context.pathOf(generator)),
                                                                 context.pathOf(generator));
    const auto model = sovits::SovitsModel::load(checkpoint, *version);
    std::vector<data::Name2SemanticLine> lines;
    for (const auto& item : items) {
      const std::string name = item.at("name");
      const std::string features = "prep/cnhubert/" + name + ".npy";
      if (!context.has(features)) continue;
      lines.push_back({name, model.extractLatent(context.npy(features))});
    }
    addBytes(outputs, context, relative, data::name2SemanticBytes(lines));
  }
}

}  // namespace

void computePrep(const Context& context, Outputs& outputs) {
  if (!context.manifest.contains("prep")) return;
  const nlohmann::json& prep = context.manifest.at("prep");
  const nlohmann::json items = prep.value("items", nlohmann::json::array());
  computeSlicer(context, prep, outputs);
  computeWav32k(context, items, outputs);
  computeText(context, items, outputs);
  computeSemantic(context, items, outputs);
}

}  // namespace timbre::cli::parity::train
