// The studio's "Serve API" switch (offscreen): on the e2e-tiny models it serves
// api_v2's /tts on 127.0.0.1 (a real HTTP request over a plain socket gets a
// WAV for a reference in the recordings folder, and api_v2's JSON error for a
// bad request); off, and closing the window, close the port; a taken port is
// reported in the status bar.
#include "ApiServerController.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "ModelFolderPanel.h"
#include "StudioView.h"
#include "VoicePanel.h"
#include "audio/AudioFile.h"
#include "support/SharedData.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest/QtTest>

using namespace timbre::gui;

namespace {

QString shared(const char* relative) {
  return QFileInfo(QString::fromStdString(timbre::test::sharedPath(relative))).canonicalFilePath();
}

struct HttpResponse {
  int status = 0;  // 0: no connection / no answer
  QByteArray contentType;
  QByteArray body;
};

int connectTo(quint16 port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
    ::close(fd);
    return -1;
  }
  return fd;
}

bool portOpen(quint16 port) {
  const int fd = connectTo(port);
  if (fd < 0) return false;
  ::close(fd);
  return true;
}

// GET on a fresh connection ("Connection: close"), read to the end. The server
// runs on its own thread, so blocking here is fine.
HttpResponse get(quint16 port, const QByteArray& target) {
  HttpResponse r;
  const int fd = connectTo(port);
  if (fd < 0) return r;
  const QByteArray request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  if (::send(fd, request.constData(), std::size_t(request.size()), 0) != request.size()) {
    ::close(fd);
    return r;
  }
  QByteArray raw;
  char buffer[65536];
  for (ssize_t n; (n = ::recv(fd, buffer, sizeof buffer, 0)) > 0;) raw.append(buffer, n);
  ::close(fd);
  const int headerEnd = raw.indexOf("\r\n\r\n");
  if (headerEnd < 0) return r;
  const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
  r.status = lines.value(0).split(' ').value(1).toInt();
  for (const QByteArray& line : lines)
    if (line.toLower().startsWith("content-type:")) r.contentType = line.mid(13).trimmed();
  r.body = raw.mid(headerEnd + 4);
  return r;
}

QByteArray ttsTarget(const QList<QPair<QString, QString>>& items) {
  QUrlQuery q;
  for (const auto& [k, v] : items) q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
  return "/tts?" + q.toString(QUrl::FullyEncoded).toUtf8();
}

}  // namespace

