#pragma once
// MP3 text tags in any script. LAME (through libsndfile) can only write
// Latin-1 ID3 text, so a Chinese or Japanese title became "????". After the
// engine has written the MP3, its tags are replaced by one ID3v2.4 tag whose
// frames are UTF-8 (TIT2 title, TPE1 artist, COMM comment, TSSE software).
#include "audio/AudioMetadata.h"

#include <QByteArray>
#include <QString>

namespace timbre::gui {

// The ID3v2.4 tag for `metadata` (empty fields are left out).
QByteArray id3v24Tag(const audio::AudioMetadata& metadata);

// `mp3` without its ID3v2 tags at the start and its ID3v1 tag at the end.
QByteArray stripId3Tags(const QByteArray& mp3);

// Rewrites the MP3 file at `path` with only id3v24Tag(metadata) as its tag
// (through a temporary file and a rename). Returns an error message naming
// the file, empty on success.
QString retagMp3(const QString& path, const audio::AudioMetadata& metadata);

}  // namespace timbre::gui
