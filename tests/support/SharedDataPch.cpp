// Compiles the precompiled header that the NO_ENGINE tests reuse (SharedData.cpp
// skips it because it carries its own path defines).
