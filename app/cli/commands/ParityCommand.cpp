// Placeholder: filled in by the parity work.
#include "CommandRegistry.h"

#include <CLI/CLI.hpp>

namespace timbre::cli {

void registerParityCommand(CLI::App& app, CommandList& commands) {
  auto* sub = app.add_subcommand("parity", "(not implemented yet)");
  commands.push_back({sub, [] { return kExitFailure; }});
}

}  // namespace timbre::cli
