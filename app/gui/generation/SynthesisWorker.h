#pragma once
// Runs model loading and synthesis off the GUI thread: the studio moves one
// worker to a QThread and talks to it only through queued signals/slots, so
// the window never freezes. Cancel is a flag the engine polls between GPT
// steps, so it takes effect within one step.
#include "SynthesisJob.h"
#include "Take.h"

#include <QDateTime>
#include <QObject>
#include <QVector>

#include <atomic>
#include <memory>

namespace timbre::pipeline {
class ReferenceCache;
class VoiceModels;
}
namespace timbre::text {
struct UserDictionary;
}

namespace timbre::gui {

class SynthesisWorker : public QObject {
  Q_OBJECT

 public:
  explicit SynthesisWorker(QObject* parent = nullptr);
  ~SynthesisWorker() override;

  // Thread-safe. Clear the flag before queuing a job, so a Cancel pressed
  // between queuing and starting is not lost.
  void requestCancel() { m_cancel = true; }
  void resetCancel() { m_cancel = false; }

  // Progress stages, as reported by progressed().
  enum Stage { Reference = 0, Text = 1, Semantic = 2, Decode = 3, Done = 4 };
  Q_ENUM(Stage)

 public slots:
  // Finds and loads the models in `folder` (no-op when already loaded).
  void loadModels(const QString& folder);
  void synthesize(const timbre::gui::SynthesisJob& job);

 signals:
  // summary: the detected set in plain words (version and files).
  void modelsLoaded(const QString& folder, const QString& summary);
  void modelsFailed(const QString& folder, const QString& message);
  // piece/pieces: 0-based piece of how many (0 before the text is cut); step: GPT step.
  void progressed(int stage, int piece, int pieces, int step);
  // With job.playWhileGenerating: the take's audio in order as it becomes
  // final, mono at sampleRateHz; the chunks joined are the finished take's audio.
  void audioChunk(const QVector<float>& samples, int sampleRateHz);
  void finished(const timbre::gui::Take& take);
  // cancelled: the user asked for it (no error to show).
  void failed(const QString& message, bool cancelled);

 private:
  bool ensureModels(const QString& folder, QString* error);
  // Loads the job's dictionary when it is not the loaded one (or its file
  // changed since); false with a message naming the file and line otherwise.
  bool ensureDictionary(const QString& path, QString* error);

  std::atomic<bool> m_cancel{false};
  std::shared_ptr<const pipeline::VoiceModels> m_models;  // shared with the Serve API switch when it uses the same set
  QString m_folder;
  QString m_device = QStringLiteral("cpu");  // the loaded models' device and precision
  bool m_halfPrecision = false;
  QString m_summary;
  // Reference features by content (memory, and the user's cache folder): the
  // same voice again skips HuBERT, the spectrogram and the speaker model.
  std::unique_ptr<pipeline::ReferenceCache> m_references;
  std::unique_ptr<text::UserDictionary> m_dictionary;  // null: none
  QString m_dictionaryPath;
  QDateTime m_dictionaryModified;
};

}  // namespace timbre::gui
