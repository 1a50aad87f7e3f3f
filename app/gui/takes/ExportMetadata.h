#pragma once
// The text tags every exported take carries: it is marked as AI-generated
// speech, with the cloned voice's name. Kept in English on purpose: these are
// markers for people and tools reading the file, whatever the UI language.
#include "Take.h"

#include "audio/AudioMetadata.h"

namespace timbre::gui {

// title: the script (shortened), artist: "Timbre (AI-generated voice: <voice>)",
// comment: "AI-generated speech …", software: "Timbre <version>".
audio::AudioMetadata exportMetadata(const Take& take);

}  // namespace timbre::gui
