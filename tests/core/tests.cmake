# Process-wide compute settings: thread budget and the per-stage pool scopes.
timbre_add_test(TestRuntime SOURCES TestRuntime.cpp LABELS unit)
