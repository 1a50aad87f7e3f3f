#pragma once
// The pretrained set a user downloads, in one flat folder, for training tests:
// the train-tiny s2G/s2D (official formats, with enc_q) and s1 GPT, and
// e2e-tiny's HuBERT and BERT folders.
#include <QString>

namespace timbre::test {

// Fills `folder` (created); fails the running test (QVERIFY) when a fixture is missing.
void makeTrainingBase(const QString& folder);
// Copies the files (not sub-folders) of `from` into `to` (created).
void copyFolderFiles(const QString& from, const QString& to);

}  // namespace timbre::test
