// timbre-cli train --data CLIPS --base PRETRAINED --out DIR [...]
// Fine-tunes a GPT-SoVITS voice natively: prepares the clips, trains SoVITS,
// then the GPT, saving official-format files and an audition after each saved
// epoch. Ctrl-C stops between steps and keeps the last saved epoch; --resume
// continues from there.
#include "CommandRegistry.h"
#include "timbre/Error.h"
#include "training/run/TrainingRun.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace timbre::cli {

namespace {

std::atomic<bool> g_cancel{false};

// The first Ctrl-C asks the run to stop after its current step (keeping the
// last saved epoch); a second one ends the process at once.
extern "C" void requestCancel(int signal) {
  g_cancel = true;
  std::signal(signal, SIG_DFL);
}

struct TrainArgs {
  training::TrainingRunOptions run;
  std::string data, transcript, language, audioFolder, device = "cpu", log, schedule = "timbre", only;
  bool quiet = false, noAudition = false;
};

// One line a step for a person: stage, epoch, step, losses, elapsed, ETA.
void printEvent(const training::TrainingEvent& e) {
  if (e.stage == "sovits" || e.stage == "gpt") {
    std::string losses;
    for (const auto& [key, value] : e.values.items())
      if (value.is_number_float()) {
        char part[48];
        std::snprintf(part, sizeof part, " %s %.3f", key.c_str(), value.get<double>());
        losses += part;
      }
    std::fprintf(stderr, "%-6s epoch %d/%d  step %lld/%lld %s  elapsed %s  eta %s\n", e.stage.c_str(), e.epoch,
                 e.epochs, (long long)e.step, (long long)e.steps, losses.c_str(),
                 training::formatDuration(e.elapsedSeconds).c_str(), training::formatDuration(e.etaSeconds).c_str());
  } else if (e.stage == "prepare" && e.steps > 0) {
    std::fprintf(stderr, "\rprepare %s %lld/%lld  eta %s   ", e.message.c_str(), (long long)e.step, (long long)e.steps,
                 training::formatDuration(e.etaSeconds).c_str());
    if (e.step == e.steps) std::fputc('\n', stderr);
  } else {
    std::fprintf(stderr, "%s\n", e.message.c_str());
  }
}

training::data::DatasetSource sourceFrom(const TrainArgs& a) {
  namespace fs = std::filesystem;
  training::data::DatasetSource source;
  source.path = a.data;
  source.language = a.language;
  source.audioFolder = a.audioFolder;
  if (fs::is_directory(a.data)) {
    source.kind = training::data::DatasetSource::Kind::Folder;
  } else if (fs::path(a.data).extension() == ".list") {
    source.kind = training::data::DatasetSource::Kind::ListFile;
  } else {
    source.kind = training::data::DatasetSource::Kind::LongRecording;
    source.transcriptPath = a.transcript;
    if (a.transcript.empty())
      throw Error(ErrorCode::InvalidArgument,
                  a.data + ": one recording needs --transcript FILE with one line per sentence");
  }
  if (source.kind != training::data::DatasetSource::Kind::ListFile && a.language.empty())
    throw Error(ErrorCode::InvalidArgument, a.data + ": say which language the clips speak (--lang zh|en|ja|ko|yue)");
  return source;
}

int runTrain(TrainArgs& a) {
  training::TrainingRunOptions& o = a.run;
  o.source = sourceFrom(a);
  o.device = at::Device(a.device);
  o.gptOfficialSchedule = a.schedule == "official";
  o.audition = !a.noAudition;
  o.skipSovits = a.only == "gpt";
  o.skipGpt = a.only == "sovits";

  std::filesystem::create_directories(o.outFolder);
  const std::string logPath = a.log.empty() ? (std::filesystem::path(o.outFolder) / "train.jsonl").string() : a.log;
  std::ofstream log(logPath, std::ios::app);
  if (!log) throw Error(ErrorCode::Io, logPath + ": cannot be written");

  g_cancel = false;
  std::signal(SIGINT, requestCancel);
  std::signal(SIGTERM, requestCancel);
  const training::TrainingRunResult result = training::runTraining(
      o,
      [&](const training::TrainingEvent& e) {
        log << e.toJson().dump() << "\n" << std::flush;
        if (!a.quiet) printEvent(e);
      },
      &g_cancel);
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);

