timbre_add_test(TestBertModel SOURCES TestBertModel.cpp LABELS unit parity)
