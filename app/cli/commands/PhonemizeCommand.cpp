// timbre-cli phonemize: text -> GPT-SoVITS phones, one JSON line per input line.
// Input lines are plain text, or JSON objects with "text" (and optionally "lang"
// and "id", which is echoed back). With --score GOLDEN.jsonl it instead phonemizes
// every record of a golden file and reports how many equal the official phones.
#include "CommandRegistry.h"

#include "text/GoldenScore.h"
#include "text/PhoneTable.h"
#include "text/Phonemizer.h"
#include "text/UserDictionary.h"
#include "text/segmentation/LanguageSegmenter.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace timbre::cli {

namespace {

struct PhonemizeOptions {
  std::string lang = "en";
  bool v1 = false;
  std::string input;  // empty or "-": stdin
  std::string dictionary;  // user pronunciation dictionary
  bool segment = false;    // split into language runs first, as the synthesis preprocessor does
  std::string score;       // golden file to score against (fixtures/frontend layout)
  double minPercent = -1;  // with --score: fail below this share of exact records
};

bool supportedLanguage(const std::string& lang, bool segment) {
  return segment ? text::isLanguageMode(lang) : text::isPhonemizerLanguage(lang);
}

// The preprocessor's view: language runs phonemized one by one and joined.
// word2ph survives only when every run has one (Chinese and Cantonese).
text::PhonemizedText phonemizeRuns(const std::string& input, const std::string& mode, text::PhoneTableVersion version,
                                   const text::UserDictionary* dictionary) {
  text::PhonemizedText joined;
  joined.word2ph.emplace();
  for (const auto& run : text::segmentLanguages(input, mode)) {
    text::PhonemizedText part = text::phonemize(run.text, run.lang, version, dictionary);
    joined.normText += part.normText;
    joined.phones.insert(joined.phones.end(), part.phones.begin(), part.phones.end());
    joined.phoneIds.insert(joined.phoneIds.end(), part.phoneIds.begin(), part.phoneIds.end());
    if (part.word2ph && joined.word2ph)
      joined.word2ph->insert(joined.word2ph->end(), part.word2ph->begin(), part.word2ph->end());
    else
      joined.word2ph.reset();
  }
  return joined;
}

// --score: each golden record phonemized as the reference did it: in its own language,
// or, for a mixed record, run by run along the record's "segments" (its hand-made
// language split) unless --segment asks for our splitter on the whole text.
int runScore(const PhonemizeOptions& options, text::PhoneTableVersion version, const text::UserDictionary* dictionary) {
  std::ifstream file(options.score);
  if (!file) {
    std::cerr << "timbre-cli phonemize: cannot open golden file " << options.score << "\n";
    return kExitFailure;
  }
  text::GoldenScore score;
  std::string line;
  for (std::size_t lineNo = 1; std::getline(file, line); ++lineNo) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    text::GoldenRecord record;
    std::vector<std::pair<std::string, std::string>> runs;  // (lang, text)
    try {
      const auto j = nlohmann::json::parse(line);
      record.id = j.value("id", std::string());
      record.lang = j.value("lang", options.lang);
      record.text = j.at("text").get<std::string>();
      record.phones = j.at("phones").get<std::vector<std::string>>();
      if (!options.segment && j.contains("segments"))
        for (const auto& s : j.at("segments")) runs.emplace_back(s.at("lang"), s.at("text"));
    } catch (const nlohmann::json::exception& e) {
      std::cerr << "timbre-cli phonemize: " << options.score << " line " << lineNo
                << ": not a golden record with \"text\" and \"phones\" (" << e.what() << ")\n";
      return kExitUsage;
    }
    if (runs.empty() && !supportedLanguage(record.lang, options.segment)) {
      std::cerr << "timbre-cli phonemize: " << options.score << " line " << lineNo << ": language '" << record.lang
                << "' is not supported\n";
      return kExitUsage;
    }
    std::vector<std::string> phones;
    if (!runs.empty()) {
      for (const auto& [lang, runText] : runs) {
        const auto part = text::phonemize(runText, lang, version, dictionary).phones;
        phones.insert(phones.end(), part.begin(), part.end());
      }
    } else if (options.segment) {
      phones = phonemizeRuns(record.text, record.lang, version, dictionary).phones;
    } else {
      phones = text::phonemize(record.text, record.lang, version, dictionary).phones;
    }
    text::addToScore(score, record, phones);
  }
  std::cout << text::scoreReport(score);
  std::cout.flush();
  if (options.minPercent >= 0 && !score.meets(options.minPercent)) {
    std::cerr << "timbre-cli phonemize: " << score.percent() << " % of records match, below --min "
              << options.minPercent << " %\n";
    return kExitFailure;
  }
  return kExitOk;
}

