// timbre-cli say: clone a voice from a reference recording and speak a text.
#include "CommandRegistry.h"

#include "audio/AudioFile.h"
#include "library/VoiceLibrary.h"
#include "pipeline/ModelFolder.h"
#include "pipeline/Synthesizer.h"
#include "pipeline/VoiceModels.h"
#include "text/UserDictionary.h"
#include "timbre/Error.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace timbre::cli {
namespace {

struct SayOptions {
  std::string voice, voices;  // a library voice instead of --ref/--prompt-*, and the library it is in
  std::string voiceGpt, voiceSovits;  // the voice's own model files, when it names files rather than a folder
  bool langGiven = false;     // --lang on the command line (else a voice's own text language)
  std::string models;
  std::vector<std::string> references;
  std::string promptText, promptLang = "zh";
  std::string text, textFile, lang = "zh";
  std::string output = "out.wav";
  std::string device = "cpu";
  std::string dictionary;
  std::string cacheDir;
  bool noCache = false;
  bool half = false;
  bool verbose = false;
  bool quiet = false;
  int soak = 0;  // > 0: repeat the synthesis this many times, printing the resident memory
  pipeline::SynthesisRequest request;
};

const char* stageName(pipeline::SynthesisStage stage) {
  switch (stage) {
    case pipeline::SynthesisStage::Reference: return "reference";
    case pipeline::SynthesisStage::Text: return "text";
    case pipeline::SynthesisStage::Semantic: return "semantic";
    case pipeline::SynthesisStage::Decode: return "decode";
    case pipeline::SynthesisStage::Done: return "done";
  }
  return "";
}

// One line on stderr, redrawn in place: "[decode] piece 2/3 ██████░░░░".
void drawProgress(const pipeline::SynthesisProgress& p) {
  const int width = 24;
  const double done = p.pieces > 0 ? (double(p.piece) + (p.stage == pipeline::SynthesisStage::Decode ? 0.5 : 0.0)) /
                                         p.pieces
                                   : 0.0;
  const int filled = std::min(width, int(done * width + 0.5));
  std::string bar(std::size_t(filled), '#');
  bar += std::string(std::size_t(width - filled), '.');
  std::fprintf(stderr, "\r[%-9s] %s", stageName(p.stage), bar.c_str());
  if (p.pieces > 0) std::fprintf(stderr, " piece %d/%d", std::min(p.piece + 1, p.pieces), p.pieces);
  if (p.stage == pipeline::SynthesisStage::Semantic) std::fprintf(stderr, " step %4d", p.step);
  else std::fprintf(stderr, "          ");
  if (p.stage == pipeline::SynthesisStage::Done) std::fprintf(stderr, "\n");
  std::fflush(stderr);
}

std::string lowerCase(std::string text) {
  for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// Resident memory of this process in MiB (VmRSS), or -1 where /proc is missing.
double residentMiB() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("VmRSS:", 0) == 0) return std::strtod(line.c_str() + 6, nullptr) / 1024.0;
  return -1.0;
}

// `say --soak N`: N syntheses through the one loaded model set, the resident
// memory printed at 20 points; after the first tenth it should stay level.
pipeline::SynthesisResult soak(const pipeline::Synthesizer& synthesizer, const pipeline::SynthesisRequest& request,
                               int runs) {
  const int every = std::max(1, runs / 20);
  const int settled = std::max(1, runs / 10);
  double settledMiB = 0.0, peakAfterSettled = 0.0;
  pipeline::SynthesisResult result;
  for (int i = 1; i <= runs; ++i) {
    result = synthesizer.synthesize(request);
    const double rss = residentMiB();
    if (i == settled) settledMiB = rss;
    if (i > settled) peakAfterSettled = std::max(peakAfterSettled, rss);
    if (i % every == 0 || i == 1 || i == runs)
      std::printf("soak %d/%d rss %.1f MiB\n", i, runs, rss);
    std::fflush(stdout);
  }
  std::printf("soak done: %d syntheses; RSS %.1f MiB after %d, at most %.1f MiB after that (%+.1f MiB)\n", runs,
              settledMiB, settled, std::max(peakAfterSettled, settledMiB),
              std::max(peakAfterSettled, settledMiB) - settledMiB);
  return result;
}

// --voice NAME: the reference clips, transcript, models and text language saved
// with the voice (a fine-tuned voice from the studio's wizard owns its models).
void useLibraryVoice(SayOptions& o) {
  const library::VoiceLibrary voices(o.voices.empty() ? library::VoiceLibrary::defaultRoot() : o.voices);
  const library::Voice v = voices.resolve(o.voice);  // names the library when there is no such voice
  o.references = {v.referenceClip};
  o.references.insert(o.references.end(), v.auxClips.begin(), v.auxClips.end());
  o.promptText = v.promptText;
  o.promptLang = v.promptLang;
  if (o.models.empty()) {  // --models given on the command line wins over the voice's own files
    o.models = v.models.folder;
    o.voiceGpt = v.models.gpt;
    o.voiceSovits = v.models.sovits;
  }
  if (!o.langGiven) o.lang = v.settings.textLang;
}

