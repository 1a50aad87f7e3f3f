#include "PortAudioSession.h"

#include <portaudio.h>

namespace timbre::gui {

std::mutex& PortAudioSession::apiMutex() {
  static std::mutex mutex;
  return mutex;
}

PortAudioSession::PortAudioSession() {
  std::lock_guard lock(apiMutex());
  m_error = Pa_Initialize();
}

PortAudioSession::~PortAudioSession() {
  if (!ok()) return;  // a failed Pa_Initialize() must not be paired with Pa_Terminate()
  std::lock_guard lock(apiMutex());
  Pa_Terminate();
}

QString PortAudioSession::errorText() const {
  return ok() ? QString() : QString::fromLocal8Bit(Pa_GetErrorText(m_error));
}

QString PortAudioSession::describe(const QString& what, int paError) {
  return QStringLiteral("%1 (%2)").arg(what, QString::fromLocal8Bit(Pa_GetErrorText(paError)));
}

}  // namespace timbre::gui
