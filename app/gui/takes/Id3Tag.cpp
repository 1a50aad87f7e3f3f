#include "Id3Tag.h"

#include <QFile>
#include <QSaveFile>

namespace timbre::gui {

namespace {

constexpr int kHeaderBytes = 10;
constexpr int kId3v1Bytes = 128;

// ID3v2 sizes are "synchsafe": 7 bits per byte, so no byte looks like an MPEG sync.
QByteArray synchsafe(quint32 value) {
  QByteArray out(4, '\0');
  for (int i = 3; i >= 0; --i) {
    out[i] = char(value & 0x7F);
    value >>= 7;
  }
  return out;
}

quint32 fromSynchsafe(const QByteArray& bytes, int at) {
  quint32 value = 0;
  for (int i = 0; i < 4; ++i) value = (value << 7) | (quint8(bytes[at + i]) & 0x7F);
  return value;
}

QByteArray frame(const char* id, const QByteArray& body) {
  return QByteArray(id, 4) + synchsafe(quint32(body.size())) + QByteArray(2, '\0') + body;
}

constexpr char kUtf8 = 0x03;

QByteArray textFrame(const char* id, const std::string& text) {
  return frame(id, QByteArray(1, kUtf8) + QByteArray::fromStdString(text));
}

}  // namespace

QByteArray id3v24Tag(const audio::AudioMetadata& m) {
  QByteArray frames;
  if (!m.title.empty()) frames += textFrame("TIT2", m.title);
  if (!m.artist.empty()) frames += textFrame("TPE1", m.artist);
  if (!m.comment.empty())  // encoding, language, empty description (terminated), text
    frames += frame("COMM", QByteArray(1, kUtf8) + QByteArrayLiteral("eng") + QByteArray(1, '\0') +
                                QByteArray::fromStdString(m.comment));
  if (!m.software.empty()) frames += textFrame("TSSE", m.software);
  QByteArray tag = QByteArrayLiteral("ID3");
  tag += char(4);  // version 2.4.0
  tag += char(0);
  tag += char(0);  // no flags
  tag += synchsafe(quint32(frames.size()));
  return tag + frames;
}

QByteArray stripId3Tags(const QByteArray& mp3) {
  qsizetype begin = 0;
  while (mp3.size() - begin >= kHeaderBytes && mp3.mid(begin, 3) == "ID3") {
    const bool footer = (quint8(mp3[begin + 5]) & 0x10) != 0;
    begin += kHeaderBytes + qsizetype(fromSynchsafe(mp3, int(begin + 6))) + (footer ? kHeaderBytes : 0);
  }
  qsizetype end = mp3.size();
  if (end - begin >= kId3v1Bytes && mp3.mid(end - kId3v1Bytes, 3) == "TAG") end -= kId3v1Bytes;
  return begin >= end ? QByteArray() : mp3.mid(begin, end - begin);
}

QString retagMp3(const QString& path, const audio::AudioMetadata& metadata) {
  QFile in(path);
  if (!in.open(QIODevice::ReadOnly)) return QStringLiteral("cannot read %1: %2").arg(path, in.errorString());
  const QByteArray audio = stripId3Tags(in.readAll());
  in.close();
  QSaveFile out(path);
  if (!out.open(QIODevice::WriteOnly) || out.write(id3v24Tag(metadata)) < 0 || out.write(audio) < 0 || !out.commit())
    return QStringLiteral("cannot write %1: %2").arg(path, out.errorString());
  return {};
}

}  // namespace timbre::gui
