timbre_add_test(TestNpy SOURCES TestNpy.cpp LABELS unit)
