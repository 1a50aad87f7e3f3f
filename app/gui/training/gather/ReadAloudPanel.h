#pragma once
// "Read aloud": the script's sentences one at a time in the voice's language,
// each recorded with the studio's recorder (count-in, level meter), saved into
// the workspace at once and checked at once; Retake records the sentence
// again, Skip leaves it out, Next goes on. The transcript is the sentence, so
// no speech recognition is needed.
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace timbre::gui {

class AudioRecorder;
class GatheredClips;
class RecordDialog;

class ReadAloudPanel : public QWidget {
  Q_OBJECT

 public:
  // `recorder`: not owned; null records from the microphone (tests pass a stand-in).
  ReadAloudPanel(GatheredClips* clips, AudioRecorder* recorder, QWidget* parent = nullptr);

  // The sentences to read; goes to the first one not recorded yet (a reopened workspace continues).
  void setSentences(const QStringList& sentences);
  int currentSentence() const { return m_current; }
  void showSentence(int index);
  RecordDialog* recorder() const { return m_recorder; }
  // The current sentence's state in words: its verdict, or why saving failed.
  QString verdictText() const;

  void retake();
  void skip();
  void next();
  // Re-reads the current sentence's state (clips may change elsewhere on the page).
  void refresh();

 signals:
  // A take was saved (or replaced).
  void clipsChanged();
  // Saving a take failed: the message for the page (the take stays here until saved).
  void failed(const QString& message);

 private:
  void takeFinished();
  void saveTake();

  GatheredClips* m_clips = nullptr;
  RecordDialog* m_recorder = nullptr;
  QStringList m_sentences;
  int m_current = 0;
  bool m_unsavedTake = false;  // the recorder holds a take that could not be written
  QLabel* m_number = nullptr;
  QLabel* m_sentence = nullptr;
  QLabel* m_verdict = nullptr;
  QPushButton* m_retake = nullptr;
  QPushButton* m_saveAgain = nullptr;
  QPushButton* m_skip = nullptr;
  QPushButton* m_next = nullptr;
};

}  // namespace timbre::gui
