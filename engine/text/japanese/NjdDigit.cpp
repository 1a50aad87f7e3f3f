// Numeral readings (Open JTalk's njd_set_digit, re-implemented): digit strings get
// place words, counters change the reading of the number before them, and numbers
// are split into accent phrases the way Open JTalk splits them.
#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "text/japanese/NjdRules.h"

namespace timbre::text::japanese {
namespace {

using List = std::initializer_list<std::string_view>;

bool in(std::string_view s, List list) { return std::find(list.begin(), list.end(), s) != list.end(); }
bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

NjdNode load(std::string_view feature) { return parseNjdFeature(feature).front(); }

// Replaces every field but the chain flag, as Open JTalk's NJDNode_load does.
void reload(NjdNode& node, std::string_view feature) {
  const int flag = node.chainFlag;
  node = load(feature);
  node.chainFlag = flag;
}

// A numeral the digit rules understand, with its value and its kanji spelling.
struct Numeral {
  std::string_view text;
  int value;
  std::string_view kanji;
};
constexpr Numeral kNumerals[] = {
    {"○", 0, "〇"}, {"１", 1, "一"}, {"２", 2, "二"}, {"３", 3, "三"}, {"４", 4, "四"},
    {"５", 5, "五"}, {"６", 6, "六"}, {"７", 7, "七"}, {"８", 8, "八"}, {"９", 9, "九"},
    {"一", 1, "一"}, {"二", 2, "二"}, {"三", 3, "三"}, {"四", 4, "四"}, {"五", 5, "五"},
    {"六", 6, "六"}, {"七", 7, "七"}, {"八", 8, "八"}, {"九", 9, "九"}, {"いち", 1, "一"},
    {"に", 2, "二"}, {"さん", 3, "三"}, {"よん", 4, "四"}, {"ご", 5, "五"}, {"ろく", 6, "六"},
    {"なな", 7, "七"}, {"はち", 8, "八"}, {"きゅう", 9, "九"}, {"〇", 0, "〇"}, {"０", 0, "０"},
    {"壱", 1, "一"}, {"弐", 2, "二"}, {"貳", 2, "二"}, {"ニ", 2, "二"}, {"参", 3, "三"},
    {"し", 4, "四"}, {"しち", 7, "七"}, {"く", 9, "九"},
};

// Place words inside a group of four digits (index 1..3) and the group words (index 1..).
constexpr std::string_view kPlaces[] = {
    "", "十,名詞,数,*,*,*,*,十,ジュウ,ジュー,1/2,*", "百,名詞,数,*,*,*,*,百,ヒャク,ヒャク,2/2,*",
    "千,名詞,数,*,*,*,*,千,セン,セン,1/2,*"};
constexpr std::string_view kGroups[] = {
    "",
    "万,名詞,数,*,*,*,*,万,マン,マン,1/2,*",
    "億,名詞,数,*,*,*,*,億,オク,オク,1/2,*",
    "兆,名詞,数,*,*,*,*,兆,チョウ,チョー,1/2,C3",
    "京,名詞,数,*,*,*,*,京,ケイ,ケー,1/2,*",
    "垓,名詞,数,*,*,*,*,垓,ガイ,ガイ,1/2,*",
    "𥝱,名詞,数,*,*,*,*,𥝱,ジョ,ジョ,1/1,*",
    "穣,名詞,数,*,*,*,*,穣,ジョウ,ジョー,1/2,*",
    "溝,名詞,数,*,*,*,*,溝,コウ,コウ,1/2,*",
    "澗,名詞,数,*,*,*,*,澗,カン,カン,1/2,*",
    "正,名詞,数,*,*,*,*,正,セイ,セー,1/2,*",
    "載,名詞,数,*,*,*,*,載,サイ,サイ,1/2,*",
    "極,名詞,数,*,*,*,*,極,ゴク,ゴク,1/2,*",
    "恒河沙,名詞,数,*,*,*,*,恒河沙,ゴウガシャ,ゴウガシャ,1/4,*",
    "阿僧祇,名詞,数,*,*,*,*,阿僧祇,アソウギ,アソーギ,2/4,*",
    "那由他,名詞,数,*,*,*,*,那由他,ナユタ,ナユタ,1/3,*",
    "不可思議,名詞,数,*,*,*,*,不可思議,フカシギ,フカシギ,2/4,*",
    "無量大数,名詞,数,*,*,*,*,無量大数,ムリョウタイスウ,ムリョータイスー,6/7,*",
};

const List kDigitWords = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "何", "幾", "数"};
const List kPlaceWords = {"十", "百", "千", "万", "億", "兆", "京", "垓", "𥝱", "穣",
                              "溝", "澗", "正", "載", "極", "恒河沙", "阿僧祇", "那由他", "不可思議", "無量大数"};

// A number's new reading before a counter: numeral, pron, accent, moras.
struct DigitPron {
  std::string_view numeral, pron;
  int acc, moras;
};
using DigitProns = std::initializer_list<DigitPron>;
// How a counter's first kana changes after a numeral: 1 voiced, 2 semi-voiced.
struct CounterSound {
  std::string_view numeral;
  int type;
};
using CounterSounds = std::initializer_list<CounterSound>;

struct CounterClass {
  List counters;
  DigitProns prons;
};

// Counter classes in the order Open JTalk tries them (the first match wins).
const CounterClass kPronClasses[] = {
    {{"年", "円", "年間", "年生", "年代", "年度", "年版", "年余", "年来", "えん"}, {{"四", "ヨ", 0, 1}}},
    {{"人", "人月", "人前", "人組"}, {{"四", "ヨ", 0, 1}, {"七", "シチ", 1, 2}}},
    {{"時", "時間", "時限", "時半"}, {{"四", "ヨ", 0, 1}, {"七", "シチ", 1, 2}, {"九", "ク", 0, 1}}},
    {{"日", "日間"}, {{"七", "シチ", 1, 2}, {"九", "ク", 0, 1}}},
    {{"月"}, {{"四", "シ", 0, 1}, {"七", "シチ", 1, 2}, {"九", "ク", 0, 1}}},
    {{"個", "階", "分", "発", "本", "鉢", "口", "切れ", "箱", "か月", "か国", "か所", "か条", "か村", "か年", "カ月",
      "カ国", "カ寺", "カ所", "カ条", "カ村", "カ店", "カ年", "ケ月", "ケ国", "ケ所", "ケ条", "ケ村", "ケ年", "ヵ月",
      "ヵ国", "ヵ所", "ヵ条", "ヵ村", "ヵ年", "ヶ月", "ヶ国", "ヶ所", "ヶ条", "ヶ村", "ヶ年", "個月", "個口", "個国",
      "個条", "個年", "箇月", "箇国", "箇所", "箇条", "箇年", "かけ", "くだり", "けた", "価", "課", "画", "回",
      "回忌", "回生", "回戦", "回線", "回分", "海里", "カイリ", "浬", "角", "株", "冠", "巻", "缶", "貫", "貫目",
      "間", "基", "期", "期生", "機", "気圧", "季", "騎", "客", "脚", "球", "級", "橋", "局", "曲", "極", "重ね",
      "斤", "金", "句", "区", "躯", "計", "桁", "ケタ", "校", "港", "行", "項", "組", "件", "軒", "言", "戸", "湖",
      "光年", "石", "ぴき", "ぺん", "波", "派", "敗", "杯", "拍", "泊", "版", "犯", "班", "匹", "筆", "俵", "票",
      "品", "分間", "分目", "片", "篇", "編", "辺", "遍", "歩", "報", "方", "法", "本立て", "頭身"},
     {{"一", "イッ", 1, 2}, {"六", "ロッ", 1, 2}, {"八", "ハッ", 1, 2}, {"十", "ジュッ", 1, 2}, {"百", "ヒャッ", 1, 2}}},
    {{"．", "・", "才", "頭", "着", "足", "尺", "坪", "通り", "センチ", "シーシー", "ＣＣ", "ｃｃ", "ｃｍ", "サイクル",
      "サンチーム", "シーズン", "シート", "シリング", "シンガポールドル", "スイスフラン", "スウェーデンクローネ",
      "スクレ", "セット", "セント", "ソル", "ゾーン", "糎", "竿", "差", "差し", "歳", "歳児", "作", "冊", "刷", "皿",
      "棹", "艘", "子", "視", "式", "失", "室", "射", "社", "勺", "種", "首", "周", "周忌", "周年", "州", "週",
      "週間", "集", "宿", "所", "勝", "升", "床", "章", "色", "食", "親等", "進", "進数", "品", "すじ", "そう",
      "そろい", "筋", "数", "寸", "世", "隻", "席", "石", "節", "戦", "線", "選", "銭", "層", "相", "揃", "たび",
      "つかみ", "つがい", "つぶ", "つまみ", "つ折", "つ折り", "とおり", "とき", "ところ", "とせ", "玉", "月", "手",
      "束", "続き", "体", "対", "卓", "樽", "反", "丁", "丁目", "鳥", "通", "掴み", "艇", "滴", "店", "転", "点",
      "斗", "棟", "盗", "灯", "等", "等席", "等地", "等分", "答", "得", "噸", "粒", "種類", "歳馬", "世紀", "車種"},
     {{"一", "イッ", 1, 2}, {"八", "ハッ", 1, 2}, {"十", "ジュッ", 1, 2}}},
    {{"キロ", "カロリー", "ｃａｌ", "ｋｂ", "ｋｇ", "ｋｌ", "ｋｍ", "ｋｔ", "ｋｗ", "ｋグラム", "ｋバイト", "ｋヘルツ",
      "ｋメートル", "ｋリットル", "ｋワット", "カナダドル", "カラット", "ガロン", "キュリー", "キロカロリー",
      "キログラム", "キロトン", "キロバイト", "キロヘルツ", "キロメートル", "キロリットル", "キロワット",
      "キロワット時", "クラス", "クローナ", "クローネ", "グァラニ", "ケース", "コース", "粁"},
     {{"六", "ロッ", 1, 2}, {"十", "ジュッ", 1, 2}, {"百", "ヒャッ", 1, 2}}},
    {{"トン", "ｔ", "タル", "テラ", "トライ"}, {{"一", "イッ", 1, 2}, {"十", "ジュッ", 1, 2}}},
    {{"房", "柱", "％", "ポンド", "ｐａ", "ｐｐｍ", "パーセント", "パーミル", "パスカル", "パック", "パット",
      "ピーピーエム", "ピコ", "ページ", "頁", "ペア", "ペセタ", "ペソ", "ペニー", "ペニヒ", "ペンス", "ポイント",
      "振り", "針", "袋", "張り", "平米", "平方キロ", "平方キロメートル", "平方センチメートル", "平方メートル",
      "品目"},
     {{"十", "ジュッ", 1, 2}}},
};

struct SoundClass {
  List counters;
  CounterSounds sounds;
};
const SoundClass kSoundClasses[] = {
    {{"分", "版", "敗", "発", "拍", "鉢", "波", "派", "泊", "犯", "班", "品", "分間", "分目", "片", "篇", "編", "辺",
      "遍", "歩", "報", "方"},
     {{"一", 2}, {"三", 2}, {"四", 2}, {"六", 2}, {"八", 2}, {"十", 2}, {"百", 2}, {"千", 2}, {"万", 2}, {"何", 2}}},
    {{"本", "匹", "票", "俵", "箱", "本立て", "杯", "針", "柱"},
     {{"一", 2}, {"三", 1}, {"六", 2}, {"八", 2}, {"十", 2}, {"百", 2}, {"千", 1}, {"万", 1}, {"何", 1}}},
    {{"軒", "石", "足", "尺", "かけ", "重ね", "件", "勺"}, {{"三", 1}, {"千", 1}, {"万", 1}}},
    {{"階"}, {{"三", 1}}},
};

// Counters read in native Japanese after 一 and 二 (一つ棟 = ヒトムネ): counter, its reading.
constexpr std::pair<std::string_view, std::string_view> kNativeCounters[] = {
    {"棟", "ムネ"}, {"かけ", "カケ"}, {"くだり", "クダリ"}, {"けた", "ケタ"}, {"すじ", "スジ"},
    {"そろい", "ソロイ"}, {"たび", "タビ"}, {"つかみ", "ツカミ"}, {"つがい", "ツガイ"}, {"つまみ", "ツマミ"},
    {"とおり", "トオリ"}, {"ところ", "トコロ"}, {"とせ", "トセ"}, {"まわり", "マワリ"}, {"シーズン", "シーズン"},
    {"セット", "セット"}, {"握り", "ニギリ"}, {"回り", "マワリ"}, {"株", "カブ"}, {"竿", "サオ"}, {"筋", "スジ"},
    {"桁", "ケタ"}, {"ケタ", "ケタ"}, {"月", "ツキ"}, {"言", "コト"}, {"口", "クチ"}, {"差し", "サシ"},
    {"皿", "サラ"}, {"山", "ヤマ"}, {"勺", "シャク"}, {"尺", "シャク"}, {"重ね", "カサネ"}, {"振り", "フリ"},
    {"針", "ハリ"}, {"切れ", "キレ"}, {"束", "タバ"}, {"続き", "ツヅキ"}, {"揃", "ソロイ"}, {"袋", "フクロ"},
    {"柱", "ハシラ"}, {"張り", "ハリ"}, {"通り", "トオリ"}, {"掴み", "ツカミ"}, {"坪", "ツボ"}, {"箱", "ハコ"},
    {"鉢", "ハチ"}, {"晩", "バン"}, {"品", "シナ"}, {"瓶", "ビン"}, {"分け", "ワケ"}, {"幕", "マク"},
    {"夜", "ヤ"}, {"夜", "ヨ"}, {"粒", "ツブ"}, {"枠", "ワク"}, {"棹", "サオ"}, {"つ折", "ツオリ"},
    {"つ折り", "ツオリ"}, {"つぶ", "ツブ"}, {"とき", "トキ"}, {"重ね", "ガサネ"},
};

constexpr std::pair<std::string_view, std::string_view> kPeople[] = {
    {"一", "一人,名詞,副詞可能,*,*,*,*,一人,ヒトリ,ヒトリ,2/3,*"},
    {"二", "二人,名詞,副詞可能,*,*,*,*,二人,フタリ,フタリ,3/3,*"},
};
constexpr std::pair<std::string_view, std::string_view> kDays[] = {
    {"一", "一日,名詞,副詞可能,*,*,*,*,一日,イチニチ,イチニチ,4/4,*"},
    {"二", "二日,名詞,副詞可能,*,*,*,*,二日,フツカ,フツカ,0/3,*"},
    {"三", "三日,名詞,副詞可能,*,*,*,*,三日,ミッカ,ミッカ,0/3,*"},
    {"四", "四日,名詞,副詞可能,*,*,*,*,四日,ヨッカ,ヨッカ,0/3,*"},
    {"五", "五日,名詞,副詞可能,*,*,*,*,五日,イツカ,イツカ,0/3,*"},
    {"六", "六日,名詞,副詞可能,*,*,*,*,六日,ムイカ,ムイカ,0/3,*"},
    {"七", "七日,名詞,副詞可能,*,*,*,*,七日,ナノカ,ナノカ,0/3,*"},
    {"八", "八日,名詞,副詞可能,*,*,*,*,八日,ヨウカ,ヨーカ,0/3,*"},
    {"九", "九日,名詞,副詞可能,*,*,*,*,九日,ココノカ,ココノカ,0/4,*"},
    {"十", "十日,名詞,副詞可能,*,*,*,*,十日,トウカ,トーカ,0/3,*"},
};
constexpr std::pair<std::string_view, std::string_view> kDayCounts[] = {
    {"一", "一日間,名詞,副詞可能,*,*,*,*,一日間,イチニチカン,イチニチカン,4/6,*"},
    {"二", "二日間,名詞,副詞可能,*,*,*,*,二日,フツカカン,フツカカン,3/5,*"},
    {"三", "三日間,名詞,副詞可能,*,*,*,*,三日,ミッカカン,ミッカカン,3/5,*"},
    {"四", "四日間,名詞,副詞可能,*,*,*,*,四日,ヨッカカン,ヨッカカン,3/5,*"},
    {"五", "五日間,名詞,副詞可能,*,*,*,*,五日,イツカカン,イツカカン,3/5,*"},
    {"六", "六日間,名詞,副詞可能,*,*,*,*,六日,ムイカカン,ムイカカン,3/5,*"},
    {"七", "七日間,名詞,副詞可能,*,*,*,*,七日,ナノカカン,ナノカカン,3/5,*"},
    {"八", "八日間,名詞,副詞可能,*,*,*,*,八日,ヨウカカン,ヨーカカン,3/5,*"},
    {"九", "九日間,名詞,副詞可能,*,*,*,*,九日,ココノカカン,ココノカカン,4/6,*"},
    {"十", "十日間,名詞,副詞可能,*,*,*,*,十日,トウカカン,トーカカン,3/5,*"},
};

constexpr std::string_view kTsuitachi = "一日,名詞,副詞可能,*,*,*,*,一日,ツイタチ,ツイタチ,4/4,*";
constexpr std::string_view kJuyokka = "十四日,名詞,副詞可能,*,*,*,*,十四日,ジュウヨッカ,ジューヨッカ,1/5,*";
constexpr std::string_view kJuyokkakan =
    "十四日間,名詞,副詞可能,*,*,*,*,十四日間,ジュウヨッカカン,ジューヨッカカン,5/7,*";
constexpr std::string_view kNiju = "二十,名詞,副詞可能,*,*,*,*,二十,ニジュウ,ニジュー,1/3,*";
constexpr std::string_view kYokka = "四日,名詞,副詞可能,*,*,*,*,四日,ヨッカ,ヨッカ,0/3,*";
constexpr std::string_view kYokkakan = "四日間,名詞,副詞可能,*,*,*,*,四日間,ヨッカカン,ヨッカカン,3/5,*";
constexpr std::string_view kHatsuka = "二十日,名詞,副詞可能,*,*,*,*,二十日,ハツカ,ハツカ,0/3,*";
constexpr std::string_view kHatsukakan = "二十日間,名詞,副詞可能,*,*,*,*,二十日間,ハツカカン,ハツカカン,3/5,*";
constexpr std::string_view kDecimalPoint = "．,名詞,接尾,助数詞,*,*,*,．,テン,テン,0/2,*";

constexpr std::pair<std::string_view, std::string_view> kVoiced[] = {
    {"カ", "ガ"}, {"キ", "ギ"}, {"ク", "グ"}, {"ケ", "ゲ"}, {"コ", "ゴ"}, {"サ", "ザ"}, {"シ", "ジ"},
    {"ス", "ズ"}, {"セ", "ゼ"}, {"ソ", "ゾ"}, {"タ", "ダ"}, {"チ", "ヂ"}, {"ツ", "ヅ"}, {"テ", "デ"},
    {"ト", "ド"}, {"ハ", "バ"}, {"ヒ", "ビ"}, {"フ", "ブ"}, {"ヘ", "ベ"}, {"ホ", "ボ"}};
constexpr std::pair<std::string_view, std::string_view> kSemiVoiced[] = {
    {"ハ", "パ"}, {"ヒ", "ピ"}, {"フ", "プ"}, {"ヘ", "ペ"}, {"ホ", "ポ"}};

// Value of a numeral node (-1 when it is none); `toKanji` rewrites its spelling.
int digitValue(NjdNode& node, bool toKanji) {
  if (node.surface == "*" || node.posGroup1 != "数") return -1;
  for (const auto& numeral : kNumerals)
    if (node.surface == numeral.text) {
      if (toKanji) node.surface = node.orig = std::string(numeral.kanji);
      return numeral.value;
    }
  return -1;
}

bool isHyphenOrBracket(std::string_view s) { return in(s, {"―", "−", "‐", "—", "－", "（", "）", "番号"}); }

// Positive: read the digits as one number; negative: read them one by one.
int sequenceScore(const NjdList& nodes, std::size_t start, std::size_t end) {
  int score = 0;
  if (start > 0) {
    const NjdNode& prev = nodes[start - 1];
    const bool prevPrevIsNumber = start >= 2 && nodes[start - 2].posGroup1 == "数";
    if (prev.posGroup1 == "数接続") score += 2;
    if (prev.posGroup2 == "助数詞" || prev.posGroup1 == "副詞可能") score += 1;
    if (prev.surface == "．" || prev.surface == "・") {
      if (prevPrevIsNumber) score -= 5;
    } else if (prev.surface == "（") {
      if (prevPrevIsNumber) score -= 2;
    } else if (isHyphenOrBracket(prev.surface)) {
      score -= 2;
    }
    if (start >= 2 && nodes[start - 2].surface == "番号") score -= 2;
  }
  if (end + 1 < nodes.size()) {
    const NjdNode& next = nodes[end + 1];
    const bool nextNextIsNumber = end + 2 < nodes.size() && nodes[end + 2].posGroup1 == "数";
    if (next.posGroup2 == "助数詞" || next.posGroup1 == "副詞可能") score += 2;
    if (next.surface == "）") {
      if (nextNextIsNumber) score -= 2;
    } else if (isHyphenOrBracket(next.surface)) {
      score -= 2;
    } else if (next.surface == "．" || next.surface == "・") {
      score += 4;
    }
  }
  return score;
}

// Digits start..end (inclusive) -> a number with place words, or digit by digit.
void convertSequence(NjdList& nodes, std::size_t start, std::size_t end) {
  const std::size_t size = end - start + 1;
  if (size <= 1) return;
  if (sequenceScore(nodes, start, end) < 0) {
    for (std::size_t k = 0; k < size; ++k) {
      NjdNode& node = nodes[start + k];
      if (node.surface == "〇" || node.surface == "０") {
        node.pron = "ゼロ";
        node.moraSize = 2;
      } else if (node.surface == "二") {
        node.pron = "ニー";
        node.moraSize = 2;
      } else if (node.surface == "五") {
        node.pron = "ゴー";
        node.moraSize = 2;
      }
      node.chainRule = "*";
      if (k % 2 == 0) {
        node.chainFlag = 0;
      } else {
        node.chainFlag = 1;
        nodes[start + k - 1].acc = 3;
      }
    }
    return;
  }
  int index = static_cast<int>(size % 4);
  if (index == 0) index = 4;
  int place = size > static_cast<std::size_t>(index) ? static_cast<int>((size - index) / 4) : 0;
  --index;
  if (place > 17) return;
  NjdList out;
  bool have = false;
  for (std::size_t k = start; k <= end; ++k) {
    NjdNode node = nodes[k];
    const int digit = digitValue(node, false);
    std::string_view insert;
    if (index == 0) {
      if (digit == 0) {
        node.pron = "*";
        node.acc = node.moraSize = 0;
      } else {
        have = true;
      }
      if (have) {
        if (place > 0) insert = kGroups[place];
        have = false;
      }
      --place;
    } else {
      if (digit <= 1) {
        node.pron = "*";
        node.acc = node.moraSize = 0;
      }
      if (digit > 0) {
        insert = kPlaces[index];
        have = true;
      }
    }
    out.push_back(std::move(node));
    if (!insert.empty()) out.push_back(load(insert));
    if (--index < 0) index = 3;
  }
  nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(start), nodes.begin() + static_cast<std::ptrdiff_t>(end) + 1);
  nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(start), out.begin(), out.end());
}

