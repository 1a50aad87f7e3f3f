# The .deb: built with CPack from this build tree, unpacked with dpkg-deb -x into a
# temporary root, its programs run from there (--version without a display), its
# desktop entry and AppStream metainfo validated. Needs dpkg-dev, desktop-file-utils
# and appstream (packaging/debian/build-deps.txt).
find_program(TIMBRE_DPKG_DEB dpkg-deb)
if(TIMBRE_BUILD_GUI AND TARGET timbre-cli AND TIMBRE_DPKG_DEB)
  # CTest cannot depend on build targets: a setup test brings the packaged ones up to date.
  add_test(NAME TestPackageInputs
           COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target timbre timbre-cli timbre_icons)
  set_tests_properties(TestPackageInputs PROPERTIES LABELS "packaging" FIXTURES_SETUP timbre_package_inputs
                                                    RUN_SERIAL TRUE)
  add_test(NAME TestDebianPackage
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-package.sh ${CMAKE_BINARY_DIR} ${PROJECT_VERSION}
                   ${TIMBRE_SHARED_DIR})
  set_tests_properties(TestDebianPackage PROPERTIES LABELS "packaging" FIXTURES_REQUIRED timbre_package_inputs
                                                    TIMEOUT 900)
endif()
