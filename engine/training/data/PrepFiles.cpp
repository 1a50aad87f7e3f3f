#include "training/data/PrepFiles.h"

#include <ATen/ATen.h>

namespace timbre::training::data {

std::string pythonListText(const std::optional<std::vector<int>>& values) {
  if (!values) return "None";
  std::string out = "[";
  for (size_t i = 0; i < values->size(); ++i) {
    if (i) out += ", ";
    out += std::to_string((*values)[i]);
  }
  return out + "]";
}

std::string name2TextBytes(const std::vector<Name2TextLine>& lines) {
  std::string out;
  for (const Name2TextLine& line : lines) {
    out += line.name;
    out += '\t';
    for (size_t i = 0; i < line.phones.size(); ++i) {
      if (i) out += ' ';
      out += line.phones[i];
    }
    out += '\t';
    out += pythonListText(line.word2ph);
    out += '\t';
    out += line.normText;
    out += '\n';
  }
  return out;
}

std::string name2SemanticBytes(const std::vector<Name2SemanticLine>& lines) {
  std::string out = "item_name\tsemantic_audio\n";
  for (const Name2SemanticLine& line : lines) {
    out += line.name;
    out += '\t';
    const at::Tensor codes = line.codes.reshape({-1}).to(at::kLong).contiguous();
    const int64_t* data = codes.data_ptr<int64_t>();
    for (int64_t i = 0; i < codes.numel(); ++i) {
      if (i) out += ' ';
      out += std::to_string(data[i]);
    }
    out += '\n';
  }
  return out;
}

}  // namespace timbre::training::data
