# `timbre-cli train` end to end on real speech (AISHELL-1 speaker S0150) with the
# tiny official-format base models: files, log, auditions, resume, bad input.
if(TARGET timbre-cli)
  timbre_add_test(TestTrainCommand SOURCES TestTrainCommand.cpp LABELS cli slow)
  add_dependencies(TestTrainCommand timbre-cli)
  set_tests_properties(TestTrainCommand PROPERTIES TIMEOUT 1500)
endif()
