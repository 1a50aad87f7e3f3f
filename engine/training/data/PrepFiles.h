#pragma once
// The two text files the official data preparation leaves for training, byte
// for byte as the WebUI writes them after merging its part files (so a
// dataset prepared by Timbre is also one the official trainer reads):
//  - 2-name2text.txt: "name\t<phones joined by ' '>\t<str(word2ph)>\t<norm_text>"
//    per line (word2ph printed as Python prints a list, "None" when absent),
//    final newline;
//  - 6-name2semantic.tsv: header "item_name\tsemantic_audio", then
//    "name\t<space-separated codes>" per line, final newline.
#include <ATen/core/Tensor.h>

#include <optional>
#include <string>
#include <vector>

namespace timbre::training::data {

struct Name2TextLine {
  std::string name;
  std::vector<std::string> phones;
  std::optional<std::vector<int>> word2ph;
  std::string normText;
};
std::string name2TextBytes(const std::vector<Name2TextLine>& lines);

struct Name2SemanticLine {
  std::string name;
  at::Tensor codes;  // integer, any shape (flattened), e.g. [1, 1, T25] or [T25]
};
std::string name2SemanticBytes(const std::vector<Name2SemanticLine>& lines);

// Python's str() of a list of ints: "[2, 2, 1]", "[]"; "None" for nullopt.
std::string pythonListText(const std::optional<std::vector<int>>& values);

}  // namespace timbre::training::data
