#pragma once
// Preferences: compute device (CUDA greyed out, with the reason, when the
// engine has none), threads (0 = automatic), decoder precision (fp16 only on
// CUDA), the output folder, the "Serve API" port and the user's pronunciation
// dictionary. OK saves them (AppSettings) for the next job.
#include "AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace timbre::gui {

class SettingsDialog : public QDialog {
  Q_OBJECT

 public:
  // cudaAvailable: what the engine reports (timbre::cudaAvailable()); a
  // parameter so tests can show both states.
  SettingsDialog(const AppSettings& settings, bool cudaAvailable, QWidget* parent = nullptr);

  // The values as edited (effective: CPU / fp32 when CUDA is missing).
  AppSettings settings() const;

  // Opens the dialog on the stored preferences and saves them on OK.
  static void editStored(QWidget* parent);

 private:
  void updateEnabled();
  void chooseFolder();
  void chooseDictionary();

  bool m_cuda = false;
  QComboBox* m_device = nullptr;
  QLabel* m_deviceNote = nullptr;
  QSpinBox* m_threads = nullptr;
  QComboBox* m_precision = nullptr;
  QLineEdit* m_folder = nullptr;
  QSpinBox* m_apiPort = nullptr;
  QLineEdit* m_dictionary = nullptr;
};

}  // namespace timbre::gui
