// The language split against the splits the reference data was made with
// (fixtures/frontend/mixed.jsonl "segments"; e2e-tiny case.json "langsegmenter_calls"),
// plus the all_*, en and auto modes on kana, Hangul, Latin and digits.
#include <QtTest/QtTest>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/SharedData.h"
#include "text/segmentation/LanguageSegmenter.h"
#include "timbre/Error.h"

using timbre::text::LanguageSegment;
using timbre::text::segmentLanguages;
using Segments = std::vector<std::pair<std::string, std::string>>;  // (lang, text)

namespace {

Segments split(const std::string& text, const std::string& mode) {
  Segments out;
  for (const LanguageSegment& s : segmentLanguages(text, mode)) out.emplace_back(s.lang, s.text);
  return out;
}

Segments fromJson(const nlohmann::json& list) {
  Segments out;
  for (const auto& s : list) out.emplace_back(s.at("lang").get<std::string>(), s.at("text").get<std::string>());
  return out;
}

std::string show(const Segments& segments) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& [lang, text] : segments) j.push_back({{"lang", lang}, {"text", text}});
  return j.dump();
}

}  // namespace

class TestLanguageSegmenter : public QObject {
  Q_OBJECT

 private slots:
  void goldenMixed() {
    const auto records = timbre::test::readJsonLines(timbre::test::sharedPath("fixtures/frontend/mixed.jsonl"));
    QVERIFY(!records.empty());
    int checked = 0, matched = 0;
    QStringList failures;
    for (const auto& record : records) {
      const auto id = record.at("id").get<std::string>();
      const auto text = record.at("text").get<std::string>();
      const Segments want = fromJson(record.at("segments"));
      // The user's mode is zh; with only Han and Latin letters, all_zh and auto split the same way.
      for (const std::string mode : {record.at("lang").get<std::string>(), std::string("all_zh"), std::string("auto")}) {
        const Segments got = split(text, mode);
        ++checked;
        if (got == want) {
          ++matched;
        } else {
          failures << QString::fromStdString(id + " (" + mode + ")\n    got      " + show(got) + "\n    expected " +
                                             show(want));
        }
      }
    }
    qInfo("mixed.jsonl: %d/%d (record, mode) splits match exactly (%.1f %%)", matched, checked,
          100.0 * matched / checked);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join("\n")));
  }

  void goldenEndToEndCalls() {
    const std::filesystem::path root = timbre::test::sharedPath("fixtures/e2e-tiny");
    int calls = 0;
    for (const auto& entry : std::filesystem::directory_iterator(root)) {
      const auto file = entry.path() / "case.json";
      if (!entry.is_directory() || !std::filesystem::exists(file)) continue;
      const auto c = timbre::test::readJsonFile(file.string());
      for (const auto& call : c.at("langsegmenter_calls")) {
        QCOMPARE(call.at("default_lang").get<std::string>(), std::string());  // mixed/auto detection calls
        const auto input = call.at("input").get<std::string>();
        const Segments want = fromJson(call.at("returned"));
        QCOMPARE(show(split(input, "zh")), show(want));
        QCOMPARE(show(split(input, "auto")), show(want));
        ++calls;
      }
    }
    QVERIFY(calls >= 6);
  }

  void englishRunBoundaries() {
    // Spaces and ASCII punctuation after English stay with it, before it they do not.
    QCOMPARE(show(split("我说 Hello, world. 你好", "zh")),
             show(Segments{{"zh", "我说 "}, {"en", "Hello, world. "}, {"zh", "你好"}}));
    // Full-width marks end the English run.
    QCOMPARE(show(split("叫Tom’s car，好", "zh")), show(Segments{{"zh", "叫"}, {"en", "Tom’s car"}, {"zh", "，好"}}));
    // ASCII digits inside and after an English word go with it; those before it do not.
    QCOMPARE(show(split("我有3个iPhone 15 Pro吗", "zh")),
             show(Segments{{"zh", "我有3个"}, {"en", "iPhone 15 Pro"}, {"zh", "吗"}}));
    QCOMPARE(show(split("Café很好", "zh")), show(Segments{{"en", "Café"}, {"zh", "很好"}}));
    QCOMPARE(show(split("Hello", "zh")), show(Segments{{"en", "Hello"}}));
    QCOMPARE(show(split("123", "zh")), show(Segments{{"zh", "123"}}));
  }

  void spacesCollapse() {
    QCOMPARE(show(split("你好  Hello   World", "zh")), show(Segments{{"zh", "你好 "}, {"en", "Hello World"}}));
    QCOMPARE(show(split("Hello    world  你好", "en")), show(Segments{{"en", "Hello world 你好"}}));
  }

  void languageModes() {
    QCOMPARE(show(split("東京でPythonを学ぶ", "all_ja")),
             show(Segments{{"ja", "東京で"}, {"en", "Python"}, {"ja", "を学ぶ"}}));
    QCOMPARE(show(split("東京でPythonを学ぶ", "ja")), show(split("東京でPythonを学ぶ", "all_ja")));
    QCOMPARE(show(split("나는 Python을 좋아해", "all_ko")),
             show(Segments{{"ko", "나는 "}, {"en", "Python"}, {"ko", "을 좋아해"}}));
    QCOMPARE(show(split("我哋用Python", "all_yue")), show(Segments{{"yue", "我哋用"}, {"en", "Python"}}));
    QCOMPARE(show(split("我哋用Python", "yue")), show(Segments{{"yue", "我哋用"}, {"en", "Python"}}));
    // Mixed modes label every non-English run with the user's language, kana and Hangul included.
    QCOMPARE(show(split("你好こんにちは안녕", "zh")), show(Segments{{"zh", "你好こんにちは안녕"}}));
    QCOMPARE(show(split("你好", "all_zh")), show(Segments{{"zh", "你好"}}));
  }

  void autoModes() {
    // A sentence with kana is Japanese, Han characters included.
    QCOMPARE(show(split("ねえ、知ってる？最近、僕は天文学を勉強してるんだ。", "auto")),
             show(Segments{{"ja", "ねえ、知ってる？最近、僕は天文学を勉強してるんだ。"}}));
    QCOMPARE(show(split("你好。こんにちは。안녕하세요。Hello.", "auto")),
             show(Segments{{"zh", "你好。"}, {"ja", "こんにちは。"}, {"ko", "안녕하세요。"}, {"en", "Hello."}}));
    QCOMPARE(show(split("你好。こんにちは。", "auto_yue")), show(Segments{{"yue", "你好。"}, {"ja", "こんにちは。"}}));
    // Digits, punctuation and spaces join the run before them, at the start the run after them.
    QCOMPARE(show(split("2024年我去了東京", "auto")), show(Segments{{"zh", "2024年我去了東京"}}));
    QCOMPARE(show(split("123 Hello", "auto")), show(Segments{{"en", "123 Hello"}}));
    QCOMPARE(show(split("Hello，世界", "auto")), show(Segments{{"en", "Hello"}, {"zh", "，世界"}}));
    QCOMPARE(show(split("Hello，world", "auto")), show(Segments{{"en", "Hello，world"}}));
    QCOMPARE(show(split("안녕하세요, 世界 3", "auto")), show(Segments{{"ko", "안녕하세요, "}, {"zh", "世界 3"}}));
    QCOMPARE(show(split("123", "auto")), show(Segments{{"zh", "123"}}));
    QCOMPARE(show(split("123！", "auto_yue")), show(Segments{{"yue", "123！"}}));
  }

  void emptyAndUnknown() {
    for (const char* mode : {"zh", "en", "all_ja", "auto", "auto_yue"}) QVERIFY(segmentLanguages("", mode).empty());
    QVERIFY(timbre::text::isLanguageMode("auto_yue"));
    QVERIFY(!timbre::text::isLanguageMode("all_en"));
    try {
      segmentLanguages("你好", "klingon");
      QFAIL("an unknown mode must throw");
    } catch (const timbre::Error& e) {
      QCOMPARE(e.code(), timbre::ErrorCode::InvalidArgument);
      QVERIFY(std::string(e.what()).find("klingon") != std::string::npos);
    }
    QVERIFY_THROWS_EXCEPTION(timbre::Error, segmentLanguages("ab\xfe", "zh"));
  }
};

QTEST_GUILESS_MAIN(TestLanguageSegmenter)
#include "TestLanguageSegmenter.moc"
