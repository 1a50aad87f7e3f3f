# ERes2NetV2 speaker encoder (v2Pro/v2ProPlus) and its Kaldi fbank: parity with
# GPT-SoVITS on the aux-tiny fixtures, sizes read from the file, errors.
timbre_add_test(TestSpeakerEncoder SOURCES TestSpeakerEncoder.cpp LABELS parity)
