<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiKeyCheck</name>
    <message>
        <source>no API key was given</source>
        <translation>kein API-Schlüssel angegeben</translation>
    </message>
    <message>
        <source>Civitai refused the key (HTTP %1)</source>
        <extracomment>%1 is the HTTP status code (401 or 403)</extracomment>
        <translation>Civitai hat den Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer from %1 (no user in it)</source>
        <extracomment>%1 is the path of Civitai&apos;s API endpoint that was asked</extracomment>
        <translation>unerwartete Antwort von %1 (kein Benutzer enthalten)</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain did not give the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Der Civitai-API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>The system keychain did not save the Civitai API key (%1). It is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Der Civitai-API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden (%1). Er gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Der Civitai-API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the Civitai API key is kept for this session only. Install or start a keychain (such as GNOME Keyring or KWallet) to keep it.</source>
        <translation>Kein System-Schlüsselbund verfügbar, daher wird der Civitai-API-Schlüssel nur für diese Sitzung behalten. Installieren oder starten Sie einen Schlüsselbund (etwa GNOME Keyring oder KWallet), um ihn zu behalten.</translation>
    </message>
</context>
<context>
    <name>ApplyClean</name>
    <message>
        <source>removing archive folders</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>Archivordner werden entfernt</translation>
    </message>
