// Placeholder: filled in by the inspect work.
#include "CommandRegistry.h"

#include <CLI/CLI.hpp>

namespace timbre::cli {

void registerInspectCommand(CLI::App& app, CommandList& commands) {
  auto* sub = app.add_subcommand("inspect", "(not implemented yet)");
  commands.push_back({sub, [] { return kExitFailure; }});
}

}  // namespace timbre::cli
