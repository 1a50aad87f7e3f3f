# Weight-file reader, model identification and `timbre-cli inspect`.
timbre_add_test(TestCheckpointReader SOURCES TestCheckpointReader.cpp CheckpointTestFiles.h LABELS unit LIBS PkgConfig::LIBZIP)
timbre_add_test(TestCheckpointSafety SOURCES TestCheckpointSafety.cpp CheckpointTestFiles.h LABELS unit LIBS PkgConfig::LIBZIP)
timbre_add_test(TestModelIdentity SOURCES TestModelIdentity.cpp LABELS unit)
if(TARGET timbre-cli)
  timbre_add_test(TestInspectCommand SOURCES TestInspectCommand.cpp LABELS cli unit LIBS timbre_train_common)
  add_dependencies(TestInspectCommand timbre-cli)
endif()
# Writers of weight files (pickle protocol 2, torch zip).
timbre_add_test(TestPickleWriter SOURCES TestPickleWriter.cpp LABELS unit LIBS PkgConfig::LIBZIP)
