#pragma once
// Each subcommand lives in commands/<Name>Command.cpp and adds itself to the
// CLI11 app through one register function; main() parses, then runs the one
// that was chosen.
#include <functional>
#include <vector>

namespace CLI {
class App;
}

namespace timbre::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran but something it was asked to do failed
inline constexpr int kExitUsage = 2;    // bad command line

struct Command {
  CLI::App* subcommand = nullptr;
  std::function<int()> run;  // returns the exit code; may throw timbre::Error
};
using CommandList = std::vector<Command>;

void registerInspectCommand(CLI::App& app, CommandList& commands);
void registerParityCommand(CLI::App& app, CommandList& commands);
void registerPhonemizeCommand(CLI::App& app, CommandList& commands);
void registerSayCommand(CLI::App& app, CommandList& commands);
void registerServeCommand(CLI::App& app, CommandList& commands);
void registerSplitCommand(CLI::App& app, CommandList& commands);
void registerBenchCommand(CLI::App& app, CommandList& commands);
void registerTrainCommand(CLI::App& app, CommandList& commands);

}  // namespace timbre::cli
