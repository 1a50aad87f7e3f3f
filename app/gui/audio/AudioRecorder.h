#pragma once
// Records mono audio from a PortAudio input device with the blocking read API
// on a thread of its own (callback streams stall behind the pulse ALSA plugin;
// blocking reads work everywhere). Signals reach the recorder's own thread
// (the UI thread) queued: level() about 20 times a second while recording,
// finished() with the take when it stops (stop(), or the length limit).
#include "audio/AudioBuffer.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace timbre::gui {

// One device that can record.
struct InputDevice {
  int index = -1;  // PortAudio's device index
  QString name;
  bool isDefault = false;  // the system's default input
  int defaultSampleRateHz = 0;
};

class AudioRecorder : public QObject {
  Q_OBJECT

 public:
  static constexpr int kDefaultDevice = -1;  // start(): the system's default input
  static constexpr int kDeviceRate = 0;      // start(): the device's own rate
  static constexpr double kDefaultMaxSeconds = 60.0;
  static constexpr int kLevelsPerSecond = 20;
  static constexpr double kSilenceDbfs = -100.0;  // level() floor (digital silence)

  explicit AudioRecorder(QObject* parent = nullptr);
  // Stops a running recording and discards it.
  ~AudioRecorder() override;

  // The devices with input channels, default marked. Initialises PortAudio on
  // the calling thread (may take ~0.1 s); empty with *error set when
  // PortAudio cannot start.
  virtual QList<InputDevice> inputDevices(QString* error = nullptr) const;

  // Opens deviceIndex (kDefaultDevice: the default input) in mono at
  // sampleRateHz (kDeviceRate, or a rate the device refuses: its own default
  // rate) and records on a worker thread; started() or failed() follows.
  // Returns false (and does nothing) while a recording is running.
  virtual bool start(int deviceIndex = kDefaultDevice, int sampleRateHz = 48000);
  // Ends the recording, returns the take (mono float32, [frames]) and emits
  // finished() with it. Returns an empty buffer when nothing is running.
  virtual audio::AudioBuffer stop();
  // From start() until stop(), the length limit or a failure.
  virtual bool isRecording() const { return m_active; }

  // Recording stops by itself after this long (limitReached(), then finished()).
  void setMaxSeconds(double seconds) { m_maxSeconds = seconds; }
  double maxSeconds() const { return m_maxSeconds; }
  // Length of the take so far; safe from any thread.
  double recordedSeconds() const;
  // The rate the device actually runs at (valid once started() came).
  int sampleRateHz() const { return m_rateHz; }

  // 20·log10 of a linear amplitude, floored at kSilenceDbfs.
  static double toDbfs(double amplitude);

 signals:
  void started(int sampleRateHz);
  // Peak and RMS of the last ~50 ms, in dBFS (0 = full scale).
  void level(double peakDbfs, double rmsDbfs);
  // The length limit stopped the recording; finished() follows.
  void limitReached();
  void finished(const timbre::audio::AudioBuffer& take);
  // No input device, the device refused the stream, or reading failed; the
  // message is for a person and carries PortAudio's reason. The recording is
  // over (what was captured is dropped) and no finished() follows.
  void failed(const QString& message);

 private:
  void run(int deviceIndex, int sampleRateHz);
  // Joins the worker after it ended by itself (limit or failure).
  void reap(bool emitTake);
  audio::AudioBuffer collect();

  std::thread m_thread;
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_active{false};
  std::atomic<int> m_rateHz{0};
  std::atomic<std::size_t> m_frames{0};
  double m_maxSeconds = kDefaultMaxSeconds;
  std::vector<float> m_samples;  // written by the worker only; read after join
};

}  // namespace timbre::gui
