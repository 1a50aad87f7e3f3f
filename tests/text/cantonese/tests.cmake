# Cantonese frontend: Jyutping from rime-data-jyut6ping3, checked against hand-derived
# readings (no golden data: the reference could not be run).
timbre_add_test(TestCantoneseFrontend SOURCES TestCantoneseFrontend.cpp LABELS unit LIBS timbre_text NO_ENGINE)
