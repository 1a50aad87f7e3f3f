#pragma once
// The standard pronunciation rules (표준 발음법) applied to Hangul syllables: what
// g2pk2 does after its number and POS steps. Input and output are text; Hangul
// syllables are rewritten to how they are pronounced, everything else is kept.
#include <string>

namespace timbre::text::korean {

// Rules, in the order g2pk applies them:
//  1. vowels: 져/쪄/쳐 -> 저/쩌/처; 의 after a consonant -> 이 (희망 -> 히망);
//  2. letter names (디귿이 -> 디그시), stem-final clusters before endings
//     (읽고 -> 일꼬, 넓게 -> 널께, 앉고 -> 안꼬, 밟다 -> 밥따), palatalisation
//     (굳이 -> 구지, 같이 -> 가치, 닫히다 -> 다치다), tensification after the
//     modifier -ㄹ (할 수 -> 할 쑤, 할수록 -> 할쑤록);
//  3. coda + onset (also across one space, as g2pk does): aspiration with ㅎ
//     (좋고 -> 조코, 축하 -> 추카), nasalisation (합니다 -> 함니다, 국물 -> 궁물,
//     독립 -> 동닙), lateralisation (신라 -> 실라, 칼날 -> 칼랄), ㄹ -> ㄴ after
//     ㅁ/ㅇ (종로 -> 종노), tensification after obstruent codas (학교 -> 학꾜),
//     coda neutralisation before consonants and at word ends (옷 -> 옫, 부엌 -> 부억);
//  4. liaison (연음): 음악 -> 으막, 닭이 -> 달기, 없어 -> 업써, 옷 안 -> 오 단;
//     ㅎ deletion (좋아 -> 조아, 않아 -> 아나, 싫어 -> 시러).
// Without mecab-ko (not packaged for Debian) the POS-dependent rules are heuristics:
// see KoreanPronunciation.cpp.
std::u32string applyPronunciationRules(const std::u32string& text);

}  // namespace timbre::text::korean
