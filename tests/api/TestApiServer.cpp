// `timbre-cli serve` end to end: the real server as a child process on a free
// loopback port, the tiny e2e models, and a plain HTTP/1.1 client on a
// QTcpSocket (so the test sees status lines, headers and every chunk of a
// chunked response exactly as sent).
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>
#include <QtTest/QtTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

#include "audio/AudioFile.h"
#include "library/VoiceLibrary.h"
#include "support/TestSupport.h"

namespace {

const QString kPromptText = QStringLiteral("其中有两个是内因的指标。");
const QString kShortText = QStringLiteral("我们明天一起去公园散步吧。");
const QString kLongText =
    QStringLiteral("人工智能技术发展得非常迅速，研究人员不断提出新的模型和算法，让机器能够更好地理解人类的语言。");
const QString kRefPath = QStringLiteral("case0_zh_short/ref.wav");  // relative to the e2e-tiny --ref-dir

// Canonical (no "..": the server refuses any path with a ".." component).
QString fixture(const QString& relative) {
  const QString path = QString::fromStdString(timbre::test::sharedPath(("fixtures/" + relative).toStdString()));
  const QString canonical = QFileInfo(path).canonicalFilePath();
  return canonical.isEmpty() ? QDir::cleanPath(path) : canonical;
}

struct HttpResponse {
  int status = 0;
  QMap<QByteArray, QByteArray> headers;  // lower-case names
  QByteArray body;                       // de-chunked
  QList<QByteArray> chunks;              // the chunks of a chunked body, as sent
  bool chunked = false;
  bool complete = false;  // a chunked body ended with its 0-size chunk
  QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
  QString message() const { return json().value("message").toString(); }
};

// Reads what the server sends until it closes the connection (or the time is up).
QByteArray readToEnd(QTcpSocket& socket, int timeoutMs = 300000) {
  QByteArray raw;
  QElapsedTimer timer;
  timer.start();
  while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
    if (socket.waitForReadyRead(1000)) raw += socket.readAll();
  }
  return raw + socket.readAll();
}

// Status, headers and (de-chunked) body of a response as received.
HttpResponse parseResponse(const QByteArray& raw) {
  HttpResponse r;
  const int headerEnd = raw.indexOf("\r\n\r\n");
  if (headerEnd < 0) return r;
  const QList<QByteArray> lines = raw.left(headerEnd).split('\n');
  const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
  r.status = statusLine.value(1).toInt();
  for (int i = 1; i < lines.size(); ++i) {
    const int colon = lines[i].indexOf(':');
    if (colon > 0) r.headers[lines[i].left(colon).trimmed().toLower()] = lines[i].mid(colon + 1).trimmed();
  }
  QByteArray rest = raw.mid(headerEnd + 4);
  r.chunked = r.headers.value("transfer-encoding").toLower() == "chunked";
  if (!r.chunked) {
    r.body = rest;
    r.complete = true;
    return r;
  }
  int pos = 0;
  while (true) {
    const int lineEnd = rest.indexOf("\r\n", pos);
    if (lineEnd < 0) break;
    bool ok = false;
    const int size = rest.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toInt(&ok, 16);
    if (!ok || lineEnd + 2 + size > rest.size()) break;
    if (size == 0) {
      r.complete = true;
      break;
    }
    r.chunks.append(rest.mid(lineEnd + 2, size));
    r.body += r.chunks.last();
    pos = lineEnd + 2 + size + 2;
  }
  return r;
}

// One request on a fresh connection ("Connection: close"), read to the end.
HttpResponse http(quint16 port, const QByteArray& method, const QByteArray& target, const QByteArray& body = {},
                  const QByteArray& contentType = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {},
                  int timeoutMs = 300000) {
  QTcpSocket socket;
  socket.connectToHost(QHostAddress::LocalHost, port);
  if (!socket.waitForConnected(10000)) return {};
  QByteArray request =
      method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\nConnection: close\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  if (!contentType.isEmpty()) request += "Content-Type: " + contentType + "\r\n";
  if (!body.isEmpty() || method == "POST") request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
  request += "\r\n" + body;
  socket.write(request);
  return parseResponse(readToEnd(socket, timeoutMs));
}

QByteArray query(const QList<QPair<QString, QString>>& items) {
  QUrlQuery q;
  for (const auto& [k, v] : items) q.addQueryItem(k, QString::fromUtf8(QUrl::toPercentEncoding(v)));
  return q.toString(QUrl::FullyEncoded).toUtf8();
}

QJsonObject ttsJson(const QString& text = kShortText) {
  return QJsonObject{{"text", text},
                     {"text_lang", "zh"},
                     {"ref_audio_path", kRefPath},
                     {"prompt_text", kPromptText},
                     {"prompt_lang", "zh"},
                     {"top_k", 1},
                     {"seed", 1234},
                     {"media_type", "wav"}};
}

QByteArray toBody(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// A POST /tts request as sent on a raw connection.
QByteArray ttsPostRequest(const QJsonObject& o) {
  const QByteArray body = toBody(o);
  return "POST /tts HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
         QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sends a request and closes the connection without reading the answer.
bool sendAndLeave(quint16 port, const QByteArray& request) {
  QTcpSocket socket;
  socket.connectToHost(QHostAddress::LocalHost, port);
  if (!socket.waitForConnected(10000)) return false;
  socket.write(request);
  const bool sent = socket.waitForBytesWritten(10000);
  socket.disconnectFromHost();
  return sent;
}

timbre::audio::AudioBuffer decode(const QByteArray& bytes, const std::string& name) {
  return timbre::audio::decodeAudio(std::string_view(bytes.constData(), std::size_t(bytes.size())), name);
}

quint16 freePort() {
  QTcpServer probe;
  probe.listen(QHostAddress::LocalHost, 0);
  const quint16 port = probe.serverPort();
  probe.close();
  return port;
}

// A running `timbre-cli serve`; its stdout and stderr go to files, so a busy
// log never blocks it.
class ServerProcess {
 public:
  bool start(const QStringList& extraArgs, const QString& logDir, const QString& name, QString* error) {
    m_stdout = logDir + "/" + name + ".out";
    m_stderr = logDir + "/" + name + ".err";
    m_process.setStandardOutputFile(m_stdout);
    m_process.setStandardErrorFile(m_stderr);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("TIMBRE_API_TOKEN");
    m_process.setProcessEnvironment(env);
    QStringList args{"--threads", "1", "serve", "--models", fixture("e2e-tiny"), "--ref-dir", fixture("e2e-tiny")};
    m_process.start(QString::fromStdString(timbre::test::cliPath()), args + extraArgs);
    if (!m_process.waitForStarted(10000)) {
      *error = "cannot start timbre-cli";
      return false;
    }
    return waitListening(error);
  }
  // Waits for the next "listening on" line (the first, or the one after a restart).
  bool waitListening(QString* error, int timeoutMs = 180000) {
    static const QRegularExpression listening(R"(listening on http://\S+:(\d+))");
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
      int count = 0;
      QRegularExpressionMatch last;
      for (auto it = listening.globalMatch(log()); it.hasNext(); ++count) last = it.next();
      if (count > m_listenCount) {
        m_listenCount = count;
        m_port = quint16(last.captured(1).toUInt());
        return true;
      }
      if (m_process.state() == QProcess::NotRunning) break;
      QThread::msleep(100);
    }
    *error = "server did not start: " + log();
    return false;
  }
  QString log() const { return readFile(m_stderr); }
  QString output() const { return readFile(m_stdout); }
  quint16 port() const { return m_port; }
  qint64 pid() const { return m_process.processId(); }
  QProcess& process() { return m_process; }
  // Peak resident memory (VmHWM) in kB from /proc.
  long peakRssKb() const {
    const QString status = readFile(QString("/proc/%1/status").arg(pid()));
    const QRegularExpressionMatch m = QRegularExpression(R"(VmHWM:\s+(\d+))").match(status);
    return m.hasMatch() ? m.captured(1).toLong() : -1;
  }
  ~ServerProcess() {
    if (m_process.state() != QProcess::NotRunning) {
      m_process.terminate();
      if (!m_process.waitForFinished(10000)) m_process.kill();
      m_process.waitForFinished(5000);
    }
  }

 private:
  static QString readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
  }
  QProcess m_process;
  QString m_stdout, m_stderr;
  quint16 m_port = 0;
  int m_listenCount = 0;
};

}  // namespace

