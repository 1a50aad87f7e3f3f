#include "training/run/TrainingRun.h"

#include "pipeline/ModelFolder.h"
#include "timbre/Error.h"
#include "training/gpt/GptTrainer.h"
#include "training/run/Audition.h"
#include "training/run/BaseModelFiles.h"
#include "training/sovits/SovitsTrainer.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace timbre::training {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

nlohmann::json TrainingEvent::toJson() const {
  nlohmann::json j = {{"stage", stage}, {"elapsed_s", elapsedSeconds}};
  if (!message.empty()) j["message"] = message;
  if (epochs) j["epoch"] = epoch, j["epochs"] = epochs;
  if (steps) j["step"] = step, j["steps"] = steps;
  if (etaSeconds >= 0) j["eta_s"] = etaSeconds;
  if (!values.is_null()) j["values"] = values;
  return j;
}

std::string formatDuration(double seconds) {
  if (seconds < 0) return "?";
  const long s = long(seconds + 0.5);
  char text[32];
  if (s >= 3600) std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(text, sizeof text, "%ld:%02ld", s / 60, s % 60);
  return text;
}

namespace {

// The official output folders: SoVITS_weights / GPT_weights for v1, with the
// version as suffix otherwise (config.py's *_weight_version2root).
std::string weightsFolderName(const std::string& kind, checkpoint::SovitsVersion version) {
  if (version == checkpoint::SovitsVersion::V1) return kind + "_weights";
  return kind + "_weights_" + checkpoint::toString(version);
}

// Remaining time of a stage from its pace so far.
double estimateRemaining(double stageSeconds, int64_t done, int64_t total) {
  if (done <= 0 || total <= done) return done >= total ? 0.0 : -1.0;
  return stageSeconds / double(done) * double(total - done);
}

// The weights file of the highest epoch a previous run saved in `folder`
// (names "<prefix><epoch>…"); empty when there is none.
std::string lastSavedWeights(const std::string& folder, const std::string& prefix) {
  std::string best;
  long bestEpoch = -1;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0 || entry.path().extension() != ".pth") continue;
    const long epoch = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
    if (epoch > bestEpoch) bestEpoch = epoch, best = entry.path().string();
  }
  return best;
}

class Reporter {
 public:
  Reporter(const std::function<void(const TrainingEvent&)>& onEvent) : m_onEvent(onEvent), m_start(Clock::now()) {}
  double elapsed() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }
  void emit(TrainingEvent event) const {
    event.elapsedSeconds = elapsed();
    if (m_onEvent) m_onEvent(event);
  }
  void say(const std::string& stage, const std::string& message, nlohmann::json values = nullptr) const {
    TrainingEvent event;
    event.stage = stage;
    event.message = message;
    event.values = std::move(values);
    emit(std::move(event));
  }

 private:
  std::function<void(const TrainingEvent&)> m_onEvent;
  Clock::time_point m_start;
};

}  // namespace

