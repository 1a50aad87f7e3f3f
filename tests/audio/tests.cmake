# Audio I/O, resampling and the reference spectrogram (engine/audio).
timbre_add_test(TestSpectrogram SOURCES TestSpectrogram.cpp LABELS parity unit)
timbre_add_test(TestAudioFile SOURCES TestAudioFile.cpp LABELS unit)
timbre_add_test(TestResampler SOURCES TestResampler.cpp LABELS unit)
timbre_add_test(TestAudioMetadata SOURCES TestAudioMetadata.cpp LABELS unit)
# "Pick best 3-10 s": windows start and end in pauses (real aishell sentences, synthetic bursts).
timbre_add_test(TestReferenceWindow SOURCES TestReferenceWindow.cpp LABELS unit)
