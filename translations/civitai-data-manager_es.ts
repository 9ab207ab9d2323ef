<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeyCheck</name>
    <message>
        <source>no API key was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai refused the key (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer from %1 (no user in it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain did not give the Civitai API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not save the Civitai API key (%1). It is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not remove the Civitai API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the Civitai API key is kept for this session only. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveCleaner</name>
    <message>
        <source>no model file named like it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to clean: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model files found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts of the models folder could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 has no readable _hash.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveRun</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (every file will be hashed again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was read (still being written?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CivitaiClient</name>
    <message>
        <source>unexpected answer from Civitai: not an object with an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: not a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CivitaiSync</name>
    <message>
        <source>Civitai lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai&apos;s answer has no model id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai model details failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save preview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview %1 not downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <source>Clean the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, these archive folders belong to model files that are gone or are duplicates. Model files are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folders to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left alone: it holds files that are not ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;civitai-data-manager --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the path where you want to save the exported files (press Enter for current directory): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory %1 doesn&apos;t exist. Create it? (y/n): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1/index.html and %2 model pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving %1/ alone: it holds files that are not ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 JSON files for preview images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIVITAI_API_BASE is not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: File %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: Directory %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output DIR is required when not running in a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: finishing the files in progress and saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot use both --images and --noimages at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use both --onlynew and --onlyhtml at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlynew at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlyhtml at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clean option can only be used with --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process one model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process every model file in DIR, recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (archive) folder. Asked for when missing and on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pause between Civitai requests (may hit rate limits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download all preview images, not only the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download no preview images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_preview_N.json for archives made before the Python tool&apos;s v1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only process files not processed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --onlynew: skip files listed in missing_from_civitai.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only refresh Civitai data of processed files (no hashing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only regenerate the HTML pages (no network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove archive folders of models no longer in DIR; list duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore config.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read settings from FILE instead of ./config.json. Command-line flags win over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file extensions to scan (default: safetensors; known: safetensors,ckpt,pt,pth,bin,gguf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files hashed in parallel (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash every file again, ignoring the hash cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai API address (default: $CIVITAI_API_BASE, else https://civitai.com). An API key is read from $CIVITAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random pause between Civitai requests, in seconds (default: 3-6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --clean: only show what would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in config file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a boolean value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error in config file %1: config must specify either &apos;single&apos; or &apos;all&apos; path, but not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (use --single FILE or --all DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read settings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pause takes seconds as MIN-MAX (e.g. 3-6), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--single needs a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--extensions needs at least one extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skipmissing only has an effect with --onlynew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive Civitai metadata, trigger words and previews for local model files.
With no arguments the desktop window opens; with --single or --all it runs headless.

Settings are also read from config.json in the current folder (or --config FILE), with the
same names as the flags (&quot;all&quot;, &quot;output&quot;, &quot;images&quot;: true, ...). Flags given on the
command line win over the config file.

Exit codes: 0 all went well, 1 some files failed (listed at the end), 2 usage error,
130 interrupted (Ctrl-C; the next run resumes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument --all: not allowed with argument --single</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base needs an http(s) address, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run only has an effect with --clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments --single --all is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 / %2  %3 MB/s  ETA %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  waiting %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 preview(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, newer version on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 files found, %4 done, %5 hashed (%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at %1 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>), %1 from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, %5 with a newer version (updates_available.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer versions on Civitai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more in updates_available.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress was saved; run the same command again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this copy to the system trash (it can be restored from there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model file is stored twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this copy to the trash?

%1

An identical file stays where it is, and the trash can restore this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not finish SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the model list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the gallery (commas: all terms must match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gallery yet.
Run an archive and its model browser appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GalleryWriter</name>
    <message>
        <source>Archived by civitai-data-manager %1. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag frequencies (top 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 (video)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from Civitai since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version on Civitai:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from the file&apos;s training tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description needs JavaScript (it is sanitized before it is shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, file, tags, creator, trigger words, base model (a, b: all must match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort, filters and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All base models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All creators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur NSFW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model browser needs JavaScript. Each model&apos;s page works without it: open its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1 has an unknown format version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Run log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Civitai Data Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Fi&amp;les…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add single model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive every source now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; what finished is kept and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the HTML gallery again from the archive, offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clea&amp;n Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove archive folders of models that are gone (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archive in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai API key, request pacing, files, appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Civitai Data Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop model folders here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai Data Manager keeps what Civitai knows about your models on your own disk:
trigger words, descriptions, previews and prompts, even after a model is deleted there.
It reads your model files and never changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a models folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missing from Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First preview of each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews to download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;new files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip files archived by an earlier run (--onlynew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip files missing from Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With only new files: do not ask again about files Civitai did not know (--skipmissing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;update archived models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Civitai data of archived models without reading the files (--onlyupdate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 hashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving into %1 failed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, %6 requests in %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. What finished is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished with %n file(s) that failed: see the Errors filter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the gallery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gallery written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archive folders to clean…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning failed in part: see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has no page yet: it appears after the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal in File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Civitai Data Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Keeps what Civitai knows about your models (trigger words, descriptions, previews and their prompts) on your own disk, even after a model is deleted there. It only ever reads your model files.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;A native rewrite of the Python &lt;i&gt;civitai-data-manager&lt;/i&gt; by jeremysltn, whose archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).&lt;/p&gt;&lt;p&gt;Not affiliated with Civitai.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run and quit? Everything finished so far is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Missing since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger words from its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not found on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Civitai again about this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open its &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found on disk in this archive&apos;s sources)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai knows every archived file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelScanner</name>
    <message>
        <source>skipped %1: broken link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read folder %1: permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previews %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done · newer version on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>polite pause between requests (--notimeout turns it off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused to fetch %1: not an http(s) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited by Civitai (HTTP 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 after %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1 after %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safetensors file: only %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the header length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safetensors file: empty header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 exceeds the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: header needs %1 bytes, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: could not read the %1-byte header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid header JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid header: JSON is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid header: __metadata__ is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: tensors need %1 bytes of data, the file has %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write the settings file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your Civitai API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the API key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the API key with Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. With a key, Civitai also answers for models that need a signed-in account. Create one under Account settings, API keys, on civitai.com. Runs without a saved key use $CIVITAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum pause between requests, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum pause between requests, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;nimum pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum pause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random pause between Civitai requests keeps the archive polite and clear of rate limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file extensions, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files hashed in parallel, 0 for automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hashing threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only change this for a Civitai mirror or a test server. The API key is only ever sent to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, such as https://civitai.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use extensions such as safetensors, ckpt, gguf, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is kept for this session only: it is forgotten when the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is set; it is forgotten when the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is saved; runs use the key in $CIVITAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works: it belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civitai did not accept this key (%1). Check it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test the key: %1. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model folders and their output folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a models folder (its subfolders are included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the selected sources are archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected sources (nothing is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected sources into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <source>Missing from Civitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added (oldest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads (most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads (fewest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Z–A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creator (Z–A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size (largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size (smallest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By base model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generation data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
