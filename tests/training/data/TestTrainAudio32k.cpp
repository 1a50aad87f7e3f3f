// The 32 kHz step of 2-get-hubert-wav32k.py against the official outputs:
// every 5-wav32k file byte for byte from prep/items_in, and item 0's HuBERT
// input (the 1145.14 mix) within abs 1e-6; plus the official peak drop.
#include "audio/AudioFile.h"
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "tensor/Npy.h"
#include "training/data/AtomicFile.h"
#include "training/data/Pcm16Wav.h"
#include "training/data/TrainingAudio.h"

#include <QtTest/QtTest>

using namespace timbre;
using namespace timbre::training::data;

class TestTrainAudio32k : public QObject {
  Q_OBJECT

  nlohmann::json m_items;

  static std::string prep(const std::string& rel) { return test::sharedPath("fixtures/train-tiny/prep/" + rel); }

 private slots:
  void initTestCase() {
    m_items = test::readJsonFile(test::sharedPath("fixtures/train-tiny/manifest.json")).at("prep").at("items");
    QCOMPARE(m_items.size(), size_t(5));
  }

  void wav32kFilesAreByteExact() {
    for (const auto& item : m_items) {
      const std::string name = item.at("name");
      const audio::AudioBuffer input = audio::readAudioFile(prep("items_in/" + name));
      QCOMPARE(input.sampleRateHz, 32000);
      const auto audio = trainingAudio(input.samples);
      QVERIFY(audio.has_value());
      QCOMPARE(int64_t(audio->wav32k.size()), item.at("n32").get<int64_t>());
      const std::string bytes = pcm16WavBytes(audio->wav32k, 32000);
      const std::string expected = readWholeFile(prep("wav32k/" + name));
      QVERIFY2(bytes == expected, name.c_str());
    }
  }

  void hubertInputMatchesOfficial() {
    const std::string name = m_items.at(0).at("name");
    const audio::AudioBuffer input = audio::readAudioFile(prep("items_in/" + name));
    const auto audio = trainingAudio(input.samples);
    QVERIFY(audio.has_value());
    const at::Tensor actual =
        at::from_blob(const_cast<float*>(audio->hubertInput32k.data()), {int64_t(audio->hubertInput32k.size())}, at::kFloat).clone();
    TIMBRE_COMPARE_TENSORS(actual, tensor::readNpy(prep("hubert_input_h32_item0.npy")), 1e-6);
  }

  void trainingWavIsTheWrittenFileOverInt16() {
    const std::vector<int16_t> pcm = {-32768, -1, 0, 1, 16384, 32767};
    const std::vector<float> wav = pcm16ToFloat(pcm);
    QCOMPARE(wav[0], -1.0f);
    QCOMPARE(wav[4], 0.5f);
    QCOMPARE(wav[5], 32767.0f / 32768.0f);
  }

  void dropsWhatTheOfficialStepDrops() {
    QVERIFY(!trainingAudio(std::vector<float>(100, 0.0f)).has_value());  // silent: the mix divides by 0
    std::vector<float> loud(100, 0.1f);
    loud[50] = 2.3f;  // above the official 2.2 limit
    QVERIFY(!trainingAudio(loud).has_value());
    loud[50] = 2.0f;  // kept, and clipped rather than wrapped as int16
    const auto kept = trainingAudio(loud);
    QVERIFY(kept.has_value());
    QCOMPARE(kept->wav32k[50], int16_t(32767));
    QVERIFY(kept->wav32k[0] > 0);
  }
};

QTEST_GUILESS_MAIN(TestTrainAudio32k)
#include "TestTrainAudio32k.moc"
