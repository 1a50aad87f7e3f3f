if(TIMBRE_BUILD_GUI)
  timbre_add_test(TestMainWindow SOURCES TestMainWindow.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # The studio: subtitles, panels, the synthesis worker on the e2e-tiny models, a screenshot.
  timbre_add_test(TestSubtitleWriter SOURCES TestSubtitleWriter.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  timbre_add_test(TestStudio SOURCES TestStudio.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # Projects: the work comes back in the next window; what Generate refuses before it starts.
  timbre_add_test(TestProjects SOURCES TestProjects.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # Layout: buddies, red quality rows in sight, Takes cannot be hidden, preview width, wrapping reasons.
  timbre_add_test(TestStudioLayout SOURCES TestStudioLayout.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # The voice library panel and the model manager in the studio (e2e-tiny models).
  timbre_add_test(TestVoiceLibraryPanel SOURCES TestVoiceLibraryPanel.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  timbre_add_test(TestSynthesisWorker SOURCES TestSynthesisWorker.cpp LABELS gui slow LIBS timbre_gui Qt6::Widgets)
  # Regenerating one piece of a take (a new take; the others' samples kept) and A/B comparison.
  timbre_add_test(TestPieceRegeneration SOURCES TestPieceRegeneration.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # Microphone recording: the record dialog, waveform zoom, trim/undo (no audio hardware).
  timbre_add_test(TestRecording SOURCES TestRecording.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # Real play + record through PortAudio on a private PulseAudio null sink (PulseNullSink.h);
  # needs pulseaudio, pulseaudio-utils, libasound2-plugins and fails without them.
  timbre_add_test(TestAudioLoopback SOURCES TestAudioLoopback.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  set_tests_properties(TestAudioLoopback PROPERTIES TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;JACK_NO_START_SERVER=1")
  # Seeking in takes: the player's start offset and the Takes panel's position slider (null sink too).
  timbre_add_test(TestTakeSeek SOURCES TestTakeSeek.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  set_tests_properties(TestTakeSeek PROPERTIES TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;JACK_NO_START_SERVER=1")
  # The training wizard's gather page: read aloud (stand-in recorder, and real audio through the null sink),
  # import of a folder with a .list or sidecar transcripts and of a long recording, proofreading, reopening.
  timbre_add_test(TestSpeechGatherPage SOURCES TestSpeechGatherPage.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  set_tests_properties(TestSpeechGatherPage PROPERTIES TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;JACK_NO_START_SERVER=1")
  # "Play while generating": the take plays as the engine streams it (e2e-tiny models, null sink).
  timbre_add_test(TestPlayWhileGenerating SOURCES TestPlayWhileGenerating.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  set_tests_properties(TestPlayWhileGenerating PROPERTIES TIMEOUT 300
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;JACK_NO_START_SERVER=1")
endif()
if(TARGET timbre-cli)
  timbre_add_test(TestCliBasics SOURCES TestCliBasics.cpp LABELS cli unit)
  add_dependencies(TestCliBasics timbre-cli)
  # bench on a tiny workload with full-size random weights: the JSON figures and their consistency.
  timbre_add_test(TestBenchCommand SOURCES TestBenchCommand.cpp LABELS cli slow)
  add_dependencies(TestBenchCommand timbre-cli)
  set_tests_properties(TestBenchCommand PROPERTIES TIMEOUT 600)
endif()
if(TIMBRE_BUILD_GUI)
  # Menus/shortcuts/size, preferences, export tags, translations.
  timbre_add_test(TestMainWindowActions SOURCES TestMainWindowActions.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  timbre_add_test(TestSettings SOURCES TestSettings.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  timbre_add_test(TestExportMetadata SOURCES TestExportMetadata.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  timbre_add_test(TestTranslations SOURCES TestTranslations.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  # The "Serve API" switch: a real /tts request to the studio's server (e2e-tiny models).
  timbre_add_test(TestServeApiSwitch SOURCES TestServeApiSwitch.cpp LABELS gui unit LIBS timbre_gui Qt6::Widgets)
  set_tests_properties(TestServeApiSwitch PROPERTIES TIMEOUT 600)
endif()
if(TIMBRE_BUILD_GUI)
  # The "New voice model…" wizard end to end: base check, train, stop, resume after a restart,
  # the kept epoch as a library voice that speaks (tiny base models, AISHELL-1 clips).
  timbre_add_test(TestTrainingWizard SOURCES TestTrainingWizard.cpp LABELS gui slow LIBS timbre_gui Qt6::Widgets)
  # Training the tiny models takes minutes on two cores: beyond Qt Test's 300 s per function.
  set_tests_properties(TestTrainingWizard PROPERTIES TIMEOUT 1500 ENVIRONMENT
    "QT_QPA_PLATFORM=offscreen;XDG_CACHE_HOME=${CMAKE_BINARY_DIR}/test-cache;QTEST_FUNCTION_TIMEOUT=1400000;JACK_NO_START_SERVER=1")
endif()
