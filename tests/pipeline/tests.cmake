timbre_add_test(TestSynthesizer SOURCES TestSynthesizer.cpp LABELS unit parity slow)
timbre_add_test(TestReferenceWindow SOURCES TestReferenceWindow.cpp LABELS unit)
