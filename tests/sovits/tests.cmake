timbre_add_test(TestSovitsShapes SOURCES TestSovitsShapes.cpp LABELS unit)
timbre_add_test(TestSovitsParity SOURCES TestSovitsParity.cpp LABELS parity)
timbre_add_test(TestTransposedConv SOURCES TestTransposedConv.cpp LABELS unit)
timbre_add_test(TestCfmSynthesis SOURCES TestCfmSynthesis.cpp LABELS parity)
