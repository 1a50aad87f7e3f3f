#pragma once
// The Voice panel: import a recording (button or drag & drop), see it, select
// the 3-10 s to use, read its quality report, and give its transcript.
#include "audio/AudioBuffer.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace timbre::gui {

class QualityView;
class WaveformView;

class VoicePanel : public QGroupBox {
  Q_OBJECT

 public:
  explicit VoicePanel(QWidget* parent = nullptr);

  // Reads the file; on failure shows why in the panel and returns false.
  // A transcript beside it (same name, .txt or .lab) fills the prompt text.
  bool loadFile(const QString& path);
  bool hasAudio() const { return !m_audio.empty(); }
  QString fileName() const { return m_path; }

  // The selected part, all channels of the original.
  audio::AudioBuffer selectedAudio() const;
  // Writes the selection (mono mix, 32-bit float WAV: lossless) to `path`;
  // returns an error message, empty on success.
  QString writeSelection(const QString& path) const;
  // Selects the best 3-10 s (engine's chooseReferenceWindow).
  void pickBestWindow();
  void setSelectionSeconds(double begin, double end);

  QString promptText() const;
  void setPromptText(const QString& text);
  QString promptLanguage() const;

  WaveformView* waveform() const { return m_waveform; }
  QualityView* quality() const { return m_quality; }

 signals:
  void audioLoaded(const QString& path);

 protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

 private:
  void chooseFile();
  void selectionChanged();
  void analyzeSelection();

  QString m_path;
  audio::AudioBuffer m_audio;  // as read
  audio::AudioBuffer m_mono;   // mixed down, for the view and the window picker
  QLabel* m_fileLabel = nullptr;
  QLabel* m_errorLabel = nullptr;
  QLabel* m_selectionLabel = nullptr;
  WaveformView* m_waveform = nullptr;
  QualityView* m_quality = nullptr;
  QPushButton* m_pickBest = nullptr;
  QPushButton* m_selectAll = nullptr;
  QLineEdit* m_prompt = nullptr;
  QComboBox* m_promptLang = nullptr;
  QTimer* m_analyzeTimer = nullptr;
};

}  // namespace timbre::gui
