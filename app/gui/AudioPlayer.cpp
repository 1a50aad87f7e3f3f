#include "AudioPlayer.h"

#include "PortAudioSession.h"

#include <portaudio.h>

#include <algorithm>
#include <vector>

namespace timbre::gui {

namespace {
constexpr std::size_t kChunkFrames = 1024;
}  // namespace

std::size_t heardFrame(std::size_t startFrame, std::size_t writtenEnd, std::size_t latencyFrames) {
  return writtenEnd > startFrame + latencyFrames ? writtenEnd - latencyFrames : startFrame;
}

AudioPlayer::AudioPlayer(QObject* parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer() { stop(); }

void AudioPlayer::play(const audio::AudioBuffer& audio, std::size_t startFrame) {
  stop();
  if (audio.empty()) return;
  startFrame = std::min(startFrame, audio.frames());
  m_stop = false;
  m_playing = true;
  // Set here, not on the thread, so a cursor reads the start at once.
  m_playedFrames = startFrame;
  m_thread = std::thread(&AudioPlayer::run, this, audio, startFrame);
}

void AudioPlayer::stop() {
  m_stop = true;
  if (m_thread.joinable()) m_thread.join();
}

// Everything PortAudio is done on this one thread, initialised per playback
// so an idle studio holds no device; PortAudioSession shares the library with
// the recorder.
void AudioPlayer::run(audio::AudioBuffer audio, std::size_t startFrame) {
  auto fail = [this](const QString& message) {
    m_playing = false;
    emit failed(message);
  };
  PortAudioSession session;
  if (!session.ok()) return fail(tr("Cannot start audio output (%1)").arg(session.errorText()));
  PaStream* stream = nullptr;
  PaError error = paNoError;
  bool noDevice = false;
  {
    std::lock_guard lock(PortAudioSession::apiMutex());
    const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
    noDevice = device == paNoDevice;
    if (!noDevice) {
      PaStreamParameters out{};
      out.device = device;
      out.channelCount = audio.channels;
      out.sampleFormat = paFloat32;
      out.suggestedLatency = Pa_GetDeviceInfo(device)->defaultHighOutputLatency;
      error = Pa_OpenStream(&stream, nullptr, &out, audio.sampleRateHz, kChunkFrames, paClipOff, nullptr, nullptr);
    }
  }
  if (noDevice) return fail(tr("No audio output device was found."));
  if (error == paNoError) error = Pa_StartStream(stream);
  if (error != paNoError) {
    if (stream) {
      std::lock_guard lock(PortAudioSession::apiMutex());
      Pa_CloseStream(stream);
    }
    return fail(PortAudioSession::describe(tr("The audio device refused to play"), error));
  }
  // What is still buffered after a write has returned: the played position lags by it.
  const PaStreamInfo* info = Pa_GetStreamInfo(stream);
  const auto latencyFrames = std::size_t(std::max(0.0, info ? info->outputLatency * audio.sampleRateHz : 0.0));
  // Through the pulse ALSA plugin, the first buffer written to a fresh stream
  // stalls and is then dropped, and the drain at the end cuts the last few
  // tens of ms (measured on the null sink: ~80 ms and ~50 ms gone). Silence
  // of a buffer and a bit before and after the take absorbs both.
  const std::size_t padFrames = (latencyFrames / kChunkFrames + 3) * kChunkFrames;
  const std::vector<float> silence(kChunkFrames * std::size_t(audio.channels), 0.f);
  auto writeSilence = [&] {
    for (std::size_t at = 0; at < padFrames && !m_stop; at += kChunkFrames)
      Pa_WriteStream(stream, silence.data(), static_cast<unsigned long>(kChunkFrames));
  };
  emit started();
  writeSilence();
  // Small writes so stop() takes effect within ~20 ms.
  const std::size_t frames = audio.frames();
  for (std::size_t at = startFrame; at < frames && !m_stop; at += kChunkFrames) {
    const std::size_t n = std::min(kChunkFrames, frames - at);
    if (Pa_WriteStream(stream, audio.samples.data() + at * std::size_t(audio.channels), static_cast<unsigned long>(n)) != paNoError &&
        m_stop)
      break;
    m_playedFrames = heardFrame(startFrame, at + n, latencyFrames);
  }
  writeSilence();
  if (m_stop) Pa_AbortStream(stream);
  else Pa_StopStream(stream);  // lets the last buffer play out
  m_playedFrames = frames;
  {
    std::lock_guard lock(PortAudioSession::apiMutex());
    Pa_CloseStream(stream);
  }
  m_playing = false;
  emit finished();
}

}  // namespace timbre::gui
