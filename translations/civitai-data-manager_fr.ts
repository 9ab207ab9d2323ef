<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiKeyCheck</name>
    <message>
        <source>no API key was given</source>
        <translation>aucune clé API fournie</translation>
    </message>
    <message>
        <source>Civitai refused the key (HTTP %1)</source>
        <extracomment>%1 is the HTTP status code (401 or 403)</extracomment>
        <translation>Civitai a refusé la clé (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer from %1 (no user in it)</source>
        <extracomment>%1 is the path of Civitai&apos;s API endpoint that was asked</extracomment>
        <translation>réponse inattendue de %1 (aucun utilisateur)</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain did not give the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Le trousseau du système n’a pas fourni la clé API Civitai&#xa0;: %1</translation>
    </message>
    <message>
        <source>The system keychain did not save the Civitai API key (%1). It is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Le trousseau du système n’a pas enregistré la clé API Civitai (%1). Elle est conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>Le trousseau du système n’a pas supprimé la clé API Civitai&#xa0;: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the Civitai API key is kept for this session only. Install or start a keychain (such as GNOME Keyring or KWallet) to keep it.</source>
        <translation>Aucun trousseau système n&apos;est disponible : la clé d&apos;API Civitai n&apos;est gardée que pour cette session. Installez ou démarrez un trousseau (comme GNOME Keyring ou KWallet) pour la conserver.</translation>
    </message>
</context>
<context>
    <name>ApplyClean</name>
    <message>
        <source>removing archive folders</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>suppression des dossiers d’archive</translation>
    </message>
</context>
<context>
    <name>ArchiveCleaner</name>
    <message>
        <source>no model file named like it</source>
        <extracomment>Why an archive folder is removed</extracomment>
        <translation>aucun fichier de modèle de ce nom</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <extracomment>Why an archive folder is removed; %1 is the path of its former model file</extracomment>
        <translation>%1 n’existe plus</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <extracomment>Why an archive folder is removed; %1 is the path of the model file whose archive is kept</extracomment>
        <translation>doublon de %1</translation>
    </message>
    <message>
        <source>refusing to clean: %1</source>
        <extracomment>%1 is why: &quot;no model files found in …&quot; or &quot;parts of the models folder could not be read&quot;</extracomment>
        <translation>nettoyage refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no model files found in %1</source>
        <extracomment>%1 is a comma-separated list of the model folders</extracomment>
        <translation>aucun fichier de modèle trouvé dans %1</translation>
    </message>
    <message>
        <source>parts of the models folder could not be read</source>
        <translation>des parties du dossier de modèles n’ont pas pu être lues</translation>
    </message>
    <message>
        <source>cannot remove %1/%2</source>
        <extracomment>%1 is the archive (output) folder, %2 the model folder inside it</extracomment>
        <translation>impossible de supprimer %1/%2</translation>
    </message>
    <message>
        <source>%1 is still there (not among the files scanned)</source>
        <extracomment>Why an archive folder is kept; %1 is the path of its model file</extracomment>
        <translation>%1 existe toujours (hors des fichiers analysés)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 does not exist (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 est inaccessible&#xa0;: %2 n’existe pas (un disque non monté&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 cannot be read</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 est inaccessible&#xa0;: %2 ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 is empty (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 est inaccessible&#xa0;: %2 est vide (un disque non monté&#xa0;?)</translation>
    </message>
</context>
<context>
    <name>ArchiveLock</name>
    <message>
        <source>Cannot lock the archive %1: the lock file %2 cannot be created.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>Impossible de verrouiller l’archive %1&#xa0;: le fichier de verrou %2 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another run. Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>L’archive %1 est utilisée par un autre traitement. Réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by %2 (process %3 on %4). Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder, %2 a program&apos;s name, %3 its process id, %4 a computer&apos;s name</extracomment>
        <translation>L’archive %1 est utilisée par %2 (processus %3 sur %4). Réessayez quand il sera terminé.</translation>
    </message>
    <message>
        <source>If it is no longer running on that computer, delete %1.</source>
        <extracomment>%1 is the lock file&apos;s path</extracomment>
        <translation>S’il ne tourne plus sur cet ordinateur, supprimez %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 has no readable _hash.json</source>
        <extracomment>%1 is the name of a model&apos;s archive folder</extracomment>
        <translation>%1 n’a pas de _hash.json lisible</translation>
    </message>
</context>
<context>
    <name>ArchiveRun</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>impossible de créer le dossier de sortie %1</translation>
    </message>
    <message>
        <source> (every file will be hashed again)</source>
        <extracomment>Appended to the message saying why the hash cache could not be read</extracomment>
        <translation> (tous les fichiers seront hachés à nouveau)</translation>
    </message>
    <message>
        <source>scanning</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>analyse des dossiers</translation>
    </message>
    <message>
        <source>cancelling</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>annulation</translation>
    </message>
    <message>
        <source>looking up</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>recherche</translation>
    </message>
    <message>
        <source>hashing</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>hachage</translation>
    </message>
    <message>
        <source>looking up on Civitai</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>recherche sur Civitai</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>écriture de la galerie</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 says why the model file could not be read (e.g. the system&apos;s error message)</extracomment>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file changed while it was read (still being written?)</source>
        <translation>le fichier a changé pendant sa lecture (encore en cours d’écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a model file&apos;s path, %2 a warning about that file</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the archive could not be saved: %1</source>
        <extracomment>%1 is why the run&apos;s state could not be written (e.g. the disk is full)</extracomment>
        <translation>l’archive n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>the gallery could not be written: %1</source>
        <translation>la galerie n’a pas pu être écrite&#xa0;: %1</translation>
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
        <translation>Écriture de la galerie…</translation>
    </message>
    <message>
        <source>Regenerate Gallery</source>
        <translation>Régénérer la galerie</translation>
    </message>
    <message>
        <source>Gallery written.</source>
        <translation>Galerie générée.</translation>
    </message>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation>
            <numerusform>Galerie générée avec %n problème&#xa0;: voir le journal.</numerusform>
            <numerusform>Galerie générée avec %n problèmes&#xa0;: voir le journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archive folders to clean…</source>
        <translation>Recherche des dossiers d’archive à nettoyer…</translation>
    </message>
    <message>
        <source>Clean the archive</source>
        <translation>Nettoyer l’archive</translation>
    </message>
    <message>
        <source>Cancelled: nothing was removed.</source>
        <translation>Annulé&#xa0;: rien n’a été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation>
            <numerusform>%n dossier d’archive supprimé.</numerusform>
            <numerusform>%n dossiers d’archive supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning failed in part: see the log.</source>
        <translation>Le nettoyage a partiellement échoué&#xa0;: voir le journal.</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveClient</name>
    <message>
        <source>CivArchive answered a web page, not data (its hourly limit)</source>
        <translation>CivArchive a répondu par une page web, pas des données (sa limite horaire)</translation>
    </message>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>La limite horaire de CivArchive est atteinte</translation>
    </message>
    <message>
        <source>CivArchive&apos;s answer could not be read</source>
        <translation>La réponse de CivArchive est illisible</translation>
    </message>
</context>
<context>
    <name>CivArchiveLookup</name>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>La limite horaire de CivArchive est atteinte</translation>
    </message>
    <message>
        <source>CivArchive lookup failed, tried again at the next run: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>La recherche sur CivArchive a échoué, elle sera refaite à la prochaine exécution : %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveSection</name>
    <message>
        <source>gated: sign-in or approval needed</source>
        <translation>restreint : connexion ou approbation requise</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>payant</translation>
    </message>
    <message>
        <source>removed on %1</source>
        <extracomment>%1 is the date the copy was removed</extracomment>
        <translation>supprimé le %1</translation>
    </message>
    <message>
        <source>From CivArchive: Civitai no longer knows this file, CivArchive kept its model.</source>
        <translation>Depuis CivArchive : Civitai ne connaît plus ce fichier, CivArchive a gardé son modèle.</translation>
    </message>
    <message>
        <source>Where this file still exists</source>
        <translation>Où ce fichier existe encore</translation>
    </message>
    <message>
        <source>As listed by CivArchive; removed copies are kept as a record.</source>
        <translation>Selon CivArchive ; les copies supprimées restent listées pour mémoire.</translation>
    </message>
</context>
<context>
    <name>CivitaiClient</name>
    <message>
        <source>unexpected answer from Civitai: not an object with an id</source>
        <translation>réponse inattendue de Civitai&#xa0;: pas un objet avec un identifiant</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: not a list</source>
        <translation>réponse inattendue de Civitai&#xa0;: pas une liste</translation>
    </message>
    <message>
        <source>malformed JSON from Civitai: %1</source>
        <translation>JSON mal formé reçu de Civitai&#xa0;: %1</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: %1</source>
        <extracomment>%1 says what is wrong with the answer</extracomment>
        <translation>réponse inattendue de Civitai&#xa0;: %1</translation>
    </message>
    <message>
        <source>the version&apos;s id is not a positive number</source>
        <translation>l’identifiant de la version n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>the version&apos;s model id is not a positive number</source>
        <translation>l’identifiant de modèle de la version n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>the version&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;files&quot;</extracomment>
        <translation>le champ «&#xa0;%1&#xa0;» de la version n’a pas le bon type</translation>
    </message>
    <message>
        <source>an image of the version is not an object</source>
        <translation>une image de la version n’est pas un objet</translation>
    </message>
    <message>
        <source>not the model %1 that was asked for</source>
        <extracomment>%1 is the model id that was asked for</extracomment>
        <translation>pas le modèle %1 demandé</translation>
    </message>
    <message>
        <source>the model&apos;s list of versions is missing</source>
        <translation>la liste des versions du modèle manque</translation>
    </message>
    <message>
        <source>the model&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;stats&quot;</extracomment>
        <translation>le champ «&#xa0;%1&#xa0;» du modèle n’a pas le bon type</translation>
    </message>
    <message>
        <source>a version in the model&apos;s list has no id</source>
        <translation>une version de la liste du modèle n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>HTTP 404 without Civitai&apos;s own &quot;not found&quot; answer (wrong API address, or a proxy page)</source>
        <translation>HTTP 404 sans la réponse «&#xa0;introuvable&#xa0;» propre à Civitai (mauvaise adresse API, ou page d’un proxy)</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: no list of models</source>
        <translation>réponse inattendue de Civitai : pas de liste de modèles</translation>
    </message>
    <message>
        <source>Civitai answered with another version than %1</source>
        <extracomment>%1 is the id asked for</extracomment>
        <translation>Civitai a répondu avec une autre version que %1</translation>
    </message>
</context>
<context>
    <name>CivitaiSync</name>
    <message>
        <source>Civitai lookup failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>échec de la recherche sur Civitai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Civitai model details failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>échec des détails du modèle sur Civitai&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file changed on disk since it was linked by hand to Civitai version %1: the link is kept (remove it with --unlink if it no longer holds).</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Le fichier a changé sur le disque depuis qu&apos;il a été lié à la main à la version Civitai %1 : le lien est gardé (retirez-le avec --unlink s&apos;il n&apos;est plus valable).</translation>
    </message>
    <message>
        <source>Civitai no longer knows version %1, to which this file is linked by hand: its archive is kept as it was.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai ne connaît plus la version %1, à laquelle ce fichier est lié à la main : son archive est gardée telle quelle.</translation>
    </message>
</context>
<context>
    <name>CivitaiUrl</name>
    <message>
        <source>Give the address of a Civitai model version, or its id.</source>
        <translation>Indiquez l&apos;adresse d&apos;une version de modèle Civitai, ou son identifiant.</translation>
    </message>
    <message>
        <source>This address is too long to be a Civitai address.</source>
        <translation>Cette adresse est trop longue pour être une adresse Civitai.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no model version id: an id is a positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>« %1 » n&apos;est pas un identifiant de version : un identifiant est un entier positif.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no web address: give an address like https://civitai.com/models/123?modelVersionId=456, or a version id.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>« %1 » n&apos;est pas une adresse web : indiquez une adresse comme https://civitai.com/models/123?modelVersionId=456, ou un identifiant de version.</translation>
    </message>
    <message>
        <source>A Civitai address has no user name or password in it.</source>
        <translation>Une adresse Civitai ne contient ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>%1 is not Civitai: only addresses on civitai.com, civitai.red or the configured API hosts are accepted.</source>
        <extracomment>%1 is the host name of the address the user gave</extracomment>
        <translation>%1 n&apos;est pas Civitai : seules les adresses sur civitai.com, civitai.red ou les hôtes d&apos;API configurés sont acceptées.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>« %1 » ne désigne aucun modèle : son identifiant n&apos;est pas un entier positif.</translation>
    </message>
    <message>
        <source>This address names more than one model version.</source>
        <translation>Cette adresse désigne plus d&apos;une version de modèle.</translation>
    </message>
    <message>
        <source>The address&apos;s modelVersionId is no model version id.</source>
        <translation>Le modelVersionId de l&apos;adresse n&apos;est pas un identifiant de version.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no address of a Civitai model or model version.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>« %1 » n&apos;est l&apos;adresse d&apos;aucun modèle ni version de modèle Civitai.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model or version: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>« %1 » ne désigne aucun modèle ni version : son identifiant n&apos;est pas un entier positif.</translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <source>Clean the archive</source>
        <translation>Nettoyer l’archive</translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, these archive folders belong to model files that are gone or are duplicates. Model files are never touched.</source>
        <translation>Dans &lt;b&gt;%1&lt;/b&gt;, ces dossiers d’archive appartiennent à des fichiers de modèles disparus ou en double. Les fichiers de modèles eux-mêmes ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Dossier d’archive</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Archive folders to remove</source>
        <translation>Dossiers d’archive à supprimer</translation>
    </message>
    <message>
        <source>left alone: it holds files that are not ours</source>
        <translation>laissé en place&#xa0;: il contient des fichiers qui ne proviennent pas de ce programme</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation>
            <numerusform>Supprimer %n dossier</numerusform>
            <numerusform>Supprimer %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Rien à nettoyer dans &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <extracomment>%1 says why an archive folder is kept (its model file cannot be reached)</extracomment>
        <translation>conservé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;civitai-data-manager --help&apos; for more information.</source>
        <translation>Saisissez «&#xa0;civitai-data-manager --help&#xa0;» pour plus d’informations.</translation>
    </message>
    <message>
        <source>Enter the path where you want to save the exported files (press Enter for current directory): </source>
        <translation>Saisissez le chemin où enregistrer les fichiers exportés (Entrée pour le dossier courant)&#xa0;: </translation>
    </message>
    <message>
        <source>Directory %1 doesn&apos;t exist. Create it? (y/n): </source>
        <translation>Le dossier %1 n’existe pas. Le créer&#xa0;? (o/n)&#xa0;: </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1/index.html and %2 model pages</source>
        <translation>%1/index.html et %2 pages de modèles générés</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Serait supprimé&#xa0;:</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Suppression de</translation>
    </message>
    <message>
        <source>Leaving %1/ alone: it holds files that are not ours</source>
        <translation>%1/ laissé en place&#xa0;: il contient des fichiers qui ne proviennent pas de ce programme</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Generated %1 JSON files for preview images</source>
        <translation>%1 fichiers JSON générés pour les images d’aperçu</translation>
    </message>
    <message>
        <source>Error: File %1 not found</source>
        <translation>Erreur&#xa0;: fichier %1 introuvable</translation>
    </message>
    <message>
        <source>Error: Directory %1 not found</source>
        <translation>Erreur&#xa0;: dossier %1 introuvable</translation>
    </message>
    <message>
        <source>--output DIR is required when not running in a terminal</source>
        <translation>--output DIR est obligatoire en dehors d’un terminal</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>aucun dossier de sortie indiqué</translation>
    </message>
    <message>
        <source>Interrupted: finishing the files in progress and saving...</source>
        <translation>Interruption&#xa0;: finalisation des fichiers en cours et enregistrement...</translation>
    </message>
    <message>
        <source>Archiving %1 into %2</source>
        <translation>Archivage de %1 dans %2</translation>
    </message>
    <message>
        <source>%1 archive folder(s) to remove, %2 duplicate group(s). Model files are never touched.</source>
        <translation>%1 dossier(s) d’archive à supprimer, %2 groupe(s) de doublons. Les fichiers de modèles ne sont jamais modifiés.</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The letter that answers yes at the &quot;(y/n)&quot; prompt, as written in its translation</extracomment>
        <translation>o</translation>
    </message>
    <message>
        <source>Keeping %1/: %2</source>
        <extracomment>%1 is an archive folder, %2 why it is kept (its model file cannot be reached, e.g. on an unmounted drive)</extracomment>
        <translation>Conservation de %1/&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error: %1 is a folder: use --all %1</source>
        <extracomment>%1 is the path as given; --all is an option (do not translate it)</extracomment>
        <translation>Erreur&#xa0;: %1 est un dossier&#xa0;: utilisez --all %1</translation>
    </message>
    <message>
        <source>Error: %1 is not a regular file (a pipe, socket or device)</source>
        <extracomment>%1 is the path as given</extracomment>
        <translation>Erreur&#xa0;: %1 n’est pas un fichier ordinaire (tube, socket ou périphérique)</translation>
    </message>
    <message>
        <source>Error: %1 is not a folder: use --single %1</source>
        <extracomment>%1 is the path as given; --single is an option (do not translate it)</extracomment>
        <translation>Erreur&#xa0;: %1 n’est pas un dossier&#xa0;: utilisez --single %1</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in progress...</source>
        <translation>Interruption&#xa0;: finalisation de l’étape en cours...</translation>
    </message>
    <message>
        <source>Linking %1 to Civitai model version %2 (model %3, %4)</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id, %3 a model id, %4 the API host</extracomment>
        <translation>Liaison de %1 à la version de modèle Civitai %2 (modèle %3, %4)</translation>
    </message>
    <message>
        <source>Removed the link of %1 to Civitai model version %2. Its archive stays; the next run looks the file up by its hash.</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id</extracomment>
        <translation>Le lien de %1 à la version de modèle Civitai %2 est retiré. Son archive reste ; la prochaine exécution recherchera le fichier par son hachage.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Files of the collection</source>
        <translation>Fichiers de la collection</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Afficher les fichiers</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Find files</source>
        <translation>Chercher des fichiers</translation>
    </message>
    <message>
        <source>Find by name, Civitai name, type or base model</source>
        <translation>Chercher par nom, nom Civitai, type ou modèle de base</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Tous les fichiers (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status filter&apos;s entry with its count: &quot;Errors (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Afficher dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <source>Open model page</source>
        <translation>Ouvrir la page du modèle</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Ouvrir sur Civitai</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copier le hachage</translation>
    </message>
    <message>
        <source>Copy trigger words</source>
        <translation>Copier les mots déclencheurs</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot use both --images and --noimages at the same time</source>
        <translation>Impossible d’utiliser à la fois --images et --noimages</translation>
    </message>
    <message>
        <source>Cannot use both --onlynew and --onlyhtml at the same time</source>
        <translation>Impossible d’utiliser à la fois --onlynew et --onlyhtml</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlynew at the same time</source>
        <translation>Impossible d’utiliser à la fois --onlyupdate et --onlynew</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlyhtml at the same time</source>
        <translation>Impossible d’utiliser à la fois --onlyupdate et --onlyhtml</translation>
    </message>
    <message>
        <source>--clean option can only be used with --all</source>
        <translation>L’option --clean ne s’utilise qu’avec --all</translation>
    </message>
    <message>
        <source>--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew</source>
        <translation>--clean ne peut pas s’utiliser avec --onlyhtml, --onlyupdate ou --onlynew</translation>
    </message>
    <message>
        <source>Process one model file.</source>
        <translation>Traiter un seul fichier de modèle.</translation>
    </message>
    <message>
        <source>Process every model file in DIR, recursively.</source>
        <translation>Traiter tous les fichiers de modèles de DIR, sous-dossiers compris.</translation>
    </message>
    <message>
        <source>Output (archive) folder. Asked for when missing and on a terminal.</source>
        <translation>Dossier de sortie (l’archive). S’il manque, il est demandé dans un terminal.</translation>
    </message>
    <message>
        <source>No pause between Civitai requests (may hit rate limits).</source>
        <translation>Aucune pause entre les requêtes à Civitai (risque de dépasser la limite de requêtes).</translation>
    </message>
    <message>
        <source>Download all preview images, not only the first.</source>
        <translation>Télécharger toutes les images d’aperçu, pas seulement la première.</translation>
    </message>
    <message>
        <source>Download no preview images.</source>
        <translation>Ne télécharger aucune image d’aperçu.</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_preview_N.json for archives made before the Python tool&apos;s v1.3.</source>
        <translation>Écrire &lt;name&gt;_preview_N.json pour les archives créées avant la v1.3 de l’outil Python.</translation>
    </message>
    <message>
        <source>Only process files not processed before.</source>
        <translation>Ne traiter que les fichiers jamais traités.</translation>
    </message>
    <message>
        <source>With --onlynew: skip files listed in missing_from_civitai.txt.</source>
        <translation>Avec --onlynew&#xa0;: ignorer les fichiers listés dans missing_from_civitai.txt.</translation>
    </message>
    <message>
        <source>Only refresh Civitai data of processed files (no hashing).</source>
        <translation>Actualiser seulement les données Civitai des fichiers traités (sans hachage).</translation>
    </message>
    <message>
        <source>Only regenerate the HTML pages (no network).</source>
        <translation>Régénérer seulement les pages HTML (sans réseau).</translation>
    </message>
    <message>
        <source>Remove archive folders of models no longer in DIR; list duplicates.</source>
        <translation>Supprimer les dossiers d’archive des modèles absents de DIR&#xa0;; lister les doublons.</translation>
    </message>
    <message>
        <source>Ignore config.json.</source>
        <translation>Ignorer config.json.</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of ./config.json. Command-line flags win over it.</source>
        <translation>Lire les paramètres dans FILE au lieu de ./config.json. Les options de la ligne de commande priment.</translation>
    </message>
    <message>
        <source>Model file extensions to scan (default: safetensors; known: safetensors,ckpt,pt,pth,bin,gguf).</source>
        <translation>Extensions de fichiers de modèles à analyser (par défaut&#xa0;: safetensors&#xa0;; connues&#xa0;: safetensors,ckpt,pt,pth,bin,gguf).</translation>
    </message>
    <message>
        <source>Files hashed in parallel (default: %1).</source>
        <translation>Fichiers hachés en parallèle (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Hash every file again, ignoring the hash cache.</source>
        <translation>Hacher de nouveau tous les fichiers, en ignorant le cache des empreintes.</translation>
    </message>
    <message>
        <source>Random pause between Civitai requests, in seconds (default: 3-6).</source>
        <translation>Pause aléatoire entre les requêtes à Civitai, en secondes (par défaut&#xa0;: 3-6).</translation>
    </message>
    <message>
        <source>With --clean: only show what would be removed.</source>
        <translation>Avec --clean&#xa0;: afficher seulement ce qui serait supprimé.</translation>
    </message>
    <message>
        <source>Log details.</source>
        <translation>Afficher les détails.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>N’afficher que les erreurs.</translation>
    </message>
    <message>
        <source>Error in config file %1: %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 why it cannot be read</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a boolean value</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;%2&#xa0;» doit être un booléen</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a path</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;%2&#xa0;» doit être un chemin</translation>
    </message>
    <message>
        <source>Error in config file %1: config must specify either &apos;single&apos; or &apos;all&apos; path, but not both</source>
        <extracomment>%1 is the config file&apos;s path; &apos;single&apos; and &apos;all&apos; are setting names (do not translate them)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: indiquez un chemin «&#xa0;single&#xa0;» ou «&#xa0;all&#xa0;», mais pas les deux</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (use --single FILE or --all DIR)</source>
        <extracomment>%1 is the argument as given; FILE and DIR are placeholders of the command&apos;s syntax</extracomment>
        <translation>Argument inattendu&#xa0;: %1 (utilisez --single FILE ou --all DIR)</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64</source>
        <translation>--threads attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>Config file not found: %1</source>
        <translation>Fichier de configuration introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read settings from %1</source>
        <translation>Paramètres lus dans %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 says which two options conflict</extracomment>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>--pause takes seconds as MIN-MAX (e.g. 3-6), not &apos;%1&apos;</source>
        <extracomment>%1 is the value as given; MIN-MAX is a placeholder of the command&apos;s syntax</extracomment>
        <translation>--pause attend des secondes au format MIN-MAX (par ex. 3-6), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--single needs a model file</source>
        <translation>--single attend un fichier de modèle</translation>
    </message>
    <message>
        <source>--all needs a folder</source>
        <translation>--all attend un dossier</translation>
    </message>
    <message>
        <source>--extensions needs at least one extension</source>
        <translation>--extensions attend au moins une extension</translation>
    </message>
    <message>
        <source>--skipmissing only has an effect with --onlynew</source>
        <translation>--skipmissing n’a d’effet qu’avec --onlynew</translation>
    </message>
    <message>
        <source>argument --all: not allowed with argument --single</source>
        <translation>argument --all&#xa0;: non autorisé avec l’argument --single</translation>
    </message>
    <message>
        <source>--api-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--api-base attend une adresse http(s), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--dry-run only has an effect with --clean</source>
        <translation>--dry-run n’a d’effet qu’avec --clean</translation>
    </message>
    <message>
        <source>one of the arguments --single --all is required</source>
        <translation>l’un des arguments --single --all est requis</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;extensions&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;extensions&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;extensions&#xa0;» doit être un texte ou une liste de textes</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a text</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;%2&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;threads&apos; must be a number from 1 to 64</source>
        <extracomment>%1 is the config file&apos;s path; &apos;threads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;threads&#xa0;» doit être un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; is only read from a file named with --config, because the API key is sent to that address. If you trust this file, run with --config %1; else use --noconfig, or --api-base URL.</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name and --config, --api-base and --noconfig are options (do not translate them)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;api-base&#xa0;» n’est lu que dans un fichier indiqué par --config, car la clé API est envoyée à cette adresse. Si vous faites confiance à ce fichier, lancez avec --config %1&#xa0;; sinon utilisez --noconfig, ou --api-base URL.</translation>
    </message>
    <message>
        <source>--output %1 is the root of the file system: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 est la racine du système de fichiers&#xa0;: donnez à l’archive un dossier à elle</translation>
    </message>
    <message>
        <source>--output %1 is your home folder: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 est votre dossier personnel&#xa0;: donnez à l’archive un dossier à elle</translation>
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
        <translation>Archive les métadonnées Civitai, mots déclencheurs et aperçus de vos fichiers de modèles.
Sans argument, la fenêtre du programme s’ouvre&#xa0;; avec --single ou --all, il s’exécute
sans interface.

Les paramètres sont aussi lus dans le fichier config.json du dossier courant (ou --config FILE),
sous les mêmes noms que les options (&quot;all&quot;, &quot;output&quot;, &quot;images&quot;: true, ...). Les options
de la ligne de commande priment sur le fichier de configuration. Seul un fichier indiqué
par --config peut définir &quot;api-base&quot;, l’adresse à laquelle la clé API est envoyée.

Codes de sortie&#xa0;: 0 tout s’est bien passé, 1 des fichiers ont échoué (listés à la fin),
2 erreur d’utilisation, 3 l’archive est utilisée par un autre traitement, 130 interrompu
(Ctrl-C&#xa0;; la prochaine exécution reprend).</translation>
    </message>
    <message>
        <source>Civitai API address; give it again for more hosts, asked in turn (default: $CIVITAI_API_BASE, else https://civitai.red then https://civitai.com). An API key is read from $CIVITAI_API_KEY.</source>
        <translation>Adresse de l’API Civitai&#xa0;; répétez l’option pour d’autres hôtes, interrogés dans l’ordre (par défaut&#xa0;: $CIVITAI_API_BASE, sinon https://civitai.red puis https://civitai.com). La clé API est lue dans $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1&#xa0;: «&#xa0;api-base&#xa0;» doit être un texte ou une liste de textes</translation>
    </message>
    <message>
        <source>Previews downloaded at once from Civitai&apos;s image host, beside the lookups (default: %1, at most %2).</source>
        <translation>Aperçus téléchargés en même temps depuis le serveur d&apos;images de Civitai, à côté des recherches (par défaut : %1, au plus %2).</translation>
    </message>
    <message>
        <source>--preview-downloads takes a number from 1 to %1</source>
        <extracomment>%1 is the largest number allowed</extracomment>
        <translation>--preview-downloads prend un nombre de 1 à %1</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;preview-downloads&apos; must be a number from 1 to %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 the largest number allowed; &apos;preview-downloads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Erreur dans le fichier de configuration %1 : &apos;preview-downloads&apos; doit être un nombre de 1 à %2</translation>
    </message>
    <message>
        <source>Also look files up on CivArchive, a third party: their SHA-256 hashes are sent there. Archives what Civitai forgot and where each file still exists.</source>
        <translation>Rechercher aussi les fichiers sur CivArchive, un tiers : leurs hachages SHA-256 lui sont envoyés. Archive ce que Civitai a oublié et où chaque fichier existe encore.</translation>
    </message>
    <message>
        <source>CivArchive API address (default: $CIVARCHIVE_BASE_URL, else https://civarchive.com/api/v1).</source>
        <translation>Adresse de l&apos;API CivArchive (par défaut : $CIVARCHIVE_BASE_URL, sinon https://civarchive.com/api/v1).</translation>
    </message>
    <message>
        <source>Link FILE by hand to the Civitai model version whose address or id follows, and archive it (with --output).</source>
        <translation>Lier FILE à la main à la version de modèle Civitai dont l&apos;adresse ou l&apos;identifiant suit, et l&apos;archiver (avec --output).</translation>
    </message>
    <message>
        <source>Remove the manual link of FILE (with --output).</source>
        <translation>Retirer le lien manuel de FILE (avec --output).</translation>
    </message>
    <message>
        <source>Cannot use both --link and --unlink at the same time</source>
        <translation>Impossible d&apos;utiliser --link et --unlink en même temps</translation>
    </message>
    <message>
        <source>%1 cannot be used with --%2</source>
        <extracomment>%1 is --link or --unlink, %2 another option</extracomment>
        <translation>%1 ne peut pas être utilisé avec --%2</translation>
    </message>
    <message>
        <source>--link FILE needs one Civitai address or model version id after it, e.g. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</source>
        <translation>--link FILE attend une adresse Civitai ou un identifiant de version après lui, par ex. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 is the argument as given</extracomment>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>--civarchive-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--civarchive-base attend une adresse http(s), pas « %1 »</translation>
    </message>
    <message>
        <source>--recheck cannot be used with --onlyhtml, --onlyupdate, or --clean</source>
        <translation>--recheck ne peut pas être utilisé avec --onlyhtml, --onlyupdate ou --clean</translation>
    </message>
    <message>
        <source>Look every file up again; no previews.</source>
        <translation>Rechercher à nouveau chaque fichier ; sans aperçus.</translation>
    </message>
    <message>
        <source>--recheck ignores --onlynew and --skipmissing: it looks at every file</source>
        <translation>--recheck ignore --onlynew et --skipmissing : il examine chaque fichier</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>haché</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>not on Civitai</source>
        <translation>absent de Civitai</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>  %1 / %2  %3 MB/s  ETA %4</source>
        <translation>  %1 / %2  %3 Mo/s  reste %4</translation>
    </message>
    <message>
        <source>  %1 requests</source>
        <translation>  %1 requêtes</translation>
    </message>
    <message>
        <source>  waiting %1 s: %2</source>
        <translation>  attente de %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>Attente de %1 s&#xa0;: %2</translation>
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
        <translation>, %1 aperçu(s)</translation>
    </message>
    <message>
        <source>, newer version on Civitai</source>
        <translation>, version plus récente sur Civitai</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 files found, %4 done, %5 hashed (%6</source>
        <translation>%1 en %2 s&#xa0;: %3 fichiers trouvés, %4 traités, %5 hachés (%6</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source> at %1 MB/s</source>
        <translation> à %1 Mo/s</translation>
    </message>
    <message>
        <source>), %1 from cache</source>
        <translation>), %1 depuis le cache</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 ignoré(s)</translation>
    </message>
    <message>
        <source>, %1 failed.</source>
        <translation>, %1 en échec.</translation>
    </message>
    <message>
        <source>Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, %5 with a newer version (updates_available.json).</source>
        <translation>Civitai&#xa0;: %1 requêtes, %2 à jour, %3 absents de Civitai, %4 aperçu(s) téléchargé(s), %5 avec une version plus récente (updates_available.json).</translation>
    </message>
    <message>
        <source>Newer versions on Civitai:</source>
        <translation>Versions plus récentes sur Civitai&#xa0;:</translation>
    </message>
    <message>
        <source>  ... and %1 more in updates_available.json</source>
        <translation>  ... et %1 de plus dans updates_available.json</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Failed files:</source>
        <translation>Fichiers en échec&#xa0;:</translation>
    </message>
    <message>
        <source>Progress was saved; run the same command again to resume.</source>
        <translation>La progression a été enregistrée&#xa0;; relancez la même commande pour reprendre.</translation>
    </message>
    <message>
        <source>not on Civitai, archived from CivArchive</source>
        <translation>absent de Civitai, archivé depuis CivArchive</translation>
    </message>
    <message>
        <source>Removed from Civitai since the last check (their archived data is kept):</source>
        <translation>Retirés de Civitai depuis la dernière vérification (leurs données archivées sont gardées) :</translation>
    </message>
    <message>
        <source>  %1: last confirmed %2</source>
        <extracomment>%1 is a model file&apos;s path with its model&apos;s name, %2 the date Civitai last knew it</extracomment>
        <translation>  %1 : confirmé pour la dernière fois le %2</translation>
    </message>
    <message>
        <source>  ... and %1 more in file_history.json</source>
        <translation>  ... et %1 de plus dans file_history.json</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>Créateur :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modèle de base :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>Mots déclencheurs</translation>
    </message>
    <message>
        <source>Trigger words:</source>
        <translation>Mots déclencheurs :</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copier le hachage</translation>
    </message>
    <message>
        <source>Open page in the gallery</source>
        <translation>Ouvrir la page dans la galerie</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Ouvrir sur Civitai</translation>
    </message>
    <message>
        <source>Reveal file</source>
        <translation>Afficher le fichier</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Aucun fichier sélectionné</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copier « %1 »</translation>
    </message>
    <message>
        <source>Select a file in the collection to see its cover, names, trigger words and hash here.</source>
        <translation>Sélectionnez un fichier dans la collection pour voir ici sa couverture, ses noms, ses mots déclencheurs et son empreinte.</translation>
    </message>
</context>
<context>
    <name>DetailsPaneToggle</name>
    <message>
        <source>&amp;Details pane</source>
        <translation>Volet des &amp;détails</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Duplicate model files</source>
        <translation>Fichiers de modèles en double</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>&amp;Afficher le fichier</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Mettre à la &amp;corbeille…</translation>
    </message>
    <message>
        <source>Move this copy to the system trash (it can be restored from there)</source>
        <translation>Mettre cette copie à la corbeille du système (vous pourrez l’y restaurer)</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation>
            <numerusform>%n copie de %1</numerusform>
            <numerusform>%n copies de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>No model file is stored twice.</source>
        <translation>Aucun fichier de modèle n’est présent en double.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation>
            <numerusform>%n groupe de fichiers identiques&#xa0;; vous pourriez libérer %1.</numerusform>
            <numerusform>%n groupes de fichiers identiques&#xa0;; vous pourriez libérer %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <source>Move this copy to the trash?

%1

An identical file stays where it is, and the trash can restore this one.</source>
        <translation>Mettre cette copie à la corbeille&#xa0;?

%1

Un fichier identique reste en place, et vous pourrez restaurer celui-ci depuis la corbeille.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash: %2</source>
        <translation>Impossible de mettre %1 à la corbeille&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FailedFiles</name>
    <message>
        <source>%1 is not a list of failed files: it is written again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 n’est pas une liste de fichiers en échec : il est réécrit</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation>OpenSSL n’a pas pu démarrer SHA-256</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not finish SHA-256</source>
        <translation>OpenSSL n’a pas pu terminer SHA-256</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>%1 is not a file history: it is left as it is</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 n&apos;est pas un historique de fichiers : il est laissé tel quel</translation>
    </message>
</context>
<context>
    <name>GalleryHistory</name>
    <message>
        <source>Removed from Civitai: last seen there on %1. Everything archived here is kept.</source>
        <extracomment>%1 is the date Civitai last knew the model file</extracomment>
        <translation>Retiré de Civitai : vu là-bas pour la dernière fois le %1. Tout ce qui est archivé ici est gardé.</translation>
    </message>
    <message>
        <source>First archived</source>
        <translation>Archivé pour la première fois</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Removed from Civitai only</source>
        <translation>Seulement les retirés de Civitai</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Retiré de Civitai</translation>
    </message>
    <message>
        <source>Found on Civitai again</source>
        <translation>De nouveau trouvé sur Civitai</translation>
    </message>
    <message>
        <source>Available on Civitai again</source>
        <translation>De nouveau disponible sur Civitai</translation>
    </message>
    <message>
        <source>Newer version published: %1</source>
        <extracomment>%1 is the name of the version Civitai published</extracomment>
        <translation>Nouvelle version publiée : %1</translation>
    </message>
    <message>
        <source>The model file changed on disk</source>
        <translation>Le fichier du modèle a changé sur le disque</translation>
    </message>
    <message>
        <source>The model file is gone from disk</source>
        <translation>Le fichier du modèle a disparu du disque</translation>
    </message>
    <message>
        <source>The model file is back on disk</source>
        <translation>Le fichier du modèle est de retour sur le disque</translation>
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
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Back to the model list</source>
        <translation>Retour à la liste des modèles</translation>
    </message>
    <message>
        <source>Search the gallery (commas: all terms must match)</source>
        <translation>Rechercher dans la galerie (termes séparés par des virgules, tous requis)</translation>
    </message>
    <message>
        <source>Search the gallery</source>
        <translation>Rechercher dans la galerie</translation>
    </message>
    <message>
        <source>No gallery yet.
Run an archive and its model browser appears here.</source>
        <translation>Pas encore de galerie.
Lancez un archivage&#xa0;: son catalogue de modèles s’affichera ici.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>GalleryWriter</name>
    <message>
        <source>Archived by civitai-data-manager %1. Works offline.</source>
        <translation>Archivé par civitai-data-manager %1. Fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>Mode sombre</translation>
    </message>
    <message>
        <source>Network module</source>
        <translation>Module réseau</translation>
    </message>
    <message>
        <source>Network dim</source>
        <translation>Dimension du réseau</translation>
    </message>
    <message>
        <source>Network alpha</source>
        <translation>Alpha du réseau</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entraîné sur</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Images d’entraînement</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d’apprentissage</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>Nom de sortie</translation>
    </message>
    <message>
        <source>Training metadata</source>
        <translation>Métadonnées d’entraînement</translation>
    </message>
    <message>
        <source>Tag frequencies (top 30)</source>
        <translation>Fréquence des tags (30 premiers)</translation>
    </message>
    <message>
        <source>Preview %1 (video)</source>
        <translation>Aperçu %1 (vidéo)</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Aperçu %1</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Aperçus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>J’aime</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Missing from Civitai since %1</source>
        <translation>Absent de Civitai depuis le %1</translation>
    </message>
    <message>
        <source>Newer version on Civitai:</source>
        <translation>Version plus récente sur Civitai&#xa0;:</translation>
    </message>
    <message>
        <source>(from the file&apos;s training tags)</source>
        <translation>(d’après les tags d’entraînement du fichier)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Tous les modèles</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>Mots déclencheurs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The description needs JavaScript (it is sanitized before it is shown).</source>
        <translation>La description nécessite JavaScript (elle est nettoyée avant d’être affichée).</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>Catalogue des modèles</translation>
    </message>
    <message>
        <source>Search name, file, tags, creator, trigger words, base model (a, b: all must match)</source>
        <translation>Rechercher nom, fichier, tags, créateur, mots déclencheurs, modèle de base (a, b&#xa0;: tous requis)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Sort, filters and display</source>
        <translation>Tri, filtres et affichage</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All base models</source>
        <translation>Tous les modèles de base</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>Tous les créateurs</translation>
    </message>
    <message>
        <source>New versions only</source>
        <translation>Nouvelles versions uniquement</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <source>Blur NSFW</source>
        <translation>Flouter le NSFW</translation>
    </message>
    <message>
        <source>Collection overview</source>
        <translation>Vue d’ensemble de la collection</translation>
    </message>
    <message>
        <source>The model browser needs JavaScript. Each model&apos;s page works without it: open its folder.</source>
        <translation>Le catalogue des modèles nécessite JavaScript. La page de chaque modèle fonctionne sans&#xa0;: ouvrez son dossier.</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>Aucun modèle ne correspond.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>cannot read the gallery asset %1</source>
        <translation>impossible de lire le fichier de galerie %1</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Lié à la main</translation>
    </message>
    <message>
        <source>Its hash matches no file on Civitai: it was linked to this version by hand.</source>
        <translation>Son hachage ne correspond à aucun fichier sur Civitai : il a été lié à cette version à la main.</translation>
    </message>
    <message>
        <source>cannot read the gallery&apos;s cache for %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>impossible de lire le cache de la galerie pour %1</translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1 has an unknown format version</source>
        <extracomment>%1 is the path of the hash cache file</extracomment>
        <translation>%1 a une version de format inconnue</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 n’est pas un objet JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the JSON text is damaged or cut short at byte %1</source>
        <extracomment>%1 is a position in a file, in bytes from its start</extracomment>
        <translation>le texte JSON est endommagé ou tronqué à l&apos;octet %1</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Linking %1 to Civitai and archiving it…</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Liaison de %1 à Civitai et archivage…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 is linked to Civitai version %2 and archived.</source>
        <translation>%1 est lié à la version Civitai %2 et archivé.</translation>
    </message>
    <message>
        <source>The link of %1 is removed; its archive stays. The next run looks it up by its hash.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Le lien de %1 est retiré ; son archive reste. La prochaine exécution le recherchera par son hachage.</translation>
    </message>
    <message>
        <source>Link to a Civitai version…</source>
        <translation>Lier à une version Civitai…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Retirer le lien</translation>
    </message>
    <message>
        <source>Manual link</source>
        <translation>Lien manuel</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Civitai knows no file with the hash of %1 (a re-saved, pruned or converted file has another hash). Paste the address of the Civitai model version it came from, or its id. It is archived with that version&apos;s data at once.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Civitai ne connaît aucun fichier ayant le hachage de %1 (un fichier réenregistré, élagué ou converti a un autre hachage). Collez l&apos;adresse de la version de modèle Civitai dont il provient, ou son identifiant. Il est aussitôt archivé avec les données de cette version.</translation>
    </message>
    <message>
        <source>Link to a Civitai version</source>
        <translation>Lier à une version Civitai</translation>
    </message>
    <message>
        <source>Link and archive</source>
        <translation>Lier et archiver</translation>
    </message>
</context>
<context>
    <name>LinkFile</name>
    <message>
        <source>Civitai could not be asked about model %1: %2</source>
        <extracomment>%1 is a Civitai model id, %2 says why (e.g. a network error)</extracomment>
        <translation>Impossible d&apos;interroger Civitai sur le modèle %1 : %2</translation>
    </message>
    <message>
        <source>Civitai has no model %1.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai n&apos;a pas de modèle %1.</translation>
    </message>
    <message>
        <source>Civitai lists no version of model %1 to link to.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai ne liste aucune version du modèle %1 à lier.</translation>
    </message>
    <message>
        <source>Civitai could not be asked about model version %1: %2</source>
        <extracomment>%1 is a Civitai model version id, %2 says why (e.g. a network error)</extracomment>
        <translation>Impossible d&apos;interroger Civitai sur la version de modèle %1 : %2</translation>
    </message>
    <message>
        <source>Civitai has no model version %1.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai n&apos;a pas de version de modèle %1.</translation>
    </message>
    <message>
        <source>Civitai version %1 belongs to model %2, not to model %3 as the address says.</source>
        <extracomment>%1 is a Civitai model version id, %2 and %3 model ids</extracomment>
        <translation>La version Civitai %1 appartient au modèle %2, pas au modèle %3 comme le dit l&apos;adresse.</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>impossible de créer le dossier de sortie %1</translation>
    </message>
    <message>
        <source>The file could not be archived, so the link was taken back: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>Le fichier n&apos;a pas pu être archivé, le lien a donc été annulé : %1</translation>
    </message>
    <message>
        <source>the run ended without it</source>
        <translation>l&apos;exécution s&apos;est terminée sans lui</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Run log</source>
        <translation>Journal du traitement</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>&amp;Copier le journal</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Copier tout le journal</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
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
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Ajouter un dossier de modèles</translation>
    </message>
    <message>
        <source>Add single model files</source>
        <translation>Ajouter des fichiers de modèles individuels</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Ajouter des fichiers de modèles</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Archive every source now</source>
        <translation>Archiver toutes les sources maintenant</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Mettre en pause ou reprendre le traitement</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop the run; what finished is kept and saved</source>
        <translation>Arrêter le traitement&#xa0;; ce qui est terminé est conservé et enregistré</translation>
    </message>
    <message>
        <source>Write the HTML gallery again from the archive, offline</source>
        <translation>Réécrire la galerie HTML à partir de l’archive, hors ligne</translation>
    </message>
    <message>
        <source>Remove archive folders of models that are gone (asks first)</source>
        <translation>Supprimer les dossiers d’archive des modèles disparus (avec confirmation)</translation>
    </message>
    <message>
        <source>Show the archive in the file manager</source>
        <translation>Afficher l’archive dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Civitai API key, request pacing, files, appearance</source>
        <translation>Clé API Civitai, rythme des requêtes, fichiers, apparence</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Traitement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Civitai Data Manager</source>
        <translation>À &amp;propos de Civitai Data Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Drop model folders here</source>
        <translation>Déposez vos dossiers de modèles ici</translation>
    </message>
    <message>
        <source>Civitai Data Manager keeps what Civitai knows about your models on your own disk:
trigger words, descriptions, previews and prompts, even after a model is deleted there.
It reads your model files and never changes them.</source>
        <translation>Civitai Data Manager conserve sur votre disque ce que Civitai sait de vos modèles&#xa0;:
mots déclencheurs, descriptions, aperçus et prompts, même après la suppression du modèle sur le site.
Il lit vos fichiers de modèles sans jamais les modifier.</translation>
    </message>
    <message>
        <source>Add a models folder…</source>
        <translation>Ajouter un dossier de modèles…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>&amp;Missing from Civitai</source>
        <translation>A&amp;bsents de Civitai</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Doublons</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galerie</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Options du traitement</translation>
    </message>
    <message>
        <source>First preview of each model</source>
        <translation>Premier aperçu de chaque modèle</translation>
    </message>
    <message>
        <source>All previews</source>
        <translation>Tous les aperçus</translation>
    </message>
    <message>
        <source>No previews</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <source>Previews to download</source>
        <translation>Aperçus à télécharger</translation>
    </message>
    <message>
        <source>Only &amp;new files</source>
        <translation>Uniquement les &amp;nouveaux fichiers</translation>
    </message>
    <message>
        <source>S&amp;kip files missing from Civitai</source>
        <translation>&amp;Ignorer les fichiers absents de Civitai</translation>
    </message>
    <message>
        <source>Only &amp;update archived models</source>
        <translation>&amp;Mettre à jour uniquement les modèles archivés</translation>
    </message>
    <message>
        <source>Pre&amp;views:</source>
        <translation>Ap&amp;erçus&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation>
            <numerusform>%n source ajoutée. Cliquez sur Démarrer pour l’archiver.</numerusform>
            <numerusform>%n sources ajoutées. Cliquez sur Démarrer pour les archiver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 sur %2 fichiers</translation>
    </message>
    <message>
        <source>%1 of %2 hashed</source>
        <translation>%1 sur %2 hachés</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>encore environ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation>
            <numerusform>%n requête Civitai</numerusform>
            <numerusform>%n requêtes Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>attente de %1 s&#xa0;: %2</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Échec de l’archivage</translation>
    </message>
    <message>
        <source>Archiving into %1 failed:
%2</source>
        <translation>L’archivage dans %1 a échoué&#xa0;:
%2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, %6 requests in %7</source>
        <translation>%1&#xa0;: %2 traités, %3 absents de Civitai, %4 en échec, %5 aperçus, %6 requêtes en %7</translation>
    </message>
    <message>
        <source>This model has no page yet: it appears after the run.</source>
        <translation>Ce modèle n’a pas encore de page&#xa0;: elle sera créée à la fin du traitement.</translation>
    </message>
    <message>
        <source>About Civitai Data Manager</source>
        <translation>À propos de Civitai Data Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Keeps what Civitai knows about your models (trigger words, descriptions, previews and their prompts) on your own disk, even after a model is deleted there. It only ever reads your model files.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;A native rewrite of the Python &lt;i&gt;civitai-data-manager&lt;/i&gt; by jeremysltn, whose archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).&lt;/p&gt;&lt;p&gt;Not affiliated with Civitai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Conserve sur votre disque ce que Civitai sait de vos modèles (mots déclencheurs, descriptions, aperçus et leurs prompts), même après la suppression du modèle sur le site. Vos fichiers de modèles sont uniquement lus, jamais modifiés.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT.&lt;/p&gt;&lt;p&gt;Ce programme est une réécriture native de l’outil Python &lt;i&gt;civitai-data-manager&lt;/i&gt; de jeremysltn, dont il reprend l’organisation des archives et la ligne de commande. Développé avec Qt %2, QtKeychain et OpenSSL&#xa0;; la galerie nettoie les descriptions avec DOMPurify (Apache 2.0 ou MPL 2.0).&lt;/p&gt;&lt;p&gt;Non affilié à Civitai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Un traitement est en cours</translation>
    </message>
    <message>
        <source>Stop the run and quit? Everything finished so far is saved.</source>
        <translation>Arrêter le traitement et quitter&#xa0;? Tout ce qui est déjà terminé est enregistré.</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>Ajouter des fic&amp;hiers…</translation>
    </message>
    <message>
        <source>Re&amp;generate gallery</source>
        <translation>Ré&amp;générer la galerie</translation>
    </message>
    <message>
        <source>Clea&amp;n archive…</source>
        <translation>&amp;Nettoyer l&apos;archive…</translation>
    </message>
    <message>
        <source>Open &amp;output folder</source>
        <translation>Ouvrir le dossier de &amp;sortie</translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation>&amp;Collection</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Skip files archived by an earlier run</source>
        <translation>Ignorer les fichiers archivés par une exécution précédente</translation>
    </message>
    <message>
        <source>With only new files: do not ask again about files Civitai did not know</source>
        <translation>Avec les nouveaux fichiers seulement : ne pas redemander les fichiers que Civitai ne connaissait pas</translation>
    </message>
    <message>
        <source>Refresh Civitai data of archived models without reading the files</source>
        <translation>Actualiser les données Civitai des modèles archivés sans lire les fichiers</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n absent de Civitai</numerusform>
            <numerusform>%n absents de Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see the Errors filter)</source>
        <translation>
            <numerusform>%n en échec (voir le filtre Erreurs)</numerusform>
            <numerusform>%n en échec (voir le filtre Erreurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a newer version on Civitai</source>
        <translation>
            <numerusform>%n avec une version plus récente sur Civitai</numerusform>
            <numerusform>%n avec une version plus récente sur Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what finished is saved: %1.</source>
        <translation>Annulé ; ce qui est terminé est enregistré : %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Terminé : %1.</translation>
    </message>
    <message>
        <source>&amp;Re-check on Civitai</source>
        <translation>&amp;Revérifier sur Civitai</translation>
    </message>
    <message>
        <source>Look every archived file up on Civitai again, to find what was removed or changed; downloads no previews</source>
        <translation>Rechercher à nouveau chaque fichier archivé sur Civitai, pour trouver ce qui a été retiré ou modifié ; ne télécharge aucun aperçu</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Retiré de Civitai</translation>
    </message>
    <message numerus="yes">
        <source>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</source>
        <translation>
            <numerusform>Civitai ne connaît plus %n de vos fichiers de modèles ; leurs données archivées sont gardées. Voir le filtre « Retiré de Civitai ».</numerusform>
            <numerusform>Civitai ne connaît plus %n de vos fichiers de modèles ; leurs données archivées sont gardées. Voir le filtre « Retiré de Civitai ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai (see the Removed filter)</source>
        <translation>
            <numerusform>%n retiré de Civitai (voir le filtre « Retiré de Civitai »)</numerusform>
            <numerusform>%n retirés de Civitai (voir le filtre « Retiré de Civitai »)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualLinks</name>
    <message>
        <source>Cannot read the manual links in %1: %2</source>
        <extracomment>%1 is the file, %2 why it cannot be read</extracomment>
        <translation>Impossible de lire les liens manuels dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>the image host sent no image or video of a known format</source>
        <translation>le serveur d’images n’a envoyé aucune image ni vidéo d’un format connu</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>le fichier dépasse %1&#xa0;Mo</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>le fichier est incomplet (coupé avant la fin)</translation>
    </message>
</context>
<context>
    <name>MigrateImageJson</name>
    <message>
        <source>writing the JSON files of preview images</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>écriture des fichiers JSON des aperçus</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Missing since</source>
        <translation>Absent depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Trigger words from its metadata</source>
        <translation>Mots déclencheurs tirés de ses métadonnées</translation>
    </message>
    <message>
        <source>Files not found on Civitai</source>
        <translation>Fichiers introuvables sur Civitai</translation>
    </message>
    <message>
        <source>&amp;Retry lookup</source>
        <translation>&amp;Relancer la recherche</translation>
    </message>
    <message>
        <source>Ask Civitai again about this file</source>
        <translation>Interroger de nouveau Civitai sur ce fichier</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>&amp;Afficher le fichier</translation>
    </message>
    <message>
        <source>Open its &amp;page</source>
        <translation>Ouvrir sa &amp;page</translation>
    </message>
    <message>
        <source>%1 (not found on disk in this archive&apos;s sources)</source>
        <translation>%1 (introuvable sur le disque dans les sources de cette archive)</translation>
    </message>
    <message>
        <source>Civitai knows every archived file.</source>
        <translation>Civitai connaît tous les fichiers archivés.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation>
            <numerusform>%n fichier introuvable sur Civitai. Ses mots déclencheurs proviennent de ses propres métadonnées d’entraînement.</numerusform>
            <numerusform>%n fichiers introuvables sur Civitai. Leurs mots déclencheurs proviennent de leurs propres métadonnées d’entraînement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <extracomment>Civitai&apos;s answer for a file in the missing list; %1 an HTTP status other than 404</extracomment>
        <translation>Absent de Civitai</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Nothing is archived yet: after a run, the files Civitai does not know are listed here.</source>
        <translation>Rien n&apos;est encore archivé : après une exécution, les fichiers que Civitai ne connaît pas sont listés ici.</translation>
    </message>
</context>
<context>
    <name>ModelAnswer</name>
    <message>
        <source>a model that is not an object</source>
        <translation>un modèle qui n’est pas un objet</translation>
    </message>
</context>
<context>
    <name>ModelMode</name>
    <message>
        <source>Archived on Civitai</source>
        <translation>Archivé sur Civitai</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Retiré de Civitai</translation>
    </message>
    <message>
        <source>Civitai archived this model: its files can no longer be downloaded.</source>
        <translation>Civitai a archivé ce modèle : ses fichiers ne peuvent plus être téléchargés.</translation>
    </message>
    <message>
        <source>Civitai took this model down: its images are no longer shown.</source>
        <translation>Civitai a retiré ce modèle : ses images ne sont plus affichées.</translation>
    </message>
</context>
<context>
    <name>ModelScanner</name>
    <message>
        <source>skipped %1: broken link</source>
        <translation>%1 ignoré&#xa0;: lien cassé</translation>
    </message>
    <message>
        <source>cannot read folder %1: permission denied</source>
        <translation>impossible de lire le dossier %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation>%1 n’est ni un fichier ordinaire ni un dossier</translation>
    </message>
    <message>
        <source>cannot read folder %1: path too long</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>impossible de lire le dossier %1&#xa0;: chemin trop long</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <extracomment>%1 is a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>impossible de lire le dossier %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PlanClean</name>
    <message>
        <source>looking for archive folders to clean</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>recherche des dossiers d’archive à nettoyer</translation>
    </message>
</context>
<context>
    <name>PreviewFetcher</name>
    <message>
        <source>preview %1 not downloaded: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why (e.g. a network error)</extracomment>
        <translation>aperçu %1 non téléchargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>preview %1 not kept: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why</extracomment>
        <translation>aperçu %1 non conservé&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot save preview %1</source>
        <extracomment>%1 is the path of the preview image file</extracomment>
        <translation>impossible d’enregistrer l’aperçu %1</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 sur %2 terminés</translation>
    </message>
    <message>
        <source>Hashing %1 %</source>
        <translation>Hachage&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Previews %1/%2</source>
        <translation>Aperçus %1/%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai</source>
        <translation>Terminé · version plus récente sur Civitai</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Looking up on Civitai</source>
        <translation>Recherche sur Civitai</translation>
    </message>
    <message>
        <source>Downloading previews</source>
        <translation>Téléchargement des aperçus</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation>Absent de Civitai</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Civitai name</source>
        <translation>Nom sur Civitai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai (%1)</source>
        <translation>Terminé · version plus récente sur Civitai (%1)</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <extracomment>%1 says what Civitai did with the model: &quot;Archived on Civitai&quot;</extracomment>
        <translation>Terminé · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n absent de Civitai</numerusform>
            <numerusform>%n absents de Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>Pas encore recherché</translation>
    </message>
    <message>
        <source>Not on Civitai · archived from CivArchive</source>
        <translation>Absent de Civitai · archivé depuis CivArchive</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai</source>
        <translation>
            <numerusform>%n retiré de Civitai</numerusform>
            <numerusform>%n retirés de Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <extracomment>%1 is the date Civitai last knew the file</extracomment>
        <translation>Retiré de Civitai · vu pour la dernière fois le %1</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Retiré de Civitai</translation>
    </message>
    <message>
        <source>Failed in an earlier run: %1</source>
        <extracomment>%1 is why a run failed on the file (&quot;Civitai answered 500 …&quot;)</extracomment>
        <translation>Échec lors d’une exécution précédente : %1</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <extracomment>%1 is the day of the run that failed on the file, %2 why it failed</extracomment>
        <translation>Échec le %1 : %2</translation>
    </message>
</context>
<context>
    <name>RegenerateGallery</name>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>écriture de la galerie</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>polite pause between requests (--notimeout turns it off)</source>
        <extracomment>Why the run waits, shown with a countdown; --notimeout is a command-line flag</extracomment>
        <translation>pause de courtoisie entre les requêtes (--notimeout la désactive)</translation>
    </message>
    <message>
        <source>refused to fetch %1: not an http(s) address</source>
        <extracomment>%1 is an address (URL)</extracomment>
        <translation>téléchargement de %1 refusé&#xa0;: pas une adresse http(s)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>request timed out</source>
        <translation>délai de la requête dépassé</translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation>la réponse a été tronquée</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <extracomment>%1 is the network error&apos;s description</extracomment>
        <translation>erreur réseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>rate limited by Civitai (HTTP 429)</source>
        <translation>limité par Civitai (HTTP 429)</translation>
    </message>
    <message>
        <source>Civitai answered HTTP %1</source>
        <extracomment>%1 is the HTTP status code (500 or above)</extracomment>
        <translation>Civitai a répondu HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 attempts</source>
        <extracomment>%1 is the HTTP status code, %2 the number of attempts</extracomment>
        <translation>HTTP %1 après %2 tentatives</translation>
    </message>
    <message>
        <source>network error: %1 after %2 attempts</source>
        <extracomment>%1 is the network error&apos;s description, %2 the number of attempts</extracomment>
        <translation>erreur réseau&#xa0;: %1 après %2 tentatives</translation>
    </message>
    <message>
        <source>timed out after %1 attempts</source>
        <extracomment>%1 is the number of attempts</extracomment>
        <translation>délai dépassé après %1 tentatives</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>la réponse dépasse %1&#xa0;Mo</translation>
    </message>
    <message>
        <source>refused to follow a redirect from %1 to %2, an address in this machine&apos;s or a private network</source>
        <extracomment>%1 and %2 are addresses (URLs)</extracomment>
        <translation>redirection de %1 vers %2 refusée&#xa0;: cette adresse est sur cette machine ou dans un réseau privé</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>impossible d’ouvrir&#xa0;: %1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
    <message>
        <source>not a safetensors file: only %1 bytes</source>
        <extracomment>%1 is the file&apos;s size in bytes (1 to 7)</extracomment>
        <translation>pas un fichier safetensors&#xa0;: seulement %1 octets</translation>
    </message>
    <message>
        <source>cannot read the header length: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>impossible de lire la longueur de l’en-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: empty header</source>
        <translation>pas un fichier safetensors&#xa0;: en-tête vide</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 exceeds the %2-byte limit</source>
        <extracomment>%1 is the header length the file declares, %2 the limit, both in bytes</extracomment>
        <translation>pas un fichier safetensors&#xa0;: la longueur d’en-tête %1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>truncated: header needs %1 bytes, the file has %2</source>
        <extracomment>%1 is the header length the file declares, %2 the bytes the file has after the length prefix</extracomment>
        <translation>tronqué&#xa0;: l’en-tête demande %1 octets, le fichier en a %2</translation>
    </message>
    <message>
        <source>truncated: could not read the %1-byte header</source>
        <extracomment>%1 is the header length in bytes</extracomment>
        <translation>tronqué&#xa0;: impossible de lire l’en-tête de %1 octets</translation>
    </message>
    <message>
        <source>invalid header JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset in the header, %2 the JSON parser&apos;s error message</extracomment>
        <translation>JSON d’en-tête invalide à l’octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid header: JSON is not an object</source>
        <translation>en-tête invalide&#xa0;: le JSON n’est pas un objet</translation>
    </message>
    <message>
        <source>invalid header: __metadata__ is not an object</source>
        <translation>en-tête invalide&#xa0;: __metadata__ n’est pas un objet</translation>
    </message>
    <message>
        <source>truncated: tensors need %1 bytes of data, the file has %2</source>
        <extracomment>%1 is the tensor data size the header declares, %2 the data the file has, in bytes</extracomment>
        <translation>tronqué&#xa0;: les tenseurs demandent %1 octets de données, le fichier en a %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>impossible d’écrire le fichier de paramètres %1</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>le fichier de paramètres %1 est endommagé</translation>
    </message>
    <message>
        <source>CIVITAI_API_BASE is not an http(s) address or a comma-separated list of them</source>
        <translation>CIVITAI_API_BASE n’est ni une adresse http(s) ni une liste de telles adresses séparées par des virgules</translation>
    </message>
    <message>
        <source>CIVARCHIVE_BASE_URL is not an http(s) address</source>
        <translation>CIVARCHIVE_BASE_URL n&apos;est pas une adresse http(s)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Civitai</source>
        <translation>Civitai</translation>
    </message>
    <message>
        <source>Paste your Civitai API key</source>
        <translation>Collez votre clé API Civitai</translation>
    </message>
    <message>
        <source>Civitai API key</source>
        <translation>Clé API Civitai</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Affi&amp;cher</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Afficher la clé API</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clé A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>État de la clé API</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>Enre&amp;gistrer la clé</translation>
    </message>
    <message>
        <source>Save the API key in the system keychain</source>
        <translation>Enregistrer la clé API dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Tester la clé</translation>
    </message>
    <message>
        <source>Test the API key with Civitai</source>
        <translation>Tester la clé API auprès de Civitai</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>Supprimer la clé API</translation>
    </message>
    <message>
        <source>API key test result</source>
        <translation>Résultat du test de la clé API</translation>
    </message>
    <message>
        <source>Optional. With a key, Civitai also answers for models that need a signed-in account. Create one under Account settings, API keys, on civitai.com. Runs without a saved key use $CIVITAI_API_KEY.</source>
        <translation>Facultatif. Avec une clé, Civitai répond aussi pour les modèles réservés aux comptes connectés. Créez-en une sur civitai.com, dans Account settings, rubrique API Keys. Sans clé enregistrée, les traitements utilisent $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Minimum pause between requests, in seconds</source>
        <translation>Pause minimale entre les requêtes, en secondes</translation>
    </message>
    <message>
        <source>Maximum pause between requests, in seconds</source>
        <translation>Pause maximale entre les requêtes, en secondes</translation>
    </message>
    <message>
        <source>Mi&amp;nimum pause:</source>
        <translation>Pause mi&amp;nimale&#xa0;:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum pause:</source>
        <translation>Pause ma&amp;ximale&#xa0;:</translation>
    </message>
    <message>
        <source>A random pause between Civitai requests keeps the archive polite and clear of rate limits.</source>
        <translation>Une pause aléatoire entre les requêtes ménage les serveurs de Civitai et évite les limites de requêtes.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Model file extensions, separated by commas</source>
        <translation>Extensions des fichiers de modèles, séparées par des virgules</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>Connues&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>&amp;Extensions&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Files hashed in parallel, 0 for automatic</source>
        <translation>Fichiers hachés en parallèle, 0 pour automatique</translation>
    </message>
    <message>
        <source>&amp;Hashing threads:</source>
        <translation>Threads de &amp;hachage&#xa0;:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>Le changement de langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>Thè&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Use extensions such as safetensors, ckpt, gguf, separated by commas.</source>
        <translation>Indiquez des extensions comme safetensors, ckpt, gguf, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Recherche dans le trousseau du système…</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Une clé est enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <source>A key is kept for this session only: it is forgotten when the program closes.</source>
        <translation>Une clé est conservée pour cette session uniquement&#xa0;: elle sera oubliée à la fermeture du programme.</translation>
    </message>
    <message>
        <source>A key is set; it is forgotten when the program closes.</source>
        <translation>Une clé est définie&#xa0;; elle sera oubliée à la fermeture du programme.</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>Aucune clé n’est enregistrée.</translation>
    </message>
    <message>
        <source>No key is saved; runs use the key in $CIVITAI_API_KEY.</source>
        <translation>Aucune clé n’est enregistrée&#xa0;; les traitements utilisent celle de $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Test de la clé auprès de %1…</translation>
    </message>
    <message>
        <source>The key works: it belongs to %1.</source>
        <translation>La clé fonctionne&#xa0;: elle appartient à %1.</translation>
    </message>
    <message>
        <source>Civitai did not accept this key (%1). Check it, or create a new one.</source>
        <translation>Civitai n’a pas accepté cette clé (%1). Vérifiez-la ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Could not test the key: %1. Try again later.</source>
        <translation>Impossible de tester la clé&#xa0;: %1. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Civitai API addresses</source>
        <translation>Adresses de l’API Civitai</translation>
    </message>
    <message>
        <source>API a&amp;ddresses:</source>
        <translation>A&amp;dresses de l’API&#xa0;:</translation>
    </message>
    <message>
        <source>Only change this for a Civitai mirror or a test server. The addresses, separated by commas, are asked in turn: civitai.com leaves mature models out, civitai.red does not. The API key is only ever sent to these addresses.</source>
        <translation>Ne modifiez ce réglage que pour un miroir de Civitai ou un serveur de test. Les adresses, séparées par des virgules, sont interrogées dans l’ordre&#xa0;: civitai.com omet les modèles pour adultes, civitai.red non. La clé API n’est envoyée qu’à ces adresses.</translation>
    </message>
    <message>
        <source>Enter http:// or https:// addresses separated by commas, such as https://civitai.red, https://civitai.com.</source>
        <translation>Saisissez des adresses http:// ou https:// séparées par des virgules, par exemple https://civitai.red, https://civitai.com.</translation>
    </message>
    <message>
        <source>Previews downloaded at once</source>
        <translation>Aperçus téléchargés en même temps</translation>
    </message>
    <message>
        <source>&amp;Previews at once:</source>
        <translation>&amp;Aperçus en même temps :</translation>
    </message>
    <message>
        <source>Previews come from Civitai&apos;s image host, beside the lookups and without their pause; after an error from that host they come one at a time until it answers well again.</source>
        <translation>Les aperçus viennent du serveur d&apos;images de Civitai, à côté des recherches et sans leur pause ; après une erreur de ce serveur, ils viennent un par un jusqu&apos;à ce qu&apos;il réponde de nouveau correctement.</translation>
    </message>
    <message>
        <source>Loo&amp;k files up on CivArchive</source>
        <translation>Rechercher les fichiers sur Civ&amp;Archive</translation>
    </message>
    <message>
        <source>The SHA-256 hashes of your model files are sent to civarchive.com, a third party, which tells what Civitai forgot and where each file still exists.</source>
        <translation>Les hachages SHA-256 de vos fichiers de modèles sont envoyés à civarchive.com, un tiers, qui indique ce que Civitai a oublié et où chaque fichier existe encore.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Archived into</source>
        <translation>Archivés dans</translation>
    </message>
    <message>
        <source>Model folders and their output folders</source>
        <translation>Dossiers de modèles et leurs dossiers de sortie</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Ajouter un d&amp;ossier…</translation>
    </message>
    <message>
        <source>Add a models folder (its subfolders are included)</source>
        <translation>Ajouter un dossier de modèles (sous-dossiers compris)</translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation>Ajouter un fic&amp;hier…</translation>
    </message>
    <message>
        <source>&amp;Output folder…</source>
        <translation>Dossier de &amp;sortie…</translation>
    </message>
    <message>
        <source>Choose where the selected sources are archived</source>
        <translation>Choisir où archiver les sources sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Forget the selected sources (nothing is deleted)</source>
        <translation>Retirer les sources sélectionnées de la liste (rien n’est supprimé)</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Ajouter un dossier de modèles</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Ajouter des fichiers de modèles</translation>
    </message>
    <message>
        <source>Model files (%1)</source>
        <translation>Fichiers de modèles (%1)</translation>
    </message>
    <message>
        <source>Archive the selected sources into</source>
        <translation>Archiver les sources sélectionnées dans</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>cannot remove %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>impossible de supprimer %1</translation>
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
        <translation>retrait du lien manuel</translation>
    </message>
    <message>
        <source>%1 is not linked by hand in this archive.</source>
        <extracomment>%1 is a model file&apos;s path</extracomment>
        <translation>%1 n&apos;est pas lié à la main dans cette archive.</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>écriture de la galerie</translation>
    </message>
</context>
<context>
    <name>VersionAccess</name>
    <message>
        <source>Early access until %1</source>
        <extracomment>%1 is a date: until then only those who pay can download the version</extracomment>
        <translation>Accès anticipé jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>Accès anticipé</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <extracomment>%1 is a date: until then the version must be paid for</extracomment>
        <translation>Payant jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payant</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Recent folders</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Aucun dossier pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sources panel</source>
        <translation>Panneau des &amp;sources</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Find in the collection</source>
        <translation>&amp;Chercher dans la collection</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Report a problem</source>
        <translation>&amp;Signaler un problème</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <source>Missing from Civitai</source>
        <translation>Absent de Civitai</translation>
    </message>
    <message>
        <source>Date added (newest)</source>
        <translation>Date d’ajout (récents d’abord)</translation>
    </message>
    <message>
        <source>Date added (oldest)</source>
        <translation>Date d’ajout (anciens d’abord)</translation>
    </message>
    <message>
        <source>Downloads (most)</source>
        <translation>Téléchargements (décroissant)</translation>
    </message>
    <message>
        <source>Downloads (fewest)</source>
        <translation>Téléchargements (croissant)</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>Nom (A–Z)</translation>
    </message>
    <message>
        <source>Name (Z–A)</source>
        <translation>Nom (Z–A)</translation>
    </message>
    <message>
        <source>Creator (A–Z)</source>
        <translation>Créateur (A–Z)</translation>
    </message>
    <message>
        <source>Creator (Z–A)</source>
        <translation>Créateur (Z–A)</translation>
    </message>
    <message>
        <source>File size (largest)</source>
        <translation>Taille du fichier (décroissante)</translation>
    </message>
    <message>
        <source>File size (smallest)</source>
        <translation>Taille du fichier (croissante)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>Nouvelle version&#xa0;: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 téléchargements</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté le %1</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4</source>
        <translation>Modèles&#xa0;: %1 · Absents de Civitai&#xa0;: %2 · Doublons&#xa0;: %3 · Version plus récente disponible&#xa0;: %4</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Par type</translation>
    </message>
    <message>
        <source>By base model</source>
        <translation>Par modèle de base</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 sur %2 modèles</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modèle</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modèles</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Archived on Civitai</source>
        <translation>Archivé sur Civitai</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Retiré de Civitai</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Lié à la main</translation>
    </message>
    <message>
        <source>From CivArchive</source>
        <translation>Depuis CivArchive</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Taille des cartes</translation>
    </message>
    <message>
        <source>Comfortable cards</source>
        <translation>Cartes confortables</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Cartes compactes</translation>
    </message>
    <message>
        <source>Files that could not be read (damaged or truncated), not shown: %1</source>
        <translation>Fichiers illisibles (endommagés ou tronqués), non affichés : %1</translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <translation>Retiré de Civitai · vu pour la dernière fois le %1</translation>
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
        <translation>Prompt négatif</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>Échelle CFG</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Clip skip</source>
        <translation>Clip skip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Copier le prompt</translation>
    </message>
    <message>
        <source>No generation data.</source>
        <translation>Aucune donnée de génération.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
</TS>
