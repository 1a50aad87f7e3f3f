#pragma once
// English text normalisation: spells out numbers, money, times, ordinals, fractions,
// units and percentages, drops characters the English frontend cannot read, splits
// all-capital words into letters ("NASA" -> "N A S A") and collapses repeated
// punctuation. Mirrors GPT-SoVITS text/english.py text_normalize + en_normalization,
// including its quirks (e.g. "10:30 pm" -> "ten thirty a.m. pm"), because the model
// was trained on that output.
#include <string>

namespace timbre::text::english {

std::string normalizeEnglish(const std::string& text);

}  // namespace timbre::text::english
