#pragma once
// What the reference's inference preprocessor does to the target and prompt texts
// before phone conversion (TTS_infer_pack/TextPreprocessor.py and TTS.run; spec §2.4).
#include "text/segmentation/SentenceSplitter.h"

#include <string>
#include <vector>

namespace timbre::text {

// Longest piece sent on to phone conversion (BERT takes 512 tokens with CLS/SEP).
inline constexpr std::size_t kMaxPieceLength = 510;

// The target text's pieces, in order (golden field preprocessed_pieces):
//  1. a run of 2+ characters from {!?…,.-} collapses to its first character;
//  2. newlines at both ends are dropped; an empty text gives no pieces;
//  3. when the text does not start with a split mark and its first clause (cut at
//     split marks, Python-stripped) is shorter than 4 characters, "。" is put in
//     front ("." when lang is "en");
//  4. the split method runs (applySplitMethod); blank lines collapse; cut at "\n";
//  5. pieces that are "" or " " are removed; pieces are concatenated until each
//     has at least 5 characters (the rest joins the last one);
//  6. pieces that are blank or hold no word character (Python's \w) are dropped;
//     "。" ("." for en) is appended when the last character is not a split mark;
//  7. a piece longer than 510 characters is re-cut at split marks (split_big_text).
// Lengths count code points. lang is the user's language mode ("zh", "en", "all_ja",
// "auto", ...); only whether it is "en" matters here.
// Throws timbre::Error(InvalidArgument) when every piece from step 4 is empty or a
// single space (the reference raises "请输入有效文本", e.g. for a text made only of
// punctuation), and for malformed UTF-8.
// Differences from the reference, both only where the reference fails later:
// split_big_text's empty pieces are dropped, and a piece still longer than 510
// characters after step 7 (no split mark in it) is cut every 510 characters.
std::vector<std::string> preprocessTargetText(const std::string& text, const std::string& lang,
                                              SplitMethod method);

// The prompt (reference) text as TTS.run hands it on: newlines at both ends are
// dropped and "。" ("." for lang "en") is appended when the last character is not
// a split mark. An empty prompt stays empty (the reference then runs without a
// prompt text). Throws timbre::Error(InvalidArgument) for malformed UTF-8.
std::string preprocessPromptText(const std::string& text, const std::string& lang);

}  // namespace timbre::text
