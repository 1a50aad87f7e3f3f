# Text frontend: phone tables and the English frontend against the reference's golden data.
timbre_add_test(TestPhoneTable SOURCES TestPhoneTable.cpp LABELS unit LIBS timbre_text)
timbre_add_test(TestEnglishFrontend SOURCES TestEnglishFrontend.cpp LABELS unit parity LIBS timbre_text)
