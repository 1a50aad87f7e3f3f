#include "AudioPlayer.h"

#include <portaudio.h>

#include <algorithm>

namespace timbre::gui {

AudioPlayer::AudioPlayer(QObject* parent) : QObject(parent) {}

AudioPlayer::~AudioPlayer() { stop(); }

void AudioPlayer::play(const audio::AudioBuffer& audio) {
  stop();
  if (audio.empty()) return;
  m_stop = false;
  m_playing = true;
  m_thread = std::thread(&AudioPlayer::run, this, audio);
}

void AudioPlayer::stop() {
  m_stop = true;
  if (m_thread.joinable()) m_thread.join();
}

// Everything PortAudio is done on this one thread (PortAudio is not
// thread-safe), initialised per playback so an idle studio holds no device.
void AudioPlayer::run(audio::AudioBuffer audio) {
  auto fail = [this](const QString& what, PaError error) {
    m_playing = false;
    emit failed(tr("%1 (%2)").arg(what, QString::fromLocal8Bit(Pa_GetErrorText(error))));
  };
  PaError error = Pa_Initialize();
  if (error != paNoError) return fail(tr("Cannot start audio output"), error);
  PaStream* stream = nullptr;
  const PaDeviceIndex device = Pa_GetDefaultOutputDevice();
  if (device == paNoDevice) {
    Pa_Terminate();
    m_playing = false;
    emit failed(tr("No audio output device was found."));
    return;
  }
  PaStreamParameters out{};
  out.device = device;
  out.channelCount = audio.channels;
  out.sampleFormat = paFloat32;
  out.suggestedLatency = Pa_GetDeviceInfo(device)->defaultHighOutputLatency;
  error = Pa_OpenStream(&stream, nullptr, &out, audio.sampleRateHz, 1024, paClipOff, nullptr, nullptr);
  if (error == paNoError) error = Pa_StartStream(stream);
  if (error != paNoError) {
    if (stream) Pa_CloseStream(stream);
    Pa_Terminate();
    return fail(tr("The audio device refused to play"), error);
  }
  emit started();
  // Small writes so stop() takes effect within ~20 ms.
  const std::size_t chunk = 1024;
  const std::size_t frames = audio.frames();
  for (std::size_t at = 0; at < frames && !m_stop; at += chunk) {
    const std::size_t n = std::min(chunk, frames - at);
    if (Pa_WriteStream(stream, audio.samples.data() + at * std::size_t(audio.channels), static_cast<unsigned long>(n)) != paNoError &&
        m_stop)
      break;
  }
  if (m_stop) Pa_AbortStream(stream);
  else Pa_StopStream(stream);  // lets the last buffer play out
  Pa_CloseStream(stream);
  Pa_Terminate();
  m_playing = false;
  emit finished();
}

}  // namespace timbre::gui