class TestApiServer : public QObject {
  Q_OBJECT

  QTemporaryDir m_temp;
  QString m_symlinkDir;  // a second --ref-dir holding symlinks
  QString m_voicesDir;   // --voices: "Narrator" (the case0 clip and transcript) and a damaged "Broken"
  std::unique_ptr<ServerProcess> m_server;
  QByteArray m_referenceWav;  // /tts wav for ttsJson(): every equal request must give these bytes

  quint16 port() const { return m_server->port(); }

  HttpResponse postTts(const QJsonObject& o, quint16 p = 0) {
    return http(p ? p : port(), "POST", "/tts", toBody(o), "application/json");
  }

 private slots:
  void initTestCase() {
    QVERIFY2(!timbre::test::cliPath().empty(), "timbre-cli was not built");
    QVERIFY(m_temp.isValid());
    // Symlinks: one to an allowed file, one out of every root, one folder out.
    m_symlinkDir = m_temp.path() + "/refs";
    QVERIFY(QDir().mkpath(m_symlinkDir));
    QVERIFY(QFile::link(fixture("e2e-tiny/case0_zh_short/ref.wav"), m_symlinkDir + "/inside.wav"));
    QVERIFY(QFile::link(fixture("v2-tiny/manifest.json"), m_symlinkDir + "/escape.wav"));
    QVERIFY(QFile::link(fixture("v2-tiny"), m_symlinkDir + "/escape_dir"));
    // The voice library: outside every --ref-dir, reached by name only.
    m_voicesDir = m_temp.path() + "/voices";
    timbre::library::VoiceLibrary voices(m_voicesDir.toStdString());
    timbre::library::Voice narrator;
    narrator.name = "Narrator";
    narrator.promptText = kPromptText.toStdString();
    narrator.promptLang = "zh";
    narrator.referenceClip = fixture("e2e-tiny/case0_zh_short/ref.wav").toStdString();
    voices.save(narrator);
    narrator.name = "Broken";
    const timbre::library::Voice broken = voices.save(narrator);
    QFile damaged(QString::fromStdString(broken.folder + "/voice.json"));
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("{ not json");
    damaged.close();
    m_server = std::make_unique<ServerProcess>();
    QString error;
    QVERIFY2(m_server->start({"--port", "0", "--ref-dir", m_symlinkDir, "--weights-dir", fixture("v2-tiny"),
                              "--max-concurrent", "2", "--max-queue", "8", "--rate-limit", "0", "--max-upload-mb", "1",
                              "--voices", m_voicesDir},
                             m_temp.path(), "main", &error),
             qPrintable(error));
    QVERIFY(m_server->output().isEmpty());  // loopback without --token: no token printed
  }

