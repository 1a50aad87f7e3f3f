// The text side of data preparation (1-get-text.py): the 2-name2text.txt
// writer byte for byte with the fixture's phones/word2ph/norm_text (the tiny
// set injects them instead of running the frontend), 3-bert files from the
// given per-character features exactly, and the .list reader.
#include "support/TestSupport.h"
#include "timbre/Error.h"
#include "tensor/Npy.h"
#include "training/data/AtomicFile.h"
#include "training/data/ListFile.h"
#include "training/data/PrepFiles.h"
#include "training/data/TrainingText.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace timbre;
using namespace timbre::training::data;

class TestTrainText : public QObject {
  Q_OBJECT

  nlohmann::json m_items;

  static std::string prep(const std::string& rel) { return test::sharedPath("fixtures/train-tiny/prep/" + rel); }

  static std::string writeTemp(const QTemporaryDir& dir, const std::string& name, const std::string& content) {
    const std::string path = dir.filePath(QString::fromStdString(name)).toStdString();
    writeFileAtomically(path, content);
    return path;
  }

 private slots:
  void initTestCase() {
    m_items = test::readJsonFile(test::sharedPath("fixtures/train-tiny/manifest.json")).at("prep").at("items");
  }

  void name2TextIsByteExact() {
    // 2-name2text follows the .list order.
    const ListFileContents list = readListFile(prep("tiny.list"), prep("items_in"));
    std::vector<Name2TextLine> lines;
    for (const ClipEntry& entry : list.entries) {
      const auto item = std::find_if(m_items.begin(), m_items.end(), [&](const auto& i) { return i.at("name") == entry.name; });
      QVERIFY(item != m_items.end());
      Name2TextLine line{entry.name, item->at("phones").get<std::vector<std::string>>(), std::nullopt,
                         item->at("norm_text").get<std::string>()};
      if (!item->at("word2ph").is_null()) line.word2ph = item->at("word2ph").get<std::vector<int>>();
      lines.push_back(line);
    }
    QCOMPARE(name2TextBytes(lines), readWholeFile(prep("2-name2text.txt")));
  }

  void bertRepeatsCharactersByWord2ph() {
    int checked = 0;
    for (const auto& item : m_items) {
      if (item.at("lang") != "ZH") continue;
      const std::string name = item.at("name");
      const at::Tensor bert = repeatBertByWord2ph(tensor::readNpy(prep("bert_char/" + name + ".npy")),
                                                  item.at("word2ph").get<std::vector<int>>());
      const at::Tensor expected = tensor::readNpy(prep("bert/" + name + ".npy"));
      QCOMPARE(bert.sizes().vec(), expected.sizes().vec());
      QVERIFY2(at::equal(bert, expected), name.c_str());
      ++checked;
    }
    QCOMPARE(checked, 4);
    QVERIFY_THROWS_EXCEPTION(::timbre::Error, repeatBertByWord2ph(at::zeros({3, 8}), {2, 2}));
  }

  void pythonListFormatting() {
    QCOMPARE(pythonListText(std::nullopt), std::string("None"));
    QCOMPARE(pythonListText(std::vector<int>{}), std::string("[]"));
    QCOMPARE(pythonListText(std::vector<int>{2, 1, 3}), std::string("[2, 1, 3]"));
  }

  void replacementsAsOneGetText() {
    QCOMPARE(trainingTextReplacements("50%\xEF\xBF\xA5x"), std::string("50-,x"));
  }

  void readsTheFixtureList() {
    const ListFileContents list = readListFile(prep("tiny.list"), prep("items_in"));
    QCOMPARE(list.entries.size(), size_t(5));
    QVERIFY(list.badLines.empty());
    QCOMPARE(list.entries[3].language, std::string("en"));
    QCOMPARE(list.entries[0].language, std::string("zh"));
    QCOMPARE(list.entries[0].speaker, std::string("tiny"));
    QCOMPARE(list.entries[0].audioPath, prep("items_in/BAC009S0150W0141.wav_0000011200_0000070720.wav"));
    QCOMPARE(list.entries[4].origin, prep("tiny.list") + ":5");
  }

  void languageCodesAsOneGetText() {
    for (const char* ja : {"JP", "jp", "JA", "ja"}) QCOMPARE(*listLanguageCode(ja), std::string("ja"));
    QCOMPARE(*listLanguageCode("Yue"), std::string("yue"));
    QCOMPARE(*listLanguageCode("En"), std::string("en"));
    QVERIFY(!listLanguageCode("AUTO"));
    QVERIFY(!listLanguageCode("FR"));
    QVERIFY(!listLanguageCode("Zh"));
  }

  void badLinesNameFileAndLine() {
    QTemporaryDir dir;
    const std::string list = writeTemp(dir, "bad.list",
                                       "a.wav|spk|ZH|你好\r\n"
                                       "b.wav|spk|ZH\n"
                                       "\n"
                                       "c.wav|spk|AUTO|hello\n"
                                       "sub/d.wav|spk|EN|one|two\n"
                                       "e.wav|spk|en|fine");
    const ListFileContents contents = readListFile(list);
    QCOMPARE(contents.entries.size(), size_t(2));
    QCOMPARE(contents.entries[0].text, std::string("你好"));  // the "\r" is not part of the text
    QCOMPARE(contents.entries[1].name, std::string("e.wav"));
    QCOMPARE(contents.entries[1].audioPath, dir.filePath("e.wav").toStdString());
    QCOMPARE(contents.badLines.size(), size_t(3));
    QCOMPARE(contents.badLines[0].message, list + ":2: expected 4 fields \"path|speaker|language|text\", found 3");
    QCOMPARE(contents.badLines[1].message, list + ":4: unknown language \"AUTO\" (use ZH, JA, EN, KO or YUE)");
    QCOMPARE(contents.badLines[2].message, list + ":5: expected 4 fields \"path|speaker|language|text\", found 5");
    for (const DroppedClip& bad : contents.badLines) QCOMPARE(bad.reason, DropReason::BadListLine);
  }

  void missingListIsAnIoError() {
    try {
      readListFile("/nonexistent/x.list");
      QFAIL("no error");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), ErrorCode::Io);
      QVERIFY(std::string(e.what()).find("/nonexistent/x.list") != std::string::npos);
    }
  }
};

QTEST_GUILESS_MAIN(TestTrainText)
#include "TestTrainText.moc"
