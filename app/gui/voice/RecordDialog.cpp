#include "RecordDialog.h"

#include "AudioRecorder.h"
#include "LevelMeter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {
const QString kDeviceKey = QStringLiteral("voice/inputDevice");
constexpr int kNameRole = Qt::UserRole + 1;  // the device's own name, remembered between sessions

QString clock(double seconds) {
  const int tenths = int(seconds * 10);
  return QStringLiteral("%1:%2.%3").arg(tenths / 600).arg(tenths / 10 % 60, 2, 10, QLatin1Char('0')).arg(tenths % 10);
}
}  // namespace

RecordDialog::RecordDialog(QWidget* parent, AudioRecorder* recorder)
    : QDialog(parent), m_recorder(recorder ? recorder : new AudioRecorder(this)) {
  setObjectName(QStringLiteral("recordDialog"));
  setWindowTitle(tr("Record a voice"));

  m_device = new QComboBox(this);
  m_device->setObjectName(QStringLiteral("inputDevice"));
  m_device->addItem(tr("Looking for inputs…"), AudioRecorder::kDefaultDevice);
  m_device->setEnabled(false);
  m_meter = new LevelMeter(this);
  auto* form = new QFormLayout;
  form->addRow(tr("Input:"), m_device);
  form->addRow(tr("Level:"), m_meter);

  m_big = new QLabel(this);
  m_big->setObjectName(QStringLiteral("recordBigLabel"));
  m_big->setAlignment(Qt::AlignCenter);
  QFont bigFont = m_big->font();
  bigFont.setPointSizeF(bigFont.pointSizeF() * 2.5);
  bigFont.setBold(true);
  m_big->setFont(bigFont);
  m_big->setMinimumHeight(QFontMetrics(bigFont).height() + 8);
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("recordStatus"));
  m_status->setWordWrap(true);
  m_status->setAlignment(Qt::AlignCenter);

  m_record = new QPushButton(tr("Record"), this);
  m_record->setObjectName(QStringLiteral("recordStartButton"));
  m_stop = new QPushButton(tr("Stop"), this);
  m_stop->setObjectName(QStringLiteral("recordStopButton"));
  m_use = new QPushButton(tr("Use this take"), this);
  m_use->setObjectName(QStringLiteral("recordUseButton"));
  m_cancel = new QPushButton(tr("Cancel"), this);
  for (QPushButton* b : {m_record, m_stop, m_use, m_cancel}) b->setAutoDefault(false);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_record);
  buttons->addWidget(m_stop);
  buttons->addStretch(1);
  buttons->addWidget(m_use);
  buttons->addWidget(m_cancel);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(m_big);
  layout->addWidget(m_status);
  layout->addLayout(buttons);

  m_countTimer = new QTimer(this);
  m_countTimer->setInterval(1000);
  connect(m_countTimer, &QTimer::timeout, this, &RecordDialog::countInTick);
  m_clockTimer = new QTimer(this);
  m_clockTimer->setInterval(100);
  connect(m_clockTimer, &QTimer::timeout, this, &RecordDialog::updateClock);

  connect(m_record, &QPushButton::clicked, this, &RecordDialog::startRecording);
  connect(m_stop, &QPushButton::clicked, this, &RecordDialog::stopRecording);
  connect(m_use, &QPushButton::clicked, this, &QDialog::accept);
  connect(m_cancel, &QPushButton::clicked, this, &RecordDialog::reject);
  connect(m_recorder, &AudioRecorder::started, this, &RecordDialog::recorderStarted);
  connect(m_recorder, &AudioRecorder::level, m_meter, &LevelMeter::setLevel);
  connect(m_recorder, &AudioRecorder::limitReached, this, [this] { m_hitLimit = true; });
  connect(m_recorder, &AudioRecorder::finished, this, &RecordDialog::recorderFinished);
  connect(m_recorder, &AudioRecorder::failed, this, &RecordDialog::recorderFailed);

  // Initialising PortAudio probes every ALSA device: keep it off the UI thread.
  m_listThread = std::thread([this, recorder = m_recorder] {
    QString error;
    const QList<InputDevice> devices = recorder->inputDevices(&error);
    QMetaObject::invokeMethod(this, [this, devices, error] { showDevices(devices, error); }, Qt::QueuedConnection);
  });
  setState(State::Idle);
}

RecordDialog::~RecordDialog() {
  if (m_listThread.joinable()) m_listThread.join();
  m_recorder->disconnect(this);
  if (m_recorder->isRecording()) m_recorder->stop();
}

void RecordDialog::showDevices(const QList<InputDevice>& devices, const QString& error) {
  m_devicesLoaded = true;
  m_device->clear();
  const QString remembered = QSettings().value(kDeviceKey).toString();
  int choose = -1;
  for (const InputDevice& d : devices) {
    m_device->addItem(d.isDefault ? tr("%1 (default)").arg(d.name) : d.name, d.index);
    m_device->setItemData(m_device->count() - 1, d.name, kNameRole);
    if (d.name == remembered || (choose < 0 && d.isDefault)) choose = m_device->count() - 1;
  }
  if (devices.isEmpty()) {
    m_device->addItem(tr("No input found"), AudioRecorder::kDefaultDevice);
    if (m_state == State::Idle) m_status->setText(error);
  }
  m_device->setCurrentIndex(std::max(0, choose));
  setState(m_state);  // re-applies what is enabled
  emit devicesListed();
}