class TestServeApiSwitch : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    QVERIFY(m_home.isValid());
    // The voice library (XDG) and the recordings folder (Qt's test mode) stay private.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("xdg")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TimbreTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestServeApiSwitch"));
    QSettings().clear();
    QCOMPARE(AppSettings::load().apiPort, 9880);  // api_v2's default
    setPort(0);                                    // any free port: tests run side by side
    QVERIFY(!shared("fixtures/e2e-tiny").isEmpty());
  }

  void cleanupTestCase() { QSettings().clear(); }

  void servesTtsAndStops() {
    MainWindow window;
    window.studio()->modelPanel()->setFolder(shared("fixtures/e2e-tiny"));
    // A recording of the studio's is a reference the server accepts.
    QVERIFY(QDir().mkpath(VoicePanel::recordingsFolder()));
    const QString reference = QDir(VoicePanel::recordingsFolder()).filePath(QStringLiteral("ref.wav"));
    QFile::remove(reference);
    QVERIFY(QFile::copy(shared("fixtures/e2e-tiny/case0_zh_short/ref.wav"), reference));

    QAction* serve = window.serveApiAction();
    QVERIFY(serve && serve->isCheckable() && !serve->isChecked());
    serve->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(window.apiServer()->state(), ApiServerController::State::Running, 120000);
    const quint16 port = quint16(window.apiServer()->port());
    QVERIFY(port > 0);
    QCOMPARE(window.apiStatusText(), QStringLiteral("API on http://127.0.0.1:%1").arg(port));
    QVERIFY(serve->isChecked());

    // api_v2's error answer: 400 with a JSON message naming the missing field.
    const HttpResponse bad = get(port, ttsTarget({{"text", QStringLiteral("你好。")}, {"text_lang", "zh"}}));
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.contentType, QByteArray("application/json"));
    QCOMPARE(QJsonDocument::fromJson(bad.body).object().value("message").toString(),
             QStringLiteral("ref_audio_path is required"));

    // A reference outside the allowed folders is refused.
    const HttpResponse outside =
        get(port, ttsTarget({{"text", QStringLiteral("你好。")},
                             {"text_lang", "zh"},
                             {"ref_audio_path", shared("fixtures/e2e-tiny/case0_zh_short/ref.wav")},
                             {"prompt_lang", "zh"}}));
    QCOMPARE(outside.status, 403);

    // A real synthesis from the recordings folder: a WAV at the models' rate.
    const HttpResponse wav = get(port, ttsTarget({{"text", QStringLiteral("我们明天一起去公园散步吧。")},
                                                  {"text_lang", "zh"},
                                                  {"ref_audio_path", reference},
                                                  {"prompt_text", QStringLiteral("其中有两个是内因的指标。")},
                                                  {"prompt_lang", "zh"},
                                                  {"top_k", "1"},
                                                  {"seed", "1234"},
                                                  {"media_type", "wav"}}));
    QCOMPARE(wav.status, 200);
    QCOMPARE(wav.contentType, QByteArray("audio/wav"));
    QVERIFY(wav.body.startsWith("RIFF") && wav.body.mid(8, 4) == "WAVE");
    const timbre::audio::AudioBuffer audio = timbre::audio::decodeAudio(
        std::string_view(wav.body.constData(), std::size_t(wav.body.size())), "tts.wav");
    QCOMPARE(audio.sampleRateHz, 32000);
    QVERIFY(audio.samples.size() > 3200);  // more than 0.1 s of speech

    // Off: the status goes, the port closes, the switch stays off.
    serve->setChecked(false);
    QCOMPARE(window.apiServer()->state(), ApiServerController::State::Off);
    QVERIFY(window.apiStatusText().isEmpty());
    QVERIFY(!portOpen(port));

    // On again, then closing the window stops it as well.
    serve->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(window.apiServer()->state(), ApiServerController::State::Running, 120000);
    const quint16 second = quint16(window.apiServer()->port());
    QVERIFY(portOpen(second));
    window.close();
    QVERIFY(!serve->isChecked());
    QCOMPARE(window.apiServer()->state(), ApiServerController::State::Off);
    QVERIFY(!portOpen(second));
  }

  // A port another program holds: the error is in the status bar, the switch goes off.
  void reportsTakenPort() {
    const int holder = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::bind(holder, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
    QCOMPARE(::listen(holder, 1), 0);
    socklen_t length = sizeof address;
    QCOMPARE(::getsockname(holder, reinterpret_cast<sockaddr*>(&address), &length), 0);
    const int taken = ntohs(address.sin_port);
    setPort(taken);

    MainWindow window;
    window.studio()->modelPanel()->setFolder(shared("fixtures/e2e-tiny"));
    window.serveApiAction()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!window.serveApiAction()->isChecked(), 120000);
    QCOMPARE(window.apiServer()->state(), ApiServerController::State::Off);
    QVERIFY2(window.apiStatusText().startsWith(QStringLiteral("API off: cannot bind to 127.0.0.1:%1").arg(taken)),
             qPrintable(window.apiStatusText()));
    ::close(holder);
    setPort(0);
  }

  // Without a model folder the switch explains instead of starting.
  void needsModels() {
    MainWindow window;
    window.studio()->modelPanel()->setFolder(QString());
    window.serveApiAction()->setChecked(true);
    QVERIFY(!window.serveApiAction()->isChecked());
    QCOMPARE(window.apiStatusText(), QStringLiteral("API off: no model folder is chosen"));
  }

 private:
  static void setPort(int port) {
    AppSettings s = AppSettings::load();
    s.apiPort = port;
    s.save();
  }

  QTemporaryDir m_home;
};

QTEST_MAIN(TestServeApiSwitch)
#include "TestServeApiSwitch.moc"
