#include "text/japanese/NjdNode.h"

#include <algorithm>
#include <cstdlib>

namespace timbre::text::japanese {
namespace {

// Next token up to `delimiter` (or the end); advances `pos` past the delimiter.
std::string_view nextToken(std::string_view text, std::size_t& pos, char delimiter) {
  if (pos >= text.size()) return {};
  const std::size_t end = text.find(delimiter, pos);
  const std::string_view token = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
  pos = end == std::string_view::npos ? text.size() : end + 1;
  return token;
}

int toInt(std::string_view s) { return std::atoi(std::string(s).c_str()); }

}  // namespace

std::vector<NjdNode> parseNjdFeature(std::string_view line) {
  std::size_t pos = 0;
  const std::string_view surface = nextToken(line, pos, ',');
  NjdNode node;
  setField(node.pos, nextToken(line, pos, ','));
  setField(node.posGroup1, nextToken(line, pos, ','));
  setField(node.posGroup2, nextToken(line, pos, ','));
  setField(node.posGroup3, nextToken(line, pos, ','));
  setField(node.ctype, nextToken(line, pos, ','));
  setField(node.cform, nextToken(line, pos, ','));
  const std::string_view orig = nextToken(line, pos, ',');
  const std::string_view read = nextToken(line, pos, ',');
  const std::string_view pron = nextToken(line, pos, ',');
  const std::string_view acc = nextToken(line, pos, ',');
  setField(node.chainRule, nextToken(line, pos, ','));

  std::vector<NjdNode> nodes;
  std::size_t parts = 0;
  for (char c : acc) parts += c == '/';
  if (acc.find('*') != std::string_view::npos || parts == 0) {
    setField(node.surface, surface);
    setField(node.orig, orig);
    setField(node.read, read);
    setField(node.pron, pron);
    nodes.push_back(std::move(node));
    return nodes;
  }
  std::size_t origPos = 0, readPos = 0, pronPos = 0, accPos = 0, surfacePos = 0;
  for (std::size_t i = 0; i < parts; ++i) {
    NjdNode part = i == 0 ? node : nodes.back();
    if (i > 0) part.chainFlag = 0;
    const std::string_view partOrig = parts == 1 ? orig : nextToken(orig, origPos, ':');
    setField(part.orig, partOrig);
    if (parts == 1) {
      setField(part.surface, surface);
    } else if (i + 1 < parts) {
      setField(part.surface, partOrig);
      surfacePos += partOrig.size();
    } else {
      setField(part.surface, surfacePos < surface.size() ? surface.substr(surfacePos) : std::string_view());
    }
    setField(part.read, parts == 1 ? read : nextToken(read, readPos, ':'));
    setField(part.pron, parts == 1 ? pron : nextToken(pron, pronPos, ':'));
    part.acc = std::max(0, toInt(nextToken(acc, accPos, '/')));
    part.moraSize = std::max(0, toInt(nextToken(acc, accPos, ':')));
    nodes.push_back(std::move(part));
  }
  return nodes;
}

}  // namespace timbre::text::japanese
