#include "SpeechGatherPage.h"

#include "ImportPanel.h"
#include "ReadAloudPanel.h"

#if __has_include("training/data/ReadAloudScript.h")
#include "training/data/ReadAloudScript.h"
#define TIMBRE_HAVE_READ_ALOUD_SCRIPT 1
#endif

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace timbre::gui {
namespace {

// The recommended amount of speech for fine-tuning, in minutes.
constexpr double kRecommendedMinMinutes = 1.0;
constexpr double kRecommendedMaxMinutes = 5.0;

QStringList scriptSentences(const QString& lang) {
  QStringList out;
#ifdef TIMBRE_HAVE_READ_ALOUD_SCRIPT
  try {
    for (const std::string& sentence : training::data::readAloudSentences(lang.toStdString()))
      out << QString::fromStdString(sentence);
  } catch (const std::exception&) {
    // No script in this language: the panel says so and Import remains.
  }
#endif
  return out;
}

}  // namespace

SpeechGatherPage::SpeechGatherPage(QWidget* parent, AudioRecorder* recorder) : QWizardPage(parent) {
  setObjectName(QStringLiteral("speechGatherPage"));
  setTitle(tr("Gather speech"));
  setSubTitle(tr("Read the sentences aloud, or import recordings of the voice with what is said in them. "
                 "1 to 5 minutes of clean speech is recommended."));
  m_readAloud = new ReadAloudPanel(&m_clips, recorder, this);
  m_import = new ImportPanel(&m_clips, this);
  m_modes = new QTabWidget(this);
  m_modes->setObjectName(QStringLiteral("gatherModes"));
  m_modes->addTab(m_readAloud, tr("Read aloud"));
  m_modes->addTab(m_import, tr("Import and proofread"));

  m_progress = new QLabel(this);
  m_progress->setObjectName(QStringLiteral("gatherProgress"));
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("gatherMessage"));
  m_message->setWordWrap(true);
  m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_modes, 1);
  layout->addWidget(m_progress);
  layout->addWidget(m_message);

  connect(m_readAloud, &ReadAloudPanel::clipsChanged, this, &SpeechGatherPage::clipsChanged);
  connect(m_import, &ImportPanel::clipsChanged, this, &SpeechGatherPage::clipsChanged);
  connect(m_readAloud, &ReadAloudPanel::failed, this, [this](const QString& text) { showMessage(text, true); });
  connect(m_import, &ImportPanel::failed, this, [this](const QString& text) { showMessage(text, true); });
  connect(m_import, &ImportPanel::imported, this, [this](const QString& text) { showMessage(text, false); });
  clipsChanged();
}

void SpeechGatherPage::setWorkspace(const QString& folder, const QString& lang) {
  showMessage(QString(), false);
  try {
    m_clips.open(folder, lang);
  } catch (const std::exception& e) {
    showMessage(tr("The clips in %1 cannot be opened: %2").arg(folder, QString::fromStdString(e.what())), true);
  }
  m_readAloud->setSentences(scriptSentences(lang));
  m_import->refresh();
  const auto& clips = m_clips.clips();
  const bool onlyImported =
      !clips.empty() && std::none_of(clips.begin(), clips.end(), [](const GatheredClip& c) { return c.sentence >= 0; });
  m_modes->setCurrentWidget(onlyImported ? static_cast<QWidget*>(m_import) : m_readAloud);
  clipsChanged();
}

QString SpeechGatherPage::datasetListPath() const { return m_clips.isOpen() ? m_clips.listPath() : QString(); }

double SpeechGatherPage::gatheredSeconds() const { return m_clips.usableSeconds(); }

bool SpeechGatherPage::isComplete() const { return m_clips.usableCount() > 0; }

bool SpeechGatherPage::validatePage() {
  if (m_clips.usableCount() == 0) {
    showMessage(tr("Nothing usable has been gathered yet: record or import at least one clip that passes the "
                   "checks."),
                true);
    return false;
  }
  for (const GatheredClip& clip : m_clips.clips()) {
    if (clip.text.trimmed().isEmpty()) {
      showMessage(tr("%1 has no transcript: type what is said in it, or delete the clip.").arg(clip.fileName), true);
      return false;
    }
  }
  try {
    m_clips.save();
  } catch (const std::exception& e) {
    showMessage(tr("The list of clips could not be written: %1").arg(QString::fromStdString(e.what())), true);
    return false;
  }
  return true;
}

QString SpeechGatherPage::message() const { return m_message->text(); }
QString SpeechGatherPage::progressText() const { return m_progress->text(); }

void SpeechGatherPage::clipsChanged() {
  const double minutes = m_clips.usableSeconds() / 60.0;
  const int usable = m_clips.usableCount(), all = int(m_clips.clips().size());
  QString text = tr("%1 of %2–%3 minutes gathered").arg(minutes, 0, 'f', 1).arg(kRecommendedMinMinutes).arg(kRecommendedMaxMinutes);
  text += QStringLiteral(" · ") + tr("usable clips: %1").arg(usable);
  if (all > usable) text += QStringLiteral(" · ") + tr("to fix or delete: %1").arg(all - usable);
  m_progress->setText(text);
  m_readAloud->refresh();
  if (sender() == m_readAloud) m_import->refresh();
  emit completeChanged();
}

void SpeechGatherPage::showMessage(const QString& text, bool isError) {
  m_message->setText(text);
  m_message->setStyleSheet(isError ? QStringLiteral("color: #c02020;") : QString());
}

}  // namespace timbre::gui