void convertDigitPron(DigitProns prons, NjdNode& node) {
  if (node.surface == "*") return;
  for (const auto& p : prons)
    if (node.surface == p.numeral) {
      node.pron = std::string(p.pron);
      node.acc = p.acc;
      node.moraSize = p.moras;
      return;
    }
}

void convertCounterSound(CounterSounds sounds, const NjdNode& numeral, NjdNode& counter) {
  if (numeral.surface == "*") return;
  int type = 0;
  for (const auto& s : sounds)
    if (numeral.surface == s.numeral) {
      type = s.type;
      break;
    }
  if (type == 0) return;
  const auto apply = [&](const auto& table) {
    for (const auto& [from, to] : table)
      if (startsWith(counter.pron, from)) {
        counter.pron = std::string(to) + counter.pron.substr(from.size());
        return;
      }
  };
  if (type == 1) apply(kVoiced);
  else apply(kSemiVoiced);
}

const std::string_view* findIn(const std::pair<std::string_view, std::string_view>* begin,
                               const std::pair<std::string_view, std::string_view>* end, std::string_view key) {
  for (auto* p = begin; p != end; ++p)
    if (p->first == key) return &p->second;
  return nullptr;
}

}  // namespace

void njdSetDigit(NjdList& nodes) {
  bool anyNumber = false;
  std::vector<std::pair<std::size_t, std::size_t>> runs;
  std::size_t runStart = 0;
  bool inRun = false;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (nodes[i].posGroup1 == "数") anyNumber = true;
    if (digitValue(nodes[i], true) >= 0) {
      if (!inRun) runStart = i;
      inRun = true;
    } else if (inRun) {
      runs.emplace_back(runStart, i - 1);
      inRun = false;
    }
  }
  if (inRun) runs.emplace_back(runStart, nodes.size() - 1);
  // Later runs first, so inserting place words keeps earlier indices valid.
  for (auto it = runs.rbegin(); it != runs.rend(); ++it) convertSequence(nodes, it->first, it->second);
  if (!anyNumber) return;
  njdRemoveSilent(nodes);
  if (nodes.empty()) return;

  // Decimal points between numerals.
  for (std::size_t i = 1; i + 1 < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    NjdNode& prev = nodes[i - 1];
    if (node.surface != "*" && prev.surface != "*" && (node.surface == "．" || node.surface == "・") &&
        prev.posGroup1 == "数" && nodes[i + 1].posGroup1 == "数") {
      reload(node, kDecimalPoint);
      node.chainFlag = 1;
      if (prev.surface == "〇" || prev.surface == "０") {
        prev.pron = "レー";
        prev.moraSize = 2;
      } else if (prev.surface == "二") {
        prev.pron = "ニー";
        prev.moraSize = 2;
      } else if (prev.surface == "五") {
        prev.pron = "ゴー";
        prev.moraSize = 2;
      }
    }
  }

  // Counters after a numeral.
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    NjdNode& prev = nodes[i - 1];
    if (prev.posGroup1 != "数" || !(node.posGroup2 == "助数詞" || node.posGroup1 == "副詞可能")) continue;
    if (node.surface != "*") {
      for (const auto& cls : kPronClasses)
        if (in(node.surface, cls.counters)) {
          convertDigitPron(cls.prons, prev);
          break;
        }
      for (const auto& cls : kSoundClasses)
        if (in(node.surface, cls.counters)) {
          convertCounterSound(cls.sounds, prev, node);
          break;
        }
    }
    prev.chainFlag = 0;
    node.chainFlag = 1;
  }

  // Numerals followed by place words: phrases and sound changes (三百 = サンビャク).
  for (std::size_t i = 1; i < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    NjdNode& prev = nodes[i - 1];
    if (prev.posGroup1 != "数") continue;
    if (node.posGroup1 == "数") {
      if (in(prev.surface, kDigitWords)) {
        if (in(node.surface, kPlaceWords)) {
          prev.chainFlag = 0;
          node.chainFlag = 1;
        }
      } else if (in(prev.surface, kPlaceWords) && in(node.surface, kDigitWords)) {
        node.chainFlag = 0;
      }
    }
    if (node.surface == "百") convertDigitPron({{"六", "ロッ", 0, 2}, {"八", "ハッ", 0, 2}}, prev);
    if (node.surface == "千" || node.surface == "兆")
      convertDigitPron({{"一", "イッ", 0, 2}, {"八", "ハッ", 0, 2}, {"十", "ジュッ", 1, 2}}, prev);
    if (node.surface == "百" || node.surface == "千")
      convertCounterSound({{"三", 1}, {"六", 2}, {"八", 2}, {"何", 1}}, prev, node);
  }

  // Native readings: 一つ..., 一人, 二人, days of the month.
  for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
    NjdNode& node = nodes[i];
    NjdNode& next = nodes[i + 1];
    if (next.surface == "*" || node.posGroup1 != "数" || (i > 0 && nodes[i - 1].posGroup1 == "数") ||
        !(next.posGroup2 == "助数詞" || next.posGroup1 == "副詞可能"))
      continue;
    for (const auto& [counter, reading] : kNativeCounters)
      if (next.surface == counter && next.read == reading) {
        if (node.surface == "一" || node.surface == "二") {
          node.read = node.pron = node.surface == "一" ? "ヒト" : "フタ";
          node.acc = 0;
          node.moraSize = 2;
        }
        break;
      }
    if (next.surface == "人") {
      if (const auto* f = findIn(std::begin(kPeople), std::end(kPeople), node.surface)) {
        reload(node, *f);
        next.pron = "*";
      }
    }
    if (next.surface == "日" && node.surface != "*") {
      if (i > 0 && nodes[i - 1].surface.find("月") != std::string::npos && node.surface == "一") {
        reload(node, kTsuitachi);
        next.pron = "*";
      } else if (const auto* f = findIn(std::begin(kDays), std::end(kDays), node.surface)) {
        reload(node, *f);
        next.pron = "*";
      }
    } else if (next.surface == "日間") {
      if (const auto* f = findIn(std::begin(kDayCounts), std::end(kDayCounts), node.surface)) {
        reload(node, *f);
        next.pron = "*";
      }
    }
  }

  // 十四日, 二十日, 二十四日 (and their 日間 forms).
  for (std::size_t i = 0; i + 2 < nodes.size(); ++i) {
    if (i > 0 && nodes[i - 1].posGroup1 == "数") continue;
    NjdNode& a = nodes[i];
    NjdNode& b = nodes[i + 1];
    NjdNode& c = nodes[i + 2];
    if (a.surface == "十" && b.surface == "四") {
      if (c.surface == "日" || c.surface == "日間") {
        reload(a, c.surface == "日" ? kJuyokka : kJuyokkakan);
        b.pron = c.pron = "*";
      }
    } else if (a.surface == "二" && b.surface == "十") {
      if (c.surface == "日" || c.surface == "日間") {
        reload(a, c.surface == "日" ? kHatsuka : kHatsukakan);
        b.pron = c.pron = "*";
      } else if (c.surface == "四" && i + 3 < nodes.size()) {
        NjdNode& d = nodes[i + 3];
        if (d.surface == "日" || d.surface == "日間") {
          reload(a, kNiju);
          const int flag = b.chainFlag;
          b = load(d.surface == "日" ? kYokka : kYokkakan);
          b.chainFlag = flag;
          c.pron = d.pron = "*";
        }
      }
    }
  }
  njdRemoveSilent(nodes);
}

}  // namespace timbre::text::japanese