  if (result.cancelled) {
    std::cerr << "train: stopped; what was saved is kept. Run the same command with --resume to continue.\n";
    return kExitFailure;
  }
  for (const auto& f : result.sovitsWeights) std::cout << "sovits " << f << "\n";
  for (const auto& f : result.gptWeights) std::cout << "gpt " << f << "\n";
  for (const auto& f : result.auditions) std::cout << "audition " << f << "\n";
  return kExitOk;
}

}  // namespace

void registerTrainCommand(CLI::App& app, CommandList& commands) {
  auto a = std::make_shared<TrainArgs>();
  training::TrainingRunOptions& o = a->run;
  auto* sub = app.add_subcommand("train", "Fine-tune a voice: official-format GPT and SoVITS files from your clips");
  sub->add_option("--data", a->data,
                  "A .list file (path|speaker|lang|text), a folder of clips each with a .txt/.lab transcript, or one "
                  "long recording (with --transcript)")
      ->required();
  sub->add_option("--transcript", a->transcript, "For one long recording: one line per sentence, in order");
  sub->add_option("--lang", a->language, "Language of a folder or a recording: zh en ja ko yue");
  sub->add_option("--audio-folder", a->audioFolder, "For a .list: look each clip's file name up in this folder");
  sub->add_option("--base", o.baseFolder, "The pretrained models (same layouts as say --models)");
  sub->add_option("--base-sovits", o.baseSovits, "Pretrained SoVITS generator s2G*.pth (with enc_q)");
  sub->add_option("--base-discriminator", o.baseDiscriminator, "Pretrained discriminator s2D*.pth");
  sub->add_option("--base-gpt", o.baseGpt, "Pretrained GPT s1*.ckpt");
  sub->add_option("--out", o.outFolder, "Folder for the fine-tuned files, the resume state, the log and auditions")
      ->required();
  sub->add_option("--name", o.experimentName, "Experiment name (file names: NAME_e8_s96.pth, NAME-e15.ckpt)")
      ->capture_default_str();
  sub->add_option("--sovits-epochs", o.sovitsEpochs, "SoVITS epochs")->capture_default_str()->check(CLI::Range(0, 100));
  sub->add_option("--gpt-epochs", o.gptEpochs, "GPT epochs")->capture_default_str()->check(CLI::Range(0, 100));
  sub->add_option("--sovits-batch-size", o.sovitsBatchSize, "SoVITS batch size")->capture_default_str()
      ->check(CLI::Range(1, 64));
  sub->add_option("--gpt-batch-size", o.gptBatchSize, "GPT batch size")->capture_default_str()->check(CLI::Range(1, 64));
  sub->add_option("--sovits-save-every", o.sovitsSaveEvery, "Save SoVITS every N epochs (and the last)")
      ->capture_default_str()->check(CLI::Range(1, 100));
  sub->add_option("--gpt-save-every", o.gptSaveEvery, "Save the GPT every N epochs (and the last)")
      ->capture_default_str()->check(CLI::Range(1, 100));
  sub->add_option("--replicate-below", o.replicateBelow,
                  "Clip sets smaller than N are repeated to about N items per epoch, as the official trainers do; "
                  "lower it for a quick trial")
      ->capture_default_str()->check(CLI::Range(1, 100000));
  sub->add_option("--gpt-schedule", a->schedule,
                  "timbre: an update every 4 batches and at each epoch's end; official: the WebUI's rule, which "
                  "makes no update in epochs of 4 batches or fewer")
      ->capture_default_str()->check(CLI::IsMember({"timbre", "official"}));
  sub->add_option("--only", a->only, "Train only one model: sovits or gpt")->check(CLI::IsMember({"sovits", "gpt"}));
  sub->add_option("--device", a->device, "cpu or cuda")->capture_default_str()->check(CLI::IsMember({"cpu", "cuda"}));
  sub->add_flag("--resume", o.resume, "Continue from the last saved epoch of an earlier run in --out");
  sub->add_option("--seed", o.seed, "Seed of every random choice (dropout, noise, slices)")->capture_default_str();
  sub->add_option("--audition-text", o.auditionText, "Sentence of the audition after each saved epoch");
  sub->add_flag("--no-audition", a->noAudition, "Do not synthesise an audition after each saved epoch");
  sub->add_option("--log", a->log, "JSON-lines progress log (default: OUT/train.jsonl)");
  sub->add_flag("-q,--quiet", a->quiet, "No progress lines on stderr");
  commands.push_back({sub, [a] { return runTrain(*a); }});
}

}  // namespace timbre::cli
