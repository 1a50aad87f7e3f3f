// Recording and editing without audio hardware: the record dialog's states
// with a stand-in recorder, the waveform's zoom, trimming with undo in the
// Voice panel, a take landing there with its quality report, and takes
// coming back from "Recent recordings".
#include "AudioRecorder.h"
#include "LevelMeter.h"
#include "QualityView.h"
#include "RecordDialog.h"
#include "StandInRecorder.h"
#include "VoicePanel.h"
#include "WaveformView.h"
#include "audio/AudioFile.h"

#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest/QtTest>

#include <cmath>
#include <numbers>

using namespace timbre::gui;
using timbre::audio::AudioBuffer;
using timbre::test::FakeRecorder;
using timbre::test::speechLike;

namespace {

// A ramp from 0 to 1 (each sample tells where it came from) at 16 kHz.
AudioBuffer ramp(std::size_t frames, int rateHz = 16000) {
  AudioBuffer out;
  out.sampleRateHz = rateHz;
  out.samples.resize(frames);
  for (std::size_t i = 0; i < frames; ++i) out.samples[i] = float(i) / float(frames);
  return out;
}

// A steady 200 Hz tone: no pause anywhere.
AudioBuffer tone(double seconds, int rateHz = 16000) {
  AudioBuffer out;
  out.sampleRateHz = rateHz;
  out.samples.resize(std::size_t(seconds * rateHz));
  for (std::size_t i = 0; i < out.samples.size(); ++i)
    out.samples[i] = float(0.3 * std::sin(2 * std::numbers::pi * 200.0 * double(i) / rateHz));
  return out;
}

// What the "Recent recordings" menu offers when it opens: the files behind its entries.
QStringList recentMenuPaths(VoicePanel& panel) {
  QMenu* menu = panel.recentRecordingsMenu();
  emit menu->aboutToShow();
  QStringList paths;
  for (QAction* action : menu->actions())
    if (action->isEnabled()) paths << action->data().toString();
  return paths;
}

}  // namespace

