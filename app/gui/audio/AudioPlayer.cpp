#include "AudioPlayer.h"

#include "PortAudioSession.h"

#include <portaudio.h>

#include <algorithm>
#include <chrono>
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
  auto feed = std::make_shared<Feed>();
  feed->audio = audio;
  feed->complete = true;
  start(std::move(feed), std::min(startFrame, audio.frames()));
}

bool AudioPlayer::replace(const audio::AudioBuffer& audio, std::size_t startFrame) {
  if (!m_feed || !m_playing || audio.empty()) return false;
  startFrame = std::min(startFrame, audio.frames());
  {
    std::lock_guard lock(m_feed->mutex);
    const audio::AudioBuffer& now = m_feed->audio;
    if (m_feed->ending || !m_feed->complete || now.sampleRateHz != audio.sampleRateHz || now.channels != audio.channels)
      return false;
    m_feed->audio = audio;
    m_feed->restartAt = startFrame;
    m_playedFrames = startFrame;
  }
  m_feed->grown.notify_all();
  return true;
}

void AudioPlayer::playStream(int sampleRateHz, int channels) {
  stop();
  auto feed = std::make_shared<Feed>();
  feed->audio.sampleRateHz = sampleRateHz;
  feed->audio.channels = channels;
  start(std::move(feed), 0);
}

void AudioPlayer::appendStream(const float* samples, std::size_t frames) {
  if (!m_feed || frames == 0) return;
  {
    std::lock_guard lock(m_feed->mutex);
    if (m_feed->complete) return;
    m_feed->audio.samples.insert(m_feed->audio.samples.end(), samples,
                                 samples + frames * std::size_t(m_feed->audio.channels));
  }
  m_feed->grown.notify_all();
}

void AudioPlayer::endStream() {
  if (!m_feed) return;
  {
    std::lock_guard lock(m_feed->mutex);
    m_feed->complete = true;
  }
  m_feed->grown.notify_all();
}

std::size_t AudioPlayer::streamedFrames() const {
  if (!m_feed) return 0;
  std::lock_guard lock(m_feed->mutex);
  return m_feed->audio.frames();
}

void AudioPlayer::start(std::shared_ptr<Feed> feed, std::size_t startFrame) {
  m_stop = false;
  m_playing = true;
  // Set here, not on the thread, so a cursor reads the start at once.
  m_playedFrames = startFrame;
  m_feed = feed;
  m_thread = std::thread(&AudioPlayer::run, this, std::move(feed), startFrame);
}

void AudioPlayer::stop() {
  m_stop = true;
  if (m_feed) m_feed->grown.notify_all();
  if (m_thread.joinable()) m_thread.join();
  m_feed.reset();
}

// Everything PortAudio is done on this one thread, initialised per playback
// so an idle studio holds no device; PortAudioSession shares the library with
// the recorder.
void AudioPlayer::run(std::shared_ptr<Feed> feed, std::size_t startFrame) {
  // The format is fixed when the feed is made; only the samples grow.
  const int channels = feed->audio.channels;
  const int sampleRateHz = feed->audio.sampleRateHz;
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
      out.channelCount = channels;
      out.sampleFormat = paFloat32;
      out.suggestedLatency = Pa_GetDeviceInfo(device)->defaultHighOutputLatency;
      error = Pa_OpenStream(&stream, nullptr, &out, sampleRateHz, kChunkFrames, paClipOff, nullptr, nullptr);
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
  const auto latencyFrames = std::size_t(std::max(0.0, info ? info->outputLatency * sampleRateHz : 0.0));
  // Through the pulse ALSA plugin, the first buffer written to a fresh stream
  // stalls and is then dropped, and the drain at the end cuts the last few
  // tens of ms (measured on the null sink: ~80 ms and ~50 ms gone). Silence
  // of a buffer and a bit before and after the take absorbs both.
  const std::size_t padFrames = (latencyFrames / kChunkFrames + 3) * kChunkFrames;
  const std::vector<float> silence(kChunkFrames * std::size_t(channels), 0.f);
  auto writeSilence = [&] {
    for (std::size_t at = 0; at < padFrames && !m_stop; at += kChunkFrames)
      Pa_WriteStream(stream, silence.data(), static_cast<unsigned long>(kChunkFrames));
  };
  emit started();
  writeSilence();
  // Small writes so stop() takes effect within ~20 ms. Each is copied out
  // under the lock, as appending may move the samples.
  std::vector<float> chunk(kChunkFrames * std::size_t(channels));
  // A stream that has not caught up gets as long as the device's buffer lasts
  // (less a chunk) before silence fills in, so a late chunk adds no gap.
  auto duration = [&](std::size_t frames) {
    return std::chrono::microseconds(1'000'000LL * (long long)frames / std::max(1, sampleRateHz));
  };
  const auto starvedWait = std::max(duration(kChunkFrames), duration(latencyFrames) - duration(kChunkFrames));
  std::size_t at = startFrame;
  while (!m_stop) {
    std::size_t n = 0;
    {
      std::unique_lock lock(feed->mutex);
      feed->grown.wait_for(lock, starvedWait,
                           [&] { return m_stop || feed->complete || feed->audio.frames() > at; });
      if (feed->restartAt) {  // replace(): the new audio follows what was written
        at = startFrame = *feed->restartAt;
        feed->restartAt.reset();
      }
      const std::size_t available = feed->audio.frames();
      if (at >= available && feed->complete) {
        feed->ending = true;
        break;
      }
      n = std::min(kChunkFrames, available - std::min(at, available));
      std::copy_n(feed->audio.samples.data() + at * std::size_t(channels), n * std::size_t(channels), chunk.data());
    }
    if (m_stop) break;
    if (n == 0) {  // starved: keep the device fed rather than let it underrun
      Pa_WriteStream(stream, silence.data(), static_cast<unsigned long>(kChunkFrames));
      continue;
    }
    if (Pa_WriteStream(stream, chunk.data(), static_cast<unsigned long>(n)) != paNoError && m_stop) break;
    at += n;
    std::lock_guard lock(feed->mutex);
    if (!feed->restartAt) m_playedFrames = heardFrame(startFrame, at, latencyFrames);  // (else replace() set it)
  }
  writeSilence();
  if (m_stop) Pa_AbortStream(stream);
  else Pa_StopStream(stream);  // lets the last buffer play out
  {
    std::lock_guard lock(feed->mutex);
    m_playedFrames = feed->audio.frames();
  }
  {
    std::lock_guard lock(PortAudioSession::apiMutex());
    Pa_CloseStream(stream);
  }
  m_playing = false;
  emit finished();
}

}  // namespace timbre::gui
