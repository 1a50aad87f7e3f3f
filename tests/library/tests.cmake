# The voice library (engine/library): storage of named voices, no GUI.
timbre_add_test(TestVoiceLibrary SOURCES TestVoiceLibrary.cpp LABELS unit)
