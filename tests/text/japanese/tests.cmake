# Japanese frontend against the reference's golden data (needs MeCab and naist-jdic).
timbre_add_test(TestJapaneseFrontend SOURCES TestJapaneseFrontend.cpp LABELS unit parity LIBS timbre_text NO_ENGINE)
