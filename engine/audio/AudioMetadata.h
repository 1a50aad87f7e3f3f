#pragma once
// Text tags written into exported audio (libsndfile's SF_STR_* strings), e.g.
// to mark a take as AI-generated speech. Plain UTF-8; empty fields are skipped.
//
// What each format keeps (libsndfile 1.2, measured on Debian 12):
//  - WAV (LIST/INFO), FLAC (Vorbis comments), OGG Vorbis (Vorbis comments):
//    every field, full UTF-8. libsndfile appends " (libsndfile-1.2.0)" to the
//    software string of WAV files.
//  - MP3 (ID3v2 written by LAME): title, artist and comment, in Latin-1 only
//    (characters outside it become '?'); the software field is always LAME's
//    own encoder string.
#include <string>

namespace timbre::audio {

struct AudioMetadata {
  std::string title;
  std::string artist;
  std::string comment;
  std::string software;

  bool empty() const { return title.empty() && artist.empty() && comment.empty() && software.empty(); }
};

}  // namespace timbre::audio
