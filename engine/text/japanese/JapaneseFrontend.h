#pragma once
// Japanese text -> GPT-SoVITS phones (cleaner.clean_text with language "ja"; the
// reference runs pyopenjtalk with prosody marks). Needs MeCab and Open JTalk's
// naist-jdic at run time (Debian: libmecab2, open-jtalk-mecab-naist-jdic); the
// dictionary folder can be moved with the environment variable TIMBRE_JA_DICT.
#include <map>
#include <string>

#include "text/PhoneTable.h"
#include "text/PhonemizedText.h"

namespace timbre::text {

// normText: the text with runs of ASCII punctuation collapsed (the reference's only
// normalisation). phones: for each stretch of Japanese characters (kana, kanji,
// Latin letters, digits) the Open JTalk phonemes with the prosody marks "[", "]",
// "#" (becomes "UNK": not in the tables) and "_"; every other character is kept as
// a mark (full-width punctuation mapped to , . ! ?; spaces dropped; anything the
// table lacks becomes "UNK"). In V1, "[" and "]" also become "UNK". word2ph is nullopt.
//
// userKana: optional user dictionary, surface -> katakana (or hiragana) reading.
// Those words are taken out of the text before MeCab sees it and enter the accent
// rules as proper nouns with that reading. The accent is flat (type 0) unless the
// reading ends in "/N" (e.g. "ティンバー/1"), N being the mora that carries the
// accent nucleus. The longest entry matching at a position wins.
//
// Throws timbre::Error (Io or UnsupportedFormat) when the dictionary cannot be
// opened, naming the folder and the Debian package.
PhonemizedText phonemizeJapanese(const std::string& text, PhoneTableVersion version = PhoneTableVersion::V2,
                                 const std::map<std::string, std::string>* userKana = nullptr);

}  // namespace timbre::text