  void ttsPostWav() {
    const HttpResponse r = postTts(ttsJson());
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.headers.value("content-type"), QByteArray("audio/wav"));
    QVERIFY(r.body.startsWith("RIFF"));
    const auto audio = decode(r.body, "wav response");
    QCOMPARE(audio.sampleRateHz, 32000);
    QCOMPARE(audio.channels, 1);
    QVERIFY(audio.frames() > 16000);  // one piece of speech plus 0.3 s silence
    // The 44-byte header states the real data size for a whole file.
    QCOMPARE(qFromLittleEndian<quint32>(r.body.constData() + 40), quint32(r.body.size() - 44));
    m_referenceWav = r.body;
  }

  void ttsGetMatchesPost() {
    const QByteArray q = query({{"text", kShortText},
                                {"text_lang", "ZH"},
                                {"ref_audio_path", kRefPath},
                                {"prompt_text", kPromptText},
                                {"prompt_lang", "zh"},
                                {"top_k", "1"},
                                {"seed", "1234"}});
    const HttpResponse r = http(port(), "GET", "/tts?" + q);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.body, m_referenceWav);
  }

  void mediaTypes_data() {
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("mime");
    QTest::newRow("wav") << "wav" << QByteArray("audio/wav");
    QTest::newRow("raw") << "raw" << QByteArray("audio/raw");
    QTest::newRow("ogg") << "ogg" << QByteArray("audio/ogg");
    QTest::newRow("mp3") << "mp3" << QByteArray("audio/mpeg");
  }
  void mediaTypes() {
    QFETCH(QString, type);
    QFETCH(QByteArray, mime);
    QJsonObject o = ttsJson();
    o["media_type"] = type;
    const HttpResponse r = postTts(o);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.headers.value("content-type"), mime);
    const QByteArray pcm = m_referenceWav.mid(44);
    const qsizetype samples = pcm.size() / 2;
    if (type == "raw") {
      QCOMPARE(r.body.size(), 2 * samples);
      QCOMPARE(r.body, pcm);  // int16 little-endian, the same samples as the WAV
      return;
    }
    const auto audio = decode(r.body, type.toStdString());
    QCOMPARE(audio.sampleRateHz, 32000);
    QCOMPARE(audio.channels, 1);
    QCOMPARE(qsizetype(audio.frames()), samples);
    if (type == "wav") QCOMPARE(r.body, m_referenceWav);
  }

  void aacIsRefused() {
    QJsonObject o = ttsJson();
    o["media_type"] = "aac";
    const HttpResponse r = postTts(o);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains("media_type") && r.message().contains("aac"), r.body.constData());
  }

  void multipartUpload() {
    QFile wav(fixture("e2e-tiny/case0_zh_short/ref.wav"));
    QVERIFY(wav.open(QIODevice::ReadOnly));
    const QByteArray boundary = "----timbreTestBoundary7MA4YWxk";
    QByteArray body;
    auto field = [&](const QByteArray& name, const QByteArray& value) {
      body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    };
    field("text", kShortText.toUtf8());
    field("text_lang", "zh");
    field("prompt_text", kPromptText.toUtf8());
    field("prompt_lang", "zh");
    field("top_k", "1");
    field("seed", "1234");
    body += "--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"ref_audio\"; filename=\"voice.wav\"\r\n"
            "Content-Type: audio/wav\r\n\r\n" +
            wav.readAll() + "\r\n--" + boundary + "--\r\n";
    const HttpResponse r = http(port(), "POST", "/tts", body, "multipart/form-data; boundary=" + boundary);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.body, m_referenceWav);  // the uploaded clip is the same voice as the path

    // Not audio: a clear 400.
    QByteArray bad = body;
    bad.replace(wav.fileName().toUtf8(), "x");
    const int at = bad.indexOf("RIFF");
    bad.replace(at, 4, "JUNK");
    const HttpResponse junk = http(port(), "POST", "/tts", bad, "multipart/form-data; boundary=" + boundary);
    QCOMPARE(junk.status, 400);
    QVERIFY2(junk.message().contains("ref_audio"), junk.body.constData());

    // Over --max-upload-mb 1.
    QByteArray big = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nx\r\n--" + boundary +
                     "\r\nContent-Disposition: form-data; name=\"ref_audio\"; filename=\"big.wav\"\r\n\r\n" +
                     QByteArray(1536 * 1024, 'a') + "\r\n--" + boundary + "--\r\n";
    const HttpResponse tooBig = http(port(), "POST", "/tts", big, "multipart/form-data; boundary=" + boundary);
    QCOMPARE(tooBig.status, 413);
  }

  void streamingWav() {
    // Whole raw audio of the 3-piece text, decoded piece by piece as streaming does.
    QJsonObject o = ttsJson(kLongText);
    o["media_type"] = "raw";
    o["parallel_infer"] = false;
    const HttpResponse whole = postTts(o);
    QVERIFY2(whole.status == 200, whole.body.constData());

    o["media_type"] = "wav";
    o["streaming_mode"] = true;
    const HttpResponse r = postTts(o);
    QCOMPARE(r.status, 200);
    QVERIFY(r.chunked);
    QVERIFY(r.complete);
    QCOMPARE(r.headers.value("content-type"), QByteArray("audio/wav"));
    QVERIFY2(r.chunks.size() >= 4, qPrintable(QString("%1 chunks").arg(r.chunks.size())));  // header + 3 pieces
    const QByteArray header = r.chunks.first();
    QCOMPARE(header.size(), 44);
    QVERIFY(header.startsWith("RIFF") && header.mid(8, 8) == "WAVEfmt ");
    QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 4), quint32(36));
    QCOMPARE(header.mid(36, 4), QByteArray("data"));
    QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 40), quint32(0));
    QCOMPARE(qFromLittleEndian<quint32>(header.constData() + 24), quint32(32000));
    for (int i = 1; i < r.chunks.size(); ++i) QCOMPARE(r.chunks[i].size() % 2, 0);
    QCOMPARE(r.body.mid(44), whole.body);  // int16 chunks = the whole audio

    // streaming_mode 1 means the same; raw streams have no header.
    o["streaming_mode"] = 1;
    o["media_type"] = "raw";
    const HttpResponse raw = postTts(o);
    QCOMPARE(raw.status, 200);
    QVERIFY(raw.complete);
    QCOMPARE(raw.body, whole.body);

    // GET with streaming_mode=true, ogg: every chunk is a complete Ogg file.
    const QByteArray q = query({{"text", kLongText},
                                {"text_lang", "zh"},
                                {"ref_audio_path", kRefPath},
                                {"prompt_text", kPromptText},
                                {"prompt_lang", "zh"},
                                {"top_k", "1"},
                                {"seed", "1234"},
                                {"media_type", "ogg"},
                                {"streaming_mode", "true"}});
    const HttpResponse ogg = http(port(), "GET", "/tts?" + q);
    QCOMPARE(ogg.status, 200);
    QVERIFY(ogg.complete);
    qsizetype frames = 0;
    for (const QByteArray& chunk : ogg.chunks) frames += qsizetype(decode(chunk, "ogg chunk").frames());
    QCOMPARE(frames, whole.body.size() / 2);
  }

  void tokenStreaming_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("2: cut at pauses") << 2;
    QTest::newRow("3: fixed-length chunks") << 3;
  }
  void tokenStreaming() {
    QFETCH(int, mode);
    // The same request in one piece of audio, then token-streamed in small chunks.
    QJsonObject o = ttsJson(kLongText);
    o["media_type"] = "raw";
    o["parallel_infer"] = false;
    const HttpResponse whole = postTts(o);
    QVERIFY2(whole.status == 200, whole.body.constData());

    o["media_type"] = "wav";
    o["streaming_mode"] = mode;
    o["min_chunk_length"] = 4;
    const HttpResponse r = postTts(o);
    QCOMPARE(r.status, 200);
    QVERIFY(r.chunked);
    QVERIFY(r.complete);
    QCOMPARE(r.chunks.first().size(), 44);  // the size-0 WAV header, then int16 chunks
    QCOMPARE(qFromLittleEndian<quint32>(r.chunks.first().constData() + 40), quint32(0));
    // More chunks than the 3 pieces: audio came out while each piece was generated.
    QVERIFY2(r.chunks.size() > 1 + 3 + 3, qPrintable(QString("%1 chunks").arg(r.chunks.size())));
    const QByteArray pcm = r.body.mid(44);
    QCOMPARE(pcm.size(), whole.body.size());
    // Equal to the one-piece audio up to the cross-fades at the joins.
    const auto* a = reinterpret_cast<const qint16*>(whole.body.constData());
    const auto* b = reinterpret_cast<const qint16*>(pcm.constData());
    double signal = 0, difference = 0;
    for (qsizetype i = 0; i < pcm.size() / 2; ++i) {
      signal += double(a[i]) * a[i];
      difference += double(a[i] - b[i]) * (a[i] - b[i]);
    }
    const double snr = 10.0 * std::log10(signal / std::max(difference, 1.0));
    QVERIFY2(snr >= 25.0, qPrintable(QString("SNR %1 dB").arg(snr)));
  }

  void aClientThatLeavesStopsItsSynthesis_data() {
    QTest::addColumn<int>("mode");
    QTest::newRow("whole file") << 0;
    QTest::newRow("token streaming") << 2;
  }
  // A client that gives up before its audio is complete frees its synthesis
  // slot at once instead of holding it to the end: a whole-file request writes
  // nothing until it is done, so the server watches the connection itself.
  void aClientThatLeavesStopsItsSynthesis() {
    QFETCH(int, mode);
    static const QString kStopped = QStringLiteral("closed the connection; its synthesis was stopped");
    static const QRegularExpression kHowFar(R"(its synthesis was stopped after \d+ GPT steps\n)");
    const int before = m_server->log().count(kStopped), toldBefore = m_server->log().count(kHowFar);
    QJsonObject o = ttsJson(kLongText.repeated(6));
    o["streaming_mode"] = mode;
    QVERIFY(sendAndLeave(port(), ttsPostRequest(o)));  // gone before the first GPT step
    QElapsedTimer timer;
    timer.start();
    while (m_server->log().count(kStopped) == before && timer.elapsed() < 120000) QThread::msleep(50);
    QVERIFY2(m_server->log().count(kStopped) == before + 1, qPrintable(m_server->log().right(2000)));
    QCOMPARE(m_server->log().count(kHowFar), toldBefore + 1);  // the log says how far it got
    // The server goes on answering.
    const HttpResponse r = postTts(ttsJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, m_referenceWav);
  }

  // With the one synthesis slot taken, a request that waits for it and whose
  // client leaves gives its queue place back at once instead of holding it
  // until the slot is free (issue #18): the log says so, and with --max-queue 1
  // a third request is admitted while the first still runs (429 otherwise).
  // When the first client leaves too, its synthesis stops and the third is served.
  void aClientThatLeavesWhileQueuedFreesItsPlace() {
    ServerProcess server;
    QString error;
    QVERIFY2(server.start({"--port", "0", "--max-concurrent", "1", "--max-queue", "1", "--rate-limit", "0"},
                          m_temp.path(), "abandoned", &error),
             qPrintable(error));
    const auto ended = [](const QByteArray& raw) { return raw.endsWith("\r\n0\r\n\r\n"); };
    // The running request: streamed, so its WAV header shows that it holds the
    // slot, and long (hundreds of pieces), so it still runs when the third comes.
    QJsonObject o = ttsJson(kLongText.repeated(100));
    o["parallel_infer"] = false;
    o["streaming_mode"] = 1;
    QTcpSocket running;
    running.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(running.waitForConnected(10000));
    running.write(ttsPostRequest(o));
    QByteArray streamed;
    const auto headerChunkArrived = [&] {
      const qsizetype end = streamed.indexOf("\r\n\r\n");
      return end >= 0 && streamed.size() >= end + 4 + 4 + 44 && streamed.mid(end + 4, 4) == "2c\r\n";
    };
    while (!headerChunkArrived() && running.waitForReadyRead(120000)) streamed += running.readAll();
    QVERIFY2(headerChunkArrived() && streamed.startsWith("HTTP/1.1 200"), streamed.left(300).constData());

    // The waiting one: a long parallel_infer request whose client leaves.
    QJsonObject waiting = ttsJson(kLongText.repeated(6));
    waiting["parallel_infer"] = true;
    QVERIFY(sendAndLeave(server.port(), ttsPostRequest(waiting)));
    static const QString kLeft = QStringLiteral("closed the connection");
    QElapsedTimer timer;
    timer.start();
    while (!server.log().contains(kLeft) && timer.elapsed() < 300000)
      if (running.waitForReadyRead(50)) streamed += running.readAll();
    QVERIFY2(server.log().contains("closed the connection while it waited for a synthesis slot; its request was dropped"),
             qPrintable(server.log().right(2000)));

    // A streamed answer's status line goes out once the request is admitted, before it waits for the slot.
    QJsonObject short_ = ttsJson();
    short_["streaming_mode"] = 1;
    QTcpSocket third;
    third.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(third.waitForConnected(10000));
    third.write(ttsPostRequest(short_));
    QByteArray thirdRaw;
    while (!thirdRaw.contains("\r\n\r\n") && third.waitForReadyRead(60000)) thirdRaw += third.readAll();
    QVERIFY2(thirdRaw.startsWith("HTTP/1.1 200"), thirdRaw.constData());
    streamed += running.readAll();
    QVERIFY2(running.state() == QAbstractSocket::ConnectedState && !ended(streamed),
             "the first request ended before the third came: make it longer");

    running.abort();
    const HttpResponse answer = parseResponse(thirdRaw + readToEnd(third));
    QVERIFY(answer.complete);
    QCOMPARE(answer.body.mid(44), m_referenceWav.mid(44));  // header with size 0, then the same samples
    static const QRegularExpression kHowFar(R"(its synthesis was stopped after \d+ GPT steps\n)");
    QCOMPARE(server.log().count(kHowFar), 1);
  }

  void badStreamingRequests_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mode 7") << "streaming_mode" << QJsonValue(7) << "must be 0, 1, 2, 3";
    QTest::newRow("mode text") << "streaming_mode" << QJsonValue("sometimes") << "must be 0, 1, 2, 3";
    QTest::newRow("chunk 0") << "min_chunk_length" << QJsonValue(0) << "1 to 500";
    QTest::newRow("overlap 99") << "overlap_length" << QJsonValue(99) << "0 to 16";
  }
  void badStreamingRequests() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject o = ttsJson();
    o["streaming_mode"] = 2;
    o[field] = value;
    const HttpResponse r = postTts(o);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(field) && r.message().contains(expected), r.body.constData());
  }

  void badRequests_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");  // Undefined: leave the field out
    QTest::addColumn<QString>("expected");
    QTest::newRow("no text") << "text" << QJsonValue(QJsonValue::Undefined) << "text is required";
    QTest::newRow("empty text") << "text" << QJsonValue("") << "text is required";
    QTest::newRow("no text_lang") << "text_lang" << QJsonValue(QJsonValue::Undefined) << "text_lang is required";
    QTest::newRow("no ref_audio_path") << "ref_audio_path" << QJsonValue(QJsonValue::Undefined)
                                       << "ref_audio_path is required";
    QTest::newRow("no prompt_lang") << "prompt_lang" << QJsonValue(QJsonValue::Undefined) << "prompt_lang is required";
    QTest::newRow("text_lang xx") << "text_lang" << QJsonValue("xx") << "text_lang: xx is not supported";
    QTest::newRow("prompt_lang fr") << "prompt_lang" << QJsonValue("fr") << "prompt_lang: fr is not supported";
    QTest::newRow("media_type flac") << "media_type" << QJsonValue("flac") << "media_type: flac is not supported";
    QTest::newRow("text_split_method cut9")
        << "text_split_method" << QJsonValue("cut9") << "text_split_method:cut9 is not supported";
    QTest::newRow("top_k text") << "top_k" << QJsonValue("many") << "top_k must be an integer";
    QTest::newRow("top_p 2") << "top_p" << QJsonValue(2.0) << "top_p must be in";
    QTest::newRow("speed_factor 9") << "speed_factor" << QJsonValue(9) << "speed_factor must be";
    QTest::newRow("parallel_infer maybe") << "parallel_infer" << QJsonValue("maybe") << "parallel_infer must be";
    QTest::newRow("text too long") << "text" << QJsonValue(QString(20001, 'a')) << "text is 20001 bytes";
  }
  void badRequests() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject o = ttsJson();
    if (value.isUndefined())
      o.remove(field);
    else
      o[field] = value;
    const HttpResponse r = postTts(o);
    QCOMPARE(r.status, field == "text" && expected.contains("bytes") ? 413 : 400);
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    QVERIFY2(r.message().contains(expected), r.body.constData());

    // The same through GET, where it applies.
    if (value.isUndefined()) {
      QList<QPair<QString, QString>> items;
      for (auto it = o.begin(); it != o.end(); ++it) items.append({it.key(), it.value().toVariant().toString()});
      const HttpResponse g = http(port(), "GET", "/tts?" + query(items));
      QCOMPARE(g.status, 400);
      QVERIFY2(g.message().contains(expected), g.body.constData());
    }
  }

  void invalidJsonBody() {
    const HttpResponse r = http(port(), "POST", "/tts", "{\"text\": ", "application/json");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains("JSON"), r.body.constData());
  }

  void pathTraversal_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("dot-dot") << "../v2-tiny/README.md" << 403;
    QTest::newRow("dot-dot inside") << "case0_zh_short/../case0_zh_short/ref.wav" << 403;
    QTest::newRow("deep dot-dot") << "case0_zh_short/../../../../../etc/passwd" << 403;
    QTest::newRow("absolute outside") << "/etc/passwd" << 403;
    QTest::newRow("absolute fixture outside") << fixture("v2-tiny/manifest.json") << 403;
    QTest::newRow("absolute with dot-dot") << fixture("e2e-tiny") + "/../v2-tiny/none" << 403;
    QTest::newRow("absolute prefix trick") << fixture("e2e-tiny") + "-evil/ref.wav" << 403;
    QTest::newRow("symlink out") << "escape.wav" << 403;
    QTest::newRow("symlinked folder out") << "escape_dir/manifest.json" << 403;
    QTest::newRow("missing inside") << "case0_zh_short/nothing.wav" << 404;
    QTest::newRow("absolute inside") << fixture("e2e-tiny/case0_zh_short/ref.wav") << 200;
    QTest::newRow("symlink to allowed file") << "inside.wav" << 200;
  }
  void pathTraversal() {
    QFETCH(QString, path);
    QFETCH(int, status);
    QJsonObject o = ttsJson();
    o["ref_audio_path"] = path;
    const HttpResponse r = postTts(o);
    QCOMPARE(r.status, status);
    if (status == 200) {
      QCOMPARE(r.body, m_referenceWav);
      return;
    }
    QVERIFY2(r.message().contains("ref_audio_path"), r.body.constData());
    // aux_ref_audio_paths are guarded the same way.
    o = ttsJson();
    o["aux_ref_audio_paths"] = QJsonArray{path};
    QCOMPARE(postTts(o).status, status);
  }

  // ref_audio_path naming a saved voice: its clip, and its transcript and
  // language where the request gives none; the same audio as the file itself.
  void voiceByName() {
    QJsonObject o = ttsJson();
    o["ref_audio_path"] = "narrator";  // names compare ignoring case
    o.remove("prompt_text");
    o.remove("prompt_lang");
    HttpResponse r = postTts(o);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.body, m_referenceWav);
    // Its features were cached in the voice's folder.
    const QStringList cached = QDir(m_voicesDir + "/narrator/features").entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(cached.size(), 1);
    QVERIFY(QFile::exists(m_voicesDir + "/narrator/features/" + cached.first() + "/complete"));
    // GET, and a second time (now from the voice's cache): the same bytes.
    const QByteArray q = query({{"text", kShortText}, {"text_lang", "zh"}, {"ref_audio_path", "Narrator"},
                                {"top_k", "1"}, {"seed", "1234"}});
    r = http(port(), "GET", "/tts?" + q);
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.body, m_referenceWav);
    // As an auxiliary reference beside a file.
    o = ttsJson();
    o["aux_ref_audio_paths"] = QJsonArray{"Narrator"};
    r = postTts(o);
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.body.startsWith("RIFF"));
  }

  void voiceByNameErrors_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown name") << "Nobody" << 400 << "no saved voice is named 'Nobody'";
    QTest::newRow("damaged voice") << "broken" << 400 << "voice.json is not valid JSON";
    QTest::newRow("dot-dot name") << "../Narrator" << 403 << "is not inside an allowed";
    QTest::newRow("dot-dot into library") << "../voices/narrator/reference.wav" << 403 << "is not inside an allowed";
    QTest::newRow("name then dot-dot") << "Narrator/../Narrator" << 403 << "is not inside an allowed";
    QTest::newRow("library file by absolute path")
        << m_voicesDir + "/narrator/reference.wav" << 403 << "is not inside an allowed";
  }
  void voiceByNameErrors() {
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(QString, expected);
    QJsonObject o = ttsJson();
    o["ref_audio_path"] = value;
    HttpResponse r = postTts(o);
    QCOMPARE(r.status, status);
    QVERIFY2(r.message().startsWith("ref_audio_path") && r.message().contains(expected), r.body.constData());
    o = ttsJson();
    o["aux_ref_audio_paths"] = QJsonArray{value};
    r = postTts(o);
    QCOMPARE(r.status, status);
    QVERIFY2(r.message().startsWith("aux_ref_audio_paths") && r.message().contains(expected), r.body.constData());
    r = http(port(), "GET", "/set_refer_audio?" + query({{"refer_audio_path", value}}));
    QCOMPARE(r.status, status);
    QVERIFY2(r.message().startsWith("refer_audio_path"), r.body.constData());
  }

  void urlEncodedTraversal() {
    // %2e%2e%2f = "../": decoded by the server before the check.
    const QByteArray target = "/tts?text=" + QUrl::toPercentEncoding(kShortText) +
                              "&text_lang=zh&prompt_lang=zh&ref_audio_path=%2e%2e%2fv2-tiny%2fREADME.md";
    const HttpResponse r = http(port(), "GET", target);
    QCOMPARE(r.status, 403);
    const HttpResponse r2 = http(port(), "GET", "/set_refer_audio?refer_audio_path=..%2F..%2F..%2Fetc%2Fpasswd");
    QCOMPARE(r2.status, 403);
  }

  void browserRequestsAreRefused() {
    HttpResponse r = http(port(), "GET", "/control", {}, {}, {{"Origin", "http://evil.example"}});
    QCOMPARE(r.status, 403);
    r = http(port(), "GET", "/control", {}, {}, {{"Sec-Fetch-Site", "cross-site"}});
    QCOMPARE(r.status, 403);
    // DNS rebinding: our loopback server reached under a foreign name.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /control HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    QByteArray raw;
    while (socket.waitForReadyRead(5000)) raw += socket.readAll();
    QVERIFY2(raw.startsWith("HTTP/1.1 403"), raw.constData());
  }

  void loadTest() {
    // 40 requests from 8 clients; every answer must be the reference bytes. Run before
    // the weight switches, whose reload briefly holds two model sets.
    constexpr int kClients = 8, kPerClient = 5;
    std::atomic<int> ok{0}, failed{0};
    std::mutex mutex;
    QStringList problems;
    const quint16 p = port();
    const QByteArray body = toBody(ttsJson());
    const QByteArray expected = m_referenceWav;
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> clients;
    for (int c = 0; c < kClients; ++c) {
      clients.emplace_back([&, c] {
        for (int i = 0; i < kPerClient; ++i) {
          const HttpResponse r = http(p, "POST", "/tts", body, "application/json");
          if (r.status == 200 && r.body == expected) {
            ++ok;
          } else {
            ++failed;
            std::lock_guard lock(mutex);
            problems << QString("client %1 request %2: status %3, %4 bytes %5")
                            .arg(c)
                            .arg(i)
                            .arg(r.status)
                            .arg(r.body.size())
                            .arg(QString::fromUtf8(r.body.left(200)));
          }
        }
      });
    }
    for (auto& t : clients) t.join();
    qInfo("load: %d ok, %d failed in %.1f s; server peak RSS (VmHWM) %ld kB", ok.load(), failed.load(),
          timer.elapsed() / 1000.0, m_server->peakRssKb());
    QVERIFY2(failed == 0, qPrintable(problems.join('\n')));
    QCOMPARE(ok.load(), kClients * kPerClient);
  }

  void legacyRootEndpoint() {
    // No reference and no preset: api.py's 400.
    HttpResponse r = http(port(), "GET", "/?" + query({{"text", kShortText}, {"text_language", "zh"}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("code").toInt(), 400);
    // GET with the WebUI's language names.
    r = http(port(), "GET",
             "/?" + query({{"refer_wav_path", kRefPath},
                           {"prompt_text", kPromptText},
                           {"prompt_language", "中文"},
                           {"text", kShortText},
                           {"text_language", "中文"},
                           {"top_k", "1"}}));
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(decode(r.body, "legacy wav").frames() > 16000);
    // POST JSON, a refused path.
    r = http(port(), "POST", "/",
             toBody({{"refer_wav_path", "../v2-tiny/README.md"},
                     {"prompt_text", kPromptText},
                     {"prompt_language", "zh"},
                     {"text", kShortText},
                     {"text_language", "zh"}}),
             "application/json");
    QCOMPARE(r.status, 403);
    // /change_refer sets the preset the root endpoint falls back to.
    r = http(port(), "GET",
             "/change_refer?" +
                 query({{"refer_wav_path", kRefPath}, {"prompt_text", kPromptText}, {"prompt_language", "zh"}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("message").toString(), QString("Success"));
    r = http(port(), "POST", "/", toBody({{"text", kShortText}, {"text_language", "zh"}, {"top_k", 1}}),
             "application/json");
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.body.startsWith("RIFF"));
  }

  void setReferAudio() {
    HttpResponse r = http(port(), "GET", "/set_refer_audio?" + query({{"refer_audio_path", kRefPath}}));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.message(), QString("success"));
    r = http(port(), "GET", "/set_refer_audio");
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().contains("refer_audio_path"));
    r = http(port(), "GET", "/set_refer_audio?" + query({{"refer_audio_path", "/etc/passwd"}}));
    QCOMPARE(r.status, 403);
    // A readable file that is no audio: api_v2's "set refer audio failed".
    r = http(port(), "GET", "/set_refer_audio?" + query({{"refer_audio_path", "README.md"}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QString("set refer audio failed"));
    QVERIFY(!r.json().value("Exception").toString().isEmpty());
  }

  // /set_refer_audio by name (after legacyRootEndpoint, which needs no preset);
  // the legacy endpoint then speaks with the voice's clip and transcript.
  void setReferAudioByName() {
    HttpResponse r = http(port(), "GET", "/set_refer_audio?" + query({{"refer_audio_path", "Narrator"}}));
    QVERIFY2(r.status == 200, r.body.constData());
    r = http(port(), "POST", "/", toBody({{"text", kShortText}, {"text_language", "zh"}, {"top_k", 1}}),
             "application/json");
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.body.startsWith("RIFF"));
  }

  void setWeights() {
    const QString gpt = fixture("v2-tiny/gpt.ckpt"), sovits = fixture("v2-tiny/sovits.pth");
    HttpResponse r = http(port(), "GET", "/set_gpt_weights");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QString("gpt weight path is required"));
    r = http(port(), "GET", "/set_sovits_weights");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QString("sovits weight path is required"));
    r = http(port(), "GET", "/set_gpt_weights?" + query({{"weights_path", "/etc/passwd"}}));
    QCOMPARE(r.status, 403);
    r = http(port(), "GET", "/set_sovits_weights?" + query({{"weights_path", "../v2-tiny/sovits.pth"}}));
    QCOMPARE(r.status, 403);
    // A SoVITS file given as GPT: the load fails and the old models stay.
    r = http(port(), "GET", "/set_gpt_weights?" + query({{"weights_path", sovits}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QString("change gpt weight failed"));
    QVERIFY(!r.json().value("Exception").toString().isEmpty());
    // The real files (inside --weights-dir): reloaded, and synthesis gives the same audio.
    r = http(port(), "GET", "/set_gpt_weights?" + query({{"weights_path", gpt}}));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.message(), QString("success"));
    r = http(port(), "GET", "/set_sovits_weights?" + query({{"weights_path", sovits}}));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(postTts(ttsJson()).body, m_referenceWav);
  }

  void setModelLegacy() {
    // api.py's /set_model: both files at once, JSON {"code":0,"message":"Success"}.
    const QString gpt = fixture("v2-tiny/gpt.ckpt"), sovits = fixture("v2-tiny/sovits.pth");
    HttpResponse r = http(port(), "GET", "/set_model");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains("gpt_model_path"), r.body.constData());
    r = http(port(), "GET", "/set_model?" + query({{"gpt_model_path", "/etc/passwd"}}));
    QCOMPARE(r.status, 403);
    r = http(port(), "POST", "/set_model", toBody({{"gpt_model_path", gpt}, {"sovits_model_path", sovits}}),
             "application/json");
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json().value("code").toInt(-1), 0);
    QCOMPARE(r.message(), QString("Success"));
    QCOMPARE(postTts(ttsJson()).body, m_referenceWav);
  }

  void controlCommands() {
    HttpResponse r = http(port(), "GET", "/control");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QString("command is required"));
    r = http(port(), "GET", "/control?command=reboot");
    QCOMPARE(r.status, 400);
    QVERIFY(r.message().contains("command"));
    r = http(port(), "GET", "/no_such_endpoint");
    QCOMPARE(r.status, 404);
    QVERIFY(r.message().contains("/no_such_endpoint"));
  }

  void queueOverflowGives429() {
    ServerProcess server;
    QString error;
    QVERIFY2(server.start({"--port", "0", "--max-concurrent", "1", "--max-queue", "1", "--rate-limit", "0", "-q"},
                          m_temp.path(), "queue", &error),
             qPrintable(error));
    // Long texts keep the one worker busy while the others arrive.
    QJsonObject o = ttsJson(kLongText + kLongText + kLongText);
    const QByteArray body = toBody(o);
    constexpr int kRequests = 6;
    std::vector<HttpResponse> results(kRequests);
    std::vector<std::thread> clients;
    for (int i = 0; i < kRequests; ++i)
      clients.emplace_back(
          [&, i] { results[std::size_t(i)] = http(server.port(), "POST", "/tts", body, "application/json"); });
    for (auto& t : clients) t.join();
    int ok = 0, busy = 0;
    for (const HttpResponse& r : results) {
      if (r.status == 200 && r.body.startsWith("RIFF")) ++ok;
      if (r.status == 429) {
        ++busy;
        QVERIFY2(r.message().contains("busy"), r.body.constData());
        QVERIFY(r.headers.contains("retry-after"));
      }
    }
    QVERIFY2(ok + busy == kRequests, qPrintable(QString("%1 ok, %2 busy").arg(ok).arg(busy)));
    QVERIFY2(ok >= 1 && busy >= 1, qPrintable(QString("%1 ok, %2 busy").arg(ok).arg(busy)));
    QVERIFY(ok <= 2 + 1);  // one running + one queued (+ one that came after the first finished)
  }

  void tokenOnNonLoopbackAddress() {
    ServerProcess server;
    QString error;
    const QByteArray token = "test-token-0123456789abcdef";
    QVERIFY2(server.start({"--host", "0.0.0.0", "--port", "0", "--token", token, "--rate-limit", "6"}, m_temp.path(),
                          "token", &error),
             qPrintable(error));
    QVERIFY(server.output().isEmpty());  // a given token is not printed
    // Auth passes -> the request reaches /control and fails there with 400.
    HttpResponse r = http(server.port(), "GET", "/control");
    QCOMPARE(r.status, 401);
    QVERIFY(r.headers.contains("www-authenticate"));
    r = http(server.port(), "GET", "/control", {}, {}, {{"Authorization", "Bearer wrong-token-0123456789abcd"}});
    QCOMPARE(r.status, 401);
    r = http(server.port(), "GET", "/control?token=wrong");
    QCOMPARE(r.status, 401);
    r = http(server.port(), "GET", "/control", {}, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(r.status, 400);
    r = http(server.port(), "GET", "/control?token=" + token);
    QCOMPARE(r.status, 400);
    r = postTts(ttsJson(), server.port());
    QCOMPARE(r.status, 401);
    // Rate limit: 6 per minute per client; this is the 7th.
    r = http(server.port(), "GET", "/control?token=" + token);
    QCOMPARE(r.status, 429);
    QVERIFY(r.headers.contains("retry-after"));
  }

  void generatedToken() {
    ServerProcess server;
    QString error;
    QVERIFY2(server.start({"--host", "0.0.0.0", "--port", "0", "-q"}, m_temp.path(), "gentoken", &error),
             qPrintable(error));
    const QRegularExpressionMatch m = QRegularExpression(R"(API token.*: ([0-9a-f]{64}))").match(server.output());
    QVERIFY2(m.hasMatch(), qPrintable(server.output()));
    QCOMPARE(http(server.port(), "GET", "/control").status, 401);
    QCOMPARE(
        http(server.port(), "GET", "/control", {}, {}, {{"Authorization", "Bearer " + m.captured(1).toUtf8()}}).status,
        400);
  }

  // --dict: the user's readings reach every request (公园 read otherwise
  // changes the audio of the same seeded request, a text without it is
  // unchanged); a bad entry stops the server before it loads the models,
  // naming the file and line.
  void userDictionary() {
    const QString good = m_temp.path() + "/words.txt", bad = m_temp.path() + "/broken.txt";
    {
      QFile f(good);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("zh 公园 gang3 yin3\n");
      QFile g(bad);
      QVERIFY(g.open(QIODevice::WriteOnly));
      g.write("# readings\nen timbre T AE1 M B XX0\n");  // not a phone of the table
    }
    QVERIFY(!m_referenceWav.isEmpty());
    ServerProcess server;
    QString error;
    QVERIFY2(server.start({"--port", "0", "-q", "--dict", good}, m_temp.path(), "dict", &error), qPrintable(error));
    const HttpResponse r = postTts(ttsJson(), server.port());
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(r.body != m_referenceWav);
    // A text without the word sounds as without the dictionary.
    const QJsonObject plain = ttsJson(QStringLiteral("今天天气很好。"));
    const HttpResponse withDict = postTts(plain, server.port()), without = postTts(plain);
    QVERIFY2(withDict.status == 200 && without.status == 200, withDict.body.constData());
    QCOMPARE(withDict.body, without.body);

    // (Run directly: it exits at once, there is no "listening" line to wait for.)
    QProcess refused;
    refused.start(QString::fromStdString(timbre::test::cliPath()),
                  {"serve", "--models", fixture("e2e-tiny"), "--ref-dir", fixture("e2e-tiny"), "--port", "0", "--dict", bad});
    QVERIFY(refused.waitForFinished(60000));
    QCOMPARE(refused.exitCode(), 1);
    const QString log = QString::fromUtf8(refused.readAllStandardError());
    QVERIFY2(log.contains(bad + ":2:"), qPrintable(log));
    QVERIFY2(!log.contains("loading"), qPrintable(log));  // stopped before the models
  }

  void restartAndExit() {
    ServerProcess server;
    QString error;
    const quint16 fixedPort = freePort();
    QVERIFY2(server.start({"--port", QString::number(fixedPort), "-q"}, m_temp.path(), "control", &error),
             qPrintable(error));
    const qint64 pid = server.pid();
    HttpResponse r = http(fixedPort, "GET", "/control?command=restart");
    QCOMPARE(r.status, 200);
    QVERIFY2(server.waitListening(&error), qPrintable(error));  // the same process, listening again
    QCOMPARE(server.pid(), pid);
    QCOMPARE(server.port(), fixedPort);
    QVERIFY2(postTts(ttsJson(), fixedPort).status == 200, qPrintable(server.log()));
    r = http(fixedPort, "GET", "/control?command=exit");
    QCOMPARE(r.status, 200);
    QVERIFY(server.process().waitForFinished(30000));
    QCOMPARE(server.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.process().exitCode(), 0);
  }

  // Integers are checked as 64-bit values (4294967297 used to wrap to 1), and
  // string fields take strings only (issue #18).
  void strictFieldTypes_data() {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("top_k 2^32+1") << "top_k" << QJsonValue(4294967297.0) << "top_k is out of range";
    QTest::newRow("top_k text 2^32+1") << "top_k" << QJsonValue("4294967297") << "top_k is out of range";
    QTest::newRow("top_k 2^64") << "top_k" << QJsonValue("18446744073709551616") << "top_k is out of range";
    QTest::newRow("streaming_mode 2^32+1") << "streaming_mode" << QJsonValue(4294967297.0) << "streaming_mode must be";
    QTest::newRow("text list") << "text" << QJsonValue(QJsonArray{"a", "b"}) << "text must be a string";
    QTest::newRow("text number") << "text" << QJsonValue(12) << "text must be a string";
    QTest::newRow("text object") << "text" << QJsonValue(QJsonObject{{"a", 1}}) << "text must be a string";
  }
  void strictFieldTypes() {
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject o = ttsJson();
    o[field] = value;
    QByteArray body = toBody(o);
    // QJson writes 4294967297.0 as a double; send it as the integer a client would.
    body.replace("4294967297.0", "4294967297");
    const HttpResponse r = http(port(), "POST", "/tts", body, "application/json");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains(expected), r.body.constData());
  }

  // A body nesting 60,000 levels is refused, and the server lives on.
  void deeplyNestedBody() {
    const QByteArray deep = "{\"text\":" + QByteArray(60000, '[') + QByteArray(60000, ']') + "}";
    HttpResponse r = http(port(), "POST", "/tts", deep, "application/json");
    QCOMPARE(r.status, 400);
    QVERIFY2(r.message().contains("nests deeper"), r.body.constData());
    r = http(port(), "POST", "/", deep, "application/json");
    QCOMPARE(r.status, 400);
    QCOMPARE(m_server->process().state(), QProcess::Running);
  }

  // Error messages name the request field; the server's folders (references,
  // weights, voice library, temp) never reach the client (issue #18).
  void errorsNameNoServerPaths() {
    const QStringList secrets{fixture("e2e-tiny"), fixture("v2-tiny"), m_voicesDir, m_temp.path(), m_symlinkDir};
    const auto leaks = [&](const HttpResponse& r) {
      for (const QString& secret : secrets)
        if (r.body.contains(secret.toUtf8())) return secret;
      return QString();
    };
    QList<HttpResponse> answers;
    QJsonObject o = ttsJson();
    o["ref_audio_path"] = "Nobody";
    answers << postTts(o);
    o["ref_audio_path"] = "broken";
    answers << postTts(o);
    o["ref_audio_path"] = "case0_zh_short/nothing.wav";
    answers << postTts(o);
    o["ref_audio_path"] = fixture("e2e-tiny/case0_zh_short/nothing.wav");
    answers << postTts(o);
    // A file that is not audio, inside --ref-dir: the decoder's error names it.
    o["ref_audio_path"] = "manifest.json";
    answers << postTts(o);
    answers << http(port(), "GET", "/set_gpt_weights?" + query({{"weights_path", "manifest.json"}}));
    answers << http(port(), "GET", "/set_sovits_weights?" + query({{"weights_path", "gpt.ckpt"}}));
    answers << http(port(), "GET", "/set_refer_audio?" + query({{"refer_audio_path", "manifest.json"}}));
    for (const HttpResponse& r : answers) {
      QVERIFY2(r.status >= 400 && r.status < 500, r.body.constData());
      QVERIFY2(leaks(r).isEmpty(), qPrintable("leaks " + leaks(r) + ": " + QString::fromUtf8(r.body)));
    }
    // Still useful: the field and the folder option are named.
    QVERIFY2(answers[0].message().startsWith("ref_audio_path"), answers[0].body.constData());
    QVERIFY2(answers[1].message().contains("voice.json"), answers[1].body.constData());
    QVERIFY2(answers[5].json().value("Exception").toString().contains("manifest.json"), answers[5].body.constData());
  }

  // parallel_infer decodes the whole text at once in memory quadratic in its
  // length: a long text is refused with 413 before any work, and the server's
  // memory does not move (issue #18).
  void longParallelTextIsRefusedUpFront() {
    QString text;
    while (text.size() < 19000) text += "The quick brown fox jumps over the lazy dog near the river bank. ";
    QJsonObject o = ttsJson(text);
    o["text_lang"] = "en";
    const long before = m_server->peakRssKb();
    HttpResponse r = postTts(o);  // parallel_infer defaults to true
    QCOMPARE(r.status, 413);
    QVERIFY2(r.message().contains("parallel_infer=false") && r.message().contains("bytes"), r.body.constData());
    o["parallel_infer"] = true;
    r = postTts(o);
    QCOMPARE(r.status, 413);
    const long after = m_server->peakRssKb();
    QVERIFY2(before > 0 && after - before < 100 * 1024, qPrintable(QString("peak RSS %1 -> %2 kB").arg(before).arg(after)));
    // A short text with parallel_infer is still served.
    o = ttsJson(kLongText);
    o["parallel_infer"] = true;
    r = postTts(o);
    QCOMPARE(r.status, 200);
  }

  // Slow clients ("slowloris": one header line at a time) cannot hold every
  // server thread: each connection must deliver its headers within a deadline
  // (10 s by default), so a normal request is still answered (issue #18).
  void slowClientsCannotHoldEveryThread() {
    // Far more than the server's 2 + 8 + 8 threads: without the deadlines 30 such
    // clients already keep a normal request from being answered for minutes.
    constexpr int kSlowClients = 48;
    std::atomic<int> cut{0};
    std::vector<std::thread> slow;
    const quint16 p = port();
    for (int k = 0; k < kSlowClients; ++k) {
      slow.emplace_back([&, k] {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(p);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
          ::close(fd);
          return;
        }
        const std::string start = "GET /control?command=status HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        ::send(fd, start.data(), start.size(), MSG_NOSIGNAL);
        // One header line a second for at most a minute, until the server cuts us off.
        for (int line = 0; line < 60; ++line) {
          const std::string header = "X-Slow-" + std::to_string(k) + ": " + std::to_string(line) + "\r\n";
          if (::send(fd, header.data(), header.size(), MSG_NOSIGNAL) < 0) {
            ++cut;
            break;
          }
          pollfd peer{fd, POLLRDHUP, 0};
          if (::poll(&peer, 1, 1000) > 0 && (peer.revents & (POLLRDHUP | POLLHUP | POLLERR))) {
            ++cut;
            break;
          }
        }
        ::close(fd);
      });
    }
    QThread::msleep(1500);  // let them take the threads
    const HttpResponse r = http(p, "GET", "/control", {}, {}, {}, 45000);
    // Every slow client is cut off in its turn (those that waited for a thread
    // get their deadline once they have one); each gives up after a minute.
    for (auto& t : slow) t.join();
    QCOMPARE(r.status, 400);
    QCOMPARE(r.message(), QString("command is required"));
    QCOMPARE(cut.load(), kSlowClients);
  }

  void cleanupTestCase() {
    if (m_server) qInfo("main server peak RSS (VmHWM) over the whole test, weight reloads included: %ld kB", m_server->peakRssKb());
    m_server.reset();
  }
};

QTEST_MAIN(TestApiServer)
#include "TestApiServer.moc"
