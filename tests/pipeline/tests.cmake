timbre_add_test(TestSynthesizer SOURCES TestSynthesizer.cpp LABELS unit parity slow)
timbre_add_test(TestSharedVoiceModels SOURCES TestSharedVoiceModels.cpp LABELS unit)
timbre_add_test(TestReferenceCache SOURCES TestReferenceCache.cpp LABELS unit)
timbre_add_test(TestStreaming SOURCES TestStreaming.cpp LABELS unit)
if(TARGET timbre-cli)
  timbre_add_test(TestSayCommand SOURCES TestSayCommand.cpp LABELS cli parity)
  add_dependencies(TestSayCommand timbre-cli)
endif()
# Flat model folders with refused weight files: the reader's reason is reported.
timbre_add_test(TestModelFolder SOURCES TestModelFolder.cpp LABELS unit LIBS PkgConfig::LIBZIP)
# Deeply nested JSON in a BERT folder or a saved voice: refused by name, no crash.
timbre_add_test(TestDeepJsonFiles SOURCES TestDeepJsonFiles.cpp LABELS unit)
