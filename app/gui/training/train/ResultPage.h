#pragma once
// The wizard's last page: one audition per saved epoch to play and compare,
// the epoch to keep (the last by default), and the reference clip picked from
// the user's own clips. Finish saves the chosen GPT and SoVITS files into the
// voice library as a new voice that owns them (VoiceLibrary OwnModels), ready
// in the Voice panel, `say --voice` and the API.
#include "EpochChoice.h"

#include <QWizardPage>

#include <optional>

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace timbre::gui {

class AudioPlayer;

class ResultPage : public QWizardPage {
  Q_OBJECT

 public:
  explicit ResultPage(QWidget* parent = nullptr);

  const QList<EpochChoice>& choices() const { return m_choices; }
  int chosen() const;  // index into choices(); -1 when none
  void choose(int index);
  QString referenceClip() const { return m_reference; }
  QString referenceText() const { return m_referenceText; }
  QString errorText() const;

  void initializePage() override;
  bool isComplete() const override;
  // Saves the voice; false (with the reason on the page) when it cannot be.
  bool validatePage() override;

 private:
  void play(int index);
  void pickReference();
  void showError(const QString& text);

  QWidget* m_list = nullptr;
  QVBoxLayout* m_rows = nullptr;
  QButtonGroup* m_group = nullptr;
  QLabel* m_referenceLabel = nullptr;
  QLabel* m_error = nullptr;
  AudioPlayer* m_player = nullptr;
  QList<EpochChoice> m_choices;
  QString m_reference, m_referenceText, m_referenceLanguage;
};

}  // namespace timbre::gui
