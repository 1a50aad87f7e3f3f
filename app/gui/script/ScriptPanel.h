#pragma once
// The Script panel: the text to speak, its language, how it is cut into
// pieces (with a live preview of the pieces), and the generation settings.
#include "SynthesisJob.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace timbre::gui {

class ScriptPanel : public QGroupBox {
  Q_OBJECT

 public:
  explicit ScriptPanel(QWidget* parent = nullptr);

  SynthesisSettings settings() const;
  void setText(const QString& text);
  void setLanguage(const QString& code);
  void setSplitMethod(const QString& method);  // "cut0".."cut5"
  // Fixes the seed (seed >= 0) or makes it random (seed < 0).
  void setSeed(qint64 seed);
  // Everything of settings() but the text: language, cutting and generation settings.
  void setGenerationSettings(const library::VoiceSettings& settings);
  // The preview as shown (updated shortly after every edit, or now by refreshPreview()).
  QStringList previewPieces() const;
  void refreshPreview();

 signals:
  void previewUpdated(int pieces);

 private:
  QPlainTextEdit* m_text = nullptr;
  QComboBox* m_lang = nullptr;
  QComboBox* m_split = nullptr;
  QListWidget* m_preview = nullptr;
  QLabel* m_previewLabel = nullptr;
  QDoubleSpinBox* m_speed = nullptr;
  QDoubleSpinBox* m_noise = nullptr;
  QSpinBox* m_topK = nullptr;
  QDoubleSpinBox* m_topP = nullptr;
  QDoubleSpinBox* m_temperature = nullptr;
  QDoubleSpinBox* m_repetition = nullptr;
  QSpinBox* m_seed = nullptr;
  QCheckBox* m_randomSeed = nullptr;
  QDoubleSpinBox* m_pause = nullptr;
  QTimer* m_previewTimer = nullptr;
  QStringList m_pieces;
};

}  // namespace timbre::gui
