# Fine-tuning data preparation (engine/training/data): parity with the official
# prepare_datasets outputs in ../shared/fixtures/train-tiny/prep, and bad input.
timbre_add_test(TestTrainSlicer SOURCES TestTrainSlicer.cpp LABELS unit parity LIBS timbre_train_data)
timbre_add_test(TestTrainAudio32k SOURCES TestTrainAudio32k.cpp LABELS unit parity LIBS timbre_train_data)
timbre_add_test(TestTrainText SOURCES TestTrainText.cpp LABELS unit parity LIBS timbre_train_data)
timbre_add_test(TestTrainSemantic SOURCES TestTrainSemantic.cpp LABELS unit parity LIBS timbre_train_data)
timbre_add_test(TestPrepareDataset SOURCES TestPrepareDataset.cpp LABELS unit LIBS timbre_train_data)
# The training wizard's Read aloud sentences: counts, known phones, phone coverage.
timbre_add_test(TestReadAloudScript SOURCES TestReadAloudScript.cpp LABELS unit LIBS timbre_read_aloud NO_ENGINE)
