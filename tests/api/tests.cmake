# The HTTP API of `timbre-cli serve`, driven as a real process over loopback.
if(TARGET timbre-cli)
  find_package(Qt6 REQUIRED COMPONENTS Network)
  timbre_add_test(TestApiServer SOURCES TestApiServer.cpp LABELS cli slow LIBS Qt6::Network)
  # Qt6::Network's QT_NETWORK_LIB define would make GCC ignore the shared
  # precompiled header (QtTest checks that macro); the test needs neither.
  target_compile_options(TestApiServer PRIVATE -UQT_NETWORK_LIB)
  add_dependencies(TestApiServer timbre-cli)
  set_tests_properties(TestApiServer PROPERTIES TIMEOUT 900)
endif()
