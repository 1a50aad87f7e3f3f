# `timbre-cli serve`: the GPT-SoVITS-compatible HTTP API (cpp-httplib, Debian
# package libcpp-httplib-dev). include()d from app/cli/CMakeLists.txt.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CPP_HTTPLIB IMPORTED_TARGET cpp-httplib)
if(NOT CPP_HTTPLIB_FOUND)
  message(FATAL_ERROR "cpp-httplib not found (Debian package libcpp-httplib-dev)")
endif()
target_sources(timbre-cli PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../commands/ServeCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AccessControl.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ApiServer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AudioResponse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ModelPool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PathGuard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RateLimiter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RequestQueue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TtsRequestParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/UploadedReference.cpp)
# The package's defines (OpenSSL/zlib/brotli support) change httplib's class
# layouts, so they must match the compiled libcpp-httplib.
target_link_libraries(timbre-cli PRIVATE PkgConfig::CPP_HTTPLIB)
