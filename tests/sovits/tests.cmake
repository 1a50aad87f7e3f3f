timbre_add_test(TestSovitsShapes SOURCES TestSovitsShapes.cpp LABELS unit)
timbre_add_test(TestSovitsParity SOURCES TestSovitsParity.cpp LABELS parity)
