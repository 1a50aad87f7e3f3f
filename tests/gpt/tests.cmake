# GPT (text-to-semantic) decoder: layout from configs, parity with the official
# implementation on the v2-tiny fixtures, sampling/seeding, errors.
timbre_add_test(TestGptShapes SOURCES TestGptShapes.cpp LABELS unit)
timbre_add_test(TestGptModel SOURCES TestGptModel.cpp LABELS unit)
timbre_add_test(TestGptParity SOURCES TestGptParity.cpp LABELS parity)
