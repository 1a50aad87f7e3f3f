#include "ResultPage.h"

#include "AudioPlayer.h"
#include "BaseModelsCheck.h"
#include "TrainingWizard.h"
#include "audio/AudioFile.h"
#include "library/VoiceLibrary.h"
#include "timbre/Error.h"
#include "training/run/ReferenceClip.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

// The clips the preparation kept (run/work/report.json), so a dropped clip
// (wrong language, clipped…) never becomes the reference.
std::vector<std::string> keptClips(const QString& runFolder) {
  QFile file(runFolder + QStringLiteral("/work/report.json"));
  std::vector<std::string> kept;
  if (!file.open(QIODevice::ReadOnly)) return kept;
  for (const QJsonValue& name : QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("kept")).toArray())
    kept.push_back(name.toString().toStdString());
  return kept;
}

}  // namespace

ResultPage::ResultPage(QWidget* parent) : QWizardPage(parent) {
  setTitle(tr("Listen and keep"));
  setSubTitle(tr("Each saved epoch spoke the same sentence. Play them, choose the one that sounds most like you, "
                 "and Finish saves it to your voice library."));
  setFinalPage(true);
  m_group = new QButtonGroup(this);
  m_list = new QWidget;
  m_rows = new QVBoxLayout(m_list);
  m_rows->addStretch(1);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setWidget(m_list);
  m_referenceLabel = new QLabel(this);
  m_referenceLabel->setObjectName(QStringLiteral("referenceClip"));
  m_referenceLabel->setWordWrap(true);
  m_error = new QLabel(this);
  m_error->setObjectName(QStringLiteral("resultError"));
  m_error->setWordWrap(true);
  m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
  m_error->hide();
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(scroll, 1);
  layout->addWidget(m_referenceLabel);
  layout->addWidget(m_error);
  connect(m_group, &QButtonGroup::idClicked, this, &QWizardPage::completeChanged);
}

int ResultPage::chosen() const { return m_group->checkedId(); }

void ResultPage::choose(int index) {
  if (QAbstractButton* button = m_group->button(index)) button->setChecked(true);
  emit completeChanged();
}

QString ResultPage::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void ResultPage::showError(const QString& text) {
  m_error->setText(text);
  m_error->setVisible(!text.isEmpty());
}

void ResultPage::initializePage() {
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  if (!wizard) return;
  showError({});
  for (QAbstractButton* button : m_group->buttons()) m_group->removeButton(button);
  while (m_rows->count() > 1) {
    QLayoutItem* item = m_rows->takeAt(0);
    delete item->widget();
    delete item;
  }
  m_choices.clear();
  for (const EpochChoice& choice : epochChoicesFromLog(wizard->workspace().eventLog()))
    if (QFileInfo::exists(choice.gpt) && QFileInfo::exists(choice.sovits)) m_choices << choice;
  for (int i = 0; i < m_choices.size(); ++i) {
    auto* row = new QWidget(m_list);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    auto* radio = new QRadioButton(m_choices[i].label(), row);
    auto* playButton = new QPushButton(tr("Play"), row);
    playButton->setEnabled(QFileInfo::exists(m_choices[i].audition));
    playButton->setAccessibleName(tr("Play %1").arg(m_choices[i].label()));
    connect(playButton, &QPushButton::clicked, this, [this, i] { play(i); });
    rowLayout->addWidget(radio, 1);
    rowLayout->addWidget(playButton);
    m_group->addButton(radio, i);
    m_rows->insertWidget(i, row);
  }
  if (m_choices.isEmpty())
    showError(tr("The training saved no epoch with an audition yet; go back and train."));
  else
    choose(int(m_choices.size()) - 1);  // the last epoch: usually the best
  pickReference();
  emit completeChanged();
}

void ResultPage::pickReference() {
  const auto* wizard = qobject_cast<const TrainingWizard*>(this->wizard());
  m_reference.clear();
  m_referenceText.clear();
  std::optional<training::ReferenceClip> clip;
  try {
    clip = training::chooseReferenceClip(wizard->workspace().datasetList().toStdString(),
                                         keptClips(wizard->workspace().runFolder()));
  } catch (const std::exception& e) {
    showError(QString::fromUtf8(e.what()));
  }
  if (!clip) {
    m_referenceLabel->setText(tr("None of your clips is 3–10 seconds long, so the voice has no reference clip yet. "
                                 "Go back and record a sentence of about six seconds."));
    return;
  }
  m_reference = QString::fromStdString(clip->path);
  m_referenceText = QString::fromStdString(clip->text);
  m_referenceLanguage = QString::fromStdString(clip->language);
  m_referenceLabel->setText(tr("Reference clip: %1 (%2 s): “%3”")
                                .arg(QFileInfo(m_reference).fileName())
                                .arg(clip->seconds, 0, 'f', 1)
                                .arg(m_referenceText));
}

bool ResultPage::isComplete() const { return chosen() >= 0 && !m_reference.isEmpty(); }

void ResultPage::play(int index) {
  if (!m_player) m_player = new AudioPlayer(this);
  try {
    m_player->play(audio::readAudioFile(m_choices.value(index).audition.toStdString()));
  } catch (const std::exception& e) {
    showError(QString::fromUtf8(e.what()));
  }
}

bool ResultPage::validatePage() {
  auto* wizard = qobject_cast<TrainingWizard*>(this->wizard());
  if (!wizard || chosen() < 0 || m_reference.isEmpty()) return false;
  const EpochChoice& choice = m_choices[chosen()];
  const TrainingWorkspace& workspace = wizard->workspace();
  const BaseModelsCheck base = checkBaseModels(workspace.baseFolder);
  if (!base.usable()) {
    showError(tr("The base models are no longer usable: %1").arg(base.problem));
    return false;
  }
  library::Voice voice;
  voice.name = workspace.voiceName.toStdString();
  voice.referenceClip = m_reference.toStdString();
  voice.promptText = m_referenceText.toStdString();
  voice.promptLang = m_referenceLanguage.toStdString();
  voice.settings.textLang = workspace.language.toStdString();
  const library::OwnModels models{choice.gpt.toStdString(), choice.sovits.toStdString(), base.hubert.toStdString(),
                                  base.bert.toStdString(), base.speaker.toStdString()};
  try {
    library::VoiceLibrary(wizard->libraryRoot().toStdString()).save(voice, library::SaveMode::CreateNew, models);
  } catch (const Error& e) {
    showError(tr("The voice could not be saved: %1").arg(QString::fromUtf8(e.what())));
    return false;
  }
  if (m_player) m_player->stop();
  wizard->voiceKept();
  return true;
}

}  // namespace timbre::gui
