#include "text/chinese/ChineseFrontend.h"

#include <unordered_set>

#include "text/chinese/ChineseNormalizer.h"
#include "text/chinese/JiebaSegmenter.h"
#include "text/chinese/PinyinConverter.h"
#include "text/chinese/ToneSandhi.h"
#include "text/chinese/Utf32.h"
#include "timbre/Error.h"

namespace timbre::text {

namespace chinese {
namespace {

const std::unordered_set<std::u32string>& mustErhua() {
  static const std::unordered_set<std::u32string> k = {U"小院儿", U"胡同儿", U"范儿", U"老汉儿",
                                                       U"撒欢儿", U"寻老礼儿", U"妥妥儿", U"媳妇儿"};
  return k;
}

const std::unordered_set<std::u32string>& notErhua() {
  static const std::unordered_set<std::u32string> k = {
      U"虐儿", U"为儿", U"护儿", U"瞒儿", U"救儿", U"替儿", U"有儿", U"一儿", U"我儿", U"俺儿", U"妻儿",
      U"拐儿", U"聋儿", U"乞儿", U"患儿", U"幼儿", U"孤儿", U"婴儿", U"婴幼儿", U"连体儿", U"脑瘫儿",
      U"流浪儿", U"体弱儿", U"混血儿", U"蜜雪儿", U"舫儿", U"祖儿", U"美儿", U"应采儿", U"可儿", U"侄儿",
      U"孙儿", U"侄孙儿", U"女儿", U"男儿", U"红孩儿", U"花儿", U"虫儿", U"马儿", U"鸟儿", U"猪儿", U"猫儿",
      U"狗儿", U"少儿"};
  return k;
}

// chinese2._merge_erhua: a final 儿 takes the tone of the syllable before it.
void mergeErhua(std::vector<std::string>& initials, std::vector<std::string>& finals, const std::u32string& word,
                const std::string& pos) {
  for (std::size_t i = 0; i < finals.size(); ++i)
    if (i == finals.size() - 1 && i < word.size() && word[i] == U'儿' && finals[i] == "er1") finals[i] = "er2";
  if (!mustErhua().count(word) && (notErhua().count(word) || pos == "a" || pos == "j" || pos == "nr")) return;
  if (finals.size() != word.size()) return;
  const std::u32string lastTwo = word.size() <= 2 ? word : word.substr(word.size() - 2);
  for (std::size_t i = 1; i < finals.size(); ++i)
    if (i == finals.size() - 1 && word[i] == U'儿' && (finals[i] == "er2" || finals[i] == "er5") &&
        !notErhua().count(lastTwo))
      finals[i] = "er" + finals[i - 1].substr(finals[i - 1].size() - 1);
  (void)initials;
}

// opencpop-strict.txt (GPT-SoVITS text/): pinyin -> "initial final".
const std::unordered_map<std::string, std::pair<std::string, std::string>>& pinyinToSymbols() {
  static const std::unordered_map<std::string, std::pair<std::string, std::string>> k = [] {
    // "pinyin:initial/final" entries, the table as GPT-SoVITS ships it.
    const char* spec =
        "a:AA/a ai:AA/ai an:AA/an ang:AA/ang ao:AA/ao ba:b/a bai:b/ai ban:b/an bang:b/ang bao:b/ao bei:b/ei "
        "ben:b/en beng:b/eng bi:b/i bian:b/ian biao:b/iao bie:b/ie bin:b/in bing:b/ing bo:b/o bu:b/u ca:c/a "
        "cai:c/ai can:c/an cang:c/ang cao:c/ao ce:c/e cei:c/ei cen:c/en ceng:c/eng cha:ch/a chai:ch/ai "
        "chan:ch/an chang:ch/ang chao:ch/ao che:ch/e chen:ch/en cheng:ch/eng chi:ch/ir chong:ch/ong "
        "chou:ch/ou chu:ch/u chua:ch/ua chuai:ch/uai chuan:ch/uan chuang:ch/uang chui:ch/ui chun:ch/un "
        "chuo:ch/uo ci:c/i0 cong:c/ong cou:c/ou cu:c/u cuan:c/uan cui:c/ui cun:c/un cuo:c/uo da:d/a dai:d/ai "
        "dan:d/an dang:d/ang dao:d/ao de:d/e dei:d/ei den:d/en deng:d/eng di:d/i dia:d/ia dian:d/ian "
        "diao:d/iao die:d/ie ding:d/ing diu:d/iu dong:d/ong dou:d/ou du:d/u duan:d/uan dui:d/ui dun:d/un "
        "duo:d/uo e:EE/e ei:EE/ei en:EE/en eng:EE/eng er:EE/er fa:f/a fan:f/an fang:f/ang fei:f/ei fen:f/en "
        "feng:f/eng fo:f/o fou:f/ou fu:f/u ga:g/a gai:g/ai gan:g/an gang:g/ang gao:g/ao ge:g/e gei:g/ei "
        "gen:g/en geng:g/eng gong:g/ong gou:g/ou gu:g/u gua:g/ua guai:g/uai guan:g/uan guang:g/uang gui:g/ui "
        "gun:g/un guo:g/uo ha:h/a hai:h/ai han:h/an hang:h/ang hao:h/ao he:h/e hei:h/ei hen:h/en heng:h/eng "
        "hong:h/ong hou:h/ou hu:h/u hua:h/ua huai:h/uai huan:h/uan huang:h/uang hui:h/ui hun:h/un huo:h/uo "
        "ji:j/i jia:j/ia jian:j/ian jiang:j/iang jiao:j/iao jie:j/ie jin:j/in jing:j/ing jiong:j/iong "
        "jiu:j/iu ju:j/v jv:j/v juan:j/van jvan:j/van jue:j/ve jve:j/ve jun:j/vn jvn:j/vn ka:k/a kai:k/ai "
        "kan:k/an kang:k/ang kao:k/ao ke:k/e kei:k/ei ken:k/en keng:k/eng kong:k/ong kou:k/ou ku:k/u "
        "kua:k/ua kuai:k/uai kuan:k/uan kuang:k/uang kui:k/ui kun:k/un kuo:k/uo la:l/a lai:l/ai lan:l/an "
        "lang:l/ang lao:l/ao le:l/e lei:l/ei leng:l/eng li:l/i lia:l/ia lian:l/ian liang:l/iang liao:l/iao "
        "lie:l/ie lin:l/in ling:l/ing liu:l/iu lo:l/o long:l/ong lou:l/ou lu:l/u luan:l/uan lun:l/un "
        "luo:l/uo lv:l/v lve:l/ve ma:m/a mai:m/ai man:m/an mang:m/ang mao:m/ao me:m/e mei:m/ei men:m/en "
        "meng:m/eng mi:m/i mian:m/ian miao:m/iao mie:m/ie min:m/in ming:m/ing miu:m/iu mo:m/o mou:m/ou "
        "mu:m/u na:n/a nai:n/ai nan:n/an nang:n/ang nao:n/ao ne:n/e nei:n/ei nen:n/en neng:n/eng ni:n/i "
        "nian:n/ian niang:n/iang niao:n/iao nie:n/ie nin:n/in ning:n/ing niu:n/iu nong:n/ong nou:n/ou nu:n/u "
        "nuan:n/uan nun:n/un nuo:n/uo nv:n/v nve:n/ve o:OO/o ou:OO/ou pa:p/a pai:p/ai pan:p/an pang:p/ang "
        "pao:p/ao pei:p/ei pen:p/en peng:p/eng pi:p/i pian:p/ian piao:p/iao pie:p/ie pin:p/in ping:p/ing "
        "po:p/o pou:p/ou pu:p/u qi:q/i qia:q/ia qian:q/ian qiang:q/iang qiao:q/iao qie:q/ie qin:q/in "
        "qing:q/ing qiong:q/iong qiu:q/iu qu:q/v qv:q/v quan:q/van qvan:q/van que:q/ve qve:q/ve qun:q/vn "
        "qvn:q/vn ran:r/an rang:r/ang rao:r/ao re:r/e ren:r/en reng:r/eng ri:r/ir rong:r/ong rou:r/ou ru:r/u "
        "rua:r/ua ruan:r/uan rui:r/ui run:r/un ruo:r/uo sa:s/a sai:s/ai san:s/an sang:s/ang sao:s/ao se:s/e "
        "sen:s/en seng:s/eng sha:sh/a shai:sh/ai shan:sh/an shang:sh/ang shao:sh/ao she:sh/e shei:sh/ei "
        "shen:sh/en sheng:sh/eng shi:sh/ir shou:sh/ou shu:sh/u shua:sh/ua shuai:sh/uai shuan:sh/uan "
        "shuang:sh/uang shui:sh/ui shun:sh/un shuo:sh/uo si:s/i0 song:s/ong sou:s/ou su:s/u suan:s/uan "
        "sui:s/ui sun:s/un suo:s/uo ta:t/a tai:t/ai tan:t/an tang:t/ang tao:t/ao te:t/e tei:t/ei teng:t/eng "
        "ti:t/i tian:t/ian tiao:t/iao tie:t/ie ting:t/ing tong:t/ong tou:t/ou tu:t/u tuan:t/uan tui:t/ui "
        "tun:t/un tuo:t/uo wa:w/a wai:w/ai wan:w/an wang:w/ang wei:w/ei wen:w/en weng:w/eng wo:w/o wu:w/u "
        "xi:x/i xia:x/ia xian:x/ian xiang:x/iang xiao:x/iao xie:x/ie xin:x/in xing:x/ing xiong:x/iong "
        "xiu:x/iu xu:x/v xv:x/v xuan:x/van xvan:x/van xue:x/ve xve:x/ve xun:x/vn xvn:x/vn ya:y/a yan:y/En "
        "yang:y/ang yao:y/ao ye:y/E yi:y/i yin:y/in ying:y/ing yo:y/o yong:y/ong you:y/ou yu:y/v yv:y/v "
        "yuan:y/van yvan:y/van yue:y/ve yve:y/ve yun:y/vn yvn:y/vn za:z/a zai:z/ai zan:z/an zang:z/ang "
        "zao:z/ao ze:z/e zei:z/ei zen:z/en zeng:z/eng zha:zh/a zhai:zh/ai zhan:zh/an zhang:zh/ang zhao:zh/ao "
        "zhe:zh/e zhei:zh/ei zhen:zh/en zheng:zh/eng zhi:zh/ir zhong:zh/ong zhou:zh/ou zhu:zh/u zhua:zh/ua "
        "zhuai:zh/uai zhuan:zh/uan zhuang:zh/uang zhui:zh/ui zhun:zh/un zhuo:zh/uo zi:z/i0 zong:z/ong "
        "zou:z/ou zu:z/u zuan:z/uan zui:z/ui zun:z/un zuo:z/uo ";
    std::unordered_map<std::string, std::pair<std::string, std::string>> m;
    const std::string s(spec);
    std::size_t pos = 0;
    while (pos < s.size()) {
      auto end = s.find(' ', pos);
      if (end == std::string::npos) end = s.size();
      const std::string item = s.substr(pos, end - pos);
      pos = end + 1;
      auto colon = item.find(':');
      auto slash = item.find('/');
      if (colon == std::string::npos || slash == std::string::npos) continue;
      m[item.substr(0, colon)] = {item.substr(colon + 1, slash - colon - 1), item.substr(slash + 1)};
    }
    return m;
  }();
  return k;
}

// The pinyin spelling chinese2 looks up for an (initial, toneless final) pair.
std::string spelledPinyin(const std::string& c, const std::string& v) {
  if (!c.empty()) {
    if (v == "uei") return c + "ui";
    if (v == "iou") return c + "iu";
    if (v == "uen") return c + "un";
    return c + v;
  }
  if (v == "ing") return "ying";
  if (v == "i") return "yi";
  if (v == "in") return "yin";
  if (v == "u") return "wu";
  if (!v.empty()) {
    if (v[0] == 'v') return "yu" + v.substr(1);
    if (v[0] == 'i') return "y" + v.substr(1);
    if (v[0] == 'u') return "w" + v.substr(1);
  }
  return v;
}

struct G2pResult {
  std::vector<std::string> phones;
  std::vector<int> word2ph;
};

G2pResult g2p(const std::u32string& text, const UserWords* words, const UserPinyin* pinyin) {
  G2pResult out;
  // Sentences end after each punctuation mark (spaces after it dropped).
  std::vector<std::u32string> sentences;
  std::u32string cur;
  for (std::size_t i = 0; i < text.size(); ++i) {
    cur += text[i];
    if (isPhonePunctuation(text[i])) {
      sentences.push_back(cur);
      cur.clear();
      while (i + 1 < text.size() && (text[i + 1] == U' ' || text[i + 1] == U'\t' || text[i + 1] == U'\n')) ++i;
    }
  }
  sentences.push_back(cur);
  const ToneSandhi sandhi(words, pinyin);
  for (auto seg : sentences) {
    bool blank = true;
    for (char32_t c : seg) blank = blank && (c == U' ' || c == U'\t' || c == U'\n');
    if (blank) continue;
    std::u32string noLatin;
    for (char32_t c : seg)
      if (!isAsciiLetter(c)) noLatin += c;
    auto words2 = sandhi.preMerge(posCut(noLatin, words));
    std::vector<std::string> initials, finals;
    for (const auto& w : words2) {
      if (w.tag == "eng") continue;
      auto py = wordPinyin(w.word, pinyin);
      auto f = sandhi.modifiedTone(w.word, w.tag, py.finals);
      mergeErhua(py.initials, f, w.word, w.tag);
      initials.insert(initials.end(), py.initials.begin(), py.initials.end());
      finals.insert(finals.end(), f.begin(), f.end());
    }
    for (std::size_t i = 0; i < initials.size(); ++i) {
      const std::string& c = initials[i];
      const std::string& v = finals[i];
      if (c == v) {  // punctuation (or a character without a reading: becomes UNK)
        out.phones.push_back(c);
        out.word2ph.push_back(1);
        continue;
      }
      const std::string tone = v.substr(v.size() - 1);
      const std::string key = spelledPinyin(c, v.substr(0, v.size() - 1));
      const auto& table = pinyinToSymbols();
      auto it = table.find(key);
      if (it == table.end())
        throw Error(ErrorCode::Internal, "Mandarin frontend: pinyin \"" + key + "\" (from " + c + "+" + v +
                                             ") is not in the opencpop table");
      out.phones.push_back(it->second.first);
      out.phones.push_back(it->second.second + tone);
      out.word2ph.push_back(2);
    }
  }
  return out;
}

}  // namespace
}  // namespace chinese

PhonemizedText phonemizeChinese(const std::string& text, PhoneTableVersion version,
                                const std::map<std::string, std::vector<std::string>>* userPinyin) {
  using namespace chinese;
  std::string input = text;
  std::string special;
  for (const auto& [mark, symbol] : {std::pair<std::string, std::string>{"￥", "SP2"}, {"^", "SP3"}}) {
    if (input.find(mark) != std::string::npos) {
      special = symbol;
      std::string replaced;
      std::size_t pos = 0;
      for (std::size_t hit; (hit = input.find(mark, pos)) != std::string::npos; pos = hit + mark.size())
        replaced += input.substr(pos, hit - pos) + ",";
      input = replaced + input.substr(pos);
      break;
    }
  }
  UserWords words;
  UserPinyin pinyin;
  if (userPinyin)
    for (const auto& [w, syllables] : *userPinyin) {
      auto u = toU32(w);
      if (u.size() != syllables.size())
        throw Error(ErrorCode::InvalidArgument, "user pinyin for \"" + w + "\" has " +
                                                    std::to_string(syllables.size()) + " syllables for " +
                                                    std::to_string(u.size()) + " characters");
      words.add(u);
      pinyin[u] = syllables;
    }
  PhonemizedText result;
  const std::u32string norm = toU32(normalizeChineseText(input));
  result.normText = toUtf8(norm);
  auto g = g2p(norm, userPinyin ? &words : nullptr, userPinyin ? &pinyin : nullptr);
  if (!special.empty())
    for (auto& p : g.phones)
      if (p == ",") p = special;
  result.phones = std::move(g.phones);
  result.phoneIds = PhoneTable::get(version).toIds(result.phones);
  result.word2ph = std::move(g.word2ph);
  return result;
}

namespace chinese {

std::string normalizeChineseNumbers(const std::string& text) {
  std::u32string out;
  for (const auto& s : normalizeSentences(toU32(text))) out += s;
  return toUtf8(out);
}

std::string normalizeChineseText(const std::string& text) {
  std::u32string out;
  for (const auto& s : normalizeSentences(toU32(text))) out += replacePunctuation(s);
  return toUtf8(collapsePunctuation(out));
}

}  // namespace chinese

}  // namespace timbre::text
