timbre_add_test(TestHubertModel SOURCES TestHubertModel.cpp LABELS unit parity)