TrainingRunResult runTraining(const TrainingRunOptions& options,
                              const std::function<void(const TrainingEvent&)>& onEvent,
                              const std::atomic<bool>* cancel) {
  const Reporter reporter(onEvent);
  TrainingRunResult result;
  if (options.outFolder.empty()) throw Error(ErrorCode::InvalidArgument, "no output folder given (--out)");
  fs::create_directories(options.outFolder);

  // Every base file is found and checked before any work starts.
  const BaseModelFiles base = findBaseModelFiles(options);
  reporter.say("prepare", "base models: SoVITS " + base.sovits + ", discriminator " + base.discriminator +
                              ", GPT " + base.gpt);

  // 1. The dataset: clips checked, features computed (or taken from the cache).
  data::BaseModels featureModels;
  featureModels.sovits = base.sovits;
  featureModels.hubert = base.hubert;
  featureModels.bert = base.bert;
  featureModels.speaker = base.speaker;
  data::PrepareOptions prepareOptions;
  prepareOptions.workFolder = (fs::path(options.outFolder) / "work").string();
  prepareOptions.device = options.device;
  const double prepareStart = reporter.elapsed();
  auto prepareProgress = [&](const std::string& stage, int done, int total) {
    TrainingEvent event;
    event.stage = "prepare";
    event.message = stage;
    event.step = done;
    event.steps = total;
    event.etaSeconds = estimateRemaining(reporter.elapsed() - prepareStart, done, total);
    reporter.emit(event);
  };
  data::PreparedDataset dataset;
  try {
    dataset = data::prepareDataset(options.source, featureModels, prepareOptions, prepareProgress, cancel);
  } catch (const Error& e) {
    if (e.code() != ErrorCode::Cancelled) throw;
    result.cancelled = true;
    return result;
  }
  result.report = dataset.report;
  reporter.say("prepare", dataset.report.summary(),
               {{"kept", dataset.report.kept.size()}, {"dropped", dataset.report.dropped.size()}});

  const std::string version = checkpoint::toString(dataset.version);
  const std::string stateFolder = (fs::path(options.outFolder) / "logs" / options.experimentName).string();
  const std::string sovitsFolder = (fs::path(options.outFolder) / weightsFolderName("SoVITS", dataset.version)).string();
  const std::string gptFolder = (fs::path(options.outFolder) / weightsFolderName("GPT", dataset.version)).string();
  const std::string auditionFolder = (fs::path(options.outFolder) / "auditions").string();

  Audition audition(options, base, dataset);
  auto listen = [&](const std::string& label, const std::string& gptFile, const std::string& sovitsFile) {
    if (!options.audition) return;
    const std::string wav = (fs::path(auditionFolder) / (label + ".wav")).string();
    try {
      audition.render(gptFile, sovitsFile, wav);
      result.auditions.push_back(wav);
      // The pair it was spoken with: what the listener keeps when choosing it.
      reporter.say("audition", "audition: " + wav, {{"file", wav}, {"gpt", gptFile}, {"sovits", sovitsFile}});
    } catch (const Error& e) {
      // An audition is a convenience: its failure must not lose the trained model.
      reporter.say("audition", std::string("audition failed: ") + e.what());
    }
  };

  // 2. SoVITS.
  std::string lastSovits = base.sovits;
  if (!options.skipSovits) {
    SovitsTrainingOptions so;
    so.experimentName = options.experimentName;
    so.weightsFolder = sovitsFolder;
    so.stateFolder = stateFolder;
    so.baseGenerator = base.sovits;
    so.baseDiscriminator = base.discriminator;
    so.epochs = options.sovitsEpochs;
    so.batchSize = options.sovitsBatchSize;
    so.saveEveryEpochs = options.sovitsSaveEvery;
    so.replicateBelow = options.replicateBelow;
    so.seed = options.seed;
    so.resume = options.resume;
    so.device = options.device;
    const double stageStart = reporter.elapsed();
    int64_t firstStep = -1;
    auto progress = [&](const SovitsProgress& p) {
      TrainingEvent event;
      event.stage = "sovits";
      event.epoch = p.epoch;
      event.epochs = options.sovitsEpochs;
      event.step = p.step;
      event.steps = p.stepsPerEpoch * options.sovitsEpochs;
      if (firstStep < 0) firstStep = p.step - 1;  // a resumed run starts past 0
      event.etaSeconds = estimateRemaining(reporter.elapsed() - stageStart, p.step - firstStep, event.steps - firstStep);
      event.values = {{"disc", p.losses.disc}, {"gen", p.losses.gen}, {"fm", p.losses.fm}, {"mel", p.losses.mel},
                      {"kl", p.losses.kl}, {"skipped", p.skipped}};
      reporter.emit(event);
    };
    // The trainers hold their CPU threads themselves (training/common/TrainingThreads.h).
    const SovitsTrainingResult trained = SovitsTrainer(so).run(dataset, progress, cancel);
    result.sovitsWeights = trained.savedWeights;
    for (const auto& file : trained.savedWeights) reporter.say("saved", "saved " + file, {{"file", file}});
    if (!trained.savedWeights.empty()) lastSovits = trained.savedWeights.back();
    else if (const std::string earlier = lastSavedWeights(sovitsFolder, options.experimentName + "_e"); !earlier.empty())
      lastSovits = earlier;  // resumed after the stage was done: the GPT's auditions still use the trained SoVITS
    if (trained.cancelled) {
      result.cancelled = true;
      return result;
    }
    for (const auto& file : trained.savedWeights)
      listen("sovits-" + fs::path(file).stem().string(), base.gpt, file);
  }

  // 3. GPT.
  if (!options.skipGpt) {
    gpt::GptTrainingOptions go;
    go.experimentName = options.experimentName;
    go.weightsFolder = gptFolder;
    go.stateFolder = stateFolder;
    go.baseModel = base.gpt;
    go.epochs = options.gptEpochs;
    go.batchSize = options.gptBatchSize;
    go.saveEveryEpochs = options.gptSaveEvery;
    go.replicateBelow = options.replicateBelow;
    if (options.gptOfficialSchedule) go.schedule = gpt::UpdateSchedule::compat();
    go.seed = options.seed;
    go.resume = options.resume;
    go.device = options.device;
    const double stageStart = reporter.elapsed();
    int64_t firstBatch = -1;
    auto progress = [&](const gpt::GptProgress& p) {
      TrainingEvent event;
      event.stage = "gpt";
      event.epoch = p.epoch;
      event.epochs = options.gptEpochs;
      event.step = int64_t(p.epoch - 1) * p.batchesPerEpoch + p.batchInEpoch;
      event.steps = p.batchesPerEpoch * options.gptEpochs;
      if (firstBatch < 0) firstBatch = event.step - p.batchInEpoch;
      event.etaSeconds =
          estimateRemaining(reporter.elapsed() - stageStart, event.step - firstBatch, event.steps - firstBatch);
      event.values = {{"loss", p.loss}, {"top3_acc", p.top3Accuracy}, {"update", p.step},
                      {"skipped", p.skippedBatches}};
      reporter.emit(event);
    };
    const gpt::GptTrainingResult trained = gpt::GptTrainer(go).run(dataset, progress, cancel);
    result.gptWeights = trained.savedWeights;
    for (const auto& file : trained.savedWeights) reporter.say("saved", "saved " + file, {{"file", file}});
    if (trained.cancelled) {
      result.cancelled = true;
      return result;
    }
    for (const auto& file : trained.savedWeights)
      listen("gpt-" + fs::path(file).stem().string(), file, lastSovits);
  }

  reporter.say("done", "fine-tuned " + version + " voice in " + options.outFolder,
               {{"sovits", result.sovitsWeights}, {"gpt", result.gptWeights}, {"auditions", result.auditions}});
  return result;
}

}  // namespace timbre::training