int runSay(SayOptions& o) {
  if (o.text.empty() == o.textFile.empty()) {
    std::cerr << "timbre-cli say: give the text with exactly one of --text or --text-file\n";
    return kExitUsage;
  }
  if (!o.voice.empty()) useLibraryVoice(o);
  if (o.references.empty()) {
    std::cerr << "timbre-cli say: give a reference recording with --ref FILE, or a saved voice with --voice NAME\n";
    return kExitUsage;
  }
  if (o.models.empty()) {
    std::cerr << "timbre-cli say: give the model folder with --models DIR"
              << (o.voice.empty() ? "" : " (the voice \"" + o.voice + "\" names none)") << "\n";
    return kExitUsage;
  }
  // A bad output path is reported now, not after the whole synthesis.
  audio::checkOutputPath(o.output);
  pipeline::SynthesisRequest& r = o.request;
  if (!o.textFile.empty()) {
    std::ifstream in(o.textFile, std::ios::binary);
    if (!in) throw Error(ErrorCode::Io, "cannot read text file '" + o.textFile + "'");
    std::ostringstream ss;
    ss << in.rdbuf();
    r.text = ss.str();
  } else {
    r.text = o.text;
  }
  // Language names are case-insensitive, as over the API ("ZH" = "zh").
  r.textLang = lowerCase(o.lang);
  r.references = o.references;
  r.promptText = o.promptText;
  r.promptLang = lowerCase(o.promptLang);

  using Clock = std::chrono::steady_clock;
  const auto loadStart = Clock::now();
  pipeline::ModelPaths paths = pipeline::findModels(o.models);
  if (!o.voiceGpt.empty()) paths.gpt = o.voiceGpt;
  if (!o.voiceSovits.empty()) paths.sovits = o.voiceSovits;
  pipeline::DeviceOptions deviceOptions;
  deviceOptions.device = at::Device(o.device);
  deviceOptions.halfPrecisionDecoder = o.half;
  const pipeline::VoiceModels models = pipeline::VoiceModels::load(paths, deviceOptions);
  const double loadSeconds = std::chrono::duration<double>(Clock::now() - loadStart).count();
  if (o.verbose) {
    std::cerr << "models: GPT " << paths.gpt << "\n        SoVITS " << paths.sovits << " ("
              << checkpoint::toString(models.version()) << ")\n        HuBERT " << paths.hubert << "\n        BERT "
              << paths.bert << "\n";
    if (!paths.speaker.empty()) std::cerr << "        speaker " << paths.speaker << "\n";
  }

  std::unique_ptr<pipeline::ReferenceCache> cache;
  if (!o.noCache) {
    const std::string folder = o.cacheDir.empty() ? pipeline::ReferenceCache::defaultDiskFolder() : o.cacheDir;
    cache = std::make_unique<pipeline::ReferenceCache>(folder);
  }
  std::unique_ptr<text::UserDictionary> dictionary;
  if (!o.dictionary.empty()) dictionary = std::make_unique<text::UserDictionary>(text::UserDictionary::load(o.dictionary));

  const pipeline::Synthesizer synthesizer(models, cache.get(), dictionary.get());
  pipeline::ProgressCallback progress;
  if (!o.quiet) progress = drawProgress;
  const pipeline::SynthesisResult result =
      o.soak > 0 ? soak(synthesizer, r, o.soak) : synthesizer.synthesize(r, progress);

  const std::vector<int16_t> pcm = pipeline::Synthesizer::toInt16(result.audio);
  audio::AudioBuffer out;
  out.sampleRateHz = result.sampleRateHz;
  out.channels = 1;
  out.samples.resize(pcm.size());
  for (std::size_t i = 0; i < pcm.size(); ++i) out.samples[i] = float(pcm[i]) / 32768.0f;
  audio::writeAudioFile(o.output, out);

  const double seconds = double(result.audio.size(0)) / result.sampleRateHz;
  if (o.verbose) {
    const auto& t = result.times;
    std::fprintf(stderr,
                 "times: load %.3f s, reference %.3f s, text %.3f s, semantic %.3f s, decode %.3f s, total %.3f s\n"
                 "audio: %.2f s in %zu piece(s), real-time factor %.3f, seed %lld\n",
                 loadSeconds, t.referenceSeconds, t.textSeconds, t.semanticSeconds, t.decodeSeconds, t.totalSeconds,
                 seconds, result.pieces.size(), t.totalSeconds / std::max(seconds, 1e-9),
                 static_cast<long long>(result.seed));
    for (std::size_t i = 0; i < result.pieces.size(); ++i)
      std::fprintf(stderr, "  piece %zu: %lld tokens (%s) \"%s\"\n", i + 1,
                   static_cast<long long>(result.pieces[i].semantic.size(0)), result.pieces[i].stopReason.c_str(),
                   result.pieces[i].normText.c_str());
  }
  if (!o.quiet) std::cerr << "wrote " << o.output << " (" << seconds << " s)\n";
  return kExitOk;
}

}  // namespace

