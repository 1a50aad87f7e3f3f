timbre_add_test(TestPythonRandom SOURCES TestPythonRandom.cpp LABELS unit LIBS timbre_train_common)
timbre_add_test(TestWeightsFiles SOURCES TestWeightsFiles.cpp LABELS parity LIBS timbre_train_common PkgConfig::LIBZIP)
timbre_add_test(TestTrainingState SOURCES TestTrainingState.cpp LABELS unit LIBS timbre_train_common)
