#include "AudioRecorder.h"

#include "PortAudioSession.h"

#include <portaudio.h>

#include <QMetaObject>

#include <algorithm>
#include <cmath>

namespace timbre::gui {

namespace {

// Safety margin against overflows behind sound servers; latency does not matter here.
double inputLatency(const PaDeviceInfo* info) { return info->defaultHighInputLatency; }

bool rateWorks(const PaStreamParameters& in, double rate) {
  return rate > 0 && Pa_IsFormatSupported(&in, nullptr, rate) == paFormatIsSupported;
}

}  // namespace

AudioRecorder::AudioRecorder(QObject* parent) : QObject(parent) {
  qRegisterMetaType<timbre::audio::AudioBuffer>("timbre::audio::AudioBuffer");
}

AudioRecorder::~AudioRecorder() {
  m_stop = true;
  if (m_thread.joinable()) m_thread.join();
}

double AudioRecorder::toDbfs(double amplitude) {
  return amplitude > 0 ? std::max(kSilenceDbfs, 20.0 * std::log10(amplitude)) : kSilenceDbfs;
}

double AudioRecorder::recordedSeconds() const {
  const int rate = m_rateHz;
  return rate > 0 ? double(m_frames) / rate : 0.0;
}

QList<InputDevice> AudioRecorder::inputDevices(QString* error) const {
  QList<InputDevice> devices;
  PortAudioSession session;
  if (!session.ok()) {
    if (error) *error = tr("Cannot start audio input (%1)").arg(session.errorText());
    return devices;
  }
  std::lock_guard lock(PortAudioSession::apiMutex());
  const PaDeviceIndex defaultInput = Pa_GetDefaultInputDevice();
  const PaDeviceIndex count = Pa_GetDeviceCount();
  for (PaDeviceIndex i = 0; i < count; ++i) {
    const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
    if (!info || info->maxInputChannels < 1) continue;
    devices.append({i, QString::fromLocal8Bit(info->name), i == defaultInput, int(info->defaultSampleRate)});
  }
  if (devices.isEmpty() && error) *error = tr("No microphone or other audio input device was found.");
  return devices;
}

bool AudioRecorder::start(int deviceIndex, int sampleRateHz) {
  if (m_active) return false;
  if (m_thread.joinable()) m_thread.join();  // a worker that ended by itself, not yet reaped
  m_stop = false;
  m_frames = 0;
  m_rateHz = 0;
  m_samples.clear();
  m_active = true;
  m_thread = std::thread(&AudioRecorder::run, this, deviceIndex, sampleRateHz);
  return true;
}

audio::AudioBuffer AudioRecorder::stop() {
  if (!m_active) return {};
  m_stop = true;
  if (m_thread.joinable()) m_thread.join();
  m_active = false;
  audio::AudioBuffer take = collect();
  emit finished(take);
  return take;
}

audio::AudioBuffer AudioRecorder::collect() {
  audio::AudioBuffer take;
  take.sampleRateHz = m_rateHz;
  take.channels = 1;
  take.samples = std::move(m_samples);
  m_samples = {};
  return take;
}

void AudioRecorder::reap(bool emitTake) {
  if (!m_active) return;  // stop() got there first
  if (m_thread.joinable()) m_thread.join();
  m_active = false;
  audio::AudioBuffer take = collect();
  if (emitTake) emit finished(take);
}

// Everything PortAudio happens on this thread. Reads of 10 ms keep stop()
// prompt; levels are summed over 50 ms.
void AudioRecorder::run(int deviceIndex, int sampleRateHz) {
  const double maxSeconds = m_maxSeconds;
  // Ends the worker after a failure; the UI thread then joins it.
  auto fail = [this](const QString& message) {
    emit failed(message);
    QMetaObject::invokeMethod(this, [this] { reap(false); }, Qt::QueuedConnection);
  };
  PortAudioSession session;
  if (!session.ok()) return fail(tr("Cannot start audio input (%1)").arg(session.errorText()));

  PaStream* stream = nullptr;
  int channels = 1;
  double rate = 0;
  QString problem;
  PaError error = paNoError;
  {
    std::lock_guard lock(PortAudioSession::apiMutex());
    const PaDeviceIndex device = deviceIndex == kDefaultDevice ? Pa_GetDefaultInputDevice() : deviceIndex;
    const PaDeviceInfo* info = device == paNoDevice || device >= Pa_GetDeviceCount() ? nullptr : Pa_GetDeviceInfo(device);
    if (deviceIndex == kDefaultDevice && !info) {
      problem = tr("No microphone or other audio input device was found.");
    } else if (!info) {
      problem = tr("The audio input device %1 does not exist (any more).").arg(deviceIndex);
    } else if (info->maxInputChannels < 1) {
      problem = tr("“%1” cannot record.").arg(QString::fromLocal8Bit(info->name));
    } else {
      PaStreamParameters in{};
      in.device = device;
      in.channelCount = 1;
      in.sampleFormat = paFloat32;
      in.suggestedLatency = inputLatency(info);
      // Some hardware devices only open in stereo; we then mix down.
      if (!rateWorks(in, sampleRateHz > 0 ? sampleRateHz : info->defaultSampleRate) &&
          !rateWorks(in, info->defaultSampleRate) && info->maxInputChannels >= 2)
        in.channelCount = 2;
      rate = sampleRateHz > 0 && rateWorks(in, sampleRateHz) ? sampleRateHz : info->defaultSampleRate;
      channels = in.channelCount;
      const auto perRead = static_cast<unsigned long>(std::max(1.0, rate / 100));
      error = Pa_OpenStream(&stream, &in, nullptr, rate, perRead, paClipOff, nullptr, nullptr);
      if (error != paNoError) {
        problem = PortAudioSession::describe(tr("The audio device “%1” refused to record").arg(QString::fromLocal8Bit(info->name)), error);
        stream = nullptr;
      }
    }
  }
  if (problem.isEmpty()) {
    error = Pa_StartStream(stream);
    if (error != paNoError) {
      problem = PortAudioSession::describe(tr("The audio input could not be started"), error);
      std::lock_guard lock(PortAudioSession::apiMutex());
      Pa_CloseStream(stream);
      stream = nullptr;
    }
  }
  if (!problem.isEmpty()) return fail(problem);

  m_rateHz = int(rate);
  const auto maxFrames = std::size_t(std::max(0.0, maxSeconds) * rate);
  m_samples.reserve(std::min<std::size_t>(maxFrames, std::size_t(rate) * 600));
  emit started(int(rate));

  const auto perRead = std::size_t(std::max(1.0, rate / 100));
  const auto perLevel = std::size_t(std::max(1.0, rate / kLevelsPerSecond));
  std::vector<float> chunk(perRead * std::size_t(channels));
  double peak = 0, sumSquares = 0;
  std::size_t levelFrames = 0;
  bool limit = false;
  while (!m_stop) {
    error = Pa_ReadStream(stream, chunk.data(), static_cast<unsigned long>(perRead));
    // An overflow only means samples were lost while we were late; keep going.
    if (error != paNoError && error != paInputOverflowed) {
      problem = PortAudioSession::describe(tr("Recording stopped: the audio input failed"), error);
      break;
    }
    const std::size_t n = std::min(perRead, maxFrames - m_samples.size());
    for (std::size_t f = 0; f < n; ++f) {
      float x = chunk[f * std::size_t(channels)];
      if (channels == 2) x = 0.5f * (x + chunk[f * 2 + 1]);
      m_samples.push_back(x);
      peak = std::max(peak, double(std::fabs(x)));
      sumSquares += double(x) * x;
    }
    m_frames = m_samples.size();
    levelFrames += n;
    if (levelFrames >= perLevel) {
      emit level(toDbfs(peak), toDbfs(std::sqrt(sumSquares / double(levelFrames))));
      peak = sumSquares = 0;
      levelFrames = 0;
    }
    if (m_samples.size() >= maxFrames) {
      limit = true;
      break;
    }
  }
  Pa_AbortStream(stream);
  {
    std::lock_guard lock(PortAudioSession::apiMutex());
    Pa_CloseStream(stream);
  }
  if (!problem.isEmpty()) return fail(problem);
  if (limit) {
    emit limitReached();
    QMetaObject::invokeMethod(this, [this] { reap(true); }, Qt::QueuedConnection);
  }
}

}  // namespace timbre::gui
