#pragma once
// Recording without audio hardware: a voice-like test signal and a recorder
// that stands in for the microphone (two inputs; stop() hands over the take
// the test set), for the record dialog and the pages that embed it.
#include "AudioRecorder.h"
#include "audio/AudioBuffer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace timbre::test {

// Voice-like enough for the quality checks: 150 Hz harmonics, syllables 4
// times a second (silence between them), at `amplitude`.
inline audio::AudioBuffer speechLike(double seconds, int rateHz = 16000, float amplitude = 0.15f) {
  audio::AudioBuffer out;
  out.sampleRateHz = rateHz;
  out.samples.resize(std::size_t(seconds * rateHz));
  for (std::size_t i = 0; i < out.samples.size(); ++i) {
    const double t = double(i) / rateHz;
    const double envelope = std::max(0.0, std::sin(2 * std::numbers::pi * 2.0 * t));
    double v = 0;
    for (int h = 1; h <= 8; ++h) v += std::sin(2 * std::numbers::pi * 150.0 * h * t) / h;
    out.samples[i] = float(amplitude * envelope * v);
  }
  return out;
}

// Stands in for the microphone: two inputs, a take given by the test.
class FakeRecorder : public gui::AudioRecorder {
 public:
  using gui::AudioRecorder::AudioRecorder;

  QList<gui::InputDevice> inputDevices(QString* error) const override {
    return {{3, QStringLiteral("USB microphone"), false, 44100}, {7, QStringLiteral("Built-in"), true, 48000}};
  }
  bool start(int deviceIndex, int sampleRateHz) override {
    if (m_on) return false;
    m_on = true;
    startedDevice = deviceIndex;
    startedAfterMs = sinceArmed.elapsed();
    ++starts;
    QTimer::singleShot(0, this, [this] {
      emit started(16000);
      emit level(-3.0, -9.0);
    });
    return true;
  }
  audio::AudioBuffer stop() override {
    if (!m_on) return {};
    m_on = false;
    emit finished(take);
    return take;
  }
  bool isRecording() const override { return m_on; }
  // What the recorder would do when the limit or a failure ends a recording.
  void hitLimit() {
    emit limitReached();
    stop();
  }
  void breakDown(const QString& message) {
    m_on = false;
    emit failed(message);
  }

  audio::AudioBuffer take = speechLike(2.0);
  int startedDevice = -2, starts = 0;
  qint64 startedAfterMs = -1;
  QElapsedTimer sinceArmed;

 private:
  bool m_on = false;
};

}  // namespace timbre::test
