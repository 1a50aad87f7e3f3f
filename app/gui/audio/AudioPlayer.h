#pragma once
// Plays a take through the default output device with PortAudio's blocking
// write API on a thread of its own. (Callback streams stall behind the pulse
// ALSA plugin on some systems; blocking writes work everywhere.) A take can
// also be played while it is still being generated: playStream() opens the
// device, appendStream() feeds it as the engine hands out audio.
#include "audio/AudioBuffer.h"

#include <QObject>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace timbre::gui {

// The frame of the take heard now, for a playback that began at `startFrame`
// and has written up to (not including) `writtenEnd`, while the device still
// holds `latencyFrames` of it; never before the start.
std::size_t heardFrame(std::size_t startFrame, std::size_t writtenEnd, std::size_t latencyFrames);

class AudioPlayer : public QObject {
  Q_OBJECT

 public:
  explicit AudioPlayer(QObject* parent = nullptr);
  ~AudioPlayer() override;

  // Stops what is playing, then plays `audio` (a copy) from `startFrame`
  // (clamped to its length; 0: the beginning).
  void play(const audio::AudioBuffer& audio, std::size_t startFrame = 0);
  // While a take plays, goes on with `audio` from `startFrame` instead,
  // without reopening the device (A/B switching: nothing is lost between the
  // two, and what the device holds of the old audio plays out first). False,
  // changing nothing, when nothing plays, a stream is still arriving, the
  // format differs or the playback is already ending.
  bool replace(const audio::AudioBuffer& audio, std::size_t startFrame = 0);
  // Stops what is playing, then plays audio that arrives later through
  // appendStream(), until endStream() and the last of it has been heard.
  void playStream(int sampleRateHz, int channels = 1);
  // More of the streamed take (interleaved; ignored when no stream plays). If
  // the device runs dry before it comes, it plays silence meanwhile.
  void appendStream(const float* samples, std::size_t frames);
  // Nothing more will come: playback ends once the device has played the rest.
  void endStream();
  // Frames given to the current stream so far.
  std::size_t streamedFrames() const;
  // Returns once playback has stopped.
  void stop();
  bool isPlaying() const { return m_playing; }
  // The frame of the current (or last) buffer heard now, counted from the
  // buffer's beginning (so a playback from startFrame begins at startFrame):
  // written minus what the device still holds. For a play cursor; safe from
  // any thread.
  std::size_t playedFrames() const { return m_playedFrames; }

 signals:
  void started();
  // Emitted when playback ends, by itself or by stop().
  void finished();
  // No device, or the device refused the stream; the message is for a person.
  void failed(const QString& message);

 private:
  // What the playback thread reads: a whole take, or one that grows.
  struct Feed {
    std::mutex mutex;
    std::condition_variable grown;
    audio::AudioBuffer audio;
    bool complete = false;  // nothing more will be appended
    std::optional<std::size_t> restartAt;  // replace(): the thread goes on from here in the new audio
    bool ending = false;    // the thread has written everything and is closing the device
  };
  void start(std::shared_ptr<Feed> feed, std::size_t startFrame);
  void run(std::shared_ptr<Feed> feed, std::size_t startFrame);

  std::shared_ptr<Feed> m_feed;  // the current playback's (GUI thread side)
  std::thread m_thread;
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_playing{false};
  std::atomic<std::size_t> m_playedFrames{0};
};

}  // namespace timbre::gui
