#include "GatheredClips.h"

#include "audio/AudioFile.h"
#include "training/data/AtomicFile.h"
#include "training/data/ListFile.h"

#include <timbre/Error.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace timbre::gui {
namespace {

const QString kListName = QStringLiteral("dataset.list");
const QString kRemovedFolder = QStringLiteral("removed");

// Read-aloud takes are named after their sentence, so reopening knows which sentences are done.
QString recordingName(int sentence) { return QStringLiteral("read-%1.wav").arg(sentence + 1, 4, 10, QLatin1Char('0')); }
int sentenceOf(const QString& fileName) {
  static const QRegularExpression pattern(QStringLiteral("^read-(\\d{4})\\.wav$"));
  const QRegularExpressionMatch match = pattern.match(fileName);
  return match.hasMatch() ? match.captured(1).toInt() - 1 : -1;
}

// The list's columns are separated by '|' and its lines by newlines: neither may be in a transcript.
QString listableText(QString text) {
  text.replace(QLatin1Char('|'), QLatin1Char(' '));
  text.replace(QLatin1Char('\r'), QLatin1Char(' '));
  text.replace(QLatin1Char('\n'), QLatin1Char(' '));
  return text.trimmed();
}

Error ioError(const QString& message) { return Error(ErrorCode::Io, message.toStdString()); }

}  // namespace

void GatheredClips::open(const QString& workspace, const QString& lang) {
  m_workspace = workspace;
  m_lang = lang;
  m_clips.clear();
  if (!QDir().mkpath(clipsFolder())) throw ioError(QStringLiteral("cannot create the folder %1").arg(clipsFolder()));
  if (!QFileInfo::exists(listPath())) return;
  const training::data::ListFileContents list = training::data::readListFile(listPath().toStdString());
  for (const training::data::ClipEntry& entry : list.entries) {
    GatheredClip clip;
    clip.fileName = QString::fromStdString(entry.name);
    clip.text = QString::fromStdString(entry.text);
    clip.sentence = sentenceOf(clip.fileName);
    clip.audio = checkClipFile(QDir(clipsFolder()).filePath(clip.fileName));
    m_clips.push_back(clip);
  }
}

QString GatheredClips::clipsFolder() const { return QDir(m_workspace).filePath(QStringLiteral("clips")); }
QString GatheredClips::listPath() const { return QDir(clipsFolder()).filePath(kListName); }
QString GatheredClips::clipPath(std::size_t index) const {
  return index < m_clips.size() ? QDir(clipsFolder()).filePath(m_clips[index].fileName) : QString();
}

ClipVerdict GatheredClips::verdict(std::size_t index) const {
  return clipVerdict(m_clips.at(index).audio, m_clips.at(index).text, m_lang);
}

int GatheredClips::indexOfSentence(int sentence) const {
  for (std::size_t i = 0; i < m_clips.size(); ++i)
    if (m_clips[i].sentence == sentence) return int(i);
  return -1;
}

bool GatheredClips::holdsCopyOf(const QString& sourcePath) const {
  const QString name = QFileInfo(sourcePath).fileName();
  const auto it = std::find_if(m_clips.begin(), m_clips.end(), [&](const GatheredClip& c) { return c.fileName == name; });
  if (it == m_clips.end()) return false;
  QFile source(sourcePath), copy(QDir(clipsFolder()).filePath(name));
  if (source.size() != copy.size() || !source.open(QIODevice::ReadOnly) || !copy.open(QIODevice::ReadOnly)) return false;
  return source.readAll() == copy.readAll();
}

int GatheredClips::usableCount() const {
  int count = 0;
  for (std::size_t i = 0; i < m_clips.size(); ++i) count += verdict(i).usable();
  return count;
}

double GatheredClips::usableSeconds() const {
  double seconds = 0;
  for (std::size_t i = 0; i < m_clips.size(); ++i)
    if (verdict(i).usable()) seconds += m_clips[i].audio.seconds;
  return seconds;
}

std::size_t GatheredClips::addRecording(int sentence, const QString& text, const audio::AudioBuffer& take) {
  GatheredClip clip;
  clip.fileName = recordingName(sentence);
  clip.text = listableText(text);
  clip.sentence = sentence;
  const audio::AudioBuffer mono = audio::mixToMono(take);
  audio::writeAudioFile(QDir(clipsFolder()).filePath(clip.fileName).toStdString(), mono, audio::AudioFormat::Wav16);
  clip.audio = checkClipSamples(mono.samples, mono.sampleRateHz);
  std::vector<GatheredClip> next = m_clips;
  const int existing = indexOfSentence(sentence);
  const std::size_t index = existing >= 0 ? std::size_t(existing) : next.size();
  if (existing >= 0) next[index] = clip;
  else next.push_back(clip);
  m_clips.swap(next);
  try {
    save();
  } catch (...) {
    m_clips.swap(next);
    throw;
  }
  return index;
}