int runPhonemize(const PhonemizeOptions& options) {
  if (!supportedLanguage(options.lang, options.segment)) {
    std::cerr << "timbre-cli phonemize: language '" << options.lang
              << "' is not supported (supported: zh, en, ja, ko, yue)\n";
    return kExitUsage;
  }
  std::ifstream file;
  std::istream* in = &std::cin;
  if (!options.input.empty() && options.input != "-") {
    file.open(options.input);
    if (!file) {
      std::cerr << "timbre-cli phonemize: cannot open " << options.input << "\n";
      return kExitFailure;
    }
    in = &file;
  }
  const auto version = options.v1 ? text::PhoneTableVersion::V1 : text::PhoneTableVersion::V2;
  std::unique_ptr<text::UserDictionary> dictionary;
  if (!options.dictionary.empty())
    dictionary = std::make_unique<text::UserDictionary>(text::UserDictionary::load(options.dictionary));
  if (!options.score.empty()) return runScore(options, version, dictionary.get());

  std::string line;
  for (std::size_t lineNo = 1; std::getline(*in, line); ++lineNo) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string textIn = line, lang = options.lang;
    nlohmann::json record = nlohmann::json::object();
    if (line.front() == '{') {
      try {
        const auto j = nlohmann::json::parse(line);
        textIn = j.at("text").get<std::string>();
        if (j.contains("lang") && j["lang"].is_string()) lang = j["lang"].get<std::string>();
        if (j.contains("id")) record["id"] = j["id"];
      } catch (const nlohmann::json::exception& e) {
        std::cerr << "timbre-cli phonemize: line " << lineNo << ": not a JSON object with a \"text\" string ("
                  << e.what() << ")\n";
        return kExitUsage;
      }
    }
    if (!supportedLanguage(lang, options.segment)) {
      std::cerr << "timbre-cli phonemize: line " << lineNo << ": language '" << lang
                << "' is not supported (supported: zh, en, ja, ko, yue)\n";
      return kExitUsage;
    }
    const text::PhonemizedText result = options.segment
                                            ? phonemizeRuns(textIn, lang, version, dictionary.get())
                                            : text::phonemize(textIn, lang, version, dictionary.get());
    record["lang"] = lang;
    record["norm_text"] = result.normText;
    record["phones"] = result.phones;
    record["phone_ids"] = result.phoneIds;
    record["word2ph"] = result.word2ph ? nlohmann::json(*result.word2ph) : nlohmann::json(nullptr);
    std::cout << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  }
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void registerPhonemizeCommand(CLI::App& app, CommandList& commands) {
  auto options = std::make_shared<PhonemizeOptions>();
  auto* sub = app.add_subcommand("phonemize", "Convert text to GPT-SoVITS phones (JSON lines out)");
  sub->add_option("--lang", options->lang, "Language of the text: zh, en, ja, ko or yue (JSON lines may say per line)");
  sub->add_option("--dict", options->dictionary, "User pronunciation dictionary (see README)")->check(CLI::ExistingFile);
  sub->add_flag("--segment", options->segment,
                "Split mixed text into language runs first (modes zh, ja, ko, yue, auto, all_zh, ...), as synthesis does");
  sub->add_flag("--v1", options->v1, "Use the v1 phone table (322 symbols) instead of v2 (732)");
  sub->add_option("input", options->input, "File with one text (or JSON object) per line; default stdin");
  auto* score = sub->add_option("--score", options->score,
                                "Score against a golden file (fixtures/frontend layout): print each record whose "
                                "phones differ from the official ones and the share that match")
                    ->check(CLI::ExistingFile);
  sub->add_option("--min", options->minPercent, "With --score: exit non-zero when fewer than this percentage match")
      ->check(CLI::Range(0.0, 100.0))
      ->needs(score);
  commands.push_back({sub, [options] { return runPhonemize(*options); }});
}

}  // namespace timbre::cli
