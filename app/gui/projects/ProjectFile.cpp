#include "ProjectFile.h"

#include "timbre/Error.h"

#include "audio/AudioFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace timbre::gui::project {

namespace {

[[noreturn]] void fail(const QString& message) { throw Error(ErrorCode::Io, message.toStdString()); }

QString voicePath(const QString& folder) { return QDir(folder).filePath(QStringLiteral("voice.wav")); }
QString takesFolder(const QString& folder) { return QDir(folder).filePath(QStringLiteral("takes")); }

// The audio as lossless float WAV under a temporary name, then renamed over `path`.
void writeAudioAtomically(const QString& path, const audio::AudioBuffer& buffer) {
  if (!QDir().mkpath(QFileInfo(path).path())) fail(QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).path()));
  const QString temporary = path + QStringLiteral(".part");
  try {
    audio::writeAudioFile(temporary.toStdString(), buffer, audio::AudioFormat::WavFloat);
  } catch (const std::exception& e) {
    QFile::remove(temporary);
    fail(QStringLiteral("cannot write %1: %2").arg(path, QString::fromStdString(e.what())));
  }
  QFile::remove(path);
  if (!QFile::rename(temporary, path)) fail(QStringLiteral("cannot write %1").arg(path));
}

void copyAtomically(const QString& from, const QString& to) {
  if (QFileInfo(from).canonicalFilePath() == QFileInfo(to).canonicalFilePath() && QFileInfo::exists(to)) return;
  if (!QDir().mkpath(QFileInfo(to).path())) fail(QStringLiteral("cannot create the folder %1").arg(QFileInfo(to).path()));
  const QString temporary = to + QStringLiteral(".part");
  QFile::remove(temporary);
  if (!QFile::copy(from, temporary)) fail(QStringLiteral("cannot copy %1 to %2").arg(from, to));
  QFile::remove(to);
  if (!QFile::rename(temporary, to)) fail(QStringLiteral("cannot write %1").arg(to));
}

QJsonObject settingsToJson(const SynthesisSettings& s) {
  return QJsonObject{{QStringLiteral("text"), s.text},
                     {QStringLiteral("textLang"), QString::fromStdString(s.textLang)},
                     {QStringLiteral("splitMethod"), QString::fromStdString(s.splitMethod)},
                     {QStringLiteral("speed"), s.speed},
                     {QStringLiteral("noiseScale"), s.noiseScale},
                     {QStringLiteral("topK"), s.topK},
                     {QStringLiteral("topP"), s.topP},
                     {QStringLiteral("temperature"), s.temperature},
                     {QStringLiteral("repetitionPenalty"), s.repetitionPenalty},
                     {QStringLiteral("seed"), QString::number(s.seed)},  // 64-bit: a string, not a double
                     {QStringLiteral("pauseSeconds"), s.pauseSeconds}};
}

SynthesisSettings settingsFromJson(const QJsonObject& o) {
  SynthesisSettings s;  // absent keys keep the official defaults
  s.text = o.value(QStringLiteral("text")).toString();
  s.textLang = o.value(QStringLiteral("textLang")).toString(QString::fromStdString(s.textLang)).toStdString();
  s.splitMethod = o.value(QStringLiteral("splitMethod")).toString(QString::fromStdString(s.splitMethod)).toStdString();
  s.speed = o.value(QStringLiteral("speed")).toDouble(s.speed);
  s.noiseScale = o.value(QStringLiteral("noiseScale")).toDouble(s.noiseScale);
  s.topK = o.value(QStringLiteral("topK")).toInt(s.topK);
  s.topP = o.value(QStringLiteral("topP")).toDouble(s.topP);
  s.temperature = o.value(QStringLiteral("temperature")).toDouble(s.temperature);
  s.repetitionPenalty = o.value(QStringLiteral("repetitionPenalty")).toDouble(s.repetitionPenalty);
  bool ok = false;
  const qint64 seed = o.value(QStringLiteral("seed")).toString().toLongLong(&ok);
  if (ok) s.seed = seed;
  s.pauseSeconds = o.value(QStringLiteral("pauseSeconds")).toDouble(s.pauseSeconds);
  return s;
}

