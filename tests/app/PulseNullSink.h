#pragma once
// A private PulseAudio server with a null sink for audio tests on machines
// without a sound card (recipe: shared/docs/debian-notes.md, "Audio without a
// sound card"). Everything lives in a temporary folder used as HOME and
// XDG_RUNTIME_DIR, so the user's own sound setup is never touched:
//  - the server loads only module-native-protocol-unix (a socket in that
//    folder) and module-null-sink; nullsink is the default sink and its
//    monitor the default source, so what is played can be recorded back;
//  - $HOME/.asoundrc points ALSA's default device at pulse, which is how
//    PortAudio (ALSA host API) reaches the server;
//  - start() sets HOME, XDG_RUNTIME_DIR and PULSE_SERVER in this process, so
//    call it before anything initialises PortAudio.
// Needs the Debian packages pulseaudio, pulseaudio-utils, libasound2-plugins.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace timbre::test {

class PulseNullSink {
 public:
  static constexpr int kRateHz = 48000;

  ~PulseNullSink() { stop(); }

  // Starts the server and waits until it answers; false with *error saying why.
  bool start(QString* error) {
    if (!m_dir.isValid()) return fail(error, QStringLiteral("cannot create a temporary folder"));
    const QString home = m_dir.filePath(QStringLiteral("home")), run = m_dir.filePath(QStringLiteral("run"));
    QDir().mkpath(home);
    QDir().mkpath(run);
    QFile::setPermissions(run, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_socket = m_dir.filePath(QStringLiteral("native"));
    if (!writeFile(home + QStringLiteral("/.asoundrc"),
                   "pcm.!default { type pulse }\nctl.!default { type pulse }\n"))
      return fail(error, QStringLiteral("cannot write .asoundrc"));
    const QString script = m_dir.filePath(QStringLiteral("nullsink.pa"));
    const QByteArray commands =
        "load-module module-native-protocol-unix auth-anonymous=1 socket=" + m_socket.toUtf8() + "\n" +
        "load-module module-null-sink sink_name=nullsink channels=1 rate=" + QByteArray::number(kRateHz) + "\n" +
        "set-default-sink nullsink\nset-default-source nullsink.monitor\n";
    if (!writeFile(script, commands)) return fail(error, QStringLiteral("cannot write the server script"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), run);
    env.remove(QStringLiteral("PULSE_SERVER"));
    m_server.setProcessEnvironment(env);
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    // -n: none of the system's default modules, only the script's.
    m_server.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("-n"), QStringLiteral("-F"), script, QStringLiteral("--daemonize=no"),
                    QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--use-pid-file=no"),
                    QStringLiteral("--disable-shm=yes"), QStringLiteral("--log-target=stderr")});
    if (!m_server.waitForStarted(5000))
      return fail(error, QStringLiteral("cannot run pulseaudio (%1); install the Debian packages pulseaudio "
                                        "pulseaudio-utils libasound2-plugins")
                             .arg(m_server.errorString()));
    QElapsedTimer clock;
    clock.start();
    QString defaultSource;
    while (clock.elapsed() < 10000) {
      if (m_server.state() != QProcess::Running)
        return fail(error, QStringLiteral("pulseaudio exited (code %1): %2")
                               .arg(m_server.exitCode())
                               .arg(QString::fromLocal8Bit(m_server.readAll())));
      defaultSource = pactl({QStringLiteral("get-default-source")});
      if (!defaultSource.isEmpty()) break;
      QThread::msleep(50);
    }
    if (defaultSource != QLatin1String("nullsink.monitor"))
      return fail(error, QStringLiteral("pulseaudio did not answer with nullsink.monitor as its default source "
                                        "within 10 s (got '%1'); its log: %2")
                             .arg(defaultSource, QString::fromLocal8Bit(m_server.readAll())));
    // This process: libpulse (through the ALSA plugin) finds the server, ALSA the .asoundrc.
    qputenv("HOME", home.toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR", run.toLocal8Bit());
    qputenv("PULSE_SERVER", "unix:" + m_socket.toLocal8Bit());
    qputenv("JACK_NO_START_SERVER", "1");  // PortAudio's JACK host API must not spawn jackd
    return true;
  }

  // Ends the server by its PID (SIGTERM, then SIGKILL after 3 s).
  void stop() {
    if (m_server.state() == QProcess::NotRunning) return;
    const qint64 pid = m_server.processId();
    if (pid > 0) ::kill(pid_t(pid), SIGTERM);
    if (!m_server.waitForFinished(3000)) {
      ::kill(pid_t(pid), SIGKILL);
      m_server.waitForFinished(3000);
    }
  }

  bool isRunning() const { return m_server.state() == QProcess::Running; }
  qint64 pid() const { return m_server.processId(); }
  QString log() { return QString::fromLocal8Bit(m_server.readAll()); }

  // pactl against this server; its trimmed output, empty on failure.
  QString pactl(const QStringList& args) const {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + m_socket);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(3000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
      p.kill();
      p.waitForFinished(1000);
      return {};
    }
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
  }

 private:
  static bool fail(QString* error, const QString& message) {
    if (error) *error = message;
    return false;
  }
  static bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
  }

  QTemporaryDir m_dir;
  QString m_socket;
  QProcess m_server;
};

}  // namespace timbre::test
