#pragma once
// Where a voice in training lives, beside the voice library
// (<data>/timbre/training/<slug>/): clips/ holds the gathered speech and its
// dataset.list (kept until the user deletes the voice), run/ is the training's
// output folder (work/, weights, resume state, auditions, train.jsonl), and
// workspace.json remembers the name, language and base models, so an
// unfinished training is offered again after a restart of the app.
#include <QList>
#include <QString>

namespace timbre::gui {

struct TrainingWorkspace {
  QString folder;
  QString voiceName;
  QString language = QStringLiteral("zh");  // zh, en, ja, ko, yue
  QString baseFolder;                       // the pretrained models
  bool kept = false;                        // the trained voice was saved into the library

  QString clipsFolder() const { return folder + QStringLiteral("/clips"); }
  QString datasetList() const { return clipsFolder() + QStringLiteral("/dataset.list"); }
  QString runFolder() const { return folder + QStringLiteral("/run"); }
  // The JSON-lines log of the run's events (the same lines as `timbre-cli train` writes).
  QString eventLog() const { return runFolder() + QStringLiteral("/train.jsonl"); }
  // True once a training has saved a resume state (Train becomes Resume).
  bool hasTrainingState() const;

  // Writes workspace.json (temporary name, then renamed). False with *error set on failure.
  bool save(QString* error) const;

  // <library root>/../training: the workspaces sit beside the voice library.
  static QString rootBeside(const QString& libraryRoot);
  // A new, empty folder under root for this voice name (slug, then -2, -3…).
  static QString freeFolder(const QString& root, const QString& voiceName);
  // Reads folder/workspace.json; false when it is missing or unreadable.
  static bool load(const QString& folder, TrainingWorkspace* out);
  // The workspaces whose voice was not kept yet, newest first.
  static QList<TrainingWorkspace> unfinished(const QString& root);
};

}  // namespace timbre::gui
