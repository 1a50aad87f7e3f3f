#pragma once
// One Pa_Initialize()/Pa_Terminate() pair as an object. PortAudio counts
// initialisations, but that counter is not thread-safe and the player and the
// recorder each run on threads of their own, so initialising, terminating and
// opening/closing streams all go through one process-wide lock.
//
// The pulse ALSA plugin (how PortAudio reaches a PulseAudio/PipeWire server on
// Debian) reads its configuration at initialisation: environment such as
// PULSE_SERVER or HOME (for ~/.asoundrc) must be set before the first session.
#include <QString>

#include <mutex>

namespace timbre::gui {

class PortAudioSession {
 public:
  PortAudioSession();
  ~PortAudioSession();
  PortAudioSession(const PortAudioSession&) = delete;
  PortAudioSession& operator=(const PortAudioSession&) = delete;

  // False when Pa_Initialize() failed; errorText() then says why.
  bool ok() const { return m_error == 0; }
  // PortAudio's own words for the failure (Pa_GetErrorText), empty when ok().
  QString errorText() const;

  // Hold while opening or closing a stream or walking the device list.
  static std::mutex& apiMutex();
  // "what (PortAudio's reason)" for a PaError code.
  static QString describe(const QString& what, int paError);

 private:
  int m_error = 0;  // PaError
};

}  // namespace timbre::gui