int RecordDialog::selectedDevice() const {
  const QVariant data = m_device->currentData();
  return data.isValid() ? data.toInt() : AudioRecorder::kDefaultDevice;
}

QString RecordDialog::errorText() const { return m_state == State::Failed ? m_status->text() : QString(); }

void RecordDialog::setEmbedded() {
  m_embedded = true;
  setWindowFlags(Qt::Widget);
  m_use->hide();
  m_cancel->hide();
}

void RecordDialog::setCountIn(int steps, int intervalMs) {
  m_countInSteps = std::max(0, steps);
  m_countTimer->setInterval(std::max(1, intervalMs));
}

void RecordDialog::setState(State state) {
  const bool changed = state != m_state;
  m_state = state;
  const bool busy = state == State::CountIn || state == State::Recording;
  m_record->setEnabled(!busy);
  m_record->setText(state == State::Stopped ? tr("Record again") : tr("Record"));
  m_stop->setEnabled(busy);
  m_use->setEnabled(state == State::Stopped && !m_take.empty());
  m_device->setEnabled(!busy && m_devicesLoaded && m_device->count() > 0);
  if (state == State::Recording) m_clockTimer->start();
  else m_clockTimer->stop();
  if (state == State::Idle && m_big->text().isEmpty()) m_big->setText(tr("Ready"));
  if (changed) emit stateChanged(state);
}

void RecordDialog::startRecording() {
  if (m_state == State::CountIn || m_state == State::Recording) return;
  m_meter->reset();
  m_hitLimit = false;
  m_countLeft = m_countInSteps;
  if (const QString name = m_device->currentData(kNameRole).toString(); !name.isEmpty())
    QSettings().setValue(kDeviceKey, name);
  if (m_countLeft == 0) {
    countInTick();
    return;
  }
  m_big->setText(QString::number(m_countLeft));
  m_status->setText(tr("Get ready…"));
  setState(State::CountIn);
  m_countTimer->start();
}

void RecordDialog::countInTick() {
  if (m_countLeft > 1) {
    --m_countLeft;
    m_big->setText(QString::number(m_countLeft));
    return;
  }
  m_countTimer->stop();
  m_countLeft = 0;
  m_big->setText(tr("● REC"));
  m_status->setText(tr("Opening the input…"));
  setState(State::Recording);
  if (!m_recorder->start(selectedDevice())) recorderFailed(tr("The recorder is still busy; try again."));
}

void RecordDialog::recorderStarted(int sampleRateHz) {
  if (m_state != State::Recording) return;
  m_status->setText(tr("Recording (%1 Hz) — speak now. It stops by itself after %2 s.")
                        .arg(sampleRateHz)
                        .arg(m_recorder->maxSeconds(), 0, 'f', 0));
}

void RecordDialog::updateClock() {
  m_big->setText(tr("● %1").arg(clock(m_recorder->recordedSeconds())));
}

void RecordDialog::stopRecording() {
  if (m_state == State::CountIn) {
    m_countTimer->stop();
    m_big->setText(tr("Ready"));
    m_status->clear();
    setState(State::Idle);
  } else if (m_state == State::Recording) {
    m_recorder->stop();  // finished() brings the take
  }
}

void RecordDialog::recorderFinished(const audio::AudioBuffer& take) {
  m_take = take;
  if (m_take.empty()) {
    m_big->setText(tr("Ready"));
    m_status->setText(tr("Nothing was recorded."));
  } else {
    m_big->setText(clock(m_take.durationSeconds()));
    QStringList notes;
    if (m_hitLimit) notes << tr("Stopped at the %1 s limit.").arg(m_recorder->maxSeconds(), 0, 'f', 0);
    if (m_meter->clipped())
      notes << tr("The level reached full scale (clipping): lower the input volume or move back a little, then record again.");
    else if (m_meter->maxPeakDbfs() < -30)
      notes << tr("Very quiet: move closer or raise the input volume.");
    if (!m_embedded) notes << tr("Use this take, or record again.");
    m_status->setText(notes.join(QLatin1Char(' ')));
  }
  setState(State::Stopped);
}

void RecordDialog::recorderFailed(const QString& message) {
  m_countTimer->stop();
  m_big->setText(tr("—"));
  m_status->setText(message);
  setState(State::Failed);
}

void RecordDialog::reject() {
  if (m_embedded) {
    stopRecording();
    return;
  }
  m_countTimer->stop();
  if (m_recorder->isRecording()) m_recorder->stop();  // the take is dropped with the dialog
  QDialog::reject();
}

}  // namespace timbre::gui
