#pragma once
// Recording a voice from the microphone: choose the input, watch the level,
// press Record, a 3-2-1 count-in, speak, Stop, listen to the length, then
// "Use this take" (accept) or record again. A take is capped at the
// recorder's length limit (60 s).
//
// States: Idle → CountIn → Recording → Stopped (Record again → CountIn);
// any failure → Failed (Record tries again). Cancel or closing stops everything.
#include "audio/AudioBuffer.h"

#include <QDialog>

#include <thread>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace timbre::gui {

class AudioRecorder;
class LevelMeter;
struct InputDevice;

class RecordDialog : public QDialog {
  Q_OBJECT

 public:
  enum class State { Idle, CountIn, Recording, Stopped, Failed };
  Q_ENUM(State)

  // Records with `recorder` (not owned; tests pass a stand-in) or, when null,
  // with a recorder of its own. The input list is read in the background.
  explicit RecordDialog(QWidget* parent = nullptr, AudioRecorder* recorder = nullptr);
  ~RecordDialog() override;

  // Inside another window (the training wizard's read-aloud page): a plain
  // widget without "Use this take" and Cancel, and Escape only stops.
  void setEmbedded();

  State state() const { return m_state; }
  // Count-in: `steps` numbers (3 by default; 0 starts at once), `intervalMs` apart.
  void setCountIn(int steps, int intervalMs = 1000);
  // Record pressed: the count-in, then the recording.
  void startRecording();
  // Stop pressed: the take is kept (state Stopped).
  void stopRecording();
  // The last take (mono); empty before one was recorded.
  const audio::AudioBuffer& take() const { return m_take; }
  // The message shown in state Failed.
  QString errorText() const;
  // The PortAudio index chosen (AudioRecorder::kDefaultDevice while the list is loading).
  int selectedDevice() const;
  bool devicesLoaded() const { return m_devicesLoaded; }
  LevelMeter* levelMeter() const { return m_meter; }
  AudioRecorder* recorder() const { return m_recorder; }

 signals:
  void stateChanged(timbre::gui::RecordDialog::State state);
  void devicesListed();

 public slots:
  void reject() override;

 private:
  void setState(State state);
  void showDevices(const QList<InputDevice>& devices, const QString& error);
  void countInTick();
  void recorderStarted(int sampleRateHz);
  void recorderFinished(const audio::AudioBuffer& take);
  void recorderFailed(const QString& message);
  void updateClock();

  AudioRecorder* m_recorder = nullptr;
  State m_state = State::Idle;
  audio::AudioBuffer m_take;
  bool m_devicesLoaded = false;
  bool m_hitLimit = false;
  bool m_embedded = false;
  int m_countInSteps = 3;
  int m_countLeft = 0;
  std::thread m_listThread;
  QComboBox* m_device = nullptr;
  LevelMeter* m_meter = nullptr;
  QLabel* m_big = nullptr;     // count-in digits, "● REC", the take's length
  QLabel* m_status = nullptr;  // a line under it: hints, errors
  QPushButton* m_record = nullptr;
  QPushButton* m_stop = nullptr;
  QPushButton* m_use = nullptr;
  QPushButton* m_cancel = nullptr;
  QTimer* m_countTimer = nullptr;
  QTimer* m_clockTimer = nullptr;
};

}  // namespace timbre::gui
