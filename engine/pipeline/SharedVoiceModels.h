#pragma once
// One loaded copy of a model set per process, however many hold it: the
// studio, its Serve API switch and every synthesis slot of the API server ask
// here instead of loading their own, so the same files on the same device take
// their memory once (a full-size v2 set is about 900 MiB). A VoiceModels is
// only read during synthesis (per-request generators and KV caches), so
// syntheses on any number of threads can share it; TestSynthesizer shows
// concurrent runs equal solo ones.
//
// A set is known by its files' paths, sizes and modification times and by the
// device options: a retrained checkpoint saved over the old one loads afresh.
// It is freed when the last holder lets go.
#include "pipeline/VoiceModels.h"

#include <memory>

namespace timbre::pipeline {

// Returns the set already loaded for these files and options, or loads it.
// Two threads asking for the same set at once load it once; both get the
// loader's error if it fails. Throws timbre::Error as VoiceModels::load.
std::shared_ptr<const VoiceModels> sharedVoiceModels(const ModelPaths& paths, const DeviceOptions& options = {});

}  // namespace timbre::pipeline
