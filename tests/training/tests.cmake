# Fine-tuning: one file per stage, each listing its own tests (parity with
# ../shared/fixtures/train-tiny, behaviour on real speech, bad input).
foreach(stage common data sovits gpt run)
  if(EXISTS ${CMAKE_CURRENT_LIST_DIR}/${stage}/tests.cmake)
    include(${CMAKE_CURRENT_LIST_DIR}/${stage}/tests.cmake)
  endif()
endforeach()
