#include "text/japanese/NjdRules.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "text/japanese/KanaTable.h"

namespace timbre::text::japanese {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// Splits a chain rule such as "名詞%F2@1/動詞%F1" and returns the rule for the
// previous word's part of speech (the first alternative whose POS occurs in it, or
// an alternative with no POS), with its "@n" offset; "*" when none applies.
std::string_view chainRuleFor(std::string_view rules, std::string_view prevPos, int& addType) {
  addType = 0;
  if (rules == "*") return "*";
  std::size_t pos = 0;
  while (pos <= rules.size()) {
    std::size_t end = rules.find('/', pos);
    if (end == std::string_view::npos) end = rules.size();
    std::string_view alt = rules.substr(pos, end - pos);
    std::string_view rule = alt;
    const std::size_t percent = alt.find('%');
    bool applies = true;
    if (percent != std::string_view::npos) {
      applies = prevPos.find(alt.substr(0, percent)) != std::string_view::npos;
      rule = alt.substr(percent + 1);
    }
    if (applies) {
      const std::size_t at = rule.find('@');
      if (at != std::string_view::npos) {
        addType = std::atoi(std::string(rule.substr(at + 1)).c_str());
        rule = rule.substr(0, at);
      }
      return rule;
    }
    pos = end + 1;
  }
  return "*";
}

}  // namespace

void njdRemoveSilent(NjdList& nodes) {
  std::erase_if(nodes, [](const NjdNode& n) { return n.pron == "*"; });
}

void njdSetPronunciation(NjdList& nodes) {
  for (auto& node : nodes) {
    if (node.moraSize != 0) continue;
    node.read = "*";
    node.pron = "*";
    // Kana (and letters) are read as written and become a filler.
    const std::string_view s = node.surface;
    for (std::size_t pos = 0; pos < s.size();) {
      std::string reading;
      int moras = 0;
      const std::size_t used = matchFillerReading(s.substr(pos), reading, moras);
      if (used == 0) {
        ++pos;
        continue;
      }
      pos += used;
      node.read = node.read == "*" ? reading : node.read + reading;
      node.pron = node.pron == "*" ? reading : node.pron + reading;
      node.moraSize += moras;
    }
    node.pos = "フィラー";
    node.posGroup1 = node.posGroup2 = node.posGroup3 = "*";
    if (node.pron == "*" && node.surface == "？") node.read = node.pron = "？";
    if (node.pron == "*") {  // anything else unreadable is a pause
      node.read = node.pron = "、";
      node.pos = "記号";
    }
  }
  njdRemoveSilent(nodes);

  for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    NjdNode& next = nodes[i + 1];
    if (next.pron == "ウ" && next.pos == "助動詞" && (node.pos == "動詞" || node.pos == "助動詞") && node.moraSize > 0)
      next.pron = "ー";
    if (node.pos == "助動詞" && next.surface == "？") {
      if (node.surface == "です") node.pron = "デス";
      else if (node.surface == "ます") node.pron = "マス";
    }
  }
}

