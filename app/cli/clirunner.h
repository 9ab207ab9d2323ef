#pragma once

#include "app/cli/commandline.h"

// The headless program: runs what the command line asks on the running QCoreApplication's event
// loop and returns the process exit code (0 ok, 1 some files failed, 2 usage, 3 the archive is
// in use by another process, 130 interrupted).
namespace CliRunner {

int run(const CommandLine &commandLine);

} // namespace CliRunner
