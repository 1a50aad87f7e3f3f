# GPT (text-to-semantic) training: parity with ../shared/fixtures/train-tiny/gpt.
timbre_add_test(TestGptTrainForward SOURCES TestGptTrainForward.cpp LABELS parity LIBS timbre_train_gpt)
timbre_add_test(TestGptScaledAdam SOURCES TestGptScaledAdam.cpp LABELS parity LIBS timbre_train_gpt)
timbre_add_test(TestGptDataset SOURCES TestGptDataset.cpp LABELS parity LIBS timbre_train_gpt)
timbre_add_test(TestGptUpdateSchedule SOURCES TestGptUpdateSchedule.cpp LABELS parity LIBS timbre_train_gpt)
timbre_add_test(TestGptTrainer SOURCES TestGptTrainer.cpp LABELS unit LIBS timbre_train_gpt)
timbre_add_test(TestGptTrainBench SOURCES TestGptTrainBench.cpp LABELS unit LIBS timbre_train_gpt)
