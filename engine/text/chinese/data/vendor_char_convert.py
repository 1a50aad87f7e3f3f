#!/usr/bin/env python3
"""Refresh the vendored traditional -> simplified table from GPT-SoVITS's char_convert.py.

usage: vendor_char_convert.py <GPT_SoVITS/text/zh_normalization/char_convert.py> <out dir>

char_convert.py holds two aligned strings (simplified_charcters, traditional_characters)
and builds its map with a dict comprehension over their pairs, so when a traditional
character occurs twice the later pair wins (乾 maps to 干 early on, then to itself).
Writes char_convert_t2s.txt: "traditional<TAB>simplified" for every character the
resolved map changes, in code point order. The file is read as text, never executed.
"""
import ast
import sys


def string_constant(source, name):
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    sys.exit(f"{name} not found")


def main(path, out_dir):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    simplified = string_constant(source, "simplified_charcters")
    traditional = string_constant(source, "traditional_characters")
    if len(simplified) != len(traditional):
        sys.exit("the two strings differ in length")
    t2s = {}
    for s, t in zip(simplified, traditional):
        t2s[t] = s
    with open(f"{out_dir}/char_convert_t2s.txt", "w", encoding="utf-8", newline="\n") as out:
        for t in sorted(t2s):
            if t2s[t] != t:
                out.write(f"{t}\t{t2s[t]}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(*sys.argv[1:])
