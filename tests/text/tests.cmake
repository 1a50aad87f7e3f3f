# Text frontend: phone tables and the English frontend against the reference's golden data.
timbre_add_test(TestPhoneTable SOURCES TestPhoneTable.cpp LABELS unit LIBS timbre_text NO_ENGINE)
timbre_add_test(TestEnglishFrontend SOURCES TestEnglishFrontend.cpp LABELS unit parity LIBS timbre_text NO_ENGINE)
timbre_add_test(TestLetterToSound SOURCES TestLetterToSound.cpp LABELS unit LIBS timbre_text NO_ENGINE)
timbre_add_test(TestPerceptronTagger SOURCES TestPerceptronTagger.cpp LABELS unit LIBS timbre_text NO_ENGINE)

# One sub-area per language / splitter, each with its own tests.cmake.
foreach(part segmentation chinese japanese korean cantonese)
  if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${part}/tests.cmake)
    include(${CMAKE_CURRENT_LIST_DIR}/${part}/tests.cmake)
  endif()
endforeach()

# The commands themselves over every golden file: phonemize and split as a user runs them.
if(TARGET timbre-cli)
  timbre_add_test(TestFrontendCommands SOURCES TestFrontendCommands.cpp LABELS cli parity NO_ENGINE)
  add_dependencies(TestFrontendCommands timbre-cli)
endif()
