# Third-party packages, all from Debian 12. Torch may also come from a Python
# torch 2.x install (CMAKE_PREFIX_PATH=$(python3 -c 'import torch;print(torch.utils.cmake_prefix_path)')).
find_package(Torch REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(PkgConfig REQUIRED)
# libzip's CMake config needs extra tool packages on Debian; pkg-config does not.
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(SNDFILE REQUIRED IMPORTED_TARGET sndfile)
pkg_check_modules(SOXR REQUIRED IMPORTED_TARGET soxr)
# MD5 of a SoVITS file's first 8 KiB identifies the official pretrained weights.
pkg_check_modules(LIBCRYPTO REQUIRED IMPORTED_TARGET libcrypto)
# Unicode categories and normalisation for the BERT tokenizer.
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc)
