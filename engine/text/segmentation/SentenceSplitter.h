#pragma once
// The reference's sentence-cutting methods cut0..cut5
// (TTS_infer_pack/text_segmentation_method.py; spec §4.8). Each method turns a
// paragraph into pieces separated by "\n"; the inference preprocessor
// (TextPreprocessor.h) then cleans and merges those pieces.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text {

enum class SplitMethod {
  Cut0,  // no cut
  Cut1,  // every 4 clauses
  Cut2,  // clauses gathered to more than 50 characters
  Cut3,  // at "。"
  Cut4,  // at "." (not next to a digit)
  Cut5,  // after every punctuation mark (a "." between digits excepted)
};

// "cut0".."cut5" (exact, lower case); nullopt otherwise.
std::optional<SplitMethod> parseSplitMethod(std::string_view name);
std::string_view toString(SplitMethod method);

// The reference's `splits` set {，。？！,.?!~:：—…}: the marks that end a clause and
// that decide whether a final "。"/"." gets appended.
bool isSplitMark(char32_t c);

// The method's own output on code points: the pieces joined by "\n", exactly as
// the reference method returns it. Differs from the reference in one place only:
// cut0 of a text made only of {!?…,.-} and spaces gives "" where the reference
// returns the literal two characters "/n" (a typo for a newline).
std::u32string applySplitMethod(std::u32string_view text, SplitMethod method);

// The method's own output cut at its newlines (golden field method_pieces),
// UTF-8 in and out. Python's str.split("\n") semantics, so a "\n\n" in a cut0
// text gives an empty piece; an empty output gives no pieces at all.
// Throws timbre::Error(InvalidArgument) for malformed UTF-8.
std::vector<std::string> splitSentences(const std::string& text, SplitMethod method);

}  // namespace timbre::text
