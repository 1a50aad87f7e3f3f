// libtorch headers first (through the server's): they use the identifier
// `slots`, which Qt's headers define as a macro.
#include "pipeline/ModelFolder.h"
#include "serve/ApiServer.h"
#include "serve/ModelPool.h"
#include "serve/ServeOptions.h"

#include "ApiServerController.h"

#include <QDir>

#include <chrono>

namespace timbre::gui {

ApiServerController::ApiServerController(QObject* parent) : QObject(parent) {}

ApiServerController::~ApiServerController() {
  // The window may be half destroyed: nobody is told any more.
  blockSignals(true);
  stop();
}

QString ApiServerController::url() const {
  return m_state == State::Running ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}

void ApiServerController::start(const Options& options) {
  if (m_state != State::Off) return;
  joinThread();  // a thread that ended on its own and was not collected yet
  if (options.modelFolder.trimmed().isEmpty()) {
    emit failed(tr("no model folder is chosen"));
    return;
  }
  // The path guard only accepts folders that exist.
  for (const QString& dir : options.refDirs) {
    if (!QDir().mkpath(dir)) {
      emit failed(tr("cannot create the folder %1").arg(dir));
      return;
    }
  }
  m_state = State::Starting;
  m_port = 0;
  m_stopRequested = false;
  m_threadDone = false;
  m_thread = std::thread([this, options, generation = ++m_generation] { serve(options, generation); });
}

void ApiServerController::stop() {
  if (m_state == State::Off && !m_thread.joinable()) return;
  const bool wasOn = m_state != State::Off;
  ++m_generation;  // what the thread still posts is stale now
  m_stopRequested = true;
  // A stop() before listen() has started is lost (cpp-httplib), so repeat it
  // until the thread is done; model loading runs to its end first.
  while (!m_threadDone) {
    {
      std::lock_guard lock(m_serverMutex);
      if (m_server) m_server->stop();
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  joinThread();
  m_state = State::Off;
  m_port = 0;
  if (wasOn) emit stopped(false);
}

void ApiServerController::joinThread() {
  if (m_thread.joinable()) m_thread.join();
}

void ApiServerController::serve(Options options, int generation) {
  // Runs `update` on the UI thread unless stop() or a new start() came first.
  const auto post = [this, generation](auto update) {
    QMetaObject::invokeMethod(
        this,
        [this, generation, update] {
          if (generation == m_generation) update();
        },
        Qt::QueuedConnection);
  };
  try {
    serve::ServeOptions s;
    s.host = "127.0.0.1";  // loopback only: no token needed
    s.port = options.port;
    s.models = options.modelFolder.toStdString();
    for (const QString& dir : options.refDirs) s.refDirs.push_back(dir.toStdString());
    s.voices = options.voicesFolder.toStdString();
    s.maxConcurrent = 1;
    s.device = options.device.toStdString();
    s.half = options.halfPrecision;
    s.dictionary = options.dictionary.toStdString();
    s.quiet = true;
    pipeline::DeviceOptions device;
    device.device = at::Device(s.device);
    device.halfPrecisionDecoder = s.half && device.device.is_cuda();

    // /control?command=restart finds the models in the folder again, in this thread (files
    // changed on disk load afresh; unchanged ones stay shared with the studio).
    auto outcome = serve::ApiServer::Outcome::Restart;
    bool first = true;
    while (outcome == serve::ApiServer::Outcome::Restart && !m_stopRequested) {
      serve::ModelPool pool(pipeline::findModels(s.models), device, std::string());
      if (m_stopRequested) break;
      serve::ApiServer server(s, pool);
      const int port = server.bind();
      s.port = port;  // a restart keeps the port
      {
        std::lock_guard lock(m_serverMutex);
        m_server = &server;
      }
      if (first) {
        post([this, port] {
          m_port = port;
          m_state = State::Running;
          emit started(url());
        });
        first = false;
      }
      outcome = server.listen();
      std::lock_guard lock(m_serverMutex);
      m_server = nullptr;
    }
    if (!m_stopRequested) {
      const bool byClient = outcome == serve::ApiServer::Outcome::Exit;
      post([this, byClient] {
        joinThread();
        m_state = State::Off;
        m_port = 0;
        emit stopped(byClient);
      });
    }
  } catch (const std::exception& e) {
    const QString message = QString::fromStdString(e.what());
    post([this, message] {
      joinThread();
      m_state = State::Off;
      m_port = 0;
      emit failed(message);
    });
  }
  m_threadDone = true;
}

}  // namespace timbre::gui