class TestRecording : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("voice/inputDevice"));  // the dialog remembers the last input
  }

  // Idle → CountIn (3, 2, 1) → Recording → Stopped → Use; Stop during the
  // count-in goes back to Idle without recording.
  void dialogStates() {
    FakeRecorder recorder;
    RecordDialog dialog(nullptr, &recorder);
    dialog.show();
    QCOMPARE(dialog.state(), RecordDialog::State::Idle);
    QTRY_VERIFY(dialog.devicesLoaded());
    auto* devices = dialog.findChild<QComboBox*>(QStringLiteral("inputDevice"));
    QCOMPARE(devices->count(), 2);
    QCOMPARE(devices->currentText(), QStringLiteral("Built-in (default)"));
    QCOMPARE(dialog.selectedDevice(), 7);
    devices->setCurrentIndex(0);
    QCOMPARE(dialog.selectedDevice(), 3);
    auto* big = dialog.findChild<QLabel*>(QStringLiteral("recordBigLabel"));
    auto* use = dialog.findChild<QPushButton*>(QStringLiteral("recordUseButton"));
    auto* record = dialog.findChild<QPushButton*>(QStringLiteral("recordStartButton"));
    auto* stop = dialog.findChild<QPushButton*>(QStringLiteral("recordStopButton"));
    QVERIFY(!use->isEnabled() && record->isEnabled() && !stop->isEnabled());

    // Stop during the count-in: back to Idle, nothing recorded.
    dialog.setCountIn(3, 60);
    record->click();
    QCOMPARE(dialog.state(), RecordDialog::State::CountIn);
    QCOMPARE(big->text(), QStringLiteral("3"));
    QVERIFY(!devices->isEnabled() && stop->isEnabled());
    stop->click();
    QCOMPARE(dialog.state(), RecordDialog::State::Idle);
    QTest::qWait(300);
    QCOMPARE(recorder.starts, 0);

    QSignalSpy states(&dialog, &RecordDialog::stateChanged);
    QStringList digits;
    QTimer sampler;  // what the big label shows over time
    connect(&sampler, &QTimer::timeout, this, [&] {
      if (digits.isEmpty() || digits.last() != big->text()) digits << big->text();
    });
    sampler.start(5);
    recorder.sinceArmed.start();
    record->click();
    QTRY_COMPARE(dialog.state(), RecordDialog::State::Recording);
    sampler.stop();
    QCOMPARE(digits.mid(0, 3), (QStringList{"3", "2", "1"}));
    QVERIFY2(recorder.startedAfterMs >= 3 * 60 - 20, qPrintable(QString::number(recorder.startedAfterMs)));
    QCOMPARE(recorder.startedDevice, 3);
    QTRY_COMPARE(dialog.levelMeter()->peakDbfs(), -3.0);  // the meter follows level()
    QCOMPARE(dialog.levelMeter()->rmsDbfs(), -9.0);
    stop->click();
    QCOMPARE(dialog.state(), RecordDialog::State::Stopped);
    QCOMPARE(states.count(), 3);
    QCOMPARE(states.at(0).at(0).value<RecordDialog::State>(), RecordDialog::State::CountIn);
    QCOMPARE(states.at(1).at(0).value<RecordDialog::State>(), RecordDialog::State::Recording);
    QCOMPARE(states.at(2).at(0).value<RecordDialog::State>(), RecordDialog::State::Stopped);
    QCOMPARE(dialog.take().samples, recorder.take.samples);
    QCOMPARE(big->text(), QStringLiteral("0:02.0"));
    QVERIFY(use->isEnabled());
    QCOMPARE(record->text(), QStringLiteral("Record again"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    use->click();
    QCOMPARE(accepted.count(), 1);
  }

  // No count-in, the length limit, a failure and a try again.
  void dialogLimitAndFailure() {
    FakeRecorder recorder;
    RecordDialog dialog(nullptr, &recorder);
    dialog.setCountIn(0);
    dialog.startRecording();
    QCOMPARE(dialog.state(), RecordDialog::State::Recording);
    QCOMPARE(recorder.startedDevice, AudioRecorder::kDefaultDevice);  // list not read yet or default chosen
    recorder.hitLimit();
    QCOMPARE(dialog.state(), RecordDialog::State::Stopped);
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("recordStatus"));
    QVERIFY2(status->text().contains(QStringLiteral("60 s limit")), qPrintable(status->text()));

    dialog.startRecording();
    QCOMPARE(dialog.state(), RecordDialog::State::Recording);
    recorder.breakDown(QStringLiteral("The audio input failed (Device unavailable)"));
    QCOMPARE(dialog.state(), RecordDialog::State::Failed);
    QCOMPARE(dialog.errorText(), QStringLiteral("The audio input failed (Device unavailable)"));
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("recordUseButton"))->isEnabled());
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("recordStartButton"))->isEnabled());
    dialog.startRecording();
    QCOMPARE(dialog.state(), RecordDialog::State::Recording);
    // Cancel while recording stops the recorder.
    dialog.reject();
    QVERIFY(!recorder.isRecording());
  }

  void levelMeter() {
    LevelMeter meter;
    QVERIFY(!meter.clipped());
    meter.setLevel(-20, -30);
    meter.setLevel(-0.1, -6);
    meter.setLevel(-40, -50);
    QCOMPARE(meter.peakDbfs(), -40.0);
    QCOMPARE(meter.maxPeakDbfs(), -0.1);
    QVERIFY(meter.clipped());
    meter.reset();
    QVERIFY(!meter.clipped());
    QCOMPARE(AudioRecorder::toDbfs(1.0), 0.0);
    QCOMPARE(AudioRecorder::toDbfs(0.0), AudioRecorder::kSilenceDbfs);
    QVERIFY(std::abs(AudioRecorder::toDbfs(0.5) + 6.0206) < 1e-3);
  }

  // Zoom keeps the sample under the anchor, stops at one sample per pixel,
  // and the mouse then selects within the view.
  void waveformZoom() {
    WaveformView view;
    view.resize(400, 100);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const AudioBuffer clip = ramp(160000);  // 10 s
    view.setAudio(clip.samples, clip.sampleRateHz);
    QCOMPARE(view.viewBegin(), std::size_t(0));
    QCOMPARE(view.viewEnd(), std::size_t(160000));
    QCOMPARE(view.zoomFactor(), 1.0);

    view.zoomIn();  // all selected: around the centre
    QCOMPARE(view.viewBegin(), std::size_t(40000));
    QCOMPARE(view.viewEnd(), std::size_t(120000));
    QCOMPARE(view.zoomFactor(), 2.0);
    // Anchored zoom: the sample under x = 100 stays under x = 100.
    const std::size_t under = 40000 + 100 * 80000 / 400;
    view.zoomBy(4.0, 100);
    QCOMPARE(view.viewEnd() - view.viewBegin(), std::size_t(20000));
    QCOMPARE(view.viewBegin() + (view.viewEnd() - view.viewBegin()) / 4, under);
    // Dragging now selects inside the view: 20000 samples over 400 px.
    QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(100, 50));
    QTest::mouseMove(&view, QPoint(200, 50));
    QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(300, 50));
    QCOMPARE(view.selectionBegin(), under);
    QCOMPARE(view.selectionEnd(), under + 10000);

    // Keys: '-' out (around the centre), '0' fits, '+' in towards the selection.
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Minus);
    QCOMPARE(view.viewEnd() - view.viewBegin(), std::size_t(40000));
    QTest::keyClick(&view, Qt::Key_0);
    QCOMPARE(view.zoomFactor(), 1.0);
    QTest::keyClick(&view, Qt::Key_Plus);
    QCOMPARE(view.zoomFactor(), 2.0);
    const std::size_t centre = (view.selectionBegin() + view.selectionEnd()) / 2;
    QVERIFY(centre > view.viewBegin() && centre < view.viewEnd());
    // Right scrolls by a quarter of the width.
    const std::size_t before = view.viewBegin();
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.viewBegin(), before + 20000);

    // Ctrl+wheel: one notch in is √2, around the mouse.
    view.zoomToFit();
    QWheelEvent in(QPointF(200, 50), view.mapToGlobal(QPointF(200, 50)), QPoint(), QPoint(0, 120), Qt::NoButton,
                   Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&view, &in);
    QVERIFY(std::abs(view.zoomFactor() - std::sqrt(2.0)) < 1e-3);
    QVERIFY(in.isAccepted());

    // The narrowest view is one sample per pixel column.
    for (int i = 0; i < 20; ++i) view.zoomIn();
    QCOMPARE(view.viewEnd() - view.viewBegin(), std::size_t(400));
    QVERIFY(!view.canZoomIn());
    // Narrower window: still at least one sample per column after a resize.
    view.resize(800, 100);
    QTRY_COMPARE(view.viewEnd() - view.viewBegin(), std::size_t(800));
    view.zoomToFit();
    QCOMPARE(view.zoomFactor(), 1.0);

    // The play cursor pages the view along when it leaves it.
    view.setView(0, 16000);
    view.setPlayCursor(100000);
    QVERIFY(view.viewBegin() <= 100000 && view.viewEnd() > 100000);
    view.setPlayCursor(-1);
    QCOMPARE(view.playCursor(), -1LL);
    // A grab paints without trouble when zoomed.
    QVERIFY(!view.grab().isNull());
  }

  // Trim keeps exactly the selection; undo brings back each earlier clip with
  // the selection that was trimmed; the buttons follow.
  void trimAndUndo() {
    VoicePanel panel;
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    const AudioBuffer clip = ramp(48000);  // 3 s
    QVERIFY(panel.useRecording(clip));
    auto* trim = panel.findChild<QToolButton*>(QStringLiteral("trimButton"));
    auto* undo = panel.findChild<QToolButton*>(QStringLiteral("undoTrimButton"));
    QVERIFY(trim && undo);
    QVERIFY(!trim->isEnabled());  // everything is selected: nothing to trim
    QVERIFY(!undo->isEnabled());
    QVERIFY(!panel.trimToSelection());

    panel.setSelectionSeconds(1.0, 2.0);
    QVERIFY(trim->isEnabled());
    QSignalSpy edited(&panel, &VoicePanel::audioEdited);
    trim->click();
    QCOMPARE(edited.count(), 1);
    QCOMPARE(panel.audio().frames(), std::size_t(16000));
    QCOMPARE(panel.audio().samples.front(), clip.samples[16000]);
    QCOMPARE(panel.audio().samples.back(), clip.samples[31999]);
    QCOMPARE(panel.waveform()->sampleCount(), std::size_t(16000));
    QCOMPARE(panel.waveform()->selectionEnd(), std::size_t(16000));
    QVERIFY(undo->isEnabled());
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("voiceFileLabel"))->text().contains(QStringLiteral("trimmed")));

    panel.setSelectionSeconds(0.25, 0.5);
    QVERIFY(panel.trimToSelection());
    QCOMPARE(panel.audio().frames(), std::size_t(4000));
    QCOMPARE(panel.audio().samples.front(), clip.samples[16000 + 4000]);
    // The reference written for the engine is the trimmed clip's selection.
    QTemporaryDir dir;
    const QString ref = dir.filePath(QStringLiteral("ref.wav"));
    QCOMPARE(panel.writeSelection(ref), QString());
    QCOMPARE(timbre::audio::readAudioFile(ref.toStdString()).samples, panel.audio().samples);

    QVERIFY(panel.undoTrim());
    QCOMPARE(panel.audio().frames(), std::size_t(16000));
    QCOMPARE(panel.waveform()->selectionBegin(), std::size_t(4000));
    QCOMPARE(panel.waveform()->selectionEnd(), std::size_t(8000));
    // Ctrl+Z on the waveform is the same.
    panel.waveform()->setFocus();
    QTRY_VERIFY(panel.waveform()->hasFocus());
    QTest::keyClick(panel.waveform(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(panel.audio().samples, clip.samples);
    QCOMPARE(panel.waveform()->selectionBegin(), std::size_t(16000));
    QCOMPARE(panel.waveform()->selectionEnd(), std::size_t(32000));
    QVERIFY(!panel.canUndoTrim());
    QVERIFY(!undo->isEnabled());
    QVERIFY(!panel.undoTrim());
    QCOMPARE(edited.count(), 4);

    // The undo stack keeps the last kMaxUndoTrims trims.
    for (int i = 0; i < VoicePanel::kMaxUndoTrims + 2; ++i) {
      panel.waveform()->setSelection(1, panel.waveform()->sampleCount());
      QVERIFY(panel.trimToSelection());
    }
    int undone = 0;
    while (panel.undoTrim()) ++undone;
    QCOMPARE(undone, VoicePanel::kMaxUndoTrims);
    QCOMPARE(panel.audio().frames(), std::size_t(48000 - 2));
    QFile::remove(panel.fileName());
  }

  // A take lands like an imported file: saved losslessly in the recordings
  // folder, waveform, report; a long take gets the best window picked.
  void takeLandsInVoicePanel() {
    VoicePanel panel;
    QSignalSpy loaded(&panel, &VoicePanel::audioLoaded);
    const AudioBuffer take = speechLike(5.0);
    QVERIFY(panel.useRecording(take));
    QCOMPARE(loaded.count(), 1);
    const QString path = panel.fileName();
    QVERIFY(path.startsWith(VoicePanel::recordingsFolder() + QStringLiteral("/recording-")));
    QVERIFY(path.endsWith(QStringLiteral(".wav")));
    const AudioBuffer saved = timbre::audio::readAudioFile(path.toStdString());
    QCOMPARE(saved.sampleRateHz, 16000);
    QCOMPARE(saved.samples, take.samples);  // float WAV: bit-exact
    QCOMPARE(panel.waveform()->sampleCount(), take.frames());
    QCOMPARE(panel.quality()->rowCount(), 7);
    QCOMPARE(panel.quality()->rowLevel(0), timbre::audio::QualityLevel::Pass);  // 5 s is a good length

    // A second take in the same second gets a name of its own.
    QVERIFY(panel.useRecording(speechLike(14.0)));
    QVERIFY(panel.fileName() != path);
    QVERIFY(QFile::exists(path));
    const double selected = double(panel.waveform()->selectionEnd() - panel.waveform()->selectionBegin()) / 16000;
    QVERIFY2(selected >= 3.0 && selected <= 10.0, qPrintable(QString::number(selected)));

    QVERIFY(!panel.useRecording(AudioBuffer{}));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("voiceErrorLabel"))->text().contains(QStringLiteral("empty")));
    QFile::remove(path);
    QFile::remove(panel.fileName());
  }

  // The picked window says when it may cut a word (no pause to cut at), and
  // the note goes once the selection is the user's own.
  void pickedWindowSaysWhenItMayCut() {
    VoicePanel panel;
    auto* note = panel.findChild<QLabel*>(QStringLiteral("windowNote"));
    QVERIFY(note);
    QVERIFY(panel.useRecording(speechLike(14.0)));  // syllables with silences between them
    const QString first = panel.fileName();
    QVERIFY(note->isHidden());
    QVERIFY(panel.useRecording(tone(14.0)));
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(QStringLiteral("may cut a word")), qPrintable(note->text()));
    const double selected = double(panel.waveform()->selectionEnd() - panel.waveform()->selectionBegin()) / 16000;
    QCOMPARE(selected, 10.0);
    panel.setSelectionSeconds(1.0, 5.0);
    QVERIFY(note->isHidden());
    QFile::remove(first);
    QFile::remove(panel.fileName());
  }

  // A take from the Record dialog stays in the recordings folder and comes
  // back from "Recent recordings" after another clip replaced it; a file
  // deleted on disk leaves the menu.
  void recordingComesBackFromRecent() {
    FakeRecorder recorder;  // outlives the dialog, which the panel owns
    recorder.take = speechLike(4.0);
    VoicePanel panel;
    RecordDialog* dialog = panel.openRecordDialog(&recorder);
    dialog->setCountIn(0);
    dialog->startRecording();
    QCOMPARE(dialog->state(), RecordDialog::State::Recording);
    dialog->findChild<QPushButton*>(QStringLiteral("recordStopButton"))->click();
    dialog->findChild<QPushButton*>(QStringLiteral("recordUseButton"))->click();
    const QString recorded = panel.fileName();
    QVERIFY2(recorded.startsWith(VoicePanel::recordingsFolder() + QStringLiteral("/recording-")), qPrintable(recorded));
    QVERIFY(QFile::exists(recorded));
    QCOMPARE(recentMenuPaths(panel).value(0), recorded);
    // The entry gives the date and the length.
    const QString entry = panel.recentRecordingsMenu()->actions().first()->text();
    QVERIFY2(entry.contains(QStringLiteral("4.0 s")), qPrintable(entry));
    QVERIFY2(entry.contains(VoicePanel::recentRecordings().first().recorded.time().toString(QStringLiteral("HH:mm:ss"))),
             qPrintable(entry));

    // Another clip replaces it in the panel, not on disk.
    QTemporaryDir dir;
    const QString other = dir.filePath(QStringLiteral("other.wav"));
    timbre::audio::writeAudioFile(other.toStdString(), ramp(48000));
    QVERIFY(panel.loadFile(other));
    QCOMPARE(panel.fileName(), other);
    QVERIFY(QFile::exists(recorded));

    QCOMPARE(recentMenuPaths(panel).value(0), recorded);
    panel.recentRecordingsMenu()->actions().first()->trigger();
    QCOMPARE(panel.fileName(), recorded);
    QCOMPARE(panel.audio().samples, recorder.take.samples);

    QVERIFY(QFile::remove(recorded));
    QVERIFY(!recentMenuPaths(panel).contains(recorded));
  }

  // At most kMaxRecentRecordings are offered, newest first (takes within one
  // second too); older ones stay on disk.
  void recentRecordingsAreNewestFirst() {
    VoicePanel panel;
    QStringList made;
    for (int i = 0; i < VoicePanel::kMaxRecentRecordings + 2; ++i) {
      QVERIFY(panel.useRecording(speechLike(1.0 + 0.5 * i)));
      made << panel.fileName();
    }
    const QList<VoicePanel::Recording> recent = VoicePanel::recentRecordings();
    QCOMPARE(recent.size(), VoicePanel::kMaxRecentRecordings);
    for (int i = 0; i < recent.size(); ++i) {
      QCOMPARE(recent[i].path, made[made.size() - 1 - i]);
      QCOMPARE(recent[i].seconds, 1.0 + 0.5 * (made.size() - 1 - i));
    }
    QCOMPARE(recentMenuPaths(panel).size(), VoicePanel::kMaxRecentRecordings);
    for (const QString& path : made) QVERIFY(QFile::remove(path));  // all still there
  }
};

QTEST_MAIN(TestRecording)
#include "TestRecording.moc"
