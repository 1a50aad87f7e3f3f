#pragma once
// The studio's preferences, typed, over QSettings (organisation/application
// "Timbre"): compute device, thread count, decoder precision and the folder
// exports go to. SettingsDialog edits them; the studio reads them for every job.
#include <QString>

class QSettings;

namespace timbre::gui {

struct SynthesisJob;

enum class ComputeDevice { Cpu, Cuda };
enum class Precision { Fp32, Fp16 };

struct AppSettings {
  ComputeDevice device = ComputeDevice::Cpu;
  int threads = 0;                      // 0 = as many as the machine has
  Precision precision = Precision::Fp32;  // Fp16 applies to CUDA only
  QString outputFolder = defaultOutputFolder();
  int apiPort = kDefaultApiPort;  // the "Serve API" switch's port on 127.0.0.1; 0 = any free port
  QString pronunciationDictionary;  // the user's pronunciation dictionary file; empty = none

  // QSettings keys (also what tests and the settings file use).
  static constexpr const char* kDeviceKey = "compute/device";        // "cpu" | "cuda"
  static constexpr const char* kThreadsKey = "compute/threads";      // int >= 0
  static constexpr const char* kPrecisionKey = "compute/precision";  // "fp32" | "fp16"
  static constexpr const char* kOutputFolderKey = "export/outputFolder";
  static constexpr const char* kApiPortKey = "api/port";
  static constexpr const char* kDictionaryKey = "text/pronunciationDictionary";
  static constexpr int kMaxThreads = 256;
  static constexpr int kDefaultApiPort = 9880;  // api_v2's

  // The user's Music folder + "/Timbre".
  static QString defaultOutputFolder();

  // Unknown or out-of-range stored values fall back to the defaults.
  static AppSettings load();
  static AppSettings load(const QSettings& settings);
  void save() const;
  void save(QSettings& settings) const;

  // What a job can really use here: CPU when CUDA is missing, fp32 off CUDA.
  AppSettings effective(bool cudaAvailable) const;
  // Fills the job's compute fields from effective(cudaAvailable), and its dictionary.
  void applyTo(SynthesisJob& job, bool cudaAvailable) const;

  bool operator==(const AppSettings&) const = default;
};

}  // namespace timbre::gui
