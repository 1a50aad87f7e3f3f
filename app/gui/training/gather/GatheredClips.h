#pragma once
// The speech gathered for a new voice, kept in its training workspace so that
// nothing recorded ever lives only in memory: every clip is a file in
// <workspace>/clips/ (written to a temporary name and renamed), and
// <workspace>/clips/dataset.list ("file|speaker|LANG|text", the official list
// format, paths relative to the list) says which clips belong to the set and
// what they say. Opening the workspace again restores both. Clips the user
// deletes or replaces by a split move to clips/removed/: a voice's recordings
// go away only with the voice.
//
// Every change throws timbre::Error (Io: a full disk, a folder that cannot be
// written; Audio: a file that cannot be read) and then leaves the set as it was.
#include "ClipVerdict.h"
#include "audio/AudioBuffer.h"

#include <QString>

#include <cstddef>
#include <vector>

namespace timbre::gui {

struct GatheredClip {
  QString fileName;   // in clips/
  QString text;       // the transcript
  int sentence = -1;  // read aloud: the script sentence's index; -1 for imported clips
  ClipAudioCheck audio;
};

class GatheredClips {
 public:
  // Reads the workspace's list (when there is one) and checks each clip's
  // audio; `lang` is zh, en, ja, ko or yue.
  void open(const QString& workspace, const QString& lang);
  bool isOpen() const { return !m_workspace.isEmpty(); }
  QString workspace() const { return m_workspace; }
  QString clipsFolder() const;
  QString listPath() const;
  QString language() const { return m_lang; }

  const std::vector<GatheredClip>& clips() const { return m_clips; }
  QString clipPath(std::size_t index) const;
  ClipVerdict verdict(std::size_t index) const;
  // The clip recorded for script sentence `sentence`, or -1.
  int indexOfSentence(int sentence) const;
  // A clip of that file name with the same bytes is already in the set.
  bool holdsCopyOf(const QString& sourcePath) const;
  // Usable clips (their verdict) and their total length.
  int usableCount() const;
  double usableSeconds() const;

  // A take for sentence `sentence`: written as clips/read-NNNN.wav, replacing
  // the sentence's earlier take (a retake). Returns its index.
  std::size_t addRecording(int sentence, const QString& text, const audio::AudioBuffer& take);
  // Copies `sourcePath` into clips/ (under its own name, made unique) with `text`.
  std::size_t importFile(const QString& sourcePath, const QString& text);
  void setText(std::size_t index, const QString& text);
  // Moves the clip to clips/removed/ and drops it from the list.
  void remove(std::size_t index);
  // Two clips cut at `frame` (of the clip's own rate) replace it: the first
  // keeps the transcript, the second starts empty for the user to fill in.
  void split(std::size_t index, std::size_t frame);
  // Writes the list again (each change above already does).
  void save() const;

 private:
  QString uniqueName(const QString& wanted) const;
  void moveToRemoved(const QString& fileName) const;

  QString m_workspace;
  QString m_lang;
  std::vector<GatheredClip> m_clips;
};

}  // namespace timbre::gui