std::size_t GatheredClips::importFile(const QString& sourcePath, const QString& text) {
  GatheredClip clip;
  clip.fileName = uniqueName(QFileInfo(sourcePath).fileName());
  clip.text = listableText(text);
  const QString target = QDir(clipsFolder()).filePath(clip.fileName);
  if (!QFileInfo(sourcePath).isFile()) throw ioError(QStringLiteral("%1 does not exist").arg(sourcePath));
  const QString temporary = target + QStringLiteral(".part");
  QFile::remove(temporary);
  if (!QFile::copy(sourcePath, temporary) || !QFile::rename(temporary, target)) {
    QFile::remove(temporary);
    throw ioError(QStringLiteral("cannot copy %1 into %2 (disk full?)").arg(sourcePath, clipsFolder()));
  }
  clip.audio = checkClipFile(target);
  m_clips.push_back(clip);
  try {
    save();
  } catch (...) {
    m_clips.pop_back();
    QFile::remove(target);
    throw;
  }
  return m_clips.size() - 1;
}

void GatheredClips::setText(std::size_t index, const QString& text) {
  const QString before = m_clips.at(index).text;
  m_clips[index].text = listableText(text);
  try {
    save();
  } catch (...) {
    m_clips[index].text = before;
    throw;
  }
}

void GatheredClips::remove(std::size_t index) {
  const GatheredClip clip = m_clips.at(index);
  m_clips.erase(m_clips.begin() + std::ptrdiff_t(index));
  try {
    save();
  } catch (...) {
    m_clips.insert(m_clips.begin() + std::ptrdiff_t(index), clip);
    throw;
  }
  moveToRemoved(clip.fileName);
}

void GatheredClips::split(std::size_t index, std::size_t frame) {
  const GatheredClip original = m_clips.at(index);
  const audio::AudioBuffer whole = audio::mixToMono(audio::readAudioFile(clipPath(index).toStdString()));
  if (frame == 0 || frame >= whole.frames())
    throw Error(ErrorCode::InvalidArgument, "put the cursor inside the clip to split it");
  const QString stem = QFileInfo(original.fileName).completeBaseName();
  std::vector<GatheredClip> parts(2);
  const audio::AudioBuffer pieces[2] = {
      {std::vector<float>(whole.samples.begin(), whole.samples.begin() + std::ptrdiff_t(frame)), whole.sampleRateHz, 1},
      {std::vector<float>(whole.samples.begin() + std::ptrdiff_t(frame), whole.samples.end()), whole.sampleRateHz, 1}};
  for (int i = 0; i < 2; ++i) {
    parts[i].fileName = uniqueName(QStringLiteral("%1-%2.wav").arg(stem).arg(i + 1));
    audio::writeAudioFile(QDir(clipsFolder()).filePath(parts[i].fileName).toStdString(), pieces[i],
                          audio::AudioFormat::Wav16);
    parts[i].audio = checkClipSamples(pieces[i].samples, pieces[i].sampleRateHz);
  }
  parts[0].text = original.text;
  std::vector<GatheredClip> before = m_clips;
  m_clips.erase(m_clips.begin() + std::ptrdiff_t(index));
  m_clips.insert(m_clips.begin() + std::ptrdiff_t(index), parts.begin(), parts.end());
  try {
    save();
  } catch (...) {
    m_clips.swap(before);
    for (const GatheredClip& part : parts) QFile::remove(QDir(clipsFolder()).filePath(part.fileName));
    throw;
  }
  moveToRemoved(original.fileName);
}

void GatheredClips::save() const {
  const QString speaker = QDir(m_workspace).dirName();  // the voice's folder names the speaker
  const QString code = m_lang.toUpper();
  QString lines;
  for (const GatheredClip& clip : m_clips)
    lines += QStringLiteral("%1|%2|%3|%4\n").arg(clip.fileName, speaker, code, clip.text);
  training::data::writeFileAtomically(listPath().toStdString(), lines.toStdString());
}

QString GatheredClips::uniqueName(const QString& wanted) const {
  const QFileInfo info(wanted);
  const QString stem = info.completeBaseName(), suffix = info.suffix();
  const QDir folder(clipsFolder());
  QString name = wanted;
  for (int n = 2;; ++n) {
    const bool listed = std::any_of(m_clips.begin(), m_clips.end(), [&](const GatheredClip& c) { return c.fileName == name; });
    if (!listed && !folder.exists(name) && name != kListName) return name;
    name = QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(suffix);
  }
}

// Best effort: a clip that cannot be moved stays in clips/, out of the list.
void GatheredClips::moveToRemoved(const QString& fileName) const {
  const QDir removed(QDir(clipsFolder()).filePath(kRemovedFolder));
  QDir().mkpath(removed.path());
  QString target = fileName;
  for (int n = 2; removed.exists(target); ++n) target = QStringLiteral("%1-%2").arg(n).arg(fileName);
  QFile::rename(QDir(clipsFolder()).filePath(fileName), removed.filePath(target));
}

}  // namespace timbre::gui