QJsonObject takeToJson(const Take& t) {
  QJsonArray pieces;
  for (const TakePiece& p : t.pieces)
    pieces.append(QJsonObject{{QStringLiteral("text"), p.text},
                              {QStringLiteral("startSeconds"), p.startSeconds},
                              {QStringLiteral("endSeconds"), p.endSeconds},
                              {QStringLiteral("startFrame"), QString::number(p.startFrame)},
                              {QStringLiteral("endFrame"), QString::number(p.endFrame)},
                              {QStringLiteral("seed"), QString::number(p.seed)}});
  const SynthesisJob& j = t.job;
  const QJsonObject job{{QStringLiteral("modelFolder"), j.modelFolder},
                        {QStringLiteral("promptText"), j.promptText},
                        {QStringLiteral("promptLang"), j.promptLang},
                        {QStringLiteral("settings"), settingsToJson(j.settings)},
                        {QStringLiteral("dictionaryPath"), j.dictionaryPath},
                        {QStringLiteral("voiceName"), j.voiceName}};
  return QJsonObject{{QStringLiteral("number"), t.number},
                     {QStringLiteral("text"), t.text},
                     {QStringLiteral("seed"), QString::number(t.seed)},
                     {QStringLiteral("voiceName"), t.voiceName},
                     {QStringLiteral("sourceNumber"), t.sourceNumber},
                     {QStringLiteral("regeneratedPiece"), t.regeneratedPiece},
                     {QStringLiteral("pieces"), pieces},
                     {QStringLiteral("job"), job}};
}

qint64 int64Of(const QJsonValue& v, qint64 fallback) {
  bool ok = false;
  const qint64 n = v.toString().toLongLong(&ok);
  return ok ? n : fallback;
}

Take takeFromJson(const QString& folder, const QJsonObject& o) {
  Take t;
  t.number = o.value(QStringLiteral("number")).toInt();
  t.text = o.value(QStringLiteral("text")).toString();
  t.seed = int64Of(o.value(QStringLiteral("seed")), 0);
  t.voiceName = o.value(QStringLiteral("voiceName")).toString();
  t.sourceNumber = o.value(QStringLiteral("sourceNumber")).toInt();
  t.regeneratedPiece = o.value(QStringLiteral("regeneratedPiece")).toInt(-1);
  for (const QJsonValue& v : o.value(QStringLiteral("pieces")).toArray()) {
    const QJsonObject p = v.toObject();
    TakePiece piece;
    piece.text = p.value(QStringLiteral("text")).toString();
    piece.startSeconds = p.value(QStringLiteral("startSeconds")).toDouble();
    piece.endSeconds = p.value(QStringLiteral("endSeconds")).toDouble();
    piece.startFrame = int64Of(p.value(QStringLiteral("startFrame")), 0);
    piece.endFrame = int64Of(p.value(QStringLiteral("endFrame")), 0);
    piece.seed = int64Of(p.value(QStringLiteral("seed")), -1);
    t.pieces.push_back(piece);
  }
  const QJsonObject job = o.value(QStringLiteral("job")).toObject();
  t.job.modelFolder = job.value(QStringLiteral("modelFolder")).toString();
  t.job.promptText = job.value(QStringLiteral("promptText")).toString();
  t.job.promptLang = job.value(QStringLiteral("promptLang")).toString(t.job.promptLang);
  t.job.settings = settingsFromJson(job.value(QStringLiteral("settings")).toObject());
  t.job.dictionaryPath = job.value(QStringLiteral("dictionaryPath")).toString();
  t.job.voiceName = job.value(QStringLiteral("voiceName")).toString();
  // The reference the take was made from, as the project keeps it.
  const QString reference = takeReferencePath(folder, t.number);
  t.job.referencePath = QFileInfo::exists(reference) ? reference : QString();
  const QString audioPath = takeAudioPath(folder, t.number);
  try {
    t.audio = audio::readAudioFile(audioPath.toStdString());
  } catch (const std::exception& e) {
    fail(QStringLiteral("take %1 of the project %2 cannot be read (%3): %4")
             .arg(t.number)
             .arg(folder, audioPath, QString::fromStdString(e.what())));
  }
  return t;
}

}  // namespace

bool isProject(const QString& folder) { return QFileInfo(QDir(folder).filePath(QLatin1String(kFileName))).isFile(); }

QString takeAudioPath(const QString& folder, int number) {
  return QDir(takesFolder(folder)).filePath(QStringLiteral("take-%1.wav").arg(number));
}

QString takeReferencePath(const QString& folder, int number) {
  return QDir(takesFolder(folder)).filePath(QStringLiteral("take-%1-reference.wav").arg(number));
}

