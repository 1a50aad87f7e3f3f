# Sentence cutting / preprocessor pieces and the language split, against the
# reference's golden data (fixtures/frontend/segmentation.jsonl, mixed.jsonl, e2e-tiny cases).
timbre_add_test(TestSentenceSplitter SOURCES TestSentenceSplitter.cpp LABELS unit parity LIBS timbre_text NO_ENGINE)
timbre_add_test(TestLanguageSegmenter SOURCES TestLanguageSegmenter.cpp LABELS unit parity LIBS timbre_text NO_ENGINE)
