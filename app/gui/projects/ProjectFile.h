#pragma once
// A studio project on disk: a folder with project.json (voice, script,
// settings, the list of takes with their pieces and jobs) and the audio it
// needs — voice.wav (the clip as trimmed), takes/take-N.wav and the
// reference each take was made from (takes/take-N-reference.wav), so a take
// can still be regenerated after a restart. Every file is written to a
// temporary name and renamed, so a crash leaves the previous version intact.
#include "SynthesisJob.h"
#include "Take.h"

#include "audio/AudioBuffer.h"

#include <QString>

#include <vector>

namespace timbre::gui {

struct ProjectVoice {
  QString sourcePath;        // the user's own file (what messages name); empty: none
  QString sourceLabel;       // how the Voice panel shows it ("clip.wav", "Unsaved recording")
  QString libraryVoice;      // the library voice it came from; empty: not from the library
  qint64 selectionBegin = 0; // frames of the clip
  qint64 selectionEnd = 0;
  QString promptText;
  QString promptLang = QStringLiteral("zh");
  bool hasClip = false;      // voice.wav exists in the folder
};

struct ProjectState {
  QString modelFolder;
  ProjectVoice voice;
  SynthesisSettings script;  // the script text and its settings
  std::vector<Take> takes;   // in the list's order, with their numbers
};

namespace project {

inline constexpr const char* kFileName = "project.json";
inline constexpr int kFormatVersion = 1;

// Whether `folder` holds a project (project.json).
bool isProject(const QString& folder);

// project.json, written atomically, listing `takes` (state.takes is not
// used, so the studio's takes need not be copied). Take audio is not written
// here (writeTake).
void writeState(const QString& folder, const ProjectState& state, const std::vector<Take>& takes);
// The whole project, the takes' and the voice's audio read back. Throws
// timbre::Error naming the folder or file that cannot be read.
ProjectState readState(const QString& folder);

// The voice clip (all channels, lossless) as <folder>/voice.wav.
void writeVoiceClip(const QString& folder, const audio::AudioBuffer& clip);
audio::AudioBuffer readVoiceClip(const QString& folder);

// takes/take-N.wav and, when the take's reference file exists and is not
// already the project's copy, takes/take-N-reference.wav. Returns the path of
// the project's reference copy (empty when there is none).
QString writeTake(const QString& folder, const Take& take);
// Deletes a removed take's files.
void removeTake(const QString& folder, int number);
QString takeAudioPath(const QString& folder, int number);
QString takeReferencePath(const QString& folder, int number);

// Copies every file of the project `from` into `to` (made when missing).
void copyProject(const QString& from, const QString& to);

}  // namespace project
}  // namespace timbre::gui
