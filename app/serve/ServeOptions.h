#pragma once
// Everything `timbre-cli serve` is told on its command line.
#include <cstddef>
#include <string>
#include <vector>

namespace timbre::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";          // loopback unless told otherwise
  int port = 9880;                         // api_v2's default; 0 = any free port (printed)
  std::string models;                      // model folder (pipeline::findModels)
  std::vector<std::string> weightDirs;     // more folders /set_*_weights may load from
  std::vector<std::string> refDirs;        // reference audio must lie inside one of these
  std::string token;                       // empty: none on loopback, generated otherwise
  int maxConcurrent = 1;                   // syntheses at once (sharing one model set)
  int maxQueue = 4;                        // admitted requests waiting for a synthesis slot
  int rateLimitPerMinute = 120;            // per client address; 0 = off
  std::size_t maxTextBytes = 20000;        // text (and prompt_text) size limit
  std::size_t maxUploadBytes = 20u << 20;  // multipart reference upload limit
  // Memory one request's joined decode (parallel_infer) may take; longer texts
  // get 413 unless parallel_infer=false (serve/ParallelDecodeLimit.h).
  std::size_t maxRequestMemoryBytes = std::size_t(2) << 30;
  double headerTimeoutSeconds = 10;  // whole request line + headers (slowloris)
  double bodyTimeoutSeconds = 120;   // whole body, e.g. a 20 MB upload
  std::string device = "cpu";
  bool half = false;
  std::string cacheDir;  // reference-feature cache; empty = memory only
  std::string voices;    // voice library (ref_audio_path may name a voice); empty = the user's
  std::string dictionary;  // user pronunciation dictionary file (text::UserDictionary); empty = none
  bool quiet = false;    // no per-request log lines
};

}  // namespace timbre::serve
