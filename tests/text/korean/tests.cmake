# Korean frontend: rule-based, checked against hand-derived standard pronunciations
# (no golden data: the reference needs mecab-ko).
timbre_add_test(TestKoreanFrontend SOURCES TestKoreanFrontend.cpp LABELS unit LIBS timbre_text NO_ENGINE)
