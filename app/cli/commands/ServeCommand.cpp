// timbre-cli serve: the GPT-SoVITS api_v2-compatible HTTP API. This file only
// wires the options; the server lives in serve/.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "CommandRegistry.h"
#include "pipeline/ModelFolder.h"
#include "serve/AccessControl.h"
#include "serve/ApiServer.h"
#include "serve/ModelPool.h"
#include "serve/ServeOptions.h"
#include "text/UserDictionary.h"
#include "timbre/Error.h"

namespace timbre::cli {
namespace {

constexpr const char* kTokenVariable = "TIMBRE_API_TOKEN";

struct ServeCommandOptions {
  serve::ServeOptions serve;
  double maxUploadMb = 20;
  double maxRequestMb = 2048;
};

// /control?command=restart: the same command line again, in this process.
[[noreturn]] void restartSelf(const std::string& token) {
  if (!token.empty()) setenv(kTokenVariable, token.c_str(), 1);  // a generated token survives the restart
  std::ifstream in("/proc/self/cmdline", std::ios::binary);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::vector<std::string> args;
  for (std::size_t start = 0; start < all.size();) {
    const std::size_t end = all.find('\0', start);
    args.push_back(all.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::cerr << "timbre-cli serve: restarting" << std::endl;
  execv("/proc/self/exe", argv.data());
  std::cerr << "timbre-cli serve: restart failed; exiting" << std::endl;
  std::_Exit(kExitFailure);
}

int runServe(ServeCommandOptions& o) {
  serve::ServeOptions& s = o.serve;
  s.maxUploadBytes = std::size_t(o.maxUploadMb * 1024 * 1024);
  s.maxRequestMemoryBytes = std::size_t(o.maxRequestMb * 1024 * 1024);
  if (s.token.empty()) {
    if (const char* env = std::getenv(kTokenVariable)) s.token = env;
  }
  if (s.token.empty() && !serve::AccessControl::isLoopbackHost(s.host)) {
    s.token = serve::AccessControl::generateToken();
    // Printed once, on stdout, so it can be captured; keep it secret.
    std::cout << "API token (send 'Authorization: Bearer <token>' or ?token=<token>): " << s.token << std::endl;
  }
  if (!s.token.empty() && s.token.size() < 16)
    std::cerr << "timbre-cli serve: warning: a token shorter than 16 characters is easy to guess\n";

  if (!s.dictionary.empty()) text::UserDictionary::load(s.dictionary);  // a bad entry stops us before the models load
  const pipeline::ModelPaths paths = pipeline::findModels(s.models);
  pipeline::DeviceOptions device;
  device.device = at::Device(s.device);
  device.halfPrecisionDecoder = s.half;
  if (!s.quiet)
    std::cerr << "timbre-cli serve: loading the models: GPT " << paths.gpt << ", SoVITS " << paths.sovits << std::endl;
  serve::ModelPool pool(paths, device, s.cacheDir);

  serve::ApiServer server(s, pool);
  if (server.run() == serve::ApiServer::Outcome::Restart) restartSelf(s.token);
  return kExitOk;
}

}  // namespace

void registerServeCommand(CLI::App& app, CommandList& commands) {
  auto options = std::make_shared<ServeCommandOptions>();
  serve::ServeOptions& s = options->serve;
  CLI::App* serve = app.add_subcommand(
      "serve", "HTTP API compatible with GPT-SoVITS api_v2 (/tts, /set_gpt_weights, ...), local-only by default");
  serve
      ->add_option("--host", s.host,
                   "Address to bind; anything but loopback requires a token (generated and printed if not given)")
      ->capture_default_str();
  serve->add_option("--port", s.port, "TCP port (0 = any free port, printed)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535));
  serve->add_option("--models", s.models, "Model folder (as for `say`); weight switches may load from it")
      ->required()
      ->check(CLI::ExistingDirectory);
  serve->add_option("--weights-dir", s.weightDirs, "More folders /set_*_weights may load weights from")
      ->check(CLI::ExistingDirectory);
  serve->add_option("--ref-dir", s.refDirs, "Folder(s) reference audio paths must lie in (repeatable)")
      ->required()
      ->check(CLI::ExistingDirectory);
  serve->add_option("--token", s.token,
                    std::string("Access token (also from $") + kTokenVariable + "; prefer that: argv is visible)");
  serve->add_option("--max-concurrent", s.maxConcurrent, "Syntheses at once (they share one copy of the models)")
      ->capture_default_str()
      ->check(CLI::Range(1, 16));
  serve->add_option("--max-queue", s.maxQueue, "Requests that may wait for a synthesis; more get 429")
      ->capture_default_str()
      ->check(CLI::Range(0, 1024));
  serve->add_option("--rate-limit", s.rateLimitPerMinute, "Requests per minute per client address (0 = off)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  serve->add_option("--max-text-bytes", s.maxTextBytes, "Largest text / prompt_text in bytes (413 above)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t(1), std::size_t(200000)));
  serve->add_option("--max-upload-mb", options->maxUploadMb, "Largest uploaded reference (multipart ref_audio)")
      ->capture_default_str()
      ->check(CLI::Range(0.01, 512.0));
  serve->add_option("--max-request-mb", options->maxRequestMb,
                    "Memory one parallel_infer request may take; longer texts get 413 unless parallel_infer=false")
      ->capture_default_str()
      ->check(CLI::Range(64.0, 1048576.0));
  serve->add_option("--header-timeout", s.headerTimeoutSeconds,
                    "Seconds a connection has to send its request headers (slow clients are cut off)")
      ->capture_default_str()
      ->check(CLI::Range(1.0, 3600.0));
  serve->add_option("--device", s.device, "cpu or cuda")->capture_default_str();
  serve->add_flag("--half", s.half, "fp16 SoVITS decoder (CUDA only)");
  serve->add_option("--cache-dir", s.cacheDir, "Keep reference features on disk here (default: memory only)");
  serve->add_option("--voices", s.voices,
                    "Voice library: ref_audio_path may name a saved voice (default: the user's, "
                    "$XDG_DATA_HOME/timbre/voices)");
  serve->add_option("--dict", s.dictionary, "User pronunciation dictionary (see README), for every request")
      ->check(CLI::ExistingFile);
  serve->add_flag("-q,--quiet", s.quiet, "No log line per request");
  commands.push_back({serve, [options] { return runServe(*options); }});
}

}  // namespace timbre::cli
