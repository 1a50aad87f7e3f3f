#include "ReadAloudPanel.h"

#include "GatheredClips.h"
#include "RecordDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace timbre::gui {

ReadAloudPanel::ReadAloudPanel(GatheredClips* clips, AudioRecorder* recorder, QWidget* parent)
    : QWidget(parent), m_clips(clips) {
  m_number = new QLabel(this);
  m_number->setObjectName(QStringLiteral("readAloudNumber"));
  m_sentence = new QLabel(this);
  m_sentence->setObjectName(QStringLiteral("readAloudSentence"));
  m_sentence->setWordWrap(true);
  m_sentence->setAlignment(Qt::AlignCenter);
  m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
  QFont big = m_sentence->font();
  big.setPointSizeF(big.pointSizeF() * 1.6);
  m_sentence->setFont(big);
  m_sentence->setMinimumHeight(QFontMetrics(big).height() * 3);

  m_recorder = new RecordDialog(this, recorder);
  m_recorder->setEmbedded();
  connect(m_recorder, &RecordDialog::stateChanged, this, [this](RecordDialog::State state) {
    if (state == RecordDialog::State::Stopped) takeFinished();
    refresh();
  });

  m_verdict = new QLabel(this);
  m_verdict->setObjectName(QStringLiteral("readAloudVerdict"));
  m_verdict->setWordWrap(true);

  m_retake = new QPushButton(tr("Retake"), this);
  m_retake->setObjectName(QStringLiteral("readAloudRetake"));
  m_saveAgain = new QPushButton(tr("Save again"), this);
  m_saveAgain->setObjectName(QStringLiteral("readAloudSaveAgain"));
  m_skip = new QPushButton(tr("Skip"), this);
  m_skip->setObjectName(QStringLiteral("readAloudSkip"));
  m_next = new QPushButton(tr("Next"), this);
  m_next->setObjectName(QStringLiteral("readAloudNext"));
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_retake);
  buttons->addWidget(m_saveAgain);
  buttons->addStretch(1);
  buttons->addWidget(m_skip);
  buttons->addWidget(m_next);
  for (QPushButton* b : {m_retake, m_saveAgain, m_skip, m_next}) b->setAutoDefault(false);
  connect(m_retake, &QPushButton::clicked, this, &ReadAloudPanel::retake);
  connect(m_saveAgain, &QPushButton::clicked, this, &ReadAloudPanel::saveTake);
  connect(m_skip, &QPushButton::clicked, this, &ReadAloudPanel::skip);
  connect(m_next, &QPushButton::clicked, this, &ReadAloudPanel::next);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_number);
  layout->addWidget(m_sentence);
  layout->addWidget(m_recorder);
  layout->addWidget(m_verdict);
  layout->addLayout(buttons);
  layout->addStretch(1);
  refresh();
}

void ReadAloudPanel::setSentences(const QStringList& sentences) {
  m_sentences = sentences;
  int first = 0;
  while (first < m_sentences.size() - 1 && m_clips->indexOfSentence(first) >= 0) ++first;
  showSentence(first);
}

void ReadAloudPanel::showSentence(int index) {
  m_current = std::clamp(index, 0, std::max(0, int(m_sentences.size()) - 1));
  m_unsavedTake = false;
  refresh();
}

void ReadAloudPanel::retake() { m_recorder->startRecording(); }

void ReadAloudPanel::skip() { showSentence(m_current + 1); }

void ReadAloudPanel::next() { showSentence(m_current + 1); }

void ReadAloudPanel::takeFinished() {
  if (m_recorder->take().empty() || m_sentences.isEmpty()) return;
  saveTake();
}

// Written at once: a take never lives only in memory longer than a failed write.
void ReadAloudPanel::saveTake() {
  try {
    m_clips->addRecording(m_current, m_sentences.at(m_current), m_recorder->take());
    m_unsavedTake = false;
    emit clipsChanged();
  } catch (const std::exception& e) {
    m_unsavedTake = true;
    emit failed(tr("The take of sentence %1 could not be saved: %2. It is kept here; free some space and press "
                   "Save again.")
                    .arg(m_current + 1)
                    .arg(QString::fromStdString(e.what())));
  }
  refresh();
}

QString ReadAloudPanel::verdictText() const {
  if (m_unsavedTake) return tr("Not saved yet.");
  const int index = m_clips->indexOfSentence(m_current);
  if (index < 0) return tr("Not recorded yet.");
  const ClipVerdict verdict = m_clips->verdict(std::size_t(index));
  const QString length = tr("%1 s").arg(m_clips->clips()[std::size_t(index)].audio.seconds, 0, 'f', 1);
  if (verdict.level == ClipVerdict::Level::Good) return tr("%1 (%2).").arg(verdict.title, length);
  if (verdict.level == ClipVerdict::Level::Warn)
    return tr("%1 (%2): %3. A retake may sound better.").arg(verdict.title, length, verdict.detail);
  return tr("Not usable: %1 (%2). Please record it again.").arg(verdict.detail, length);
}

void ReadAloudPanel::refresh() {
  const bool haveScript = !m_sentences.isEmpty();
  const bool busy = m_recorder->state() == RecordDialog::State::CountIn ||
                    m_recorder->state() == RecordDialog::State::Recording;
  const bool recorded = haveScript && m_clips->indexOfSentence(m_current) >= 0;
  const bool last = m_current >= m_sentences.size() - 1;
  m_number->setText(haveScript ? tr("Sentence %1 of %2").arg(m_current + 1).arg(m_sentences.size())
                               : tr("There is no script to read in this language; import recordings instead."));
  m_sentence->setText(haveScript ? m_sentences.at(m_current) : QString());
  m_recorder->setEnabled(haveScript && m_clips->isOpen());
  m_verdict->setText(haveScript ? verdictText() : QString());
  m_retake->setEnabled(recorded && !busy);
  m_saveAgain->setVisible(m_unsavedTake);
  m_skip->setEnabled(haveScript && !busy && !last && !recorded);
  m_next->setEnabled(recorded && !busy && !last);
}

}  // namespace timbre::gui
