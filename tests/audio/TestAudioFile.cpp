// Audio files: every output format round-trips real speech from ../shared/audio,
// stereo is mixed to mono, resampling keeps quality, broken files give
// timbre::Error naming the file, and silence is detected.
#include "audio/AudioFile.h"
#include "audio/AudioLevels.h"
#include "audio/Resampler.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <sys/resource.h>
#include <sys/stat.h>

#include <cmath>
#include <csignal>
#include <functional>
#include <optional>
#include <fstream>
#include <random>

using timbre::audio::AudioBuffer;
using timbre::audio::AudioFormat;
using timbre::test::sharedPath;

namespace {

const std::string kSpeechWav = "audio/aishell/BAC009S0150W0001.wav";     // 16 kHz mono 16-bit
const std::string kSpeechWav2 = "audio/aishell/BAC009S0252W0121.wav";    // other speaker
const std::string kSpeechFlac = "audio/librispeech/103-1240-0000.flac";  // 16 kHz mono FLAC

// 10·log10(Σref² / Σ(ref − x)²) over the overlap of ref[i] and x[i + lag].
double snrDb(const std::vector<float>& ref, const std::vector<float>& x, long lag = 0) {
  double signal = 0, noise = 0;
  for (long i = 0; i < static_cast<long>(ref.size()); ++i) {
    const long j = i + lag;
    if (j < 0 || j >= static_cast<long>(x.size())) continue;
    signal += double(ref[i]) * ref[i];
    noise += (double(ref[i]) - x[j]) * (double(ref[i]) - x[j]);
  }
  return 10.0 * std::log10(signal / std::max(noise, 1e-30));
}

// Normalised cross-correlation of ref[i] and x[i + lag].
double correlation(const std::vector<float>& ref, const std::vector<float>& x, long lag) {
  double rx = 0, rr = 0, xx = 0;
  for (long i = 0; i < static_cast<long>(ref.size()); ++i) {
    const long j = i + lag;
    if (j < 0 || j >= static_cast<long>(x.size())) continue;
    rx += double(ref[i]) * x[j];
    rr += double(ref[i]) * ref[i];
    xx += double(x[j]) * x[j];
  }
  return rx / std::sqrt(rr * xx + 1e-30);
}

long bestLag(const std::vector<float>& ref, const std::vector<float>& x, long maxLag) {
  long best = 0;
  double bestC = -2;
  for (long lag = -maxLag; lag <= maxLag; ++lag) {
    const double c = correlation(ref, x, lag);
    if (c > bestC) bestC = c, best = lag;
  }
  return best;
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Expects readAudioFile(path) to throw timbre::Error whose message names the file.
void expectReadError(const std::string& path, timbre::ErrorCode code) {
  try {
    timbre::audio::readAudioFile(path);
    QFAIL(qPrintable(QString::fromStdString("no error reading " + path)));
  } catch (const timbre::Error& e) {
    QVERIFY2(std::string(e.what()).find(path) != std::string::npos, e.what());
    QVERIFY2(e.code() == code, e.what());
  }
}

}  // namespace

class TestAudioFile : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  AudioBuffer m_speech;

  std::string tmp(const std::string& name) { return (m_dir.path() + "/").toStdString() + name; }

