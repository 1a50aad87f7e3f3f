# Mandarin frontend: golden records (zh.jsonl and the zh segments of mixed.jsonl) and hard cases.
timbre_add_test(TestChineseFrontend SOURCES TestChineseFrontend.cpp LABELS unit parity LIBS timbre_text NO_ENGINE)
# Golden-file scoring (timbre-cli phonemize --score): counting, threshold, report; zh.jsonl through it.
timbre_add_test(TestGoldenScore SOURCES TestGoldenScore.cpp LABELS unit parity LIBS timbre_text NO_ENGINE)
# The same scoring as a user runs it: timbre-cli phonemize --score ... --min ...
if(TARGET timbre-cli)
  timbre_add_test(TestPhonemizeScore SOURCES TestPhonemizeScore.cpp LABELS cli parity NO_ENGINE)
  add_dependencies(TestPhonemizeScore timbre-cli)
endif()
