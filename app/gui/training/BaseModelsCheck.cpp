#include "BaseModelsCheck.h"

#include "training/run/BaseModelFiles.h"
#include "training/run/TrainingRun.h"

#include <exception>

namespace timbre::gui {

BaseModelsCheck checkBaseModels(const QString& folder) {
  BaseModelsCheck check;
  if (folder.trimmed().isEmpty()) {
    check.problem = QStringLiteral("no base models folder is chosen");
    return check;
  }
  training::TrainingRunOptions options;
  options.baseFolder = folder.toStdString();
  try {
    const training::BaseModelFiles files = training::findBaseModelFiles(options);
    check.hubert = QString::fromStdString(files.hubert);
    check.bert = QString::fromStdString(files.bert);
    check.speaker = QString::fromStdString(files.speaker);
  } catch (const std::exception& e) {
    check.problem = QString::fromUtf8(e.what());
  }
  return check;
}

}  // namespace timbre::gui
