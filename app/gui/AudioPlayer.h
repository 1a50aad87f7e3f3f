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
};

}  // namespace timbre::gui
