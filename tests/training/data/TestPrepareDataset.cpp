// prepareDataset end to end on small models (e2e-tiny's HuBERT/BERT, the
// train-tiny v2 starting generator): a folder of real AISHELL clips with one
// bad clip per check (exact reason each), the feature cache and its
// invalidation by a changed transcript, a long recording paired with its
// transcript lines, and the error when nothing is usable.
#include "audio/AudioFile.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "training/data/AtomicFile.h"
#include "training/data/Pcm16Wav.h"
#include "training/data/PrepareDataset.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cmath>
#include <filesystem>

using namespace timbre;
using namespace timbre::training::data;
namespace fs = std::filesystem;

class TestPrepareDataset : public QObject {
  Q_OBJECT

  BaseModels m_models;

  static std::string aishell(const std::string& file) { return test::sharedPath("audio/aishell/" + file); }

  static void writeWav(const std::string& path, const std::vector<float>& samples) {
    std::vector<int16_t> pcm(samples.size());
    for (size_t i = 0; i < samples.size(); ++i)
      pcm[i] = static_cast<int16_t>(std::clamp(std::lround(samples[i] * 32768.0f), -32768L, 32767L));
    writeFileAtomically(path, pcm16WavBytes(pcm, 32000));
  }
  static std::vector<float> tone(double seconds, float amplitude) {
    std::vector<float> out(static_cast<size_t>(seconds * 32000));
    for (size_t i = 0; i < out.size(); ++i) out[i] = amplitude * std::sin(2 * M_PI * 220.0 * double(i) / 32000.0);
    return out;
  }
  static void copyClip(const QTemporaryDir& dir, const std::string& stem) {
    fs::copy_file(aishell(stem + ".wav"), dir.filePath(QString::fromStdString(stem + ".wav")).toStdString());
    fs::copy_file(aishell(stem + ".txt"), dir.filePath(QString::fromStdString(stem + ".txt")).toStdString());
  }
  static std::string trim(const std::string& text) {
    const size_t begin = text.find_first_not_of(" \t\r\n");
    return begin == std::string::npos ? std::string() : text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1);
  }
  static std::string in(const QTemporaryDir& dir, const std::string& name) {
    return dir.filePath(QString::fromStdString(name)).toStdString();
  }
  static const DroppedClip* droppedNamed(const DatasetReport& report, const std::string& name) {
    for (const DroppedClip& d : report.dropped)
      if (d.name == name) return &d;
    return nullptr;
  }

 private slots:
  void initTestCase() {
    const std::string models = test::sharedPath("fixtures/e2e-tiny/GPT_SoVITS/pretrained_models/");
    m_models.hubert = models + "chinese-hubert-base";
    m_models.bert = models + "chinese-roberta-wwm-ext-large";
    m_models.sovits = test::sharedPath("fixtures/train-tiny/sovits_v2/s2G_v2_init.pth.xz");
    m_models.version = checkpoint::SovitsVersion::V2;
  }

  void folderWithOneBadClipPerCheck() {
    QTemporaryDir data, work;
    copyClip(data, "BAC009S0150W0001");
    copyClip(data, "BAC009S0150W0021");
    writeWav(in(data, "short.wav"), tone(0.5, 0.3));
    writeFileAtomically(in(data, "short.txt"), "设定二十九度");
    writeWav(in(data, "silent.wav"), std::vector<float>(64000, 0.0f));
    writeFileAtomically(in(data, "silent.txt"), "设定二十九度");
    std::vector<float> clipped = tone(2.0, 1.6f);
    for (float& x : clipped) x = std::clamp(x, -1.0f, 32767.0f / 32768.0f);
    writeWav(in(data, "clipped.wav"), clipped);
    writeFileAtomically(in(data, "clipped.lab"), "设定二十九度");
    fs::copy_file(aishell("BAC009S0150W0041.wav"), in(data, "english.wav"));
    writeFileAtomically(in(data, "english.txt"), "hello world");  // zh folder, text without Han
    fs::copy_file(aishell("BAC009S0150W0061.wav"), in(data, "empty.wav"));
    writeFileAtomically(in(data, "empty.txt"), "  \n");
    fs::copy_file(aishell("BAC009S0150W0081.wav"), in(data, "untranscribed.wav"));

    DatasetSource source{DatasetSource::Kind::Folder, data.path().toStdString(), {}, {}, "zh", "me"};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    std::vector<std::string> stages;
    const PreparedDataset dataset =
        prepareDataset(source, m_models, options, [&](const std::string& stage, int, int) { stages.push_back(stage); });
    QVERIFY(!stages.empty());

    QCOMPARE(dataset.items.size(), size_t(2));
    QCOMPARE(dataset.report.total, 8);
    QCOMPARE(dataset.report.kept, (std::vector<std::string>{"BAC009S0150W0001.wav", "BAC009S0150W0021.wav"}));
    QCOMPARE(dataset.report.dropped.size(), size_t(6));
    const auto reason = [&](const std::string& name) -> std::string {
      const DroppedClip* d = droppedNamed(dataset.report, name);
      return d ? d->message.substr(d->message.find(name + ": ") + name.size() + 2) : "(kept)";
    };
    QCOMPARE(reason("short.wav"), std::string("too short (0.50 s, at least 1 s is needed)"));
    QCOMPARE(reason("silent.wav"), std::string("silent (nothing above -60 dBFS)"));
    QCOMPARE(reason("clipped.wav"), std::string("clipped (1.3 ms in one run at full scale)"));
    QCOMPARE(reason("english.wav"), std::string("the transcript does not look like language \"zh\" (it has no Chinese characters)"));
    QCOMPARE(reason("empty.wav"), std::string("the transcript is empty"));
    QCOMPARE(reason("untranscribed.wav"), std::string("no transcript beside it (untranscribed.txt or .lab)"));
    QCOMPARE(droppedNamed(dataset.report, "short.wav")->reason, DropReason::TooShort);
    QCOMPARE(droppedNamed(dataset.report, "clipped.wav")->reason, DropReason::Clipped);
    QCOMPARE(droppedNamed(dataset.report, "untranscribed.wav")->reason, DropReason::MissingTranscript);

    const PreparedItem& item = dataset.items[0];
    QCOMPARE(item.language, std::string("zh"));
    QCOMPARE(item.text, std::string("设定二十九度"));
    QCOMPARE(item.phoneIds.scalar_type(), at::kLong);
    QCOMPARE(item.phoneIds.numel(), int64_t(item.phones.size()));
    QVERIFY(item.word2ph.has_value());
    // 16 kHz source, read at 32 kHz: N32 = 2 * 38864; T50 = (N16 - 400) / 320 + 1, T25 = T50 / 2.
    const int64_t n32 = item.wav32k.numel();
    QCOMPARE(n32, int64_t(2 * 38864));
    const int64_t t50 = ((n32 + 1) / 2 - 400) / 320 + 1;
    QCOMPARE(item.hubert.sizes().vec(), (std::vector<int64_t>{1, 768, t50}));
    QCOMPARE(item.semantic.numel(), t50 / 2);
    QCOMPARE(item.bert.sizes().vec(), (std::vector<int64_t>{1024, int64_t(item.phones.size())}));
    QVERIFY(!item.speakerEmbedding.defined());
    // The training wav is the written file over 32768.
    int rate = 0;
    const std::vector<int16_t> written = readPcm16Wav(readWholeFile(item.wav32kPath), item.wav32kPath, &rate);
    QCOMPARE(rate, 32000);
    QCOMPARE(int64_t(written.size()), n32);
    QCOMPARE(item.wav32k[100].item<float>(), float(written[100]) / 32768.0f);
    QVERIFY(fs::exists(options.workFolder + "/2-name2text.txt"));
    const nlohmann::json report = nlohmann::json::parse(readWholeFile(options.workFolder + "/report.json"));
    QCOMPARE(report.at("total").get<int>(), 8);
    QCOMPARE(report.at("dropped").size(), size_t(6));
    QCOMPARE(report.at("dropped")[0].at("reason").get<std::string>(), std::string("missing-transcript"));
    QVERIFY(readWholeFile(options.workFolder + "/6-name2semantic.tsv").rfind("item_name\tsemantic_audio\nBAC009S0150W0001.wav\t", 0) == 0);
  }

  void changedTranscriptIsNotServedFromTheCache() {
    QTemporaryDir data, work;
    copyClip(data, "BAC009S0150W0001");
    copyClip(data, "BAC009S0150W0021");
    DatasetSource source{DatasetSource::Kind::Folder, data.path().toStdString(), {}, {}, "ZH", {}};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    const PreparedDataset first = prepareDataset(source, m_models, options);
    QCOMPARE(first.report.cachedItems, 0);
    const PreparedDataset again = prepareDataset(source, m_models, options);
    QCOMPARE(again.report.cachedItems, 2);
    QVERIFY(at::equal(again.items[1].hubert, first.items[1].hubert));
    QVERIFY(at::equal(again.items[1].bert, first.items[1].bert));

    writeFileAtomically(in(data, "BAC009S0150W0021.txt"), "三叶眼镜城市");  // one more character
    const PreparedDataset changed = prepareDataset(source, m_models, options);
    QCOMPARE(changed.report.cachedItems, 1);
    QCOMPARE(changed.items[1].bert.size(1), int64_t(changed.items[1].phones.size()));
    QVERIFY(changed.items[1].bert.size(1) > first.items[1].bert.size(1));
  }

  void longRecordingPairsSlicesWithLines() {
    QTemporaryDir work;
    const std::string transcript = in(work, "long.txt");
    writeFileAtomically(transcript, "一三七四零零五二二四六\n\n设定二十九度\r\n想听歌曲卷珠帘\n三叶眼镜城\n");
    DatasetSource source{DatasetSource::Kind::LongRecording, test::sharedPath("fixtures/train-tiny/prep/long.wav"), {},
                         transcript, "zh", {}};
    PrepareOptions options;
    options.workFolder = (fs::path(work.path().toStdString()) / "run").string();
    const PreparedDataset dataset = prepareDataset(source, m_models, options);
    QCOMPARE(dataset.items.size(), size_t(4));
    QCOMPARE(dataset.items[0].name, std::string("long.wav_0000020800_0000152320.wav"));
    QCOMPARE(dataset.items[2].text, std::string("想听歌曲卷珠帘"));
    // The written slice is the official one.
    QCOMPARE(readWholeFile(options.workFolder + "/slices/long.wav_0000020800_0000152320.wav"),
             readWholeFile(test::sharedPath("fixtures/train-tiny/prep/slices/long.wav_0000020800_0000152320.wav")));

    writeFileAtomically(transcript, "一\n二\n三\n");
    try {
      prepareDataset(source, m_models, options);
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidArgument);
      QCOMPARE(std::string(e.what()), source.path + " splits into 4 pieces at its pauses, but " + transcript +
                                          " has 3 lines; give one transcript line per piece, in order");
    }
  }

  void nothingUsableIsAClearError() {
    QTemporaryDir data, work;
    writeWav(in(data, "a.wav"), tone(0.5, 0.3));
    writeFileAtomically(in(data, "a.txt"), "你好");
    writeWav(in(data, "b.wav"), std::vector<float>(64000, 0.0f));
    writeFileAtomically(in(data, "b.txt"), "你好");
    DatasetSource source{DatasetSource::Kind::Folder, data.path().toStdString(), {}, {}, "zh", {}};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    try {
      prepareDataset(source, m_models, options);
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), ErrorCode::InvalidArgument);
      QCOMPARE(std::string(e.what()), "none of the 2 clips in " + source.path + " can be used: " + in(data, "a.wav") +
                                          ": too short (0.50 s, at least 1 s is needed); " + in(data, "b.wav") +
                                          ": silent (nothing above -60 dBFS)");
    }
  }

  void cancelStops() {
    QTemporaryDir data, work;
    copyClip(data, "BAC009S0150W0001");
    DatasetSource source{DatasetSource::Kind::Folder, data.path().toStdString(), {}, {}, "zh", {}};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    std::atomic<bool> cancel{true};
    try {
      prepareDataset(source, m_models, options, {}, &cancel);
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), ErrorCode::Cancelled);
    }
  }

  void tooLongClipIsSplitAtItsPauses() {
    // Five utterances with a second of silence between: 30 s, over the 20 s limit;
    // its five sentences pair with the five pieces the slicer cuts.
    QTemporaryDir data, work;
    const std::vector<std::string> stems = {"BAC009S0150W0141", "BAC009S0150W0221", "BAC009S0252W0121",
                                            "BAC009S0252W0161", "BAC009S0150W0201"};
    std::vector<float> joined;
    std::string transcript;
    for (const std::string& stem : stems) {
      const std::vector<float> clip = audio::readAudioMono(aishell(stem + ".wav"), 32000).samples;
      joined.insert(joined.end(), clip.begin(), clip.end());
      joined.insert(joined.end(), 32000, 0.0f);
      transcript += trim(readWholeFile(aishell(stem + ".txt"))) + "。";
    }
    writeWav(in(data, "long.wav"), joined);
    writeFileAtomically(in(data, "long.txt"), transcript);
    // A clip over the limit whose sentences do not pair with its pieces is dropped.
    writeWav(in(data, "unsplittable.wav"), joined);
    writeFileAtomically(in(data, "unsplittable.txt"), "要走到一点五倍的可能性几乎不存在");
    DatasetSource source{DatasetSource::Kind::Folder, data.path().toStdString(), {}, {}, "zh", {}};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    const PreparedDataset dataset = prepareDataset(source, m_models, options);
    QCOMPARE(dataset.report.splitClips, 1);
    QCOMPARE(dataset.items.size(), size_t(5));
    for (size_t i = 0; i < 5; ++i) {
      QVERIFY(dataset.items[i].name.rfind("long.wav_", 0) == 0);
      QCOMPARE(dataset.items[i].text, trim(readWholeFile(aishell(stems[i] + ".txt"))) + "。");
      QVERIFY(dataset.items[i].wav32k.numel() <= 20 * 32000);
    }
    QCOMPARE(dataset.report.total, 6);
    const DroppedClip* dropped = droppedNamed(dataset.report, "unsplittable.wav");
    QVERIFY(dropped);
    QCOMPARE(dropped->reason, DropReason::TooLong);
    const QString seconds = QString::number(double(joined.size()) / 32000.0, 'f', 2);
    QCOMPARE(QString::fromStdString(dropped->message),
             QString::fromStdString(in(data, "unsplittable.wav")) + ": too long (" + seconds +
                 " s, at most 20 s) and it could not be split at its pauses");
  }

  void listWithDuplicateNamesAndBadLines() {
    QTemporaryDir data, work;
    fs::create_directories(in(data, "a"));
    fs::create_directories(in(data, "b"));
    fs::copy_file(aishell("BAC009S0150W0001.wav"), in(data, "a/x.wav"));
    fs::copy_file(aishell("BAC009S0150W0021.wav"), in(data, "b/x.wav"));
    const std::string list = in(data, "set.list");
    writeFileAtomically(list, "a/x.wav|me|ZH|设定二十九度\nb/x.wav|me|ZH|三叶眼镜城\nc.wav|me|FR|bonjour");
    DatasetSource source{DatasetSource::Kind::ListFile, list, {}, {}, {}, {}};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    const PreparedDataset dataset = prepareDataset(source, m_models, options);
    QCOMPARE(dataset.items.size(), size_t(1));
    QCOMPARE(dataset.items[0].text, std::string("设定二十九度"));
    QCOMPARE(dataset.report.total, 3);
    QCOMPARE(dataset.report.dropped.size(), size_t(2));
    QCOMPARE(dataset.report.dropped[0].message, list + ":3: unknown language \"FR\" (use ZH, JA, EN, KO or YUE)");
    QCOMPARE(dataset.report.dropped[1].reason, DropReason::DuplicateName);
    QCOMPARE(dataset.report.dropped[1].message,
             list + ":2: another clip already has the name x.wav (names must be unique)");
  }

  void proBaseAddsSpeakerEmbeddings() {
    QTemporaryDir data, work;
    copyClip(data, "BAC009S0150W0001");
    BaseModels pro = m_models;
    pro.sovits = test::sharedPath("fixtures/train-tiny/sovits_v2Pro/s2G_v2Pro_init.pth.xz");
    pro.version = checkpoint::SovitsVersion::V2Pro;
    DatasetSource source{DatasetSource::Kind::Folder, data.path().toStdString(), {}, {}, "zh", {}};
    PrepareOptions options;
    options.workFolder = work.path().toStdString();
    try {
      prepareDataset(source, pro, options);
      QFAIL("no error without the speaker model");
    } catch (const timbre::Error& e) {
      QCOMPARE(std::string(e.what()), std::string("a v2Pro base model needs the speaker-verification model (ERes2NetV2)"));
    }
    pro.speaker = test::sharedPath("fixtures/aux-tiny/eres2net/eres2netv2_tiny.ckpt");
    // Features cached for another base model are not reused.
    QCOMPARE(prepareDataset(source, m_models, options).report.cachedItems, 0);
    const PreparedDataset dataset = prepareDataset(source, pro, options);
    QCOMPARE(dataset.report.cachedItems, 0);
    QCOMPARE(prepareDataset(source, pro, options).report.cachedItems, 1);
    QCOMPARE(dataset.version, checkpoint::SovitsVersion::V2Pro);
    QCOMPARE(dataset.items.size(), size_t(1));
    const at::Tensor sv = dataset.items[0].speakerEmbedding;
    QVERIFY(sv.defined());
    QCOMPARE(sv.dim(), int64_t(2));
    QCOMPARE(sv.size(0), int64_t(1));
    QCOMPARE(sv.size(1), int64_t(2560));  // the tiny model's width (20480 for the released one)
    QVERIFY(at::isfinite(sv).all().item<bool>());
  }

  void phoneAndScriptChecks() {
    QVERIFY(checkPhones({",", ".", "SP"}, "x.wav", "x.wav").has_value());
    QCOMPARE(checkPhones({",", "."}, "x.wav", "x.wav")->message, std::string("x.wav: the transcript gives no phones to train on"));
    QVERIFY(!checkPhones({"n", "i2"}, "x.wav", "x.wav").has_value());
    QCOMPARE(checkTranscript("今日は", "en", "x.wav", "x.wav")->reason, DropReason::LanguageMismatch);
    QVERIFY(!checkTranscript("今日はいい天気", "ja", "x.wav", "x.wav").has_value());
    QVERIFY(checkTranscript("hello", "ko", "x.wav", "x.wav").has_value());
    QVERIFY(!checkTranscript("안녕하세요", "ko", "x.wav", "x.wav").has_value());
    QVERIFY(!checkTranscript("Hello there.", "en", "x.wav", "x.wav").has_value());
    QCOMPARE(checkTranscript("\xff\xfe", "zh", "x.wav", "x.wav")->reason, DropReason::InvalidTranscript);
    // The official drop above 2.2 of full scale.
    std::vector<float> loud(64000, 0.1f);
    loud[10] = 2.5f;
    QCOMPARE(checkClipAudio(loud, "x.wav", "x.wav")->message,
             std::string("x.wav: clipped or far too loud (peak 2.5 of full scale; more than 2.2 cannot be used)"));
    QCOMPARE(checkClipAudio(std::vector<float>(32000 * 21, 0.1f), "x.wav", "x.wav")->reason, DropReason::TooLong);
  }
};

QTEST_GUILESS_MAIN(TestPrepareDataset)
#include "TestPrepareDataset.moc"