void njdSetAccentPhrase(NjdList& nodes) {
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    const NjdNode& prev = nodes[i - 1];
    if (node.chainFlag >= 0) continue;
    int flag = 1;  // rule 1: chain by default
    const auto is = [](const std::string& field, std::string_view value) { return field == value; };
    // rule 3 / 4 / 5: nouns after adjectives, adjectival-noun stems and verbs start a phrase
    if (is(prev.pos, "形容詞") && is(node.pos, "名詞")) flag = 0;
    if (is(prev.pos, "名詞") && is(prev.posGroup1, "形容動詞語幹") && is(node.pos, "名詞")) flag = 0;
    if (is(prev.pos, "動詞") && (is(node.pos, "形容詞") || is(node.pos, "名詞"))) flag = 0;
    // rule 6: adverbs, conjunctions and adnominals stand alone
    for (std::string_view p : {"副詞", "接続詞", "連体詞"})
      if (is(node.pos, p) || is(prev.pos, p)) flag = 0;
    // rule 7: adverbial nouns
    if (is(prev.pos, "名詞") && is(prev.posGroup1, "副詞可能")) flag = 0;
    if (is(node.pos, "名詞") && is(node.posGroup1, "副詞可能")) flag = 0;
    // rule 8: particles and auxiliaries attach
    if (is(node.pos, "助動詞") || is(node.pos, "助詞")) flag = 1;
    // rule 9: nothing but particles and auxiliaries attaches after them
    if ((is(prev.pos, "助動詞") || is(prev.pos, "助詞")) && !is(node.pos, "助動詞") && !is(node.pos, "助詞")) flag = 0;
    // rule 10: nouns after suffixes
    if (is(prev.posGroup1, "接尾") && is(node.pos, "名詞")) flag = 0;
    // rule 11: dependent adjectives after a continuative form or て/で
    if (is(node.pos, "形容詞") && is(node.posGroup1, "非自立")) {
      if ((is(prev.pos, "動詞") || is(prev.pos, "形容詞")) && startsWith(prev.cform, "連用")) flag = 1;
      else if (is(prev.pos, "助詞") && is(prev.posGroup1, "接続助詞") && (is(prev.surface, "て") || is(prev.surface, "で")))
        flag = 1;
    }
    // rule 12: dependent verbs after a continuative verb or a サ変 noun
    if (is(node.pos, "動詞") && is(node.posGroup1, "非自立")) {
      if (is(prev.pos, "動詞") && startsWith(prev.cform, "連用")) flag = 1;
      else if (is(prev.pos, "名詞") && is(prev.posGroup1, "サ変接続")) flag = 1;
    }
    // rule 13: verbs, adjectives and adjectival nouns after a noun
    if (is(prev.pos, "名詞") &&
        (is(node.pos, "動詞") || is(node.pos, "形容詞") || is(node.posGroup1, "形容動詞語幹")))
      flag = 0;
    // rule 14 / 15: symbols and prefixes
    if (is(node.pos, "記号") || is(prev.pos, "記号")) flag = 0;
    if (is(node.pos, "接頭詞")) flag = 0;
    // rule 16 / 17: family and given names
    if (is(prev.posGroup3, "姓") && is(node.pos, "名詞")) flag = 0;
    if (is(prev.pos, "名詞") && is(node.posGroup3, "名")) flag = 0;
    // rule 18: suffixes attach
    if (is(node.posGroup1, "接尾")) flag = 1;
    node.chainFlag = flag;
  }
}

void njdSetAccentType(NjdList& nodes) {
  std::size_t top = 0;
  int moraSize = 0;
  const auto in = [](const std::string& s, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), s) != list.end();
  };
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    if (i == 0 || node.chainFlag != 1) {
      top = i;
      moraSize = 0;
    } else {
      int add = 0;
      const std::string_view rule = chainRuleFor(node.chainRule, nodes[i - 1].pos, add);
      NjdNode& head = nodes[top];
      if (rule == "F2") {
        if (head.acc == 0) head.acc = moraSize + add;
      } else if (rule == "F3") {
        if (head.acc != 0) head.acc = moraSize + add;
      } else if (rule == "F4") {
        head.acc = moraSize + add;
      } else if (rule == "F5" || rule == "C4" || rule == "P6") {
        head.acc = 0;
      } else if (rule == "C1") {
        head.acc = moraSize + node.acc;
      } else if (rule == "C2") {
        head.acc = moraSize + 1;
      } else if (rule == "C3") {
        head.acc = moraSize;
      } else if (rule == "P1") {
        head.acc = node.acc == 0 ? 0 : moraSize + node.acc;
      } else if (rule == "P2") {
        head.acc = node.acc == 0 ? moraSize + 1 : moraSize + node.acc;
      } else if (rule == "P14") {
        if (node.acc != 0) head.acc = moraSize + node.acc;
      }
      head.acc = std::max(0, head.acc);
    }

    // Numerals: the accent of a digit before a place word.
    if (i > 0 && node.chainFlag == 1 && nodes[i - 1].posGroup1 == "数" && node.posGroup1 == "数") {
      NjdNode& prev = nodes[i - 1];
      if (node.surface == "十") {
        prev.acc = 1;
        if (in(prev.surface, {"五", "六", "八"}) && i + 1 < nodes.size() &&
            in(nodes[i + 1].surface, {"一", "二", "三", "四", "五", "六", "七", "八", "九"}))
          prev.acc = 0;
      } else if (node.surface == "百") {
        if (prev.surface == "七") prev.acc = 2;
        else if (in(prev.surface, {"三", "四", "九", "何"})) prev.acc = 1;
        else prev.acc = prev.moraSize + node.moraSize;
      } else if (node.surface == "千" || node.surface == "万") {
        prev.acc = prev.moraSize + 1;
      } else if (node.surface == "億") {
        prev.acc = in(prev.surface, {"一", "六", "七", "八", "幾"}) ? 2 : 1;
      } else if (node.surface == "兆") {
        prev.acc = in(prev.surface, {"六", "七"}) ? 2 : 1;
      }
    }
    if (node.surface == "十" && node.chainFlag != 1 && i + 1 < nodes.size() && nodes[i + 1].posGroup1 == "数")
      node.acc = 0;

    moraSize += node.moraSize;
  }
}

}  // namespace timbre::text::japanese
