#pragma once

#include "core/runoptions.h"

#include <QString>
#include <QStringList>

#include <optional>

// The Python tool's command line (and config.json), parsed and checked. Pure: reads the config file
// but prints nothing and exits nothing, so every rule is testable.
struct CommandLine
{
    enum class Action
    {
        Gui,
        Run,
        Help,
        Version,
        UsageError
    };
    enum class Verbosity
    {
        Quiet,
        Normal,
        Verbose
    };

    // What a Run does: each is one operation in core.
    enum class Operation
    {
        Archive, // ArchiveRun
        RegenerateGallery, // --onlyhtml
        Clean, // --clean: PlanClean, then ApplyClean unless a dry run
        MigrateImageJson, // --generateimagejson
        Link, // --link FILE TARGET: LinkFile
        Unlink // --unlink FILE: UnlinkFile
    };

    Action action = Action::Gui;
    Operation operation = Operation::Archive;
    RunOptions options; // the parameters (the archive, the sources, Civitai's pacing...)
    bool singleFile = false; // the sources are files (--single), not folders (--all)
    bool dryRun = false; // with Clean: only say what would be removed
    QString linkTarget; // with Link: the Civitai address or version id given after FILE
    Verbosity verbosity = Verbosity::Normal;
    bool outputGiven = false;
    bool apiBaseGiven = false; // else $CIVITAI_API_BASE, else the default
    bool civArchiveBaseGiven = false; // else $CIVARCHIVE_BASE_URL, else the default
    QString error; // for UsageError
    QStringList notices; // e.g. which config file was read
    QString configFile; // the one that was read, if any

    // `arguments` without the program name; `workingDir` is where config.json is looked for.
    static CommandLine parse(const QStringList &arguments, const QString &workingDir);
    static QString helpText();
    // Why `outputDir` cannot hold an archive (the file system's root, the home folder), or
    // nullopt. For --output, config.json and the CLI's prompt alike. The models folder itself is
    // allowed: the Python tool allowed it, and old scripts do it.
    static std::optional<QString> checkOutputDir(const QString &outputDir);
};
