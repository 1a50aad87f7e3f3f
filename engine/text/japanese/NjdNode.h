#pragma once
// One word as Open JTalk's NJD stage sees it: MeCab's surface and features plus
// the accent type, mora count and accent-phrase chaining the rules fill in.
// An absent field is stored as "*", as Open JTalk reports it.
#include <string>
#include <string_view>
#include <vector>

namespace timbre::text::japanese {

struct NjdNode {
  std::string surface = "*";
  std::string pos = "*";
  std::string posGroup1 = "*";
  std::string posGroup2 = "*";
  std::string posGroup3 = "*";
  std::string ctype = "*";
  std::string cform = "*";
  std::string orig = "*";
  std::string read = "*";
  std::string pron = "*";
  int acc = 0;        // accent nucleus (mora index, 0 = flat)
  int moraSize = 0;   // 0 for symbols and words without a reading
  std::string chainRule = "*";  // accent-combination rule column of naist-jdic
  int chainFlag = -1;           // 1: joins the previous accent phrase, 0: starts one, -1: undecided
};

// Parses "surface,pos,pg1,pg2,pg3,ctype,cform,orig,read,pron,acc/mora,chain_rule"
// (MeCab's surface, a comma, then its feature string). Missing fields are absent;
// an accent field without "/" (symbols, unknown words) gives acc 0 and 0 moras.
// A compound entry ("a:b" readings, "acc/mora:acc/mora") becomes one node per part;
// every part after the first starts its own accent phrase (chainFlag 0), as in
// Open JTalk. The first node's chainFlag is -1.
std::vector<NjdNode> parseNjdFeature(std::string_view line);

// Empty strings count as absent ("*").
inline void setField(std::string& field, std::string_view value) {
  field = value.empty() ? std::string("*") : std::string(value);
}

}  // namespace timbre::text::japanese