void writeState(const QString& folder, const ProjectState& state, const std::vector<Take>& takeList) {
  const ProjectVoice& v = state.voice;
  const QJsonObject voice{{QStringLiteral("sourcePath"), v.sourcePath},
                          {QStringLiteral("sourceLabel"), v.sourceLabel},
                          {QStringLiteral("libraryVoice"), v.libraryVoice},
                          {QStringLiteral("selectionBegin"), QString::number(v.selectionBegin)},
                          {QStringLiteral("selectionEnd"), QString::number(v.selectionEnd)},
                          {QStringLiteral("promptText"), v.promptText},
                          {QStringLiteral("promptLang"), v.promptLang},
                          {QStringLiteral("hasClip"), v.hasClip}};
  QJsonArray takes;
  for (const Take& t : takeList) takes.append(takeToJson(t));
  const QJsonObject root{{QStringLiteral("format"), kFormatVersion},
                         {QStringLiteral("modelFolder"), state.modelFolder},
                         {QStringLiteral("voice"), voice},
                         {QStringLiteral("script"), settingsToJson(state.script)},
                         {QStringLiteral("takes"), takes}};
  if (!QDir().mkpath(folder)) fail(QStringLiteral("cannot create the project folder %1").arg(folder));
  // QSaveFile writes beside the target and renames on commit.
  QSaveFile file(QDir(folder).filePath(QLatin1String(kFileName)));
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit())
    fail(QStringLiteral("cannot save the project %1: %2").arg(file.fileName(), file.errorString()));
}

ProjectState readState(const QString& folder) {
  const QString path = QDir(folder).filePath(QLatin1String(kFileName));
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) fail(QStringLiteral("cannot open the project %1: %2").arg(path, file.errorString()));
  QJsonParseError error{};
  const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
  if (!doc.isObject())
    throw Error(ErrorCode::CorruptFile,
                QStringLiteral("the project %1 is damaged: %2").arg(path, error.errorString()).toStdString());
  const QJsonObject root = doc.object();
  if (root.value(QStringLiteral("format")).toInt() > kFormatVersion)
    throw Error(ErrorCode::UnsupportedFormat,
                QStringLiteral("the project %1 was saved by a newer Timbre").arg(path).toStdString());
  ProjectState state;
  state.modelFolder = root.value(QStringLiteral("modelFolder")).toString();
  const QJsonObject voice = root.value(QStringLiteral("voice")).toObject();
  state.voice.sourcePath = voice.value(QStringLiteral("sourcePath")).toString();
  state.voice.sourceLabel = voice.value(QStringLiteral("sourceLabel")).toString();
  state.voice.libraryVoice = voice.value(QStringLiteral("libraryVoice")).toString();
  state.voice.selectionBegin = int64Of(voice.value(QStringLiteral("selectionBegin")), 0);
  state.voice.selectionEnd = int64Of(voice.value(QStringLiteral("selectionEnd")), 0);
  state.voice.promptText = voice.value(QStringLiteral("promptText")).toString();
  state.voice.promptLang = voice.value(QStringLiteral("promptLang")).toString(state.voice.promptLang);
  state.voice.hasClip = voice.value(QStringLiteral("hasClip")).toBool() && QFileInfo::exists(voicePath(folder));
  state.script = settingsFromJson(root.value(QStringLiteral("script")).toObject());
  for (const QJsonValue& v : root.value(QStringLiteral("takes")).toArray())
    state.takes.push_back(takeFromJson(folder, v.toObject()));
  return state;
}

void writeVoiceClip(const QString& folder, const audio::AudioBuffer& clip) { writeAudioAtomically(voicePath(folder), clip); }

audio::AudioBuffer readVoiceClip(const QString& folder) {
  try {
    return audio::readAudioFile(voicePath(folder).toStdString());
  } catch (const std::exception& e) {
    fail(QStringLiteral("the voice of the project %1 cannot be read: %2").arg(folder, QString::fromStdString(e.what())));
  }
}

QString writeTake(const QString& folder, const Take& take) {
  writeAudioAtomically(takeAudioPath(folder, take.number), take.audio);
  const QString copy = takeReferencePath(folder, take.number);
  if (!take.job.referencePath.isEmpty() && QFileInfo::exists(take.job.referencePath)) {
    copyAtomically(take.job.referencePath, copy);
    return copy;
  }
  return QFileInfo::exists(copy) ? copy : QString();
}

void removeTake(const QString& folder, int number) {
  QFile::remove(takeAudioPath(folder, number));
  QFile::remove(takeReferencePath(folder, number));
}

void copyProject(const QString& from, const QString& to) {
  const QDir source(from);
  QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString file = it.next();
    if (file.endsWith(QLatin1String(".part"))) continue;
    copyAtomically(file, QDir(to).filePath(source.relativeFilePath(file)));
  }
}

}  // namespace timbre::gui::project
