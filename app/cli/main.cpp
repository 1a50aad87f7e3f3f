// timbre-cli: the engine from a terminal. One subcommand per file in commands/.
#include "CommandRegistry.h"

#include "core/Runtime.h"
#include "timbre/Error.h"
#include "timbre/Version.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
  CLI::App app{"Timbre: offline GPT-SoVITS voice cloning from the command line", "timbre-cli"};
  app.set_version_flag("--version", std::string("timbre-cli ") + timbre::kVersion);
  app.require_subcommand(1);
  int threads = 0;
  app.add_option("--threads", threads, "CPU threads for inference (0 = all cores)")->check(CLI::NonNegativeNumber);

  timbre::cli::CommandList commands;
  timbre::cli::registerInspectCommand(app, commands);
  timbre::cli::registerParityCommand(app, commands);
  timbre::cli::registerPhonemizeCommand(app, commands);
  timbre::cli::registerSayCommand(app, commands);
  timbre::cli::registerServeCommand(app, commands);
  timbre::cli::registerSplitCommand(app, commands);
  timbre::cli::registerBenchCommand(app, commands);
  timbre::cli::registerTrainCommand(app, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? timbre::cli::kExitOk : timbre::cli::kExitUsage;
  }

  try {
    timbre::setComputeThreads(threads);
    for (const auto& command : commands) {
      if (command.subcommand->parsed()) return command.run();
    }
  } catch (const timbre::Error& e) {
    std::cerr << "timbre-cli: " << e.what() << "\n";
    return timbre::cli::kExitFailure;
  } catch (const std::exception& e) {
    std::cerr << "timbre-cli: unexpected error: " << e.what() << "\n";
    return timbre::cli::kExitFailure;
  }
  return timbre::cli::kExitUsage;
}
