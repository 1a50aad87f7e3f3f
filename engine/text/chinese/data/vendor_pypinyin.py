#!/usr/bin/env python3
"""Refresh the vendored pypinyin tables from pypinyin's own JSON dictionaries.

usage: vendor_pypinyin.py <pinyin_dict.json> <phrases_dict.json> <out dir>

Writes pypinyin_chars.txt ("char<TAB>reading") and pypinyin_phrases.txt
("phrase<TAB>reading reading ..."), tone marks as pypinyin spells them.

Only what GPT-SoVITS's Chinese path can look up is kept: its normaliser deletes every
character outside U+4E00..U+9FA5 before pypinyin sees the text, and lazy_pinyin without
heteronyms reads only the first reading of a character or of a phrase's syllable.
"""
import json
import sys


def in_range(text):
    return all(0x4E00 <= ord(c) <= 0x9FA5 for c in text)


def main(chars_json, phrases_json, out_dir):
    with open(chars_json, encoding="utf-8") as f:
        chars = json.load(f)
    with open(phrases_json, encoding="utf-8") as f:
        phrases = json.load(f)
    with open(f"{out_dir}/pypinyin_chars.txt", "w", encoding="utf-8", newline="\n") as out:
        for code in sorted(chars, key=int):
            char = chr(int(code))
            if in_range(char):
                out.write(f"{char}\t{chars[code].split(',')[0]}\n")
    with open(f"{out_dir}/pypinyin_phrases.txt", "w", encoding="utf-8", newline="\n") as out:
        for phrase in sorted(phrases):
            readings = phrases[phrase]
            if in_range(phrase) and len(readings) == len(phrase):
                out.write(f"{phrase}\t{' '.join(r[0] for r in readings)}\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