</context>
<context>
    <name>ArchiveCleaner</name>
    <message>
        <source>no model file named like it</source>
        <extracomment>Why an archive folder is removed</extracomment>
        <translation>keine Modelldatei mit diesem Namen</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <extracomment>Why an archive folder is removed; %1 is the path of its former model file</extracomment>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <extracomment>Why an archive folder is removed; %1 is the path of the model file whose archive is kept</extracomment>
        <translation>Duplikat von %1</translation>
    </message>
    <message>
        <source>refusing to clean: %1</source>
        <extracomment>%1 is why: &quot;no model files found in …&quot; or &quot;parts of the models folder could not be read&quot;</extracomment>
        <translation>Bereinigung abgelehnt: %1</translation>
    </message>
    <message>
        <source>no model files found in %1</source>
        <extracomment>%1 is a comma-separated list of the model folders</extracomment>
        <translation>keine Modelldateien in %1 gefunden</translation>
    </message>
    <message>
        <source>parts of the models folder could not be read</source>
        <translation>Teile des Modellordners konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot remove %1/%2</source>
        <extracomment>%1 is the archive (output) folder, %2 the model folder inside it</extracomment>
        <translation>%1/%2 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>%1 is still there (not among the files scanned)</source>
        <extracomment>Why an archive folder is kept; %1 is the path of its model file</extracomment>
        <translation>%1 ist noch vorhanden (nicht unter den durchsuchten Dateien)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 does not exist (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 ist nicht erreichbar: %2 existiert nicht (ein nicht eingehängtes Laufwerk?)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 cannot be read</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 ist nicht erreichbar: %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 is empty (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 ist nicht erreichbar: %2 ist leer (ein nicht eingehängtes Laufwerk?)</translation>
    </message>
</context>
<context>
    <name>ArchiveLock</name>
    <message>
        <source>Cannot lock the archive %1: the lock file %2 cannot be created.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>Das Archiv %1 kann nicht gesperrt werden: Die Sperrdatei %2 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another run. Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>Das Archiv %1 wird von einem anderen Lauf verwendet. Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by %2 (process %3 on %4). Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder, %2 a program&apos;s name, %3 its process id, %4 a computer&apos;s name</extracomment>
        <translation>Das Archiv %1 wird von %2 verwendet (Prozess %3 auf %4). Versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>If it is no longer running on that computer, delete %1.</source>
        <extracomment>%1 is the lock file&apos;s path</extracomment>
        <translation>Falls er auf jenem Computer nicht mehr läuft, löschen Sie %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 has no readable _hash.json</source>
        <extracomment>%1 is the name of a model&apos;s archive folder</extracomment>
        <translation>%1 hat keine lesbare _hash.json</translation>
    </message>
</context>
<context>
    <name>ArchiveRun</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source> (every file will be hashed again)</source>
        <extracomment>Appended to the message saying why the hash cache could not be read</extracomment>
        <translation> (alle Dateien werden neu gehasht)</translation>
    </message>
    <message>
        <source>scanning</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>durchsuche Ordner</translation>
    </message>
    <message>
        <source>cancelling</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>breche ab</translation>
    </message>
    <message>
        <source>looking up</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>suche</translation>
    </message>
    <message>
        <source>hashing</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>hashe</translation>
    </message>
    <message>
        <source>looking up on Civitai</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>suche auf Civitai</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>schreibe die Galerie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>fertig</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 says why the model file could not be read (e.g. the system&apos;s error message)</extracomment>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the file changed while it was read (still being written?)</source>
        <translation>die Datei hat sich beim Lesen geändert (wird sie noch geschrieben?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a model file&apos;s path, %2 a warning about that file</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive could not be saved: %1</source>
        <extracomment>%1 is why the run&apos;s state could not be written (e.g. the disk is full)</extracomment>
        <translation>das Archiv konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the gallery could not be written: %1</source>
        <translation>die Galerie konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ArchiveTasks</name>
    <message>
        <source>%1…</source>
        <extracomment>The status bar while the window regenerates or cleans; %1 is the step</extracomment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Writing the gallery…</source>
        <translation>Galerie wird geschrieben…</translation>
    </message>
    <message>
        <source>Regenerate Gallery</source>
        <translation>Galerie neu erzeugen</translation>
    </message>
    <message>
        <source>Gallery written.</source>
        <translation>Galerie geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation>
            <numerusform>Galerie mit %n Problem geschrieben: siehe Protokoll.</numerusform>
            <numerusform>Galerie mit %n Problemen geschrieben: siehe Protokoll.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archive folders to clean…</source>
        <translation>Suche nach zu bereinigenden Archivordnern…</translation>
    </message>
    <message>
        <source>Clean the archive</source>
        <translation>Archiv bereinigen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was removed.</source>
        <translation>Abgebrochen: Es wurde nichts entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation>
            <numerusform>%n Archivordner entfernt.</numerusform>
            <numerusform>%n Archivordner entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning failed in part: see the log.</source>
        <translation>Bereinigung teilweise fehlgeschlagen: siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>CivArchiveClient</name>
    <message>
        <source>CivArchive answered a web page, not data (its hourly limit)</source>
        <translation>CivArchive hat eine Webseite statt Daten geantwortet (sein Stundenlimit)</translation>
    </message>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>Das Stundenlimit von CivArchive ist erreicht</translation>
    </message>
    <message>
        <source>CivArchive&apos;s answer could not be read</source>
        <translation>Die Antwort von CivArchive ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>CivArchiveLookup</name>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>Das Stundenlimit von CivArchive ist erreicht</translation>
    </message>
    <message>
        <source>CivArchive lookup failed, tried again at the next run: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>Die Suche bei CivArchive ist fehlgeschlagen und wird beim nächsten Lauf wiederholt: %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveSection</name>
    <message>
        <source>gated: sign-in or approval needed</source>
        <translation>geschützt: Anmeldung oder Freigabe nötig</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>kostenpflichtig</translation>
    </message>
    <message>
        <source>removed on %1</source>
        <extracomment>%1 is the date the copy was removed</extracomment>
        <translation>entfernt am %1</translation>
    </message>
    <message>
        <source>From CivArchive: Civitai no longer knows this file, CivArchive kept its model.</source>
        <translation>Von CivArchive: Civitai kennt diese Datei nicht mehr, CivArchive hat ihr Modell bewahrt.</translation>
    </message>
    <message>
        <source>Where this file still exists</source>
        <translation>Wo diese Datei noch existiert</translation>
    </message>
    <message>
        <source>As listed by CivArchive; removed copies are kept as a record.</source>
        <translation>Laut CivArchive; entfernte Kopien bleiben als Nachweis aufgeführt.</translation>
    </message>
</context>
<context>
    <name>CivitaiClient</name>
    <message>
        <source>unexpected answer from Civitai: not an object with an id</source>
        <translation>unerwartete Antwort von Civitai: kein Objekt mit ID</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: not a list</source>
        <translation>unerwartete Antwort von Civitai: keine Liste</translation>
    </message>
    <message>
        <source>malformed JSON from Civitai: %1</source>
        <translation>fehlerhaftes JSON von Civitai: %1</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: %1</source>
        <extracomment>%1 says what is wrong with the answer</extracomment>
        <translation>unerwartete Antwort von Civitai: %1</translation>
    </message>
    <message>
        <source>the version&apos;s id is not a positive number</source>
        <translation>die ID der Version ist keine positive Zahl</translation>
    </message>
    <message>
        <source>the version&apos;s model id is not a positive number</source>
        <translation>die Modell-ID der Version ist keine positive Zahl</translation>
    </message>
    <message>
        <source>the version&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;files&quot;</extracomment>
        <translation>das Feld „%1“ der Version hat den falschen Typ</translation>
    </message>
    <message>
        <source>an image of the version is not an object</source>
        <translation>ein Bild der Version ist kein Objekt</translation>
    </message>
    <message>
        <source>not the model %1 that was asked for</source>
        <extracomment>%1 is the model id that was asked for</extracomment>
        <translation>nicht das angefragte Modell %1</translation>
    </message>
    <message>
        <source>the model&apos;s list of versions is missing</source>
        <translation>die Versionsliste des Modells fehlt</translation>
    </message>
    <message>
        <source>the model&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;stats&quot;</extracomment>
        <translation>das Feld „%1“ des Modells hat den falschen Typ</translation>
    </message>
    <message>
        <source>a version in the model&apos;s list has no id</source>
        <translation>eine Version in der Liste des Modells hat keine ID</translation>
    </message>
    <message>
        <source>HTTP 404 without Civitai&apos;s own &quot;not found&quot; answer (wrong API address, or a proxy page)</source>
        <translation>HTTP 404 ohne Civitais eigene „nicht gefunden“-Antwort (falsche API-Adresse oder die Seite eines Proxys)</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: no list of models</source>
        <translation>unerwartete Antwort von Civitai: keine Liste von Modellen</translation>
    </message>
    <message>
        <source>Civitai answered with another version than %1</source>
        <extracomment>%1 is the id asked for</extracomment>
        <translation>Civitai hat mit einer anderen Version als %1 geantwortet</translation>
    </message>
</context>
<context>
    <name>CivitaiSync</name>
    <message>
        <source>Civitai lookup failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>Suche auf Civitai fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Civitai model details failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>Modelldetails von Civitai fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file changed on disk since it was linked by hand to Civitai version %1: the link is kept (remove it with --unlink if it no longer holds).</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Die Datei hat sich auf der Festplatte geändert, seit sie von Hand mit der Civitai-Version %1 verknüpft wurde: Die Verknüpfung bleibt (mit --unlink entfernen, wenn sie nicht mehr stimmt).</translation>
    </message>
    <message>
        <source>Civitai no longer knows version %1, to which this file is linked by hand: its archive is kept as it was.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai kennt die Version %1 nicht mehr, mit der diese Datei von Hand verknüpft ist: Ihr Archiv bleibt, wie es war.</translation>
    </message>
</context>
<context>
    <name>CivitaiUrl</name>
    <message>
        <source>Give the address of a Civitai model version, or its id.</source>
        <translation>Geben Sie die Adresse einer Civitai-Modellversion oder ihre ID an.</translation>
    </message>
    <message>
        <source>This address is too long to be a Civitai address.</source>
        <translation>Diese Adresse ist zu lang für eine Civitai-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no model version id: an id is a positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>„%1“ ist keine Modellversions-ID: Eine ID ist eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no web address: give an address like https://civitai.com/models/123?modelVersionId=456, or a version id.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>„%1“ ist keine Webadresse: Geben Sie eine Adresse wie https://civitai.com/models/123?modelVersionId=456 oder eine Versions-ID an.</translation>
    </message>
    <message>
        <source>A Civitai address has no user name or password in it.</source>
        <translation>Eine Civitai-Adresse enthält weder Benutzernamen noch Passwort.</translation>
    </message>
    <message>
        <source>%1 is not Civitai: only addresses on civitai.com, civitai.red or the configured API hosts are accepted.</source>
        <extracomment>%1 is the host name of the address the user gave</extracomment>
        <translation>%1 ist nicht Civitai: Nur Adressen auf civitai.com, civitai.red oder den eingestellten API-Hosts werden angenommen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>„%1“ bezeichnet kein Modell: Seine ID ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>This address names more than one model version.</source>
        <translation>Diese Adresse bezeichnet mehr als eine Modellversion.</translation>
    </message>
    <message>
        <source>The address&apos;s modelVersionId is no model version id.</source>
        <translation>Die modelVersionId der Adresse ist keine Modellversions-ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no address of a Civitai model or model version.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>„%1“ ist keine Adresse eines Civitai-Modells oder einer Modellversion.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model or version: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>„%1“ bezeichnet weder Modell noch Version: Seine ID ist keine positive ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <source>Clean the archive</source>
        <translation>Archiv bereinigen</translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, these archive folders belong to model files that are gone or are duplicates. Model files are never touched.</source>
        <translation>Diese Archivordner in &lt;b&gt;%1&lt;/b&gt; gehören zu Modelldateien, die nicht mehr vorhanden oder Duplikate sind. Modelldateien selbst werden nie angetastet.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Archivordner</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Archive folders to remove</source>
        <translation>Zu entfernende Archivordner</translation>
    </message>
    <message>
        <source>left alone: it holds files that are not ours</source>
        <translation>bleibt erhalten: enthält Dateien, die nicht von diesem Programm stammen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation>
            <numerusform>%n Ordner entfernen</numerusform>
            <numerusform>%n Ordner entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>In &lt;b&gt;%1&lt;/b&gt; gibt es nichts zu bereinigen.</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <extracomment>%1 says why an archive folder is kept (its model file cannot be reached)</extracomment>
        <translation>behalten: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;civitai-data-manager --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit „civitai-data-manager --help“.</translation>
    </message>
    <message>
        <source>Enter the path where you want to save the exported files (press Enter for current directory): </source>
        <translation>Pfad zum Speichern der exportierten Dateien eingeben (Eingabetaste für das aktuelle Verzeichnis): </translation>
    </message>
    <message>
        <source>Directory %1 doesn&apos;t exist. Create it? (y/n): </source>
        <translation>Das Verzeichnis %1 existiert nicht. Anlegen? (j/n): </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Wrote %1/index.html and %2 model pages</source>
        <translation>%1/index.html und %2 Modellseiten geschrieben</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Würde entfernen:</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Entferne:</translation>
    </message>
    <message>
        <source>Leaving %1/ alone: it holds files that are not ours</source>
        <translation>%1/ bleibt erhalten: enthält Dateien, die nicht von diesem Programm stammen</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Generated %1 JSON files for preview images</source>
        <translation>%1 JSON-Dateien für Vorschaubilder erzeugt</translation>
    </message>
    <message>
        <source>Error: File %1 not found</source>
        <translation>Fehler: Datei %1 nicht gefunden</translation>
    </message>
    <message>
        <source>Error: Directory %1 not found</source>
        <translation>Fehler: Verzeichnis %1 nicht gefunden</translation>
    </message>
    <message>
        <source>--output DIR is required when not running in a terminal</source>
        <translation>--output DIR ist erforderlich, wenn das Programm nicht in einem Terminal läuft</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>kein Ausgabeordner angegeben</translation>
    </message>
    <message>
        <source>Interrupted: finishing the files in progress and saving...</source>
        <translation>Unterbrochen: Laufende Dateien werden abgeschlossen und gespeichert...</translation>
    </message>
    <message>
        <source>Archiving %1 into %2</source>
        <translation>Archiviere %1 nach %2</translation>
    </message>
    <message>
        <source>%1 archive folder(s) to remove, %2 duplicate group(s). Model files are never touched.</source>
        <translation>%1 Archivordner zu entfernen, %2 Duplikatgruppe(n). Modelldateien werden nie angerührt.</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The letter that answers yes at the &quot;(y/n)&quot; prompt, as written in its translation</extracomment>
        <translation>j</translation>
    </message>
    <message>
        <source>Keeping %1/: %2</source>
        <extracomment>%1 is an archive folder, %2 why it is kept (its model file cannot be reached, e.g. on an unmounted drive)</extracomment>
        <translation>Behalte %1/: %2</translation>
    </message>
    <message>
        <source>Error: %1 is a folder: use --all %1</source>
        <extracomment>%1 is the path as given; --all is an option (do not translate it)</extracomment>
        <translation>Fehler: %1 ist ein Ordner: verwenden Sie --all %1</translation>
    </message>
    <message>
        <source>Error: %1 is not a regular file (a pipe, socket or device)</source>
        <extracomment>%1 is the path as given</extracomment>
        <translation>Fehler: %1 ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät)</translation>
    </message>
    <message>
        <source>Error: %1 is not a folder: use --single %1</source>
        <extracomment>%1 is the path as given; --single is an option (do not translate it)</extracomment>
        <translation>Fehler: %1 ist kein Ordner: verwenden Sie --single %1</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in progress...</source>
        <translation>Unterbrochen: Der laufende Schritt wird abgeschlossen...</translation>
    </message>
    <message>
        <source>Linking %1 to Civitai model version %2 (model %3, %4)</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id, %3 a model id, %4 the API host</extracomment>
        <translation>%1 wird mit der Civitai-Modellversion %2 verknüpft (Modell %3, %4)</translation>
    </message>
    <message>
        <source>Removed the link of %1 to Civitai model version %2. Its archive stays; the next run looks the file up by its hash.</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id</extracomment>
        <translation>Die Verknüpfung von %1 mit der Civitai-Modellversion %2 ist entfernt. Ihr Archiv bleibt; der nächste Lauf sucht die Datei über ihren Hash.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Files of the collection</source>
        <translation>Dateien der Sammlung</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Dateien anzeigen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Find files</source>
        <translation>Dateien suchen</translation>
    </message>
    <message>
        <source>Find by name, Civitai name, type or base model</source>
        <translation>Nach Name, Civitai-Name, Typ oder Basismodell suchen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Alle Dateien (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status filter&apos;s entry with its count: &quot;Errors (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Ausgabeordner öffnen</translation>
    </message>
    <message>
        <source>Open model page</source>
        <translation>Modellseite öffnen</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Auf Civitai öffnen</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Hash kopieren</translation>
    </message>
    <message>
        <source>Copy trigger words</source>
        <translation>Triggerwörter kopieren</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot use both --images and --noimages at the same time</source>
        <translation>--images und --noimages können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>Cannot use both --onlynew and --onlyhtml at the same time</source>
        <translation>--onlynew und --onlyhtml können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlynew at the same time</source>
        <translation>--onlyupdate und --onlynew können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlyhtml at the same time</source>
        <translation>--onlyupdate und --onlyhtml können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>--clean option can only be used with --all</source>
        <translation>Die Option --clean kann nur zusammen mit --all verwendet werden</translation>
    </message>
    <message>
        <source>--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew</source>
        <translation>--clean kann nicht mit --onlyhtml, --onlyupdate oder --onlynew verwendet werden</translation>
    </message>
    <message>
        <source>Process one model file.</source>
        <translation>Eine einzelne Modelldatei verarbeiten.</translation>
    </message>
    <message>
        <source>Process every model file in DIR, recursively.</source>
        <translation>Alle Modelldateien in DIR rekursiv verarbeiten.</translation>
    </message>
    <message>
        <source>Output (archive) folder. Asked for when missing and on a terminal.</source>
        <translation>Ausgabeordner (Archiv). Wird im Terminal abgefragt, falls nicht angegeben.</translation>
    </message>
    <message>
        <source>No pause between Civitai requests (may hit rate limits).</source>
        <translation>Keine Pause zwischen Civitai-Anfragen (kann Rate-Limits auslösen).</translation>
    </message>
    <message>
        <source>Download all preview images, not only the first.</source>
        <translation>Alle Vorschaubilder herunterladen, nicht nur das erste.</translation>
    </message>
    <message>
        <source>Download no preview images.</source>
        <translation>Keine Vorschaubilder herunterladen.</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_preview_N.json for archives made before the Python tool&apos;s v1.3.</source>
        <translation>&lt;name&gt;_preview_N.json für Archive schreiben, die vor v1.3 des Python-Tools erstellt wurden.</translation>
    </message>
    <message>
        <source>Only process files not processed before.</source>
        <translation>Nur noch nicht verarbeitete Dateien verarbeiten.</translation>
    </message>
    <message>
        <source>With --onlynew: skip files listed in missing_from_civitai.txt.</source>
        <translation>Mit --onlynew: in missing_from_civitai.txt aufgeführte Dateien überspringen.</translation>
    </message>
    <message>
        <source>Only refresh Civitai data of processed files (no hashing).</source>
        <translation>Nur die Civitai-Daten verarbeiteter Dateien aktualisieren (ohne Hashen).</translation>
    </message>
    <message>
        <source>Only regenerate the HTML pages (no network).</source>
        <translation>Nur die HTML-Seiten neu erzeugen (ohne Netzwerk).</translation>
    </message>
    <message>
        <source>Remove archive folders of models no longer in DIR; list duplicates.</source>
        <translation>Archivordner von Modellen entfernen, die nicht mehr in DIR liegen; Duplikate auflisten.</translation>
    </message>
    <message>
        <source>Ignore config.json.</source>
        <translation>config.json ignorieren.</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of ./config.json. Command-line flags win over it.</source>
        <translation>Einstellungen aus FILE statt aus ./config.json lesen. Kommandozeilenoptionen haben Vorrang.</translation>
    </message>
    <message>
        <source>Model file extensions to scan (default: safetensors; known: safetensors,ckpt,pt,pth,bin,gguf).</source>
        <translation>Zu durchsuchende Dateiendungen (Standard: safetensors; bekannt: safetensors,ckpt,pt,pth,bin,gguf).</translation>
    </message>
    <message>
        <source>Files hashed in parallel (default: %1).</source>
        <translation>Anzahl parallel gehashter Dateien (Standard: %1).</translation>
    </message>
    <message>
        <source>Hash every file again, ignoring the hash cache.</source>
        <translation>Alle Dateien neu hashen, Hash-Cache ignorieren.</translation>
    </message>
    <message>
        <source>Random pause between Civitai requests, in seconds (default: 3-6).</source>
        <translation>Zufällige Pause zwischen Civitai-Anfragen in Sekunden (Standard: 3-6).</translation>
    </message>
    <message>
        <source>With --clean: only show what would be removed.</source>
        <translation>Mit --clean: nur anzeigen, was entfernt würde.</translation>
    </message>
    <message>
        <source>Log details.</source>
        <translation>Ausführliche Ausgabe.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Error in config file %1: %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 why it cannot be read</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: %2</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a boolean value</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „%2“ muss ein Wahrheitswert (true/false) sein</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a path</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „%2“ muss ein Pfad sein</translation>
    </message>
    <message>
        <source>Error in config file %1: config must specify either &apos;single&apos; or &apos;all&apos; path, but not both</source>
        <extracomment>%1 is the config file&apos;s path; &apos;single&apos; and &apos;all&apos; are setting names (do not translate them)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: Die Konfiguration muss entweder einen „single“- oder einen „all“-Pfad angeben, aber nicht beide</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (use --single FILE or --all DIR)</source>
        <extracomment>%1 is the argument as given; FILE and DIR are placeholders of the command&apos;s syntax</extracomment>
        <translation>Unerwartetes Argument: %1 (verwenden Sie --single FILE oder --all DIR)</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64</source>
        <translation>--threads erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>Config file not found: %1</source>
        <translation>Konfigurationsdatei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Read settings from %1</source>
        <translation>Einstellungen aus %1 gelesen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 says which two options conflict</extracomment>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>--pause takes seconds as MIN-MAX (e.g. 3-6), not &apos;%1&apos;</source>
        <extracomment>%1 is the value as given; MIN-MAX is a placeholder of the command&apos;s syntax</extracomment>
        <translation>--pause erwartet Sekunden als MIN-MAX (z. B. 3-6), nicht „%1“</translation>
    </message>
    <message>
        <source>--single needs a model file</source>
        <translation>--single erwartet eine Modelldatei</translation>
    </message>
    <message>
        <source>--all needs a folder</source>
        <translation>--all erwartet einen Ordner</translation>
    </message>
    <message>
        <source>--extensions needs at least one extension</source>
        <translation>--extensions erwartet mindestens eine Dateiendung</translation>
    </message>
    <message>
        <source>--skipmissing only has an effect with --onlynew</source>
        <translation>--skipmissing wirkt nur zusammen mit --onlynew</translation>
    </message>
    <message>
        <source>argument --all: not allowed with argument --single</source>
        <translation>Argument --all: nicht erlaubt zusammen mit Argument --single</translation>
    </message>
    <message>
        <source>--api-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--api-base erwartet eine http(s)-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>--dry-run only has an effect with --clean</source>
        <translation>--dry-run wirkt nur zusammen mit --clean</translation>
    </message>
    <message>
        <source>one of the arguments --single --all is required</source>
        <translation>eines der Argumente --single --all ist erforderlich</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;extensions&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;extensions&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „extensions“ muss ein Text oder eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a text</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „%2“ muss ein Text sein</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;threads&apos; must be a number from 1 to 64</source>
        <extracomment>%1 is the config file&apos;s path; &apos;threads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „threads“ muss eine Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; is only read from a file named with --config, because the API key is sent to that address. If you trust this file, run with --config %1; else use --noconfig, or --api-base URL.</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name and --config, --api-base and --noconfig are options (do not translate them)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „api-base“ wird nur aus einer mit --config angegebenen Datei gelesen, weil der API-Schlüssel an diese Adresse geht. Wenn Sie dieser Datei vertrauen, starten Sie mit --config %1; sonst verwenden Sie --noconfig oder --api-base URL.</translation>
    </message>
    <message>
        <source>--output %1 is the root of the file system: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 ist die Wurzel des Dateisystems: Geben Sie dem Archiv einen eigenen Ordner</translation>
    </message>
    <message>
        <source>--output %1 is your home folder: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 ist Ihr persönlicher Ordner: Geben Sie dem Archiv einen eigenen Ordner</translation>
    </message>
    <message>
        <source>Archive Civitai metadata, trigger words and previews for local model files.
With no arguments the desktop window opens; with --single or --all it runs headless.

Settings are also read from config.json in the current folder (or --config FILE), with the
same names as the flags (&quot;all&quot;, &quot;output&quot;, &quot;images&quot;: true, ...). Flags given on the
command line win over the config file. Only a file named with --config may set
&quot;api-base&quot;, the address the API key is sent to.

Exit codes: 0 all went well, 1 some files failed (listed at the end), 2 usage error,
3 the archive is in use by another run, 130 interrupted (Ctrl-C; the next run resumes).</source>
        <translation>Archiviert Civitai-Metadaten, Trigger-Wörter und Vorschaubilder zu lokalen Modelldateien.
Ohne Argumente öffnet sich das Fenster; mit --single oder --all läuft es ohne Oberfläche.

Einstellungen werden auch aus config.json im aktuellen Ordner (oder --config FILE) gelesen,
mit denselben Namen wie die Optionen (&quot;all&quot;, &quot;output&quot;, &quot;images&quot;: true, ...). Auf der
Kommandozeile angegebene Optionen haben Vorrang vor der Konfigurationsdatei. Nur eine mit
--config angegebene Datei darf &quot;api-base&quot; setzen, die Adresse, an die der API-Schlüssel geht.

Exit-Codes: 0 alles in Ordnung, 1 einige Dateien fehlgeschlagen (am Ende aufgelistet),
2 Aufruffehler, 3 das Archiv wird von einem anderen Lauf verwendet, 130 unterbrochen
(Strg+C; der nächste Lauf setzt die Arbeit fort).</translation>
    </message>
    <message>
        <source>Civitai API address; give it again for more hosts, asked in turn (default: $CIVITAI_API_BASE, else https://civitai.red then https://civitai.com). An API key is read from $CIVITAI_API_KEY.</source>
        <translation>Adresse der Civitai-API; für weitere Hosts erneut angeben, sie werden der Reihe nach gefragt (Standard: $CIVITAI_API_BASE, sonst https://civitai.red, dann https://civitai.com). Ein API-Schlüssel wird aus $CIVITAI_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: „api-base“ muss ein Text oder eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>Previews downloaded at once from Civitai&apos;s image host, beside the lookups (default: %1, at most %2).</source>
        <translation>Gleichzeitig vom Bildserver von Civitai geladene Vorschaubilder, neben den Abfragen (Standard: %1, höchstens %2).</translation>
    </message>
    <message>
        <source>--preview-downloads takes a number from 1 to %1</source>
        <extracomment>%1 is the largest number allowed</extracomment>
        <translation>--preview-downloads erwartet eine Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;preview-downloads&apos; must be a number from 1 to %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 the largest number allowed; &apos;preview-downloads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Fehler in der Konfigurationsdatei %1: &apos;preview-downloads&apos; muss eine Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <source>Also look files up on CivArchive, a third party: their SHA-256 hashes are sent there. Archives what Civitai forgot and where each file still exists.</source>
        <translation>Dateien auch bei CivArchive suchen, einem Drittanbieter: Ihre SHA-256-Hashes werden dorthin gesendet. Archiviert, was Civitai vergessen hat und wo jede Datei noch existiert.</translation>
    </message>
    <message>
        <source>CivArchive API address (default: $CIVARCHIVE_BASE_URL, else https://civarchive.com/api/v1).</source>
        <translation>Adresse der CivArchive-API (Standard: $CIVARCHIVE_BASE_URL, sonst https://civarchive.com/api/v1).</translation>
    </message>
    <message>
        <source>Link FILE by hand to the Civitai model version whose address or id follows, and archive it (with --output).</source>
        <translation>FILE von Hand mit der Civitai-Modellversion verknüpfen, deren Adresse oder ID folgt, und archivieren (mit --output).</translation>
    </message>
    <message>
        <source>Remove the manual link of FILE (with --output).</source>
        <translation>Die manuelle Verknüpfung von FILE entfernen (mit --output).</translation>
    </message>
    <message>
        <source>Cannot use both --link and --unlink at the same time</source>
        <translation>--link und --unlink können nicht gleichzeitig verwendet werden</translation>
    </message>
    <message>
        <source>%1 cannot be used with --%2</source>
        <extracomment>%1 is --link or --unlink, %2 another option</extracomment>
        <translation>%1 kann nicht mit --%2 verwendet werden</translation>
    </message>
    <message>
        <source>--link FILE needs one Civitai address or model version id after it, e.g. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</source>
        <translation>--link FILE braucht danach eine Civitai-Adresse oder Modellversions-ID, z. B. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 is the argument as given</extracomment>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--civarchive-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--civarchive-base braucht eine http(s)-Adresse, nicht „%1“</translation>
    </message>
    <message>
        <source>--recheck cannot be used with --onlyhtml, --onlyupdate, or --clean</source>
        <translation>--recheck kann nicht mit --onlyhtml, --onlyupdate oder --clean verwendet werden</translation>
    </message>
    <message>
        <source>Look every file up again; no previews.</source>
        <translation>Jede Datei erneut nachschlagen; keine Vorschaubilder.</translation>
    </message>
    <message>
        <source>--recheck ignores --onlynew and --skipmissing: it looks at every file</source>
        <translation>--recheck ignoriert --onlynew und --skipmissing: Es prüft jede Datei</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>cached</source>
        <translation>aus Cache</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>gehasht</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>not on Civitai</source>
        <translation>nicht auf Civitai</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>  %1 / %2  %3 MB/s  ETA %4</source>
        <translation>  %1 / %2  %3 MB/s  noch %4</translation>
    </message>
    <message>
        <source>  %1 requests</source>
        <translation>  %1 Anfragen</translation>
    </message>
    <message>
        <source>  waiting %1 s: %2</source>
        <translation>  warte %1 s: %2</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>Warte %1 s: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4</source>
        <translation>[%1/%2] %3 %4</translation>
    </message>
    <message>
        <source> (%1 %2, %3)</source>
        <translation> (%1 %2, %3)</translation>
    </message>
    <message>
        <source>, %1 preview(s)</source>
        <translation>, %1 Vorschaubild(er)</translation>
    </message>
    <message>
        <source>, newer version on Civitai</source>
        <translation>, neuere Version auf Civitai</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 files found, %4 done, %5 hashed (%6</source>
        <translation>%1 nach %2 s: %3 Dateien gefunden, %4 erledigt, %5 gehasht (%6</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source> at %1 MB/s</source>
        <translation> mit %1 MB/s</translation>
    </message>
    <message>
        <source>), %1 from cache</source>
        <translation>), %1 aus dem Cache</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>, %1 failed.</source>
        <translation>, %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, %5 with a newer version (updates_available.json).</source>
        <translation>Civitai: %1 Anfragen, %2 aktuell, %3 nicht auf Civitai, %4 Vorschaubild(er) heruntergeladen, %5 mit neuerer Version (updates_available.json).</translation>
    </message>
    <message>
        <source>Newer versions on Civitai:</source>
        <translation>Neuere Versionen auf Civitai:</translation>
    </message>
    <message>
        <source>  ... and %1 more in updates_available.json</source>
        <translation>  ... und %1 weitere in updates_available.json</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Failed files:</source>
        <translation>Fehlgeschlagene Dateien:</translation>
    </message>
    <message>
        <source>Progress was saved; run the same command again to resume.</source>
        <translation>Der Fortschritt wurde gespeichert; führen Sie denselben Befehl erneut aus, um fortzufahren.</translation>
    </message>
    <message>
        <source>not on Civitai, archived from CivArchive</source>
        <translation>nicht auf Civitai, von CivArchive archiviert</translation>
    </message>
    <message>
        <source>Removed from Civitai since the last check (their archived data is kept):</source>
        <translation>Seit der letzten Prüfung von Civitai entfernt (ihre archivierten Daten bleiben erhalten):</translation>
    </message>
    <message>
        <source>  %1: last confirmed %2</source>
        <extracomment>%1 is a model file&apos;s path with its model&apos;s name, %2 the date Civitai last knew it</extracomment>
        <translation>  %1: zuletzt bestätigt am %2</translation>
    </message>
    <message>
        <source>  ... and %1 more in file_history.json</source>
        <translation>  ... und %1 weitere in file_history.json</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>Ersteller:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Basismodell:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>Triggerwörter</translation>
    </message>
    <message>
        <source>Trigger words:</source>
        <translation>Triggerwörter:</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Hash kopieren</translation>
    </message>
    <message>
        <source>Open page in the gallery</source>
        <translation>Seite in der Galerie öffnen</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Auf Civitai öffnen</translation>
    </message>
    <message>
        <source>Reveal file</source>
        <translation>Datei zeigen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>„%1“ kopieren</translation>
    </message>
    <message>
        <source>Select a file in the collection to see its cover, names, trigger words and hash here.</source>
        <translation>Wählen Sie eine Datei in der Sammlung aus, um hier ihr Titelbild, ihre Namen, Triggerwörter und ihren Hash zu sehen.</translation>
    </message>
</context>
<context>
    <name>DetailsPaneToggle</name>
    <message>
        <source>&amp;Details pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Duplicate model files</source>
        <translation>Doppelte Modelldateien</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>In den Papier&amp;korb verschieben…</translation>
    </message>
    <message>
        <source>Move this copy to the system trash (it can be restored from there)</source>
        <translation>Diese Kopie in den Papierkorb des Systems verschieben (sie lässt sich von dort wiederherstellen)</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation>
            <numerusform>%n Kopie von %1</numerusform>
            <numerusform>%n Kopien von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>No model file is stored twice.</source>
        <translation>Keine Modelldatei ist doppelt vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation>
            <numerusform>%n Gruppe identischer Dateien; %1 ließen sich freigeben.</numerusform>
            <numerusform>%n Gruppen identischer Dateien; %1 ließen sich freigeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Move this copy to the trash?

%1

An identical file stays where it is, and the trash can restore this one.</source>
        <translation>Diese Kopie in den Papierkorb verschieben?

%1

Eine identische Datei bleibt, wo sie ist, und diese Kopie lässt sich aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash: %2</source>
        <translation>%1 konnte nicht in den Papierkorb verschoben werden: %2</translation>
    </message>
</context>
<context>
    <name>FailedFiles</name>
    <message>
        <source>%1 is not a list of failed files: it is written again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 ist keine Liste fehlgeschlagener Dateien: Sie wird neu geschrieben</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation>OpenSSL konnte SHA-256 nicht starten</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>Lesefehler: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not finish SHA-256</source>
        <translation>OpenSSL konnte SHA-256 nicht abschließen</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>%1 is not a file history: it is left as it is</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 ist kein Dateiverlauf: Sie bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>GalleryHistory</name>
    <message>
        <source>Removed from Civitai: last seen there on %1. Everything archived here is kept.</source>
        <extracomment>%1 is the date Civitai last knew the model file</extracomment>
        <translation>Von Civitai entfernt: dort zuletzt gesehen am %1. Alles hier Archivierte bleibt erhalten.</translation>
    </message>
    <message>
        <source>First archived</source>
        <translation>Zuerst archiviert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Removed from Civitai only</source>
        <translation>Nur von Civitai entfernte</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Von Civitai entfernt</translation>
    </message>
    <message>
        <source>Found on Civitai again</source>
        <translation>Wieder auf Civitai gefunden</translation>
    </message>
    <message>
        <source>Available on Civitai again</source>
        <translation>Wieder auf Civitai verfügbar</translation>
    </message>
    <message>
        <source>Newer version published: %1</source>
        <extracomment>%1 is the name of the version Civitai published</extracomment>
        <translation>Neuere Version veröffentlicht: %1</translation>
    </message>
    <message>
        <source>The model file changed on disk</source>
        <translation>Die Modelldatei hat sich auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>The model file is gone from disk</source>
        <translation>Die Modelldatei ist nicht mehr auf der Festplatte</translation>
    </message>
    <message>
        <source>The model file is back on disk</source>
        <translation>Die Modelldatei ist wieder auf der Festplatte</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>Galerie</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Back to the model list</source>
        <translation>Zurück zur Modellliste</translation>
    </message>
    <message>
        <source>Search the gallery (commas: all terms must match)</source>
        <translation>Galerie durchsuchen (mit Kommas: alle Begriffe müssen passen)</translation>
    </message>
    <message>
        <source>Search the gallery</source>
        <translation>Galerie durchsuchen</translation>
    </message>
    <message>
        <source>No gallery yet.
Run an archive and its model browser appears here.</source>
        <translation>Noch keine Galerie vorhanden.
Nach einem Archivierungslauf erscheint hier der Modell-Browser.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>GalleryWriter</name>
    <message>
        <source>Archived by civitai-data-manager %1. Works offline.</source>
        <translation>Archiviert mit civitai-data-manager %1. Funktioniert offline.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>Dunkler Modus</translation>
    </message>
    <message>
        <source>Network module</source>
        <translation>Netzwerkmodul</translation>
    </message>
    <message>
        <source>Network dim</source>
        <translation>Network Dim</translation>
    </message>
    <message>
        <source>Network alpha</source>
        <translation>Network Alpha</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Trainiert auf</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Trainingsbilder</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>Ausgabename</translation>
    </message>
    <message>
        <source>Training metadata</source>
        <translation>Trainingsmetadaten</translation>
    </message>
    <message>
        <source>Tag frequencies (top 30)</source>
        <translation>Tag-Häufigkeiten (Top 30)</translation>
    </message>
    <message>
        <source>Preview %1 (video)</source>
        <translation>Vorschau %1 (Video)</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Vorschau %1</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Missing from Civitai since %1</source>
        <translation>Fehlt auf Civitai seit %1</translation>
    </message>
    <message>
        <source>Newer version on Civitai:</source>
        <translation>Neuere Version auf Civitai:</translation>
    </message>
    <message>
        <source>(from the file&apos;s training tags)</source>
        <translation>(aus den Trainings-Tags der Datei)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>Trigger-Wörter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The description needs JavaScript (it is sanitized before it is shown).</source>
        <translation>Die Beschreibung benötigt JavaScript (sie wird vor der Anzeige bereinigt).</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>Modell-Browser</translation>
    </message>
    <message>
        <source>Search name, file, tags, creator, trigger words, base model (a, b: all must match)</source>
        <translation>Name, Datei, Tags, Ersteller, Trigger-Wörter, Basismodell durchsuchen (a, b: alle müssen passen)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Sort, filters and display</source>
        <translation>Sortierung, Filter und Anzeige</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All base models</source>
        <translation>Alle Basismodelle</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>Alle Ersteller</translation>
    </message>
    <message>
        <source>New versions only</source>
        <translation>Nur neue Versionen</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Titelbilder</translation>
    </message>
    <message>
        <source>Blur NSFW</source>
        <translation>NSFW weichzeichnen</translation>
    </message>
    <message>
        <source>Collection overview</source>
        <translation>Sammlungsübersicht</translation>
    </message>
    <message>
        <source>The model browser needs JavaScript. Each model&apos;s page works without it: open its folder.</source>
        <translation>Der Modell-Browser benötigt JavaScript. Die Seite jedes Modells funktioniert auch ohne: Öffnen Sie dessen Ordner.</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>Keine passenden Modelle.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read the gallery asset %1</source>
        <translation>Galeriedatei %1 nicht lesbar</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <source>Its hash matches no file on Civitai: it was linked to this version by hand.</source>
        <translation>Ihr Hash passt zu keiner Datei auf Civitai: Sie wurde von Hand mit dieser Version verknüpft.</translation>
    </message>
    <message>
        <source>cannot read the gallery&apos;s cache for %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>der Zwischenspeicher der Galerie für %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1 has an unknown format version</source>
        <extracomment>%1 is the path of the hash cache file</extracomment>
        <translation>%1 hat eine unbekannte Formatversion</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the JSON text is damaged or cut short at byte %1</source>
        <extracomment>%1 is a position in a file, in bytes from its start</extracomment>
        <translation>der JSON-Text ist bei Byte %1 beschädigt oder abgeschnitten</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Linking %1 to Civitai and archiving it…</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>%1 wird mit Civitai verknüpft und archiviert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 is linked to Civitai version %2 and archived.</source>
        <translation>%1 ist mit der Civitai-Version %2 verknüpft und archiviert.</translation>
    </message>
    <message>
        <source>The link of %1 is removed; its archive stays. The next run looks it up by its hash.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Die Verknüpfung von %1 ist entfernt; ihr Archiv bleibt. Der nächste Lauf sucht sie über ihren Hash.</translation>
    </message>
    <message>
        <source>Link to a Civitai version…</source>
        <translation>Mit einer Civitai-Version verknüpfen…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>Manual link</source>
        <translation>Manuelle Verknüpfung</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Civitai knows no file with the hash of %1 (a re-saved, pruned or converted file has another hash). Paste the address of the Civitai model version it came from, or its id. It is archived with that version&apos;s data at once.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Civitai kennt keine Datei mit dem Hash von %1 (eine neu gespeicherte, beschnittene oder umgewandelte Datei hat einen anderen Hash). Fügen Sie die Adresse der Civitai-Modellversion ein, aus der sie stammt, oder ihre ID. Sie wird sofort mit den Daten dieser Version archiviert.</translation>
    </message>
    <message>
        <source>Link to a Civitai version</source>
        <translation>Mit einer Civitai-Version verknüpfen</translation>
    </message>
    <message>
        <source>Link and archive</source>
        <translation>Verknüpfen und archivieren</translation>
    </message>
</context>
<context>
    <name>LinkFile</name>
    <message>
        <source>Civitai could not be asked about model %1: %2</source>
        <extracomment>%1 is a Civitai model id, %2 says why (e.g. a network error)</extracomment>
        <translation>Civitai konnte nicht nach Modell %1 gefragt werden: %2</translation>
    </message>
    <message>
        <source>Civitai has no model %1.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai hat kein Modell %1.</translation>
    </message>
    <message>
        <source>Civitai lists no version of model %1 to link to.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai führt keine Version von Modell %1 zum Verknüpfen.</translation>
    </message>
    <message>
        <source>Civitai could not be asked about model version %1: %2</source>
        <extracomment>%1 is a Civitai model version id, %2 says why (e.g. a network error)</extracomment>
        <translation>Civitai konnte nicht nach Modellversion %1 gefragt werden: %2</translation>
    </message>
    <message>
        <source>Civitai has no model version %1.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai hat keine Modellversion %1.</translation>
    </message>
    <message>
        <source>Civitai version %1 belongs to model %2, not to model %3 as the address says.</source>
        <extracomment>%1 is a Civitai model version id, %2 and %3 model ids</extracomment>
        <translation>Die Civitai-Version %1 gehört zu Modell %2, nicht zu Modell %3, wie die Adresse sagt.</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>Ausgabeordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The file could not be archived, so the link was taken back: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>Die Datei konnte nicht archiviert werden, daher wurde die Verknüpfung zurückgenommen: %1</translation>
    </message>
    <message>
        <source>the run ended without it</source>
        <translation>der Lauf endete ohne sie</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Durchlaufs</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>Protokoll &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Gesamtes Protokoll kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Civitai Data Manager</source>
        <translation>Civitai Data Manager</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Modellordner hinzufügen</translation>
    </message>
    <message>
        <source>Add single model files</source>
        <translation>Einzelne Modelldateien hinzufügen</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Modelldateien hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Archive every source now</source>
        <translation>Alle Quellen jetzt archivieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Durchlauf pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; what finished is kept and saved</source>
        <translation>Durchlauf stoppen; bereits Fertiges bleibt erhalten und wird gespeichert</translation>
    </message>
    <message>
        <source>Write the HTML gallery again from the archive, offline</source>
        <translation>HTML-Galerie offline aus dem Archiv neu schreiben</translation>
    </message>
    <message>
        <source>Remove archive folders of models that are gone (asks first)</source>
        <translation>Archivordner nicht mehr vorhandener Modelle entfernen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Show the archive in the file manager</source>
        <translation>Archiv im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Civitai API key, request pacing, files, appearance</source>
        <translation>Civitai-API-Schlüssel, Anfragetempo, Dateien, Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Civitai Data Manager</source>
        <translation>&amp;Über Civitai Data Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Drop model folders here</source>
        <translation>Modellordner hierher ziehen</translation>
    </message>
    <message>
        <source>Civitai Data Manager keeps what Civitai knows about your models on your own disk:
trigger words, descriptions, previews and prompts, even after a model is deleted there.
It reads your model files and never changes them.</source>
        <translation>Civitai Data Manager speichert, was Civitai über Ihre Modelle weiß, auf Ihrer eigenen Festplatte:
Trigger-Wörter, Beschreibungen, Vorschaubilder und Prompts – auch wenn ein Modell dort gelöscht wird.
Ihre Modelldateien werden nur gelesen, nie verändert.</translation>
    </message>
    <message>
        <source>Add a models folder…</source>
        <translation>Modellordner hinzufügen…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Missing from Civitai</source>
        <translation>Fehlt auf &amp;Civitai</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>D&amp;uplikate</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Optionen für den Durchlauf</translation>
    </message>
    <message>
        <source>First preview of each model</source>
        <translation>Erstes Vorschaubild jedes Modells</translation>
    </message>
    <message>
        <source>All previews</source>
        <translation>Alle Vorschaubilder</translation>
    </message>
    <message>
        <source>No previews</source>
        <translation>Keine Vorschaubilder</translation>
    </message>
    <message>
        <source>Previews to download</source>
        <translation>Herunterzuladende Vorschaubilder</translation>
    </message>
    <message>
        <source>Only &amp;new files</source>
        <translation>&amp;Nur neue Dateien</translation>
    </message>
    <message>
        <source>S&amp;kip files missing from Civitai</source>
        <translation>Auf Civitai fehlende Dateien &amp;überspringen</translation>
    </message>
    <message>
        <source>Only &amp;update archived models</source>
        <translation>Nur archivierte Modelle ak&amp;tualisieren</translation>
    </message>
    <message>
        <source>Pre&amp;views:</source>
        <translation>&amp;Vorschaubilder:</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation>
            <numerusform>%n Quelle hinzugefügt. Klicken Sie auf „Starten“, um sie zu archivieren.</numerusform>
            <numerusform>%n Quellen hinzugefügt. Klicken Sie auf „Starten“, um sie zu archivieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 of %2 hashed</source>
        <translation>%1 von %2 gehasht</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation>
            <numerusform>%n Civitai-Anfrage</numerusform>
            <numerusform>%n Civitai-Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>warte %1 s: %2</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Archivierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Archiving into %1 failed:
%2</source>
        <translation>Archivierung nach %1 fehlgeschlagen:
%2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, %6 requests in %7</source>
        <translation>%1: %2 erledigt, %3 nicht auf Civitai, %4 fehlgeschlagen, %5 Vorschaubilder, %6 Anfragen in %7</translation>
    </message>
    <message>
        <source>This model has no page yet: it appears after the run.</source>
        <translation>Dieses Modell hat noch keine Seite: Sie entsteht nach dem Durchlauf.</translation>
    </message>
    <message>
        <source>About Civitai Data Manager</source>
        <translation>Über Civitai Data Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Keeps what Civitai knows about your models (trigger words, descriptions, previews and their prompts) on your own disk, even after a model is deleted there. It only ever reads your model files.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;A native rewrite of the Python &lt;i&gt;civitai-data-manager&lt;/i&gt; by jeremysltn, whose archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).&lt;/p&gt;&lt;p&gt;Not affiliated with Civitai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Speichert, was Civitai über Ihre Modelle weiß (Trigger-Wörter, Beschreibungen, Vorschaubilder und deren Prompts), auf Ihrer eigenen Festplatte – auch wenn ein Modell dort gelöscht wird. Ihre Modelldateien werden ausschließlich gelesen.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Eine native Neuentwicklung des Python-Programms &lt;i&gt;civitai-data-manager&lt;/i&gt; von jeremysltn, dessen Archivstruktur und Kommandozeile sie beibehält. Erstellt mit Qt %2, QtKeychain und OpenSSL; die Galerie bereinigt Beschreibungen mit DOMPurify (Apache 2.0 oder MPL 2.0).&lt;/p&gt;&lt;p&gt;Steht in keiner Verbindung zu Civitai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Ein Durchlauf ist aktiv</translation>
    </message>
    <message>
        <source>Stop the run and quit? Everything finished so far is saved.</source>
        <translation>Durchlauf stoppen und beenden? Alles bisher Fertige wird gespeichert.</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;generate gallery</source>
        <translation>Galerie neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Clea&amp;n archive…</source>
        <translation>Archiv &amp;bereinigen…</translation>
    </message>
    <message>
        <source>Open &amp;output folder</source>
        <translation>A&amp;usgabeordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation>&amp;Sammlung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Skip files archived by an earlier run</source>
        <translation>Dateien überspringen, die ein früherer Lauf archiviert hat</translation>
    </message>
    <message>
        <source>With only new files: do not ask again about files Civitai did not know</source>
        <translation>Nur mit neuen Dateien: Nicht erneut nach Dateien fragen, die Civitai nicht kannte</translation>
    </message>
    <message>
        <source>Refresh Civitai data of archived models without reading the files</source>
        <translation>Civitai-Daten archivierter Modelle auffrischen, ohne die Dateien zu lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n nicht auf Civitai</numerusform>
            <numerusform>%n nicht auf Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see the Errors filter)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (siehe Filter „Fehler“)</numerusform>
            <numerusform>%n fehlgeschlagen (siehe Filter „Fehler“)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a newer version on Civitai</source>
        <translation>
            <numerusform>%n mit neuerer Version auf Civitai</numerusform>
            <numerusform>%n mit neuerer Version auf Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what finished is saved: %1.</source>
        <translation>Abgebrochen; Fertiges ist gespeichert: %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>&amp;Re-check on Civitai</source>
        <translation>Auf Civitai e&amp;rneut prüfen</translation>
    </message>
    <message>
        <source>Look every archived file up on Civitai again, to find what was removed or changed; downloads no previews</source>
        <translation>Jede archivierte Datei erneut auf Civitai nachschlagen, um Entferntes oder Geändertes zu finden; lädt keine Vorschaubilder</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Von Civitai entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</source>
        <translation>
            <numerusform>Civitai kennt %n Ihrer Modelldateien nicht mehr; ihre archivierten Daten bleiben erhalten. Siehe den Filter „Von Civitai entfernt“.</numerusform>
            <numerusform>Civitai kennt %n Ihrer Modelldateien nicht mehr; ihre archivierten Daten bleiben erhalten. Siehe den Filter „Von Civitai entfernt“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai (see the Removed filter)</source>
        <translation>
            <numerusform>%n von Civitai entfernt (siehe Filter „Von Civitai entfernt“)</numerusform>
            <numerusform>%n von Civitai entfernt (siehe Filter „Von Civitai entfernt“)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualLinks</name>
    <message>
        <source>Cannot read the manual links in %1: %2</source>
        <extracomment>%1 is the file, %2 why it cannot be read</extracomment>
        <translation>Die manuellen Verknüpfungen in %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>the image host sent no image or video of a known format</source>
        <translation>der Bildserver hat kein Bild und kein Video eines bekannten Formats gesendet</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>die Datei ist unvollständig (vorzeitig abgebrochen)</translation>
    </message>
</context>
<context>
    <name>MigrateImageJson</name>
    <message>
        <source>writing the JSON files of preview images</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>JSON-Dateien der Vorschaubilder werden geschrieben</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Missing since</source>
        <translation>Fehlt seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Trigger words from its metadata</source>
        <translation>Trigger-Wörter aus den Metadaten</translation>
    </message>
    <message>
        <source>Files not found on Civitai</source>
        <translation>Auf Civitai nicht gefundene Dateien</translation>
    </message>
    <message>
        <source>&amp;Retry lookup</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <source>Ask Civitai again about this file</source>
        <translation>Civitai erneut nach dieser Datei fragen</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>Im Ordner an&amp;zeigen</translation>
    </message>
    <message>
        <source>Open its &amp;page</source>
        <translation>&amp;Modellseite öffnen</translation>
    </message>
    <message>
        <source>%1 (not found on disk in this archive&apos;s sources)</source>
        <translation>%1 (in den Quellen dieses Archivs nicht auf der Festplatte gefunden)</translation>
    </message>
    <message>
        <source>Civitai knows every archived file.</source>
        <translation>Civitai kennt alle archivierten Dateien.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation>
            <numerusform>%n Datei wurde auf Civitai nicht gefunden. Ihre Trigger-Wörter stammen aus den Trainingsmetadaten der Datei selbst.</numerusform>
            <numerusform>%n Dateien wurden auf Civitai nicht gefunden. Ihre Trigger-Wörter stammen aus den Trainingsmetadaten der Dateien selbst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <extracomment>Civitai&apos;s answer for a file in the missing list; %1 an HTTP status other than 404</extracomment>
        <translation>Nicht auf Civitai</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Nothing is archived yet: after a run, the files Civitai does not know are listed here.</source>
        <translation>Noch ist nichts archiviert: Nach einem Lauf stehen hier die Dateien, die Civitai nicht kennt.</translation>
    </message>
</context>
<context>
    <name>ModelAnswer</name>
    <message>
        <source>a model that is not an object</source>
        <translation>ein Modell, das kein Objekt ist</translation>
    </message>
</context>
<context>
    <name>ModelMode</name>
    <message>
        <source>Archived on Civitai</source>
        <translation>Auf Civitai archiviert</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Auf Civitai gesperrt</translation>
    </message>
    <message>
        <source>Civitai archived this model: its files can no longer be downloaded.</source>
        <translation>Civitai hat dieses Modell archiviert: Seine Dateien können nicht mehr heruntergeladen werden.</translation>
    </message>
    <message>
        <source>Civitai took this model down: its images are no longer shown.</source>
        <translation>Civitai hat dieses Modell gesperrt: Seine Bilder werden nicht mehr gezeigt.</translation>
    </message>
</context>
<context>
    <name>ModelScanner</name>
    <message>
        <source>skipped %1: broken link</source>
        <translation>%1 übersprungen: defekte Verknüpfung</translation>
    </message>
    <message>
        <source>cannot read folder %1: permission denied</source>
        <translation>Ordner %1 nicht lesbar: Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation>%1 ist weder eine normale Datei noch ein Ordner</translation>
    </message>
    <message>
        <source>cannot read folder %1: path too long</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>Ordner %1 kann nicht gelesen werden: Pfad zu lang</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <extracomment>%1 is a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Ordner %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>PlanClean</name>
    <message>
        <source>looking for archive folders to clean</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>Suche nach zu bereinigenden Archivordnern</translation>
    </message>
</context>
<context>
    <name>PreviewFetcher</name>
    <message>
        <source>preview %1 not downloaded: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why (e.g. a network error)</extracomment>
        <translation>Vorschaubild %1 nicht heruntergeladen: %2</translation>
    </message>
    <message>
        <source>preview %1 not kept: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why</extracomment>
        <translation>Vorschaubild %1 nicht behalten: %2</translation>
    </message>
    <message>
        <source>cannot save preview %1</source>
        <extracomment>%1 is the path of the preview image file</extracomment>
        <translation>Vorschaubild %1 kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 von %2 fertig</translation>
    </message>
    <message>
        <source>Hashing %1 %</source>
        <translation>Wird gehasht: %1 %</translation>
    </message>
    <message>
        <source>Previews %1/%2</source>
        <translation>Vorschaubilder %1/%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai</source>
        <translation>Fertig · neuere Version auf Civitai</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>Wird gehasht</translation>
    </message>
    <message>
        <source>Looking up on Civitai</source>
        <translation>Wird auf Civitai gesucht</translation>
    </message>
    <message>
        <source>Downloading previews</source>
        <translation>Vorschaubilder werden geladen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation>Nicht auf Civitai</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Civitai name</source>
        <translation>Name auf Civitai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai (%1)</source>
        <translation>Fertig · neuere Version auf Civitai (%1)</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <extracomment>%1 says what Civitai did with the model: &quot;Archived on Civitai&quot;</extracomment>
        <translation>Fertig · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n nicht auf Civitai</numerusform>
            <numerusform>%n nicht auf Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>Noch nicht nachgeschlagen</translation>
    </message>
    <message>
        <source>Not on Civitai · archived from CivArchive</source>
        <translation>Nicht auf Civitai · von CivArchive archiviert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai</source>
        <translation>
            <numerusform>%n von Civitai entfernt</numerusform>
            <numerusform>%n von Civitai entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <extracomment>%1 is the date Civitai last knew the file</extracomment>
        <translation>Von Civitai entfernt · zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Von Civitai entfernt</translation>
    </message>
    <message>
        <source>Failed in an earlier run: %1</source>
        <extracomment>%1 is why a run failed on the file (&quot;Civitai answered 500 …&quot;)</extracomment>
        <translation>In einem früheren Durchlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <extracomment>%1 is the day of the run that failed on the file, %2 why it failed</extracomment>
        <translation>Fehlgeschlagen am %1: %2</translation>
    </message>
</context>
<context>
    <name>RegenerateGallery</name>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>schreibe die Galerie</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>polite pause between requests (--notimeout turns it off)</source>
        <extracomment>Why the run waits, shown with a countdown; --notimeout is a command-line flag</extracomment>
        <translation>höfliche Pause zwischen Anfragen (--notimeout schaltet sie ab)</translation>
    </message>
    <message>
        <source>refused to fetch %1: not an http(s) address</source>
        <extracomment>%1 is an address (URL)</extracomment>
        <translation>Abruf von %1 abgelehnt: keine http(s)-Adresse</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>request timed out</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation>die Antwort war unvollständig</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <extracomment>%1 is the network error&apos;s description</extracomment>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>rate limited by Civitai (HTTP 429)</source>
        <translation>Rate-Limit von Civitai erreicht (HTTP 429)</translation>
    </message>
    <message>
        <source>Civitai answered HTTP %1</source>
        <extracomment>%1 is the HTTP status code (500 or above)</extracomment>
        <translation>Civitai antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 attempts</source>
        <extracomment>%1 is the HTTP status code, %2 the number of attempts</extracomment>
        <translation>HTTP %1 nach %2 Versuchen</translation>
    </message>
    <message>
        <source>network error: %1 after %2 attempts</source>
        <extracomment>%1 is the network error&apos;s description, %2 the number of attempts</extracomment>
        <translation>Netzwerkfehler: %1 nach %2 Versuchen</translation>
    </message>
    <message>
        <source>timed out after %1 attempts</source>
        <extracomment>%1 is the number of attempts</extracomment>
        <translation>Zeitüberschreitung nach %1 Versuchen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>die Antwort ist größer als %1 MB</translation>
    </message>
    <message>
        <source>refused to follow a redirect from %1 to %2, an address in this machine&apos;s or a private network</source>
        <extracomment>%1 and %2 are addresses (URLs)</extracomment>
        <translation>Weiterleitung von %1 nach %2 abgelehnt: eine Adresse auf diesem Rechner oder in einem privaten Netz</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>nicht zu öffnen: %1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Byte)</translation>
    </message>
    <message>
        <source>not a safetensors file: only %1 bytes</source>
        <extracomment>%1 is the file&apos;s size in bytes (1 to 7)</extracomment>
        <translation>keine safetensors-Datei: nur %1 Byte</translation>
    </message>
    <message>
        <source>cannot read the header length: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>Länge des Headers nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: empty header</source>
        <translation>keine safetensors-Datei: leerer Header</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 exceeds the %2-byte limit</source>
        <extracomment>%1 is the header length the file declares, %2 the limit, both in bytes</extracomment>
        <translation>keine safetensors-Datei: Header-Länge %1 überschreitet die Grenze von %2 Byte</translation>
    </message>
    <message>
        <source>truncated: header needs %1 bytes, the file has %2</source>
        <extracomment>%1 is the header length the file declares, %2 the bytes the file has after the length prefix</extracomment>
        <translation>abgeschnitten: der Header braucht %1 Byte, die Datei hat %2</translation>
    </message>
    <message>
        <source>truncated: could not read the %1-byte header</source>
        <extracomment>%1 is the header length in bytes</extracomment>
        <translation>abgeschnitten: der %1 Byte lange Header war nicht lesbar</translation>
    </message>
    <message>
        <source>invalid header JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset in the header, %2 the JSON parser&apos;s error message</extracomment>
        <translation>ungültiges Header-JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>invalid header: JSON is not an object</source>
        <translation>ungültiger Header: JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>invalid header: __metadata__ is not an object</source>
        <translation>ungültiger Header: __metadata__ ist kein Objekt</translation>
    </message>
    <message>
        <source>truncated: tensors need %1 bytes of data, the file has %2</source>
        <extracomment>%1 is the tensor data size the header declares, %2 the data the file has, in bytes</extracomment>
        <translation>abgeschnitten: die Tensoren brauchen %1 Byte Daten, die Datei hat %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>Einstellungsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>die Einstellungsdatei %1 ist beschädigt</translation>
    </message>
    <message>
        <source>CIVITAI_API_BASE is not an http(s) address or a comma-separated list of them</source>
        <translation>CIVITAI_API_BASE ist keine http(s)-Adresse und keine kommagetrennte Liste solcher Adressen</translation>
    </message>
    <message>
        <source>CIVARCHIVE_BASE_URL is not an http(s) address</source>
        <translation>CIVARCHIVE_BASE_URL ist keine http(s)-Adresse</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Civitai</source>
        <translation>Civitai</translation>
    </message>
    <message>
        <source>Paste your Civitai API key</source>
        <translation>Civitai-API-Schlüssel hier einfügen</translation>
    </message>
    <message>
        <source>Civitai API key</source>
        <translation>Civitai-API-Schlüssel</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Status des API-Schlüssels</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Schlüssel s&amp;peichern</translation>
    </message>
    <message>
        <source>Save the API key in the system keychain</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>Test the API key with Civitai</source>
        <translation>API-Schlüssel bei Civitai testen</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>API-Schlüssel entfernen</translation>
    </message>
    <message>
        <source>API key test result</source>
        <translation>Testergebnis des API-Schlüssels</translation>
    </message>
    <message>
        <source>Optional. With a key, Civitai also answers for models that need a signed-in account. Create one under Account settings, API keys, on civitai.com. Runs without a saved key use $CIVITAI_API_KEY.</source>
        <translation>Optional. Mit einem Schlüssel liefert Civitai auch Daten zu Modellen, die eine Anmeldung erfordern. Einen Schlüssel erstellen Sie auf civitai.com unter Account Settings › API Keys. Durchläufe ohne gespeicherten Schlüssel verwenden $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Minimum pause between requests, in seconds</source>
        <translation>Minimale Pause zwischen Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Maximum pause between requests, in seconds</source>
        <translation>Maximale Pause zwischen Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>Mi&amp;nimum pause:</source>
        <translation>Mi&amp;nimale Pause:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum pause:</source>
        <translation>Ma&amp;ximale Pause:</translation>
    </message>
    <message>
        <source>A random pause between Civitai requests keeps the archive polite and clear of rate limits.</source>
        <translation>Eine zufällige Pause zwischen Civitai-Anfragen schont den Server und vermeidet Rate-Limits.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Model file extensions, separated by commas</source>
        <translation>Dateiendungen der Modelle, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>Bekannt: %1</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>&amp;Dateiendungen:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Files hashed in parallel, 0 for automatic</source>
        <translation>Anzahl parallel gehashter Dateien, 0 für automatisch</translation>
    </message>
    <message>
        <source>&amp;Hashing threads:</source>
        <translation>&amp;Hash-Threads:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Eine neue Sprache wird nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Use extensions such as safetensors, ckpt, gguf, separated by commas.</source>
        <translation>Geben Sie Dateiendungen wie safetensors, ckpt, gguf durch Kommas getrennt ein.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Schlüsselbund des Systems wird abgefragt…</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Ein Schlüssel ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>A key is kept for this session only: it is forgotten when the program closes.</source>
        <translation>Ein Schlüssel gilt nur für diese Sitzung: Er wird beim Beenden des Programms verworfen.</translation>
    </message>
    <message>
        <source>A key is set; it is forgotten when the program closes.</source>
        <translation>Ein Schlüssel ist gesetzt; er wird beim Beenden des Programms verworfen.</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No key is saved; runs use the key in $CIVITAI_API_KEY.</source>
        <translation>Kein Schlüssel gespeichert; Durchläufe verwenden den Schlüssel aus $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Schlüssel wird bei %1 getestet…</translation>
    </message>
    <message>
        <source>The key works: it belongs to %1.</source>
        <translation>Der Schlüssel funktioniert und gehört zum Konto %1.</translation>
    </message>
    <message>
        <source>Civitai did not accept this key (%1). Check it, or create a new one.</source>
        <translation>Civitai hat diesen Schlüssel nicht akzeptiert (%1). Prüfen Sie ihn oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Could not test the key: %1. Try again later.</source>
        <translation>Der Schlüssel konnte nicht getestet werden: %1. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Ver&amp;bergen</translation>
    </message>
    <message>
        <source>Civitai API addresses</source>
        <translation>Adressen der Civitai-API</translation>
    </message>
    <message>
        <source>API a&amp;ddresses:</source>
        <translation>API-Ad&amp;ressen:</translation>
    </message>
    <message>
        <source>Only change this for a Civitai mirror or a test server. The addresses, separated by commas, are asked in turn: civitai.com leaves mature models out, civitai.red does not. The API key is only ever sent to these addresses.</source>
        <translation>Nur für einen Civitai-Mirror oder einen Testserver ändern. Die Adressen, durch Kommas getrennt, werden der Reihe nach gefragt: civitai.com lässt Modelle für Erwachsene aus, civitai.red nicht. Der API-Schlüssel wird ausschließlich an diese Adressen gesendet.</translation>
    </message>
    <message>
        <source>Enter http:// or https:// addresses separated by commas, such as https://civitai.red, https://civitai.com.</source>
        <translation>Geben Sie durch Kommas getrennte http://- oder https://-Adressen ein, z. B. https://civitai.red, https://civitai.com.</translation>
    </message>
    <message>
        <source>Previews downloaded at once</source>
        <translation>Gleichzeitig geladene Vorschaubilder</translation>
    </message>
    <message>
        <source>&amp;Previews at once:</source>
        <translation>&amp;Vorschaubilder gleichzeitig:</translation>
    </message>
    <message>
        <source>Previews come from Civitai&apos;s image host, beside the lookups and without their pause; after an error from that host they come one at a time until it answers well again.</source>
        <translation>Vorschaubilder kommen vom Bildserver von Civitai, neben den Abfragen und ohne deren Pause; nach einem Fehler dieses Servers kommen sie einzeln, bis er wieder richtig antwortet.</translation>
    </message>
    <message>
        <source>Loo&amp;k files up on CivArchive</source>
        <translation>Dateien bei Civ&amp;Archive suchen</translation>
    </message>
    <message>
        <source>The SHA-256 hashes of your model files are sent to civarchive.com, a third party, which tells what Civitai forgot and where each file still exists.</source>
        <translation>Die SHA-256-Hashes Ihrer Modelldateien werden an civarchive.com gesendet, einen Drittanbieter, der sagt, was Civitai vergessen hat und wo jede Datei noch existiert.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Archived into</source>
        <translation>Archiviert nach</translation>
    </message>
    <message>
        <source>Model folders and their output folders</source>
        <translation>Modellordner und ihre Ausgabeordner</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Add a models folder (its subfolders are included)</source>
        <translation>Modellordner hinzufügen (einschließlich Unterordnern)</translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation>Date&amp;i hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Output folder…</source>
        <translation>Ausga&amp;beordner…</translation>
    </message>
    <message>
        <source>Choose where the selected sources are archived</source>
        <translation>Festlegen, wohin die ausgewählten Quellen archiviert werden</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected sources (nothing is deleted)</source>
        <translation>Ausgewählte Quellen aus der Liste entfernen (es wird nichts gelöscht)</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Modellordner hinzufügen</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Modelldateien hinzufügen</translation>
    </message>
    <message>
        <source>Model files (%1)</source>
        <translation>Modelldateien (%1)</translation>
    </message>
    <message>
        <source>Archive the selected sources into</source>
        <translation>Ausgewählte Quellen archivieren nach</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>cannot remove %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>TabCounts</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s name with how many rows it holds: &quot;Duplicates (1)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UnlinkFile</name>
    <message>
        <source>removing the manual link</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>manuelle Verknüpfung wird entfernt</translation>
    </message>
    <message>
        <source>%1 is not linked by hand in this archive.</source>
        <extracomment>%1 is a model file&apos;s path</extracomment>
        <translation>%1 ist in diesem Archiv nicht von Hand verknüpft.</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>schreibe die Galerie</translation>
    </message>
</context>
<context>
    <name>VersionAccess</name>
    <message>
        <source>Early access until %1</source>
        <extracomment>%1 is a date: until then only those who pay can download the version</extracomment>
        <translation>Vorabzugang bis %1</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>Vorabzugang</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <extracomment>%1 is a date: until then the version must be paid for</extracomment>
        <translation>Kostenpflichtig bis %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Kostenpflichtig</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Recent folders</source>
        <translation>&amp;Zuletzt verwendete Ordner</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Noch keine Ordner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sources panel</source>
        <translation>&amp;Quellenbereich</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Find in the collection</source>
        <translation>In der Sammlung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Report a problem</source>
        <translation>Problem &amp;melden</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <source>Missing from Civitai</source>
        <translation>Fehlt auf Civitai</translation>
    </message>
    <message>
        <source>Date added (newest)</source>
        <translation>Hinzugefügt (neueste zuerst)</translation>
    </message>
    <message>
        <source>Date added (oldest)</source>
        <translation>Hinzugefügt (älteste zuerst)</translation>
    </message>
    <message>
        <source>Downloads (most)</source>
        <translation>Downloads (meiste zuerst)</translation>
    </message>
    <message>
        <source>Downloads (fewest)</source>
        <translation>Downloads (wenigste zuerst)</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>Name (A–Z)</translation>
    </message>
    <message>
        <source>Name (Z–A)</source>
        <translation>Name (Z–A)</translation>
    </message>
    <message>
        <source>Creator (A–Z)</source>
        <translation>Ersteller (A–Z)</translation>
    </message>
    <message>
        <source>Creator (Z–A)</source>
        <translation>Ersteller (Z–A)</translation>
    </message>
    <message>
        <source>File size (largest)</source>
        <translation>Dateigröße (größte zuerst)</translation>
    </message>
    <message>
        <source>File size (smallest)</source>
        <translation>Dateigröße (kleinste zuerst)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>Neue Version: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 Downloads</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4</source>
        <translation>Modelle: %1 · Fehlt auf Civitai: %2 · Duplikate: %3 · Neuere Version verfügbar: %4</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Nach Typ</translation>
    </message>
    <message>
        <source>By base model</source>
        <translation>Nach Basismodell</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 von %2 Modellen</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 Modell</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 Modelle</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Archived on Civitai</source>
        <translation>Auf Civitai archiviert</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Auf Civitai gesperrt</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Von Hand verknüpft</translation>
    </message>
    <message>
        <source>From CivArchive</source>
        <translation>Von CivArchive</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Kartengröße</translation>
    </message>
    <message>
        <source>Comfortable cards</source>
        <translation>Großzügige Karten</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Kompakte Karten</translation>
    </message>
    <message>
        <source>Files that could not be read (damaged or truncated), not shown: %1</source>
        <translation>Nicht lesbare Dateien (beschädigt oder abgeschnitten), nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <translation>Von Civitai entfernt · zuletzt gesehen %1</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Negativer Prompt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG Scale</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Clip skip</source>
        <translation>Clip Skip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Prompt kopieren</translation>
    </message>
    <message>
        <source>No generation data.</source>
        <translation>Keine Generierungsdaten.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
</TS>
