#pragma once
// The studio's "Serve API" switch: runs the api_v2-compatible HTTP server of
// `timbre-cli serve` (timbre_serve) on 127.0.0.1 on its own thread. Its models
// come from pipeline::sharedVoiceModels: with the studio's folder and device
// they are the studio's own set, not a second copy. Loading and binding happen on that thread;
// the outcome comes back as signals on the controller's (UI) thread.
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace timbre::serve {
class ApiServer;
}

namespace timbre::gui {

class ApiServerController : public QObject {
  Q_OBJECT

 public:
  struct Options {
    QString modelFolder;   // the studio's current model folder
    QStringList refDirs;   // reference audio must lie inside one of these (created if missing)
    QString voicesFolder;  // voice library: ref_audio_path may name a saved voice; empty = the user's
    int port = 9880;       // 0 = any free port
    QString device = QStringLiteral("cpu");
    bool halfPrecision = false;
    QString dictionary;    // the user's pronunciation dictionary (Settings); empty = none
  };
  enum class State { Off, Starting, Running };

  explicit ApiServerController(QObject* parent = nullptr);
  // Stops the server and waits for its thread.
  ~ApiServerController() override;

  // Loads the models and binds 127.0.0.1 on the server thread; then started()
  // or failed(). Ignored unless Off.
  void start(const Options& options);
  // Stops serving (in-flight requests finish) and joins the thread; stopped()
  // when it was on. Blocks while models are still loading.
  void stop();

  State state() const { return m_state; }
  // While Running: the bound port and "http://127.0.0.1:PORT".
  int port() const { return m_port; }
  QString url() const;

 signals:
  void started(const QString& url);
  // Could not start or stopped with an error (the engine's / server's message).
  void failed(const QString& message);
  // byClient: a client sent /control?command=exit.
  void stopped(bool byClient);

 private:
  // The server thread's body; `generation` tells its posts from a later run's.
  void serve(Options options, int generation);
  void joinThread();

  State m_state = State::Off;
  int m_port = 0;
  int m_generation = 0;  // UI thread only: bumped by start() and stop()
  std::thread m_thread;
  std::atomic<bool> m_stopRequested{false};
  std::atomic<bool> m_threadDone{true};
  std::mutex m_serverMutex;             // guards m_server
  serve::ApiServer* m_server = nullptr;  // the listening server, owned by the thread
};

}  // namespace timbre::gui
