<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArchiveTasks</name>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation>
            <numerusform>Gallery written with %n problem: see the log.</numerusform>
            <numerusform>Gallery written with %n problems: see the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation>
            <numerusform>Removed %n archive folder.</numerusform>
            <numerusform>Removed %n archive folders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation>
            <numerusform>Remove %n folder</numerusform>
            <numerusform>Remove %n folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation>
            <numerusform>%n copy of %1</numerusform>
            <numerusform>%n copies of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation>
            <numerusform>%n group of identical files; %1 could be freed.</numerusform>
            <numerusform>%n groups of identical files; %1 could be freed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation>
            <numerusform>Added %n source. Press Start to archive it.</numerusform>
            <numerusform>Added %n sources. Press Start to archive them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation>
            <numerusform>%n Civitai request</numerusform>
            <numerusform>%n Civitai requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n not on Civitai</numerusform>
            <numerusform>%n not on Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see the Errors filter)</source>
        <translation>
            <numerusform>%n failed (see the Errors filter)</numerusform>
            <numerusform>%n failed (see the Errors filter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a newer version on Civitai</source>
        <translation>
            <numerusform>%n with a newer version on Civitai</numerusform>
            <numerusform>%n with a newer version on Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</source>
        <translation>
            <numerusform>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</numerusform>
            <numerusform>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai (see the Removed filter)</source>
        <translation>
            <numerusform>%n removed from Civitai (see the Removed filter)</numerusform>
            <numerusform>%n removed from Civitai (see the Removed filter)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation>
            <numerusform>%n file not found on Civitai. Its trigger words come from the file&apos;s own training metadata.</numerusform>
            <numerusform>%n files not found on Civitai. Their trigger words come from the files&apos; own training metadata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n not on Civitai</numerusform>
            <numerusform>%n not on Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai</source>
        <translation>
            <numerusform>%n removed from Civitai</numerusform>
            <numerusform>%n removed from Civitai</numerusform>
        </translation>
    </message>
</context>
</TS>
