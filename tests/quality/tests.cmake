# Reference quality report (engine/audio/QualityReport).
timbre_add_test(TestQualityReport SOURCES TestQualityReport.cpp LABELS unit)
