#pragma once
// Plays a take through the default output device with PortAudio's blocking
// write API on a thread of its own. (Callback streams stall behind the pulse
// ALSA plugin on some systems; blocking writes work everywhere.)
#include "audio/AudioBuffer.h"

#include <QObject>

#include <atomic>
#include <thread>

namespace timbre::gui {

class AudioPlayer : public QObject {
  Q_OBJECT

 public:
  explicit AudioPlayer(QObject* parent = nullptr);
  ~AudioPlayer() override;

  // Stops what is playing, then plays `audio` (a copy) from the start.
  void play(const audio::AudioBuffer& audio);
  // Returns once playback has stopped.
  void stop();
  bool isPlaying() const { return m_playing; }
  // Frames of the current (or last) buffer heard so far: written minus what the
  // device still holds. For a play cursor; safe from any thread.
  std::size_t playedFrames() const { return m_playedFrames; }

 signals:
  void started();
  // Emitted when playback ends, by itself or by stop().
  void finished();
  // No device, or the device refused the stream; the message is for a person.
  void failed(const QString& message);

 private:
  void run(audio::AudioBuffer audio);

  std::thread m_thread;
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_playing{false};
  std::atomic<std::size_t> m_playedFrames{0};
};

}  // namespace timbre::gui
