#pragma once
// The epochs the user can keep, one per audition the training made: the pair
// of GPT and SoVITS files it was spoken with (SoVITS and GPT are saved
// separately; a SoVITS epoch is heard with the base GPT, a GPT epoch with the
// last SoVITS epoch), read back from the run's JSON-lines log, so the choice
// survives a restart of the app.
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace timbre::gui {

struct EpochChoice {
  Q_DECLARE_TR_FUNCTIONS(timbre::gui::EpochChoice)

 public:
  QString audition;  // the WAV to play
  QString gpt, sovits;

  // "SoVITS epoch 4 + GPT epoch 10" from the file names ("base GPT" for the pretrained one).
  QString label() const;
};

// In the order they were made; an audition remade by a resumed run is listed once (the last).
QList<EpochChoice> epochChoicesFromLog(const QString& logPath);

}  // namespace timbre::gui