void registerSayCommand(CLI::App& app, CommandList& commands) {
  auto options = std::make_shared<SayOptions>();
  pipeline::SynthesisRequest& r = options->request;
  CLI::App* say = app.add_subcommand("say", "Speak a text in the voice of a reference recording");
  say->add_option("--models", options->models,
                  "Model folder: a GPT-SoVITS checkout (GPT_SoVITS/configs/tts_infer.yaml) or a folder with one GPT "
                  ".ckpt, one SoVITS .pth, the chinese-hubert-base and chinese-roberta-wwm-ext-large folders and, for "
                  "v2Pro/v2ProPlus, sv/pretrained_eres2netv2w24s4ep4.ckpt (with --voice: the voice's own by default)");
  CLI::Option* ref = say->add_option("--ref", options->references,
                                     "Reference recording (3-10 s); repeat for more references, whose timbre is averaged")
                         ->check(CLI::ExistingFile);
  CLI::Option* promptText =
      say->add_option("--prompt-text", options->promptText, "What is said in the first reference (empty: reference-free)");
  CLI::Option* promptLang =
      say->add_option("--prompt-lang", options->promptLang, "Language of the prompt text")->capture_default_str();
  say->add_option("--voice", options->voice,
                  "A voice of the library (its clips, transcript, models and text language) instead of --ref")
      ->excludes(ref)
      ->excludes(promptText)
      ->excludes(promptLang);
  say->add_option("--voices", options->voices,
                  "The voice library folder (default $XDG_DATA_HOME/timbre/voices)");
  say->add_option("--text", options->text, "Text to speak");
  say->add_option("--text-file", options->textFile, "UTF-8 file with the text to speak");
  say->add_option("--lang", options->lang, "Text language: zh en ja ko yue auto auto_yue all_zh all_ja all_ko all_yue")
      ->capture_default_str();
  say->add_option("-o,--output", options->output, "Output file (.wav .flac .ogg .mp3)")->capture_default_str();
  say->add_option("--speed", r.speed, "Speaking rate, 0.25 to 4")->capture_default_str();
  say->add_option("--noise-scale", r.noiseScale, "SoVITS noise scale (0 = deterministic decoder)")->capture_default_str();
  say->add_option("--top-k", r.topK, "GPT sampling: top-k (0 = off)")->capture_default_str();
  say->add_option("--top-p", r.topP, "GPT sampling: top-p")->capture_default_str();
  say->add_option("--temperature", r.temperature, "GPT sampling: temperature")->capture_default_str();
  say->add_option("--repetition-penalty", r.repetitionPenalty, "GPT repetition penalty")->capture_default_str();
  say->add_option("--seed", r.seed, "Random seed (-1 = random; the seed used is printed with --verbose)")
      ->capture_default_str();
  say->add_option("--split", r.splitMethod, "Sentence split method cut0..cut5")->capture_default_str();
  say->add_option("--fragment-interval", r.fragmentInterval, "Silence between pieces in seconds")->capture_default_str();
  say->add_option("--batch-size", r.batchSize, "Pieces the GPT decodes together (the official parallel mode)")
      ->capture_default_str();
  say->add_flag("--parallel-decode", r.parallelDecode, "Decode all pieces in one SoVITS call (speed 1)");
  say->add_flag("--auto-window", r.autoWindow, "Use the best 3-10 s of a longer main reference");
  say->add_option("--dict", options->dictionary, "User pronunciation dictionary (see README)")
      ->check(CLI::ExistingFile);
  say->add_option("--cache-dir", options->cacheDir, "Where reference features are cached (default ~/.cache/timbre)");
  say->add_flag("--no-cache", options->noCache, "Do not read or write the reference cache");
  say->add_option("--device", options->device, "cpu or cuda")->capture_default_str();
  say->add_flag("--half", options->half, "fp16 SoVITS decoder (CUDA only)");
  say->add_flag("-v,--verbose", options->verbose, "Print the model files and the time of every stage");
  say->add_flag("-q,--quiet", options->quiet, "No progress bar");
  say->add_option("--soak", options->soak,
                  "Repeat the synthesis N times with the loaded models, printing the resident memory (a leak check); "
                  "the last take is written")
      ->check(CLI::Range(1, 1000000));
  commands.push_back({say, [options, say] {
    options->langGiven = say->get_option("--lang")->count() > 0;
    return runSay(*options);
  }});
}

}  // namespace timbre::cli
