#pragma once
// The first page's check of the base models folder, with the trainer's own
// rules (training::findBaseModelFiles): a GPT .ckpt, the pretrained SoVITS
// s2G….pth with its posterior encoder (enc_q) and its s2D….pth beside it,
// HuBERT and BERT. Qt types only, so the pages need no libtorch headers.
#include <QString>

namespace timbre::gui {

struct BaseModelsCheck {
  QString problem;                // the engine's message naming what is missing; empty when usable
  QString hubert, bert, speaker;  // the shared models a trained voice links to (speaker may be empty)
  bool usable() const { return problem.isEmpty(); }
};

BaseModelsCheck checkBaseModels(const QString& folder);

}  // namespace timbre::gui
