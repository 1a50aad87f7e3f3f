// timbre-cli split: a paragraph (stdin) -> the pieces the inference preprocessor
// hands on to phone conversion, as one JSON array of UTF-8 strings. --raw prints
// the split method's own pieces instead.
#include "CommandRegistry.h"

#include "text/segmentation/LanguageSegmenter.h"
#include "text/segmentation/SentenceSplitter.h"
#include "text/segmentation/TextPreprocessor.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <iostream>
#include <iterator>
#include <memory>
#include <string>

namespace timbre::cli {

namespace {

struct SplitOptions {
  std::string method = "cut5";  // api_v2's default
  std::string lang = "zh";
  bool raw = false;
};

int runSplit(const SplitOptions& options) {
  const auto method = text::parseSplitMethod(options.method);
  if (!method) {
    std::cerr << "timbre-cli split: unknown method '" << options.method << "' (expected cut0 .. cut5)\n";
    return kExitUsage;
  }
  if (!text::isLanguageMode(options.lang)) {
    std::cerr << "timbre-cli split: unknown language '" << options.lang
              << "' (expected zh, ja, ko, yue, en, all_zh, all_ja, all_ko, all_yue, auto or auto_yue)\n";
    return kExitUsage;
  }
  std::string paragraph{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
  // The newline(s) a shell pipe adds are not part of the text (cut0 would keep them).
  while (!paragraph.empty() && (paragraph.back() == '\n' || paragraph.back() == '\r')) paragraph.pop_back();

  const std::vector<std::string> pieces = options.raw ? text::splitSentences(paragraph, *method)
                                                      : text::preprocessTargetText(paragraph, options.lang, *method);
  // dump() leaves non-ASCII characters as UTF-8 (ensure_ascii is false).
  std::cout << nlohmann::json(pieces).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) << "\n";
  std::cout.flush();
  return kExitOk;
}

}  // namespace

void registerSplitCommand(CLI::App& app, CommandList& commands) {
  auto options = std::make_shared<SplitOptions>();
  auto* sub = app.add_subcommand("split", "Cut a paragraph (stdin) into synthesis pieces (JSON array out)");
  sub->add_option("--method", options->method, "Split method: cut0 (none), cut1 (4 clauses), cut2 (50 chars), "
                                                "cut3 (at 。), cut4 (at .), cut5 (every mark)")
      ->capture_default_str();
  sub->add_option("--lang", options->lang, "Language mode of the text (decides whether 。 or . is added)")
      ->capture_default_str();
  sub->add_flag("--raw", options->raw, "Print the split method's own pieces, not the preprocessed ones");
  commands.push_back({sub, [options] { return runSplit(*options); }});
}

}  // namespace timbre::cli