 private slots:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    m_speech = timbre::audio::readAudioFile(sharedPath(kSpeechWav));
  }

  void readsRealSpeech() {
    QCOMPARE(m_speech.sampleRateHz, 16000);
    QCOMPARE(m_speech.channels, 1);
    QVERIFY(m_speech.durationSeconds() > 2.0 && m_speech.durationSeconds() < 10.0);
    // 16-bit PCM comes back as k / 32768.
    for (float x : m_speech.samples) QCOMPARE(std::nearbyint(x * 32768.0f), x * 32768.0f);
    QVERIFY(!timbre::audio::isSilent(m_speech.samples));
    QVERIFY(timbre::audio::rmsLevel(m_speech.samples.data(), m_speech.samples.size()) > 0.01);

    const AudioBuffer flac = timbre::audio::readAudioFile(sharedPath(kSpeechFlac));
    QCOMPARE(flac.sampleRateHz, 16000);
    QCOMPARE(flac.channels, 1);
    QVERIFY(flac.durationSeconds() > 1.0);
    QVERIFY(!timbre::audio::isSilent(flac.samples));
  }

  void wavFloatIsBitExact() {
    const std::string path = tmp("float.wav");
    AudioBuffer odd = m_speech;
    odd.samples[10] = 1.75f;  // float WAV keeps values beyond full scale
    odd.samples[11] = -3e-9f;
    timbre::audio::writeAudioFile(path, odd, AudioFormat::WavFloat);
    const AudioBuffer back = timbre::audio::readAudioFile(path);
    QCOMPARE(back.sampleRateHz, odd.sampleRateHz);
    QCOMPARE(back.channels, 1);
    QCOMPARE(back.samples, odd.samples);
  }

  void wav16RoundTrip() {
    // The speech is 16-bit already: writing it again must reproduce it exactly.
    const std::string path = tmp("speech16.wav");
    timbre::audio::writeAudioFile(path, m_speech);  // .wav -> Wav16
    QCOMPARE(timbre::audio::readAudioFile(path).samples, m_speech.samples);

    // Arbitrary floats: within one 16-bit step (half a step plus the +1.0 clamp).
    AudioBuffer arbitrary = m_speech;
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> u(-1.0f, 1.0f);
    for (float& x : arbitrary.samples) x = u(rng);
    arbitrary.samples[0] = 1.0f;
    arbitrary.samples[1] = -1.0f;
    arbitrary.samples[2] = 1.5f;  // clipped, not wrapped
    timbre::audio::writeAudioFile(path, arbitrary, AudioFormat::Wav16);
    const AudioBuffer back = timbre::audio::readAudioFile(path);
    QCOMPARE(back.samples.size(), arbitrary.samples.size());
    double maxErr = 0;
    for (std::size_t i = 3; i < back.samples.size(); ++i)
      maxErr = std::max(maxErr, double(std::fabs(back.samples[i] - arbitrary.samples[i])));
    QVERIFY2(maxErr <= 0.5 / 32768 + 1e-9, qPrintable(QString::number(maxErr)));
    QCOMPARE(back.samples[0], 32767.0f / 32768.0f);
    QCOMPARE(back.samples[1], -1.0f);
    QCOMPARE(back.samples[2], 32767.0f / 32768.0f);
  }

  void flacEqualsWav16() {
    AudioBuffer arbitrary = m_speech;
    for (std::size_t i = 0; i < arbitrary.samples.size(); ++i) arbitrary.samples[i] *= 1.3f;  // some clip
    timbre::audio::writeAudioFile(tmp("a.wav"), arbitrary, AudioFormat::Wav16);
    timbre::audio::writeAudioFile(tmp("a.flac"), arbitrary);  // .flac -> Flac
    const AudioBuffer wav = timbre::audio::readAudioFile(tmp("a.wav"));
    const AudioBuffer flac = timbre::audio::readAudioFile(tmp("a.flac"));
    QCOMPARE(flac.sampleRateHz, 16000);
    QCOMPARE(flac.samples, wav.samples);
    QVERIFY(readBytes(tmp("a.flac")).size() < readBytes(tmp("a.wav")).size());  // it did compress
    // The shared FLAC speech survives FLAC -> FLAC unchanged.
    const AudioBuffer libri = timbre::audio::readAudioFile(sharedPath(kSpeechFlac));
    timbre::audio::writeAudioFile(tmp("libri.flac"), libri);
    QCOMPARE(timbre::audio::readAudioFile(tmp("libri.flac")).samples, libri.samples);
  }

  void lossyRoundTrip_data() {
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("rate");
    QTest::newRow("ogg 16k") << int(AudioFormat::OggVorbis) << "s.ogg" << 16000;
    QTest::newRow("ogg 32k") << int(AudioFormat::OggVorbis) << "s32.ogg" << 32000;
    QTest::newRow("mp3 16k") << int(AudioFormat::Mp3) << "s.mp3" << 16000;
    QTest::newRow("mp3 32k") << int(AudioFormat::Mp3) << "s32.mp3" << 32000;
  }
  void lossyRoundTrip() {
    QFETCH(int, format);
    QFETCH(QString, file);
    QFETCH(int, rate);
    const AudioBuffer src = rate == 16000 ? m_speech : timbre::audio::readAudioMono(sharedPath(kSpeechWav), rate);
    const std::string path = tmp(file.toStdString());
    timbre::audio::writeAudioFile(path, src);
    const AudioBuffer back = timbre::audio::readAudioFile(path);
    QCOMPARE(back.sampleRateHz, rate);
    QCOMPARE(back.channels, 1);
    const long lag = bestLag(src.samples, back.samples, 2500);
    const long lengthDiff = long(back.samples.size()) - long(src.samples.size());
    const double corr = correlation(src.samples, back.samples, lag);
    // Least-squares level of the decoded signal relative to the source.
    double xy = 0, xx = 0;
    for (std::size_t i = 0; i < src.samples.size() && i < back.samples.size(); ++i)
      xy += double(src.samples[i]) * back.samples[i], xx += double(src.samples[i]) * src.samples[i];
    const double gain = xy / xx;
    std::vector<float> scaled = src.samples;
    for (float& x : scaled) x = static_cast<float>(x * gain);
    const double snr = snrDb(scaled, back.samples, lag);
    qInfo("%s: %zu -> %zu samples, lag %ld, level %.4f, SNR after level match %.1f dB, correlation %.5f, %zu bytes",
          qPrintable(file), src.samples.size(), back.samples.size(), lag, gain, snr, corr, readBytes(path).size());
    // Vorbis is gapless by design; the MP3 decoder (mpg123, gapless mode) removes
    // LAME's encoder delay and padding using the LAME info frame libsndfile
    // writes, so both come back aligned and with the exact length.
    QCOMPARE(lag, 0L);
    QCOMPARE(lengthDiff, 0L);
    // Perceptual codecs at these bit rates reproduce the waveform at >= 15 dB
    // SNR (the quantisation noise is shaped under the signal; measured 24-26 dB);
    // a wrong scale, shift or channel mix-up gives <= 0 dB and correlation near 0.
    QVERIFY2(snr > 15.0, qPrintable(QString::number(snr)));
    QVERIFY2(corr > 0.99, qPrintable(QString::number(corr)));
    if (AudioFormat(format) == AudioFormat::OggVorbis) {
      QVERIFY2(std::fabs(gain - 1.0) < 0.02, qPrintable(QString::number(gain)));
    } else {
      // Measured: the LAME 3.100 -> mpg123 1.31 chain (through libsndfile 1.2.0)
      // returns MP3 audio with a flat level loss that depends on the bit rate
      // (0.950 at our CBR settings, 0.896 at libsndfile's default VBR), the
      // same for tones of 100 Hz-3 kHz; cause not identified (not in our code:
      // float and int16 writes behave alike). Bound it so a real scaling bug fails.
      QVERIFY2(gain > 0.9 && gain < 1.02, qPrintable(QString::number(gain)));
    }
  }

  void mp3OddRateIsResampled() {
    AudioBuffer odd = timbre::audio::readAudioMono(sharedPath(kSpeechWav), 20000);
    const std::string bytes = timbre::audio::encodeAudio(odd, AudioFormat::Mp3);
    const AudioBuffer back = timbre::audio::decodeAudio(bytes, "odd.mp3");
    QCOMPARE(back.sampleRateHz, 22050);  // next rate MPEG supports
    QVERIFY(std::abs(back.durationSeconds() - odd.durationSeconds()) < 0.06);
  }

  void memoryRoundTrip() {
    for (AudioFormat f : {AudioFormat::Wav16, AudioFormat::WavFloat, AudioFormat::Flac, AudioFormat::OggVorbis,
                          AudioFormat::Mp3}) {
      const std::string bytes = timbre::audio::encodeAudio(m_speech, f);
      QVERIFY(bytes.size() > 1000);
      // In-memory bytes equal what a file would hold.
      const std::string path = tmp(std::string("mem.") + timbre::audio::formatExtension(f));
      timbre::audio::writeAudioFile(path, m_speech, f);
      // (Vorbis streams carry a random Ogg serial number, so only they differ byte-wise.)
      if (f != AudioFormat::OggVorbis) QVERIFY2(readBytes(path) == bytes, timbre::audio::formatExtension(f));
      const AudioBuffer back = timbre::audio::decodeAudio(bytes);
      QCOMPARE(back.sampleRateHz, 16000);
      if (f == AudioFormat::Wav16 || f == AudioFormat::WavFloat || f == AudioFormat::Flac)
        QCOMPARE(back.samples, m_speech.samples);
      else
        QVERIFY(correlation(m_speech.samples, back.samples, 0) > 0.99);
    }
    QCOMPARE(QString(timbre::audio::formatMimeType(AudioFormat::Mp3)), QString("audio/mpeg"));
    QCOMPARE(QString(timbre::audio::formatMimeType(AudioFormat::OggVorbis)), QString("audio/ogg"));
  }

  void formatFromExtension() {
    QVERIFY(timbre::audio::formatFromExtension("a/b.WAV") == AudioFormat::Wav16);
    QVERIFY(timbre::audio::formatFromExtension("x.flac") == AudioFormat::Flac);
    QVERIFY(timbre::audio::formatFromExtension("x.ogg") == AudioFormat::OggVorbis);
    QVERIFY(timbre::audio::formatFromExtension("x.Mp3") == AudioFormat::Mp3);
    try {
      timbre::audio::formatFromExtension("x.aiff");
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QVERIFY(e.code() == timbre::ErrorCode::UnsupportedFormat);
      QVERIFY2(std::string(e.what()).find("x.aiff") != std::string::npos, e.what());
    }
  }

  void stereoToMonoMean() {
    const AudioBuffer a = m_speech;
    const AudioBuffer b = timbre::audio::readAudioFile(sharedPath(kSpeechWav2));
    const std::size_t n = std::min(a.frames(), b.frames());
    AudioBuffer stereo;
    stereo.sampleRateHz = 16000;
    stereo.channels = 2;
    for (std::size_t i = 0; i < n; ++i) stereo.samples.insert(stereo.samples.end(), {a.samples[i], b.samples[i]});
    timbre::audio::writeAudioFile(tmp("stereo.wav"), stereo, AudioFormat::WavFloat);
    const AudioBuffer raw = timbre::audio::readAudioFile(tmp("stereo.wav"));
    QCOMPARE(raw.channels, 2);
    QCOMPARE(raw.frames(), n);
    const AudioBuffer mono = timbre::audio::readAudioMono(tmp("stereo.wav"), 16000);
    QCOMPARE(mono.channels, 1);
    QCOMPARE(mono.sampleRateHz, 16000);
    QCOMPARE(mono.samples.size(), n);
    for (std::size_t i = 0; i < n; ++i) QCOMPARE(mono.samples[i], (a.samples[i] + b.samples[i]) / 2.0f);
    // Stereo also survives FLAC and MP3 (two channels).
    timbre::audio::writeAudioFile(tmp("stereo.flac"), stereo);
    QCOMPARE(timbre::audio::readAudioFile(tmp("stereo.flac")).channels, 2);
    timbre::audio::writeAudioFile(tmp("stereo.mp3"), stereo);
    QCOMPARE(timbre::audio::readAudioFile(tmp("stereo.mp3")).channels, 2);
    // Three channels: all averaged (documented extension of the official 2-channel rule).
    AudioBuffer three{{0.3f, 0.6f, 0.9f, -0.3f, 0.0f, 0.3f}, 16000, 3};
    const AudioBuffer m3 = timbre::audio::mixToMono(three);
    QCOMPARE(m3.samples.size(), std::size_t{2});
    QVERIFY(std::fabs(m3.samples[0] - 0.6f) < 1e-7f && std::fabs(m3.samples[1]) < 1e-7f);
  }

  void resampleRoundTripKeepsQuality() {
    // 16k -> 32k -> 16k with soxr HQ. The only loss allowed is the band above
    // soxr HQ's passband edge (about 0.91 x 8 kHz): the error below 7.2 kHz must
    // be at the 20-bit accuracy soxr HQ promises (< -70 dB of the signal), and
    // the total SNR at least what losing everything above 7.3 kHz would leave
    // (31.7 dB for this clip; measured 39.7 dB).
    const AudioBuffer up = timbre::audio::readAudioMono(sharedPath(kSpeechWav), 32000);
    QCOMPARE(up.sampleRateHz, 32000);
    QCOMPARE(up.samples.size(), 2 * m_speech.samples.size());
    const std::vector<float> down = timbre::audio::resample(up.samples, 32000, 16000);
    QCOMPARE(down.size(), m_speech.samples.size());
    const auto power = [](const std::vector<float>& v) {
      return at::fft_rfft(at::from_blob(const_cast<float*>(v.data()), {int64_t(v.size())}, at::kFloat).to(at::kDouble))
          .abs()
          .pow(2);
    };
    std::vector<float> err(down.size());
    for (std::size_t i = 0; i < err.size(); ++i) err[i] = m_speech.samples[i] - down[i];
    const at::Tensor ps = power(m_speech.samples), pe = power(err);
    const int64_t bins = ps.size(0), edge = int64_t(7200.0 / 8000.0 * double(bins - 1));
    const double total = ps.sum().item<double>();
    const double inBandErrDb = 10 * std::log10(pe.slice(0, 0, edge).sum().item<double>() / total);
    const double snr = snrDb(m_speech.samples, down);
    const int64_t edge73 = int64_t(7300.0 / 8000.0 * double(bins - 1));
    const double bound = 10 * std::log10(total / ps.slice(0, edge73).sum().item<double>());
    qInfo("soxr 16k->32k->16k SNR %.1f dB (bound %.1f dB), error below 7.2 kHz %.1f dB", snr, bound, inBandErrDb);
    QVERIFY2(inBandErrDb < -70.0, qPrintable(QString::number(inBandErrDb)));
    QVERIFY2(snr > bound, qPrintable(QString::number(snr)));

    const AudioBuffer upSinc =
        timbre::audio::readAudioMono(sharedPath(kSpeechWav), 32000, timbre::audio::ResampleMethod::TorchaudioSinc);
    QCOMPARE(upSinc.samples.size(), 2 * m_speech.samples.size());
    const double snrUp = snrDb(up.samples, upSinc.samples);
    qInfo("soxr vs torchaudio-sinc at 32k SNR %.1f dB", snrUp);
    QVERIFY2(snrUp > 30.0, qPrintable(QString::number(snrUp)));
  }

  void brokenFilesAreReported() {
    // Missing file.
    expectReadError(tmp("missing.wav"), timbre::ErrorCode::Io);
    // Empty file.
    writeBytes(tmp("empty.wav"), "");
    expectReadError(tmp("empty.wav"), timbre::ErrorCode::Audio);
    // A text file renamed .wav.
    writeBytes(tmp("text.wav"), "This is not audio at all, just some words in a text file.\n");
    expectReadError(tmp("text.wav"), timbre::ErrorCode::Audio);
    // Random bytes.
    std::string noise(4096, '\0');
    std::mt19937 rng(11);
    for (char& c : noise) c = static_cast<char>(rng() & 0xff);
    writeBytes(tmp("random.flac"), noise);
    expectReadError(tmp("random.flac"), timbre::ErrorCode::Audio);
    // A real WAV cut inside its header.
    const std::string wav = readBytes(sharedPath(kSpeechWav));
    writeBytes(tmp("truncated.wav"), wav.substr(0, 20));
    expectReadError(tmp("truncated.wav"), timbre::ErrorCode::Audio);
    // A header claiming an absurd sample rate (bytes 24..27 of the fmt chunk).
    std::string absurd = wav;
    const uint32_t rate = 3;
    absurd.replace(24, 4, reinterpret_cast<const char*>(&rate), 4);
    writeBytes(tmp("absurd.wav"), absurd);
    expectReadError(tmp("absurd.wav"), timbre::ErrorCode::Audio);
    // A valid header with no samples.
    std::string noData = wav.substr(0, 44);
    const uint32_t zero = 0, riff = 36;
    noData.replace(40, 4, reinterpret_cast<const char*>(&zero), 4);
    noData.replace(4, 4, reinterpret_cast<const char*>(&riff), 4);
    writeBytes(tmp("nodata.wav"), noData);
    expectReadError(tmp("nodata.wav"), timbre::ErrorCode::Audio);
    // The same checks in memory name the given label.
    try {
      timbre::audio::decodeAudio(noise, "upload.bin");
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QVERIFY2(std::string(e.what()).find("upload.bin") != std::string::npos, e.what());
      QVERIFY(e.code() == timbre::ErrorCode::Audio);
    }
    // Writing: bad buffers and unwritable places.
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::encodeAudio(AudioBuffer{{}, 16000, 1}, AudioFormat::Wav16));
    QVERIFY_THROWS_EXCEPTION(timbre::Error,
                             timbre::audio::encodeAudio(AudioBuffer{{0.1f}, 100, 1}, AudioFormat::Wav16));
    QVERIFY_THROWS_EXCEPTION(timbre::Error,
                             timbre::audio::encodeAudio(AudioBuffer{{0.1f, 0.2f, 0.3f}, 16000, 3}, AudioFormat::Mp3));
    try {
      timbre::audio::writeAudioFile(tmp("no/such/dir/out.wav"), m_speech);
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QVERIFY(e.code() == timbre::ErrorCode::Io);
      QVERIFY2(std::string(e.what()).find("out.wav") != std::string::npos, e.what());
    }
    QVERIFY_THROWS_EXCEPTION(timbre::Error, timbre::audio::readAudioMono(sharedPath(kSpeechWav), 0));
  }

  // A header claiming 7 bits per sample was read as if it were 8-bit audio
  // (issue #18); it is refused, naming the file and the claim.
  void oddBitsPerSampleIsRefused() {
    std::string wav = readBytes(sharedPath(kSpeechWav));
    QCOMPARE(wav.substr(12, 4), std::string("fmt "));
    const uint16_t seven = 7;
    wav.replace(34, 2, reinterpret_cast<const char*>(&seven), 2);  // wBitsPerSample of the fmt chunk
    writeBytes(tmp("seven-bits.wav"), wav);
    expectReadError(tmp("seven-bits.wav"), timbre::ErrorCode::Audio);
    try {
      timbre::audio::decodeAudio(wav, "upload.wav");
      QFAIL("a 7-bit WAV was decoded");
    } catch (const timbre::Error& e) {
      QVERIFY2(std::string(e.what()).find("upload.wav") != std::string::npos, e.what());
      QVERIFY2(std::string(e.what()).find("7 bits per sample") != std::string::npos, e.what());
    }
    // The untouched file still reads.
    QVERIFY(!timbre::audio::decodeAudio(readBytes(sharedPath(kSpeechWav)), "ok.wav").samples.empty());
  }

  // Output paths are checked before any work, and a write goes through a
  // temporary file, so a failure never truncates an existing file (issue #18).
  void outputIsCheckedAndReplacedSafely() {
    const auto errorOf = [](const std::function<void()>& action, std::string* message) {
      try {
        action();
      } catch (const timbre::Error& e) {
        *message = e.what();
        return std::optional<timbre::ErrorCode>(e.code());
      }
      return std::optional<timbre::ErrorCode>();
    };
    std::string message;
    QCOMPARE(errorOf([&] { timbre::audio::checkOutputPath(tmp("missing-folder/out.wav")); }, &message),
             std::optional(timbre::ErrorCode::Io));
    QVERIFY2(message.find("missing-folder") != std::string::npos && message.find("does not exist") != std::string::npos,
             message.c_str());
    QVERIFY(QDir(m_dir.path()).mkpath("a-folder.wav"));
    QCOMPARE(errorOf([&] { timbre::audio::checkOutputPath(tmp("a-folder.wav")); }, &message),
             std::optional(timbre::ErrorCode::Io));
    QVERIFY2(message.find("a-folder.wav") != std::string::npos && message.find("is a folder") != std::string::npos,
             message.c_str());
    QCOMPARE(errorOf([&] { timbre::audio::checkOutputPath(tmp("out.txt")); }, &message),
             std::optional(timbre::ErrorCode::UnsupportedFormat));
    QCOMPARE(errorOf([&] { timbre::audio::checkOutputPath(tmp("noextension")); }, &message),
             std::optional(timbre::ErrorCode::UnsupportedFormat));
    // Root ignores permission bits; a path under a file can never be created.
    QCOMPARE(errorOf([&] { timbre::audio::checkOutputPath("/dev/null/out.wav"); }, &message),
             std::optional(timbre::ErrorCode::Io));
    timbre::audio::checkOutputPath(tmp("fine.flac"));
    QVERIFY(!QFile::exists(QString::fromStdString(tmp("fine.flac"))));
    QCOMPARE(QDir(m_dir.path()).entryList({".timbre-write-test-*"}, QDir::Hidden | QDir::Files).size(), 0);

    // A write that fails half-way (the file-size limit stands in for a full
    // disk) leaves the existing file as it was and no temporary behind.
    const std::string existing = tmp("keep.wav");
    writeBytes(existing, "the previous take");
    struct rlimit old {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = old;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto code = errorOf([&] { timbre::audio::writeAudioFile(existing, m_speech); }, &message);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QCOMPARE(code, std::optional(timbre::ErrorCode::Io));
    QVERIFY2(message.find("keep.wav") != std::string::npos && message.find("nothing was replaced") != std::string::npos,
             message.c_str());
    QCOMPARE(readBytes(existing), std::string("the previous take"));
    QCOMPARE(QDir(m_dir.path()).entryList({"*.partial-*"}, QDir::Hidden | QDir::Files).size(), 0);
    // And a successful write replaces it completely, keeping its permissions.
    QCOMPARE(::chmod(existing.c_str(), 0640), 0);
    timbre::audio::writeAudioFile(existing, m_speech);
    QCOMPARE(timbre::audio::readAudioFile(existing).samples.size(), m_speech.samples.size());
    struct stat info {};
    QCOMPARE(::stat(existing.c_str(), &info), 0);
    QCOMPARE(int(info.st_mode & 0777), 0640);
  }

  void silenceDetection() {
    QVERIFY(timbre::audio::isSilent(std::vector<float>{}));
    QVERIFY(timbre::audio::isSilent(std::vector<float>(16000, 0.0f)));
    std::vector<float> hiss(16000);
    std::mt19937 rng(3);
    std::normal_distribution<float> n(0.0f, 1e-5f);
    for (float& x : hiss) x = n(rng);
    QVERIFY(timbre::audio::isSilent(hiss));  // -100 dBFS noise
    // One click in 3 s of digital silence: RMS is still negligible.
    std::vector<float> click(48000, 0.0f);
    click[100] = 0.01f;
    QVERIFY(timbre::audio::isSilent(click));
    QVERIFY(!timbre::audio::isSilent(m_speech.samples));
    // Quiet but real speech (-40 dB) is not silence.
    std::vector<float> quiet = m_speech.samples;
    for (float& x : quiet) x *= 0.01f;
    QVERIFY(!timbre::audio::isSilent(quiet));
    // A silent file written and read back is still silent.
    timbre::audio::writeAudioFile(tmp("silence.wav"), AudioBuffer{std::vector<float>(16000, 0.0f), 16000, 1});
    QVERIFY(timbre::audio::isSilent(timbre::audio::readAudioFile(tmp("silence.wav")).samples));
  }
};

QTEST_MAIN(TestAudioFile)
#include "TestAudioFile.moc"
