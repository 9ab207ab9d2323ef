<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ApiKeyCheck</name>
    <message>
        <source>no API key was given</source>
        <translation>no se indicó ninguna clave de API</translation>
    </message>
    <message>
        <source>Civitai refused the key (HTTP %1)</source>
        <extracomment>%1 is the HTTP status code (401 or 403)</extracomment>
        <translation>Civitai rechazó la clave (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer from %1 (no user in it)</source>
        <extracomment>%1 is the path of Civitai&apos;s API endpoint that was asked</extracomment>
        <translation>respuesta inesperada de %1 (no incluye ningún usuario)</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain did not give the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>El llavero del sistema no devolvió la clave de API de Civitai: %1</translation>
    </message>
    <message>
        <source>The system keychain did not save the Civitai API key (%1). It is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>El llavero del sistema no guardó la clave de API de Civitai (%1). Se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain did not remove the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>El llavero del sistema no borró la clave de API de Civitai: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the Civitai API key is kept for this session only. Install or start a keychain (such as GNOME Keyring or KWallet) to keep it.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la clave de API de Civitai solo se guarda para esta sesión. Instale o inicie un llavero (como GNOME Keyring o KWallet) para conservarla.</translation>
    </message>
</context>
<context>
    <name>ApplyClean</name>
    <message>
        <source>removing archive folders</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>eliminando carpetas de archivo</translation>
    </message>
</context>
<context>
    <name>ArchiveCleaner</name>
    <message>
        <source>no model file named like it</source>
        <extracomment>Why an archive folder is removed</extracomment>
        <translation>ningún archivo de modelo con ese nombre</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <extracomment>Why an archive folder is removed; %1 is the path of its former model file</extracomment>
        <translation>%1 ya no existe</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <extracomment>Why an archive folder is removed; %1 is the path of the model file whose archive is kept</extracomment>
        <translation>duplicado de %1</translation>
    </message>
    <message>
        <source>refusing to clean: %1</source>
        <extracomment>%1 is why: &quot;no model files found in …&quot; or &quot;parts of the models folder could not be read&quot;</extracomment>
        <translation>limpieza rechazada: %1</translation>
    </message>
    <message>
        <source>no model files found in %1</source>
        <extracomment>%1 is a comma-separated list of the model folders</extracomment>
        <translation>no se encontraron archivos de modelo en %1</translation>
    </message>
    <message>
        <source>parts of the models folder could not be read</source>
        <translation>no se pudieron leer partes de la carpeta de modelos</translation>
    </message>
    <message>
        <source>cannot remove %1/%2</source>
        <extracomment>%1 is the archive (output) folder, %2 the model folder inside it</extracomment>
        <translation>no se puede eliminar %1/%2</translation>
    </message>
    <message>
        <source>%1 is still there (not among the files scanned)</source>
        <extracomment>Why an archive folder is kept; %1 is the path of its model file</extracomment>
        <translation>%1 sigue existiendo (no está entre los archivos analizados)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 does not exist (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>No se puede acceder a %1: %2 no existe (¿una unidad sin montar?)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 cannot be read</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>No se puede acceder a %1: no se puede leer %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 is empty (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>No se puede acceder a %1: %2 está vacía (¿una unidad sin montar?)</translation>
    </message>
</context>
<context>
    <name>ArchiveLock</name>
    <message>
        <source>Cannot lock the archive %1: the lock file %2 cannot be created.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>No se puede bloquear la carpeta de salida %1: no se puede crear el archivo de bloqueo %2.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another run. Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>Otra ejecución está usando la carpeta de salida %1. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by %2 (process %3 on %4). Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder, %2 a program&apos;s name, %3 its process id, %4 a computer&apos;s name</extracomment>
        <translation>%2 está usando la carpeta de salida %1 (proceso %3 en %4). Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>If it is no longer running on that computer, delete %1.</source>
        <extracomment>%1 is the lock file&apos;s path</extracomment>
        <translation>Si ya no se está ejecutando en ese equipo, elimine %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 has no readable _hash.json</source>
        <extracomment>%1 is the name of a model&apos;s archive folder</extracomment>
        <translation>%1 no tiene un _hash.json legible</translation>
    </message>
</context>
<context>
    <name>ArchiveRun</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>no se puede crear la carpeta de salida %1</translation>
    </message>
    <message>
        <source> (every file will be hashed again)</source>
        <extracomment>Appended to the message saying why the hash cache could not be read</extracomment>
        <translation> (se volverá a calcular el hash de todos los archivos)</translation>
    </message>
    <message>
        <source>scanning</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>explorando</translation>
    </message>
    <message>
        <source>cancelling</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>cancelando</translation>
    </message>
    <message>
        <source>looking up</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>buscando</translation>
    </message>
    <message>
        <source>hashing</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>calculando hash</translation>
    </message>
    <message>
        <source>looking up on Civitai</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>buscando en Civitai</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>escribiendo la galería</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>terminado</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 says why the model file could not be read (e.g. the system&apos;s error message)</extracomment>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>the file changed while it was read (still being written?)</source>
        <translation>el archivo cambió mientras se leía (¿aún se está escribiendo?)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a model file&apos;s path, %2 a warning about that file</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive could not be saved: %1</source>
        <extracomment>%1 is why the run&apos;s state could not be written (e.g. the disk is full)</extracomment>
        <translation>no se pudo guardar la carpeta de salida: %1</translation>
    </message>
    <message>
        <source>the gallery could not be written: %1</source>
        <translation>no se pudo escribir la galería: %1</translation>
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
        <translation>Escribiendo la galería…</translation>
    </message>
    <message>
        <source>Regenerate Gallery</source>
        <translation>Regenerar galería</translation>
    </message>
    <message>
        <source>Gallery written.</source>
        <translation>Galería escrita.</translation>
    </message>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation>
            <numerusform>Galería escrita con %n problema (detalles en el registro).</numerusform>
            <numerusform>Galería escrita con %n problemas (detalles en el registro).</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archive folders to clean…</source>
        <translation>Buscando carpetas de archivo que limpiar…</translation>
    </message>
    <message>
        <source>Clean the archive</source>
        <translation>Limpiar la carpeta de salida</translation>
    </message>
    <message>
        <source>Cancelled: nothing was removed.</source>
        <translation>Cancelado: no se eliminó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation>
            <numerusform>Se eliminó %n carpeta de archivo.</numerusform>
            <numerusform>Se eliminaron %n carpetas de archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning failed in part: see the log.</source>
        <translation>La limpieza falló en parte (detalles en el registro).</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveClient</name>
    <message>
        <source>CivArchive answered a web page, not data (its hourly limit)</source>
        <translation>CivArchive respondió con una página web, no con datos (su límite por hora)</translation>
    </message>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>Se alcanzó el límite por hora de CivArchive</translation>
    </message>
    <message>
        <source>CivArchive&apos;s answer could not be read</source>
        <translation>No se pudo leer la respuesta de CivArchive</translation>
    </message>
</context>
<context>
    <name>CivArchiveLookup</name>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>Se alcanzó el límite por hora de CivArchive</translation>
    </message>
    <message>
        <source>CivArchive lookup failed, tried again at the next run: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>La búsqueda en CivArchive falló; se reintentará en la próxima ejecución: %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveSection</name>
    <message>
        <source>gated: sign-in or approval needed</source>
        <translation>restringido: requiere inicio de sesión o aprobación</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>de pago</translation>
    </message>
    <message>
        <source>removed on %1</source>
        <extracomment>%1 is the date the copy was removed</extracomment>
        <translation>eliminado el %1</translation>
    </message>
    <message>
        <source>From CivArchive: Civitai no longer knows this file, CivArchive kept its model.</source>
        <translation>De CivArchive: Civitai ya no conoce este archivo; CivArchive conservó su modelo.</translation>
    </message>
    <message>
        <source>Where this file still exists</source>
        <translation>Dónde sigue existiendo este archivo</translation>
    </message>
    <message>
        <source>As listed by CivArchive; removed copies are kept as a record.</source>
        <translation>Según CivArchive; las copias eliminadas se conservan como registro.</translation>
    </message>
</context>
<context>
    <name>CivitaiClient</name>
    <message>
        <source>unexpected answer from Civitai: not an object with an id</source>
        <translation>respuesta inesperada de Civitai: no es un objeto con id</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: not a list</source>
        <translation>respuesta inesperada de Civitai: no es una lista</translation>
    </message>
    <message>
        <source>malformed JSON from Civitai: %1</source>
        <translation>JSON mal formado de Civitai: %1</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: %1</source>
        <extracomment>%1 says what is wrong with the answer</extracomment>
        <translation>respuesta inesperada de Civitai: %1</translation>
    </message>
    <message>
        <source>the version&apos;s id is not a positive number</source>
        <translation>el id de la versión no es un número positivo</translation>
    </message>
    <message>
        <source>the version&apos;s model id is not a positive number</source>
        <translation>el id de modelo de la versión no es un número positivo</translation>
    </message>
    <message>
        <source>the version&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;files&quot;</extracomment>
        <translation>el campo «%1» de la versión tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>an image of the version is not an object</source>
        <translation>una imagen de la versión no es un objeto</translation>
    </message>
    <message>
        <source>not the model %1 that was asked for</source>
        <extracomment>%1 is the model id that was asked for</extracomment>
        <translation>no es el modelo %1 que se pidió</translation>
    </message>
    <message>
        <source>the model&apos;s list of versions is missing</source>
        <translation>falta la lista de versiones del modelo</translation>
    </message>
    <message>
        <source>the model&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;stats&quot;</extracomment>
        <translation>el campo «%1» del modelo tiene un tipo incorrecto</translation>
    </message>
    <message>
        <source>a version in the model&apos;s list has no id</source>
        <translation>una versión de la lista del modelo no tiene id</translation>
    </message>
    <message>
        <source>HTTP 404 without Civitai&apos;s own &quot;not found&quot; answer (wrong API address, or a proxy page)</source>
        <translation>HTTP 404 sin la respuesta «no encontrado» propia de Civitai (dirección de API incorrecta o página de un proxy)</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: no list of models</source>
        <translation>respuesta inesperada de Civitai: no hay lista de modelos</translation>
    </message>
    <message>
        <source>Civitai answered with another version than %1</source>
        <extracomment>%1 is the id asked for</extracomment>
        <translation>Civitai respondió con otra versión distinta de %1</translation>
    </message>
</context>
<context>
    <name>CivitaiSync</name>
    <message>
        <source>Civitai lookup failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>falló la búsqueda en Civitai: %1</translation>
    </message>
    <message>
        <source>Civitai model details failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>fallaron los detalles del modelo en Civitai: %1</translation>
    </message>
    <message>
        <source>The file changed on disk since it was linked by hand to Civitai version %1: the link is kept (remove it with --unlink if it no longer holds).</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>El archivo cambió en el disco desde que se vinculó a mano con la versión %1 de Civitai: el vínculo se conserva (quítelo con --unlink si ya no es válido).</translation>
    </message>
    <message>
        <source>Civitai no longer knows version %1, to which this file is linked by hand: its archive is kept as it was.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai ya no conoce la versión %1, con la que este archivo está vinculado a mano: su archivo se conserva tal como estaba.</translation>
    </message>
</context>
<context>
    <name>CivitaiUrl</name>
    <message>
        <source>Give the address of a Civitai model version, or its id.</source>
        <translation>Indique la dirección de una versión de modelo de Civitai, o su id.</translation>
    </message>
    <message>
        <source>This address is too long to be a Civitai address.</source>
        <translation>Esta dirección es demasiado larga para ser de Civitai.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no model version id: an id is a positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>«%1» no es un id de versión de modelo: un id es un número entero positivo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no web address: give an address like https://civitai.com/models/123?modelVersionId=456, or a version id.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>«%1» no es una dirección web: indique una dirección como https://civitai.com/models/123?modelVersionId=456, o un id de versión.</translation>
    </message>
    <message>
        <source>A Civitai address has no user name or password in it.</source>
        <translation>Una dirección de Civitai no contiene usuario ni contraseña.</translation>
    </message>
    <message>
        <source>%1 is not Civitai: only addresses on civitai.com, civitai.red or the configured API hosts are accepted.</source>
        <extracomment>%1 is the host name of the address the user gave</extracomment>
        <translation>%1 no es Civitai: solo se aceptan direcciones de civitai.com, civitai.red o de los hosts de API configurados.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>«%1» no indica ningún modelo: su id no es un número entero positivo.</translation>
    </message>
    <message>
        <source>This address names more than one model version.</source>
        <translation>Esta dirección indica más de una versión de modelo.</translation>
    </message>
    <message>
        <source>The address&apos;s modelVersionId is no model version id.</source>
        <translation>El modelVersionId de la dirección no es un id de versión de modelo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no address of a Civitai model or model version.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>«%1» no es la dirección de un modelo ni de una versión de modelo de Civitai.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model or version: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>«%1» no indica ningún modelo ni versión: su id no es un número entero positivo.</translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <source>Clean the archive</source>
        <translation>Limpiar la carpeta de salida</translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, these archive folders belong to model files that are gone or are duplicates. Model files are never touched.</source>
        <translation>En &lt;b&gt;%1&lt;/b&gt;, estas carpetas de archivo pertenecen a archivos de modelo que ya no existen o que están duplicados. Los archivos de modelo nunca se tocan.</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta de archivo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Archive folders to remove</source>
        <translation>Carpetas de archivo que se eliminarán</translation>
    </message>
    <message>
        <source>left alone: it holds files that are not ours</source>
        <translation>se conserva: contiene archivos que no son de este programa</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation>
            <numerusform>Eliminar %n carpeta</numerusform>
            <numerusform>Eliminar %n carpetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>No hay nada que limpiar en &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <extracomment>%1 says why an archive folder is kept (its model file cannot be reached)</extracomment>
        <translation>conservada: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;civitai-data-manager --help&apos; for more information.</source>
        <translation>Más información con «civitai-data-manager --help».</translation>
    </message>
    <message>
        <source>Enter the path where you want to save the exported files (press Enter for current directory): </source>
        <translation>Ruta donde guardar los archivos exportados (Intro para usar el directorio actual): </translation>
    </message>
    <message>
        <source>Directory %1 doesn&apos;t exist. Create it? (y/n): </source>
        <translation>El directorio %1 no existe. ¿Crearlo? (s/n): </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Wrote %1/index.html and %2 model pages</source>
        <translation>Se escribieron %1/index.html y %2 páginas de modelos</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Se eliminaría</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Leaving %1/ alone: it holds files that are not ours</source>
        <translation>Se conserva %1/: contiene archivos que no son de este programa</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Generated %1 JSON files for preview images</source>
        <translation>Se generaron %1 archivos JSON para las imágenes de vista previa</translation>
    </message>
    <message>
        <source>Error: File %1 not found</source>
        <translation>Error: no se encontró el archivo %1</translation>
    </message>
    <message>
        <source>Error: Directory %1 not found</source>
        <translation>Error: no se encontró el directorio %1</translation>
    </message>
    <message>
        <source>--output DIR is required when not running in a terminal</source>
        <translation>--output DIR es obligatorio cuando no se ejecuta en un terminal</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>no se indicó ninguna carpeta de salida</translation>
    </message>
    <message>
        <source>Interrupted: finishing the files in progress and saving...</source>
        <translation>Interrumpido: terminando los archivos en curso y guardando...</translation>
    </message>
    <message>
        <source>Archiving %1 into %2</source>
        <translation>Archivando %1 en %2</translation>
    </message>
    <message>
        <source>%1 archive folder(s) to remove, %2 duplicate group(s). Model files are never touched.</source>
        <translation>%1 carpeta(s) de archivo que eliminar, %2 grupo(s) de duplicados. Los archivos de modelo nunca se modifican.</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The letter that answers yes at the &quot;(y/n)&quot; prompt, as written in its translation</extracomment>
        <translation>s</translation>
    </message>
    <message>
        <source>Keeping %1/: %2</source>
        <extracomment>%1 is an archive folder, %2 why it is kept (its model file cannot be reached, e.g. on an unmounted drive)</extracomment>
        <translation>Se conserva %1/: %2</translation>
    </message>
    <message>
        <source>Error: %1 is a folder: use --all %1</source>
        <extracomment>%1 is the path as given; --all is an option (do not translate it)</extracomment>
        <translation>Error: %1 es una carpeta: use --all %1</translation>
    </message>
    <message>
        <source>Error: %1 is not a regular file (a pipe, socket or device)</source>
        <extracomment>%1 is the path as given</extracomment>
        <translation>Error: %1 no es un archivo normal (una tubería, un socket o un dispositivo)</translation>
    </message>
    <message>
        <source>Error: %1 is not a folder: use --single %1</source>
        <extracomment>%1 is the path as given; --single is an option (do not translate it)</extracomment>
        <translation>Error: %1 no es una carpeta: use --single %1</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in progress...</source>
        <translation>Interrumpido: terminando el paso en curso...</translation>
    </message>
    <message>
        <source>Linking %1 to Civitai model version %2 (model %3, %4)</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id, %3 a model id, %4 the API host</extracomment>
        <translation>Vinculando %1 con la versión de modelo %2 de Civitai (modelo %3, %4)</translation>
    </message>
    <message>
        <source>Removed the link of %1 to Civitai model version %2. Its archive stays; the next run looks the file up by its hash.</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id</extracomment>
        <translation>Se quitó el vínculo de %1 con la versión de modelo %2 de Civitai. Su archivo se conserva; la próxima ejecución buscará el archivo por su hash.</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Files of the collection</source>
        <translation>Archivos de la colección</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>Mostrar archivos</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Find files</source>
        <translation>Buscar archivos</translation>
    </message>
    <message>
        <source>Find by name, Civitai name, type or base model</source>
        <translation>Buscar por nombre, nombre en Civitai, tipo o modelo base</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Todos los archivos (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status filter&apos;s entry with its count: &quot;Errors (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>Mostrar en el gestor de archivos</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>Abrir la carpeta de salida</translation>
    </message>
    <message>
        <source>Open model page</source>
        <translation>Abrir la página del modelo</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Abrir en Civitai</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copiar el hash</translation>
    </message>
    <message>
        <source>Copy trigger words</source>
        <translation>Copiar las palabras clave</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot use both --images and --noimages at the same time</source>
        <translation>No se pueden usar --images y --noimages a la vez</translation>
    </message>
    <message>
        <source>Cannot use both --onlynew and --onlyhtml at the same time</source>
        <translation>No se pueden usar --onlynew y --onlyhtml a la vez</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlynew at the same time</source>
        <translation>No se pueden usar --onlyupdate y --onlynew a la vez</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlyhtml at the same time</source>
        <translation>No se pueden usar --onlyupdate y --onlyhtml a la vez</translation>
    </message>
    <message>
        <source>--clean option can only be used with --all</source>
        <translation>La opción --clean solo se puede usar con --all</translation>
    </message>
    <message>
        <source>--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew</source>
        <translation>--clean no se puede usar con --onlyhtml, --onlyupdate ni --onlynew</translation>
    </message>
    <message>
        <source>Process one model file.</source>
        <translation>Procesar un solo archivo de modelo.</translation>
    </message>
    <message>
        <source>Process every model file in DIR, recursively.</source>
        <translation>Procesar todos los archivos de modelo de DIR y sus subcarpetas.</translation>
    </message>
    <message>
        <source>Output (archive) folder. Asked for when missing and on a terminal.</source>
        <translation>Carpeta de salida (donde se archiva). Si falta, se pregunta en el terminal.</translation>
    </message>
    <message>
        <source>No pause between Civitai requests (may hit rate limits).</source>
        <translation>Sin pausa entre solicitudes a Civitai (puede alcanzar el límite de solicitudes).</translation>
    </message>
    <message>
        <source>Download all preview images, not only the first.</source>
        <translation>Descargar todas las imágenes de vista previa, no solo la primera.</translation>
    </message>
    <message>
        <source>Download no preview images.</source>
        <translation>No descargar imágenes de vista previa.</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_preview_N.json for archives made before the Python tool&apos;s v1.3.</source>
        <translation>Escribir &lt;name&gt;_preview_N.json en carpetas de salida creadas antes de la v1.3 de la herramienta en Python.</translation>
    </message>
    <message>
        <source>Only process files not processed before.</source>
        <translation>Procesar solo los archivos no procesados antes.</translation>
    </message>
    <message>
        <source>With --onlynew: skip files listed in missing_from_civitai.txt.</source>
        <translation>Con --onlynew: omitir los archivos listados en missing_from_civitai.txt.</translation>
    </message>
    <message>
        <source>Only refresh Civitai data of processed files (no hashing).</source>
        <translation>Solo actualizar los datos de Civitai de los archivos ya procesados (sin calcular hashes).</translation>
    </message>
    <message>
        <source>Only regenerate the HTML pages (no network).</source>
        <translation>Solo regenerar las páginas HTML (sin conexión).</translation>
    </message>
    <message>
        <source>Remove archive folders of models no longer in DIR; list duplicates.</source>
        <translation>Eliminar las carpetas de archivo de modelos que ya no están en DIR; listar duplicados.</translation>
    </message>
    <message>
        <source>Ignore config.json.</source>
        <translation>Ignorar config.json.</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of ./config.json. Command-line flags win over it.</source>
        <translation>Leer la configuración de FILE en lugar de ./config.json. Las opciones de la línea de comandos tienen prioridad.</translation>
    </message>
    <message>
        <source>Model file extensions to scan (default: safetensors; known: safetensors,ckpt,pt,pth,bin,gguf).</source>
        <translation>Extensiones de archivo de modelo que buscar (predeterminado: safetensors; conocidas: safetensors,ckpt,pt,pth,bin,gguf).</translation>
    </message>
    <message>
        <source>Files hashed in parallel (default: %1).</source>
        <translation>Archivos cuyo hash se calcula en paralelo (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Hash every file again, ignoring the hash cache.</source>
        <translation>Volver a calcular el hash de todos los archivos, sin usar la caché de hashes.</translation>
    </message>
    <message>
        <source>Random pause between Civitai requests, in seconds (default: 3-6).</source>
        <translation>Pausa aleatoria entre solicitudes a Civitai, en segundos (predeterminado: 3-6).</translation>
    </message>
    <message>
        <source>With --clean: only show what would be removed.</source>
        <translation>Con --clean: solo mostrar lo que se eliminaría.</translation>
    </message>
    <message>
        <source>Log details.</source>
        <translation>Mostrar más detalles.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <source>Error in config file %1: %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 why it cannot be read</extracomment>
        <translation>Error en el archivo de configuración %1: %2</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a boolean value</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: «%2» debe ser un valor booleano</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a path</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: «%2» debe ser una ruta</translation>
    </message>
    <message>
        <source>Error in config file %1: config must specify either &apos;single&apos; or &apos;all&apos; path, but not both</source>
        <extracomment>%1 is the config file&apos;s path; &apos;single&apos; and &apos;all&apos; are setting names (do not translate them)</extracomment>
        <translation>Error en el archivo de configuración %1: debe indicarse una ruta «single» o «all», pero no ambas</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (use --single FILE or --all DIR)</source>
        <extracomment>%1 is the argument as given; FILE and DIR are placeholders of the command&apos;s syntax</extracomment>
        <translation>Argumento inesperado: %1 (se espera --single FILE o --all DIR)</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64</source>
        <translation>--threads admite un número del 1 al 64</translation>
    </message>
    <message>
        <source>Config file not found: %1</source>
        <translation>No se encontró el archivo de configuración: %1</translation>
    </message>
    <message>
        <source>Read settings from %1</source>
        <translation>Configuración leída de %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 says which two options conflict</extracomment>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>--pause takes seconds as MIN-MAX (e.g. 3-6), not &apos;%1&apos;</source>
        <extracomment>%1 is the value as given; MIN-MAX is a placeholder of the command&apos;s syntax</extracomment>
        <translation>--pause admite segundos en la forma MIN-MAX (p. ej., 3-6), no «%1»</translation>
    </message>
    <message>
        <source>--single needs a model file</source>
        <translation>--single necesita un archivo de modelo</translation>
    </message>
    <message>
        <source>--all needs a folder</source>
        <translation>--all necesita una carpeta</translation>
    </message>
    <message>
        <source>--extensions needs at least one extension</source>
        <translation>--extensions necesita al menos una extensión</translation>
    </message>
    <message>
        <source>--skipmissing only has an effect with --onlynew</source>
        <translation>--skipmissing solo tiene efecto con --onlynew</translation>
    </message>
    <message>
        <source>argument --all: not allowed with argument --single</source>
        <translation>argumento --all: no permitido con el argumento --single</translation>
    </message>
    <message>
        <source>--api-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--api-base necesita una dirección http(s), no «%1»</translation>
    </message>
    <message>
        <source>--dry-run only has an effect with --clean</source>
        <translation>--dry-run solo tiene efecto con --clean</translation>
    </message>
    <message>
        <source>one of the arguments --single --all is required</source>
        <translation>se requiere uno de los argumentos --single --all</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;extensions&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;extensions&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: «extensions» debe ser un texto o una lista de textos</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a text</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: «%2» debe ser un texto</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;threads&apos; must be a number from 1 to 64</source>
        <extracomment>%1 is the config file&apos;s path; &apos;threads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: «threads» debe ser un número de 1 a 64</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; is only read from a file named with --config, because the API key is sent to that address. If you trust this file, run with --config %1; else use --noconfig, or --api-base URL.</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name and --config, --api-base and --noconfig are options (do not translate them)</extracomment>
        <translation>Error en el archivo de configuración %1: «api-base» solo se lee de un archivo indicado con --config, porque la clave de API se envía a esa dirección. Si confía en este archivo, ejecute con --config %1; si no, use --noconfig o --api-base URL.</translation>
    </message>
    <message>
        <source>--output %1 is the root of the file system: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 es la raíz del sistema de archivos: use una carpeta propia para la salida</translation>
    </message>
    <message>
        <source>--output %1 is your home folder: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 es su carpeta personal: use una carpeta propia para la salida</translation>
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
        <translation>Archiva los metadatos de Civitai, las palabras de activación y las vistas previas de los
archivos de modelo locales.
Sin argumentos se abre la ventana de escritorio; con --single o --all se ejecuta sin interfaz.

La configuración también se lee de config.json en la carpeta actual (o de --config FILE), con
los mismos nombres que las opciones (&quot;all&quot;, &quot;output&quot;, &quot;images&quot;: true, ...). Las opciones
indicadas en la línea de comandos tienen prioridad sobre el archivo de configuración. Solo un
archivo indicado con --config puede fijar &quot;api-base&quot;, la dirección a la que se envía la clave de API.

Códigos de salida: 0 todo correcto, 1 fallaron algunos archivos (se listan al final),
2 error de uso, 3 otra ejecución está usando la carpeta de salida, 130 interrumpido
(Ctrl-C; la siguiente ejecución continúa donde se quedó).</translation>
    </message>
    <message>
        <source>Civitai API address; give it again for more hosts, asked in turn (default: $CIVITAI_API_BASE, else https://civitai.red then https://civitai.com). An API key is read from $CIVITAI_API_KEY.</source>
        <translation>Dirección de la API de Civitai; repítala para más hosts, que se consultan por orden (predeterminado: $CIVITAI_API_BASE o, si no, https://civitai.red y luego https://civitai.com). La clave de API se lee de $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: «api-base» debe ser un texto o una lista de textos</translation>
    </message>
    <message>
        <source>Previews downloaded at once from Civitai&apos;s image host, beside the lookups (default: %1, at most %2).</source>
        <translation>Vistas previas descargadas a la vez desde el servidor de imágenes de Civitai, junto a las consultas (predeterminado: %1, como máximo %2).</translation>
    </message>
    <message>
        <source>--preview-downloads takes a number from 1 to %1</source>
        <extracomment>%1 is the largest number allowed</extracomment>
        <translation>--preview-downloads admite un número de 1 a %1</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;preview-downloads&apos; must be a number from 1 to %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 the largest number allowed; &apos;preview-downloads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>Error en el archivo de configuración %1: &apos;preview-downloads&apos; debe ser un número de 1 a %2</translation>
    </message>
    <message>
        <source>Also look files up on CivArchive, a third party: their SHA-256 hashes are sent there. Archives what Civitai forgot and where each file still exists.</source>
        <translation>Buscar también los archivos en CivArchive, un tercero: se le envían sus hashes SHA-256. Archiva lo que Civitai olvidó y dónde sigue existiendo cada archivo.</translation>
    </message>
    <message>
        <source>CivArchive API address (default: $CIVARCHIVE_BASE_URL, else https://civarchive.com/api/v1).</source>
        <translation>Dirección de la API de CivArchive (por defecto: $CIVARCHIVE_BASE_URL, si no https://civarchive.com/api/v1).</translation>
    </message>
    <message>
        <source>Link FILE by hand to the Civitai model version whose address or id follows, and archive it (with --output).</source>
        <translation>Vincular FILE a mano con la versión de modelo de Civitai cuya dirección o id sigue, y archivarlo (con --output).</translation>
    </message>
    <message>
        <source>Remove the manual link of FILE (with --output).</source>
        <translation>Quitar el vínculo manual de FILE (con --output).</translation>
    </message>
    <message>
        <source>Cannot use both --link and --unlink at the same time</source>
        <translation>No se pueden usar --link y --unlink a la vez</translation>
    </message>
    <message>
        <source>%1 cannot be used with --%2</source>
        <extracomment>%1 is --link or --unlink, %2 another option</extracomment>
        <translation>%1 no se puede usar con --%2</translation>
    </message>
    <message>
        <source>--link FILE needs one Civitai address or model version id after it, e.g. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</source>
        <translation>--link FILE necesita después una dirección de Civitai o un id de versión de modelo, p. ej. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 is the argument as given</extracomment>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--civarchive-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--civarchive-base necesita una dirección http(s), no «%1»</translation>
    </message>
    <message>
        <source>--recheck cannot be used with --onlyhtml, --onlyupdate, or --clean</source>
        <translation>--recheck no se puede usar con --onlyhtml, --onlyupdate ni --clean</translation>
    </message>
    <message>
        <source>Look every file up again; no previews.</source>
        <translation>Volver a buscar cada archivo; sin vistas previas.</translation>
    </message>
    <message>
        <source>--recheck ignores --onlynew and --skipmissing: it looks at every file</source>
        <translation>--recheck ignora --onlynew y --skipmissing: revisa todos los archivos</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>hash calculado</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivado</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>not on Civitai</source>
        <translation>no está en Civitai</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>  %1 / %2  %3 MB/s  ETA %4</source>
        <translation>  %1 / %2  %3 MB/s  quedan %4</translation>
    </message>
    <message>
        <source>  %1 requests</source>
        <translation>  %1 solicitudes</translation>
    </message>
    <message>
        <source>  waiting %1 s: %2</source>
        <translation>  esperando %1 s: %2</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>Esperando %1 s: %2</translation>
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
        <translation>, %1 vista(s) previa(s)</translation>
    </message>
    <message>
        <source>, newer version on Civitai</source>
        <translation>, hay una versión más reciente en Civitai</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 files found, %4 done, %5 hashed (%6</source>
        <translation>%1 en %2 s: %3 archivos encontrados, %4 completados, %5 con hash calculado (%6</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source> at %1 MB/s</source>
        <translation> a %1 MB/s</translation>
    </message>
    <message>
        <source>), %1 from cache</source>
        <translation>), %1 desde la caché</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 omitidos</translation>
    </message>
    <message>
        <source>, %1 failed.</source>
        <translation>, %1 con errores.</translation>
    </message>
    <message>
        <source>Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, %5 with a newer version (updates_available.json).</source>
        <translation>Civitai: %1 solicitudes, %2 al día, %3 no están en Civitai, %4 vista(s) previa(s) descargada(s), %5 con una versión más reciente (updates_available.json).</translation>
    </message>
    <message>
        <source>Newer versions on Civitai:</source>
        <translation>Versiones más recientes en Civitai:</translation>
    </message>
    <message>
        <source>  ... and %1 more in updates_available.json</source>
        <translation>  ... y %1 más en updates_available.json</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avisos:</translation>
    </message>
    <message>
        <source>Failed files:</source>
        <translation>Archivos con errores:</translation>
    </message>
    <message>
        <source>Progress was saved; run the same command again to resume.</source>
        <translation>El progreso se ha guardado; al volver a ejecutar el mismo comando, se continuará donde se quedó.</translation>
    </message>
    <message>
        <source>not on Civitai, archived from CivArchive</source>
        <translation>no está en Civitai, archivado desde CivArchive</translation>
    </message>
    <message>
        <source>Removed from Civitai since the last check (their archived data is kept):</source>
        <translation>Eliminados de Civitai desde la última comprobación (sus datos archivados se conservan):</translation>
    </message>
    <message>
        <source>  %1: last confirmed %2</source>
        <extracomment>%1 is a model file&apos;s path with its model&apos;s name, %2 the date Civitai last knew it</extracomment>
        <translation>  %1: confirmado por última vez el %2</translation>
    </message>
    <message>
        <source>  ... and %1 more in file_history.json</source>
        <translation>  ... y %1 más en file_history.json</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>Creador:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>Modelo base:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
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
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Trigger words:</source>
        <translation>Palabras clave:</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copiar el hash</translation>
    </message>
    <message>
        <source>Open page in the gallery</source>
        <translation>Abrir la página en la galería</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Abrir en Civitai</translation>
    </message>
    <message>
        <source>Reveal file</source>
        <translation>Mostrar el archivo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>Ningún archivo seleccionado</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>Copiar «%1»</translation>
    </message>
    <message>
        <source>Select a file in the collection to see its cover, names, trigger words and hash here.</source>
        <translation>Seleccione un archivo de la colección para ver aquí su portada, sus nombres, sus palabras clave y su hash.</translation>
    </message>
</context>
<context>
    <name>DetailsPaneToggle</name>
    <message>
        <source>&amp;Details pane</source>
        <translation>Panel de &amp;detalles</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Duplicate model files</source>
        <translation>Archivos de modelo duplicados</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>&amp;Mostrar archivo</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>Env&amp;iar a la papelera…</translation>
    </message>
    <message>
        <source>Move this copy to the system trash (it can be restored from there)</source>
        <translation>Enviar esta copia a la papelera del sistema (desde allí se puede restaurar)</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation>
            <numerusform>%n copia de %1</numerusform>
            <numerusform>%n copias de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>conservado</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <source>No model file is stored twice.</source>
        <translation>No hay ningún archivo de modelo guardado dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation>
            <numerusform>%n grupo de archivos idénticos; se podrían liberar %1.</numerusform>
            <numerusform>%n grupos de archivos idénticos; se podrían liberar %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Enviar a la papelera</translation>
    </message>
    <message>
        <source>Move this copy to the trash?

%1

An identical file stays where it is, and the trash can restore this one.</source>
        <translation>¿Enviar esta copia a la papelera?

%1

Un archivo idéntico se queda donde está, y esta copia se puede restaurar desde la papelera.</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash: %2</source>
        <translation>No se pudo enviar %1 a la papelera: %2</translation>
    </message>
</context>
<context>
    <name>FailedFiles</name>
    <message>
        <source>%1 is not a list of failed files: it is written again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 no es una lista de archivos fallidos: se vuelve a escribir</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation>OpenSSL no pudo iniciar SHA-256</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not finish SHA-256</source>
        <translation>OpenSSL no pudo terminar SHA-256</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>%1 is not a file history: it is left as it is</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 no es un historial de archivos: se deja como está</translation>
    </message>
</context>
<context>
    <name>GalleryHistory</name>
    <message>
        <source>Removed from Civitai: last seen there on %1. Everything archived here is kept.</source>
        <extracomment>%1 is the date Civitai last knew the model file</extracomment>
        <translation>Eliminado de Civitai: visto allí por última vez el %1. Todo lo archivado aquí se conserva.</translation>
    </message>
    <message>
        <source>First archived</source>
        <translation>Archivado por primera vez</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Removed from Civitai only</source>
        <translation>Solo los eliminados de Civitai</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Eliminado de Civitai</translation>
    </message>
    <message>
        <source>Found on Civitai again</source>
        <translation>Encontrado de nuevo en Civitai</translation>
    </message>
    <message>
        <source>Available on Civitai again</source>
        <translation>Disponible de nuevo en Civitai</translation>
    </message>
    <message>
        <source>Newer version published: %1</source>
        <extracomment>%1 is the name of the version Civitai published</extracomment>
        <translation>Nueva versión publicada: %1</translation>
    </message>
    <message>
        <source>The model file changed on disk</source>
        <translation>El archivo del modelo cambió en el disco</translation>
    </message>
    <message>
        <source>The model file is gone from disk</source>
        <translation>El archivo del modelo ya no está en el disco</translation>
    </message>
    <message>
        <source>The model file is back on disk</source>
        <translation>El archivo del modelo vuelve a estar en el disco</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>Galería</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Back to the model list</source>
        <translation>Volver a la lista de modelos</translation>
    </message>
    <message>
        <source>Search the gallery (commas: all terms must match)</source>
        <translation>Buscar en la galería (con comas: deben coincidir todos los términos)</translation>
    </message>
    <message>
        <source>Search the gallery</source>
        <translation>Buscar en la galería</translation>
    </message>
    <message>
        <source>No gallery yet.
Run an archive and its model browser appears here.</source>
        <translation>Todavía no hay galería.
Al archivar, el explorador de modelos aparecerá aquí.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>GalleryWriter</name>
    <message>
        <source>Archived by civitai-data-manager %1. Works offline.</source>
        <translation>Archivado con civitai-data-manager %1. Funciona sin conexión.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>Modo oscuro</translation>
    </message>
    <message>
        <source>Network module</source>
        <translation>Módulo de red</translation>
    </message>
    <message>
        <source>Network dim</source>
        <translation>Dim de red</translation>
    </message>
    <message>
        <source>Network alpha</source>
        <translation>Alpha de red</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entrenado sobre</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>Imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>Nombre de salida</translation>
    </message>
    <message>
        <source>Training metadata</source>
        <translation>Metadatos de entrenamiento</translation>
    </message>
    <message>
        <source>Tag frequencies (top 30)</source>
        <translation>Frecuencia de etiquetas (30 principales)</translation>
    </message>
    <message>
        <source>Preview %1 (video)</source>
        <translation>Vista previa %1 (vídeo)</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>Vista previa %1</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>Vistas previas</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Me gusta</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Missing from Civitai since %1</source>
        <translation>Ausente en Civitai desde %1</translation>
    </message>
    <message>
        <source>Newer version on Civitai:</source>
        <translation>Versión más reciente en Civitai:</translation>
    </message>
    <message>
        <source>(from the file&apos;s training tags)</source>
        <translation>(de las etiquetas de entrenamiento del archivo)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Todos los modelos</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>Palabras de activación</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>The description needs JavaScript (it is sanitized before it is shown).</source>
        <translation>La descripción necesita JavaScript (se sanea antes de mostrarse).</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>Explorador de modelos</translation>
    </message>
    <message>
        <source>Search name, file, tags, creator, trigger words, base model (a, b: all must match)</source>
        <translation>Buscar por nombre, archivo, etiquetas, creador, palabras de activación, modelo base (a, b: deben coincidir todos)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Sort, filters and display</source>
        <translation>Orden, filtros y visualización</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All base models</source>
        <translation>Todos los modelos base</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>Todos los creadores</translation>
    </message>
    <message>
        <source>New versions only</source>
        <translation>Solo con versión nueva</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Portadas</translation>
    </message>
    <message>
        <source>Blur NSFW</source>
        <translation>Difuminar NSFW</translation>
    </message>
    <message>
        <source>Collection overview</source>
        <translation>Resumen de la colección</translation>
    </message>
    <message>
        <source>The model browser needs JavaScript. Each model&apos;s page works without it: open its folder.</source>
        <translation>El explorador de modelos necesita JavaScript. La página de cada modelo funciona sin él: se encuentra en su carpeta.</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>Ningún modelo coincide.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <source>cannot read the gallery asset %1</source>
        <translation>no se puede leer el recurso de la galería %1</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Vinculado a mano</translation>
    </message>
    <message>
        <source>Its hash matches no file on Civitai: it was linked to this version by hand.</source>
        <translation>Su hash no coincide con ningún archivo de Civitai: se vinculó a esta versión a mano.</translation>
    </message>
    <message>
        <source>cannot read the gallery&apos;s cache for %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>no se puede leer la caché de la galería para %1</translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1 has an unknown format version</source>
        <extracomment>%1 is the path of the hash cache file</extracomment>
        <translation>%1 tiene una versión de formato desconocida</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the JSON text is damaged or cut short at byte %1</source>
        <extracomment>%1 is a position in a file, in bytes from its start</extracomment>
        <translation>el texto JSON está dañado o cortado en el byte %1</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Linking %1 to Civitai and archiving it…</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Vinculando %1 con Civitai y archivándolo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 is linked to Civitai version %2 and archived.</source>
        <translation>%1 está vinculado con la versión %2 de Civitai y archivado.</translation>
    </message>
    <message>
        <source>The link of %1 is removed; its archive stays. The next run looks it up by its hash.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Se quitó el vínculo de %1; su archivo se conserva. La próxima ejecución lo buscará por su hash.</translation>
    </message>
    <message>
        <source>Link to a Civitai version…</source>
        <translation>Vincular con una versión de Civitai…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Quitar el vínculo</translation>
    </message>
    <message>
        <source>Manual link</source>
        <translation>Vínculo manual</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Civitai knows no file with the hash of %1 (a re-saved, pruned or converted file has another hash). Paste the address of the Civitai model version it came from, or its id. It is archived with that version&apos;s data at once.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Civitai no conoce ningún archivo con el hash de %1 (un archivo guardado de nuevo, recortado o convertido tiene otro hash). Pegue la dirección de la versión de modelo de Civitai de la que procede, o su id. Se archiva enseguida con los datos de esa versión.</translation>
    </message>
    <message>
        <source>Link to a Civitai version</source>
        <translation>Vincular con una versión de Civitai</translation>
    </message>
    <message>
        <source>Link and archive</source>
        <translation>Vincular y archivar</translation>
    </message>
</context>
<context>
    <name>LinkFile</name>
    <message>
        <source>Civitai could not be asked about model %1: %2</source>
        <extracomment>%1 is a Civitai model id, %2 says why (e.g. a network error)</extracomment>
        <translation>No se pudo consultar a Civitai sobre el modelo %1: %2</translation>
    </message>
    <message>
        <source>Civitai has no model %1.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai no tiene el modelo %1.</translation>
    </message>
    <message>
        <source>Civitai lists no version of model %1 to link to.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai no lista ninguna versión del modelo %1 con la que vincular.</translation>
    </message>
    <message>
        <source>Civitai could not be asked about model version %1: %2</source>
        <extracomment>%1 is a Civitai model version id, %2 says why (e.g. a network error)</extracomment>
        <translation>No se pudo consultar a Civitai sobre la versión de modelo %1: %2</translation>
    </message>
    <message>
        <source>Civitai has no model version %1.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai no tiene la versión de modelo %1.</translation>
    </message>
    <message>
        <source>Civitai version %1 belongs to model %2, not to model %3 as the address says.</source>
        <extracomment>%1 is a Civitai model version id, %2 and %3 model ids</extracomment>
        <translation>La versión %1 de Civitai pertenece al modelo %2, no al modelo %3 como dice la dirección.</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>no se puede crear la carpeta de salida %1</translation>
    </message>
    <message>
        <source>The file could not be archived, so the link was taken back: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>No se pudo archivar el archivo, así que se deshizo el vínculo: %1</translation>
    </message>
    <message>
        <source>the run ended without it</source>
        <translation>la ejecución terminó sin él</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Run log</source>
        <translation>Registro de la ejecución</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>Cop&amp;iar registro</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>Copiar todo el registro</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
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
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Añadir una carpeta de modelos</translation>
    </message>
    <message>
        <source>Add single model files</source>
        <translation>Añadir archivos de modelo sueltos</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Añadir archivos de modelo</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Archive every source now</source>
        <translation>Archivar ahora todos los orígenes</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Pausar o reanudar la ejecución</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the run; what finished is kept and saved</source>
        <translation>Detener la ejecución; lo ya terminado se conserva y se guarda</translation>
    </message>
    <message>
        <source>Write the HTML gallery again from the archive, offline</source>
        <translation>Volver a escribir la galería HTML a partir de lo archivado, sin conexión</translation>
    </message>
    <message>
        <source>Remove archive folders of models that are gone (asks first)</source>
        <translation>Eliminar las carpetas de archivo de modelos que ya no existen (pide confirmación)</translation>
    </message>
    <message>
        <source>Show the archive in the file manager</source>
        <translation>Mostrar la carpeta de salida en el gestor de archivos</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Civitai API key, request pacing, files, appearance</source>
        <translation>Clave de API de Civitai, ritmo de solicitudes, archivos, apariencia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecución</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Civitai Data Manager</source>
        <translation>&amp;Acerca de Civitai Data Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Drop model folders here</source>
        <translation>Arrastrar aquí carpetas de modelos</translation>
    </message>
    <message>
        <source>Civitai Data Manager keeps what Civitai knows about your models on your own disk:
trigger words, descriptions, previews and prompts, even after a model is deleted there.
It reads your model files and never changes them.</source>
        <translation>Civitai Data Manager guarda en el disco local todo lo que Civitai sabe de los modelos:
palabras de activación, descripciones, vistas previas y prompts, aunque el modelo se borre de allí.
Lee los archivos de modelo y nunca los modifica.</translation>
    </message>
    <message>
        <source>Add a models folder…</source>
        <translation>Añadir una carpeta de modelos…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Orígenes</translation>
    </message>
    <message>
        <source>&amp;Missing from Civitai</source>
        <translation>Au&amp;sentes en Civitai</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplicados</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>&amp;Galería</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>First preview of each model</source>
        <translation>Primera vista previa de cada modelo</translation>
    </message>
    <message>
        <source>All previews</source>
        <translation>Todas las vistas previas</translation>
    </message>
    <message>
        <source>No previews</source>
        <translation>Sin vistas previas</translation>
    </message>
    <message>
        <source>Previews to download</source>
        <translation>Vistas previas que descargar</translation>
    </message>
    <message>
        <source>Only &amp;new files</source>
        <translation>Solo archivos &amp;nuevos</translation>
    </message>
    <message>
        <source>S&amp;kip files missing from Civitai</source>
        <translation>&amp;Omitir archivos ausentes en Civitai</translation>
    </message>
    <message>
        <source>Only &amp;update archived models</source>
        <translation>Solo act&amp;ualizar modelos archivados</translation>
    </message>
    <message>
        <source>Pre&amp;views:</source>
        <translation>&amp;Vistas previas:</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation>
            <numerusform>Se añadió %n origen. Se archivará al pulsar Iniciar.</numerusform>
            <numerusform>Se añadieron %n orígenes. Se archivarán al pulsar Iniciar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message>
        <source>%1 of %2 hashed</source>
        <translation>hash calculado: %1 de %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>quedan unos %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation>
            <numerusform>%n solicitud a Civitai</numerusform>
            <numerusform>%n solicitudes a Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>esperando %1 s: %2</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>Error al archivar</translation>
    </message>
    <message>
        <source>Archiving into %1 failed:
%2</source>
        <translation>Error al archivar en %1:
%2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, %6 requests in %7</source>
        <translation>%1: %2 completados, %3 no están en Civitai, %4 con errores, %5 vistas previas, %6 solicitudes en %7</translation>
    </message>
    <message>
        <source>This model has no page yet: it appears after the run.</source>
        <translation>Este modelo aún no tiene página: aparecerá tras la ejecución.</translation>
    </message>
    <message>
        <source>About Civitai Data Manager</source>
        <translation>Acerca de Civitai Data Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Keeps what Civitai knows about your models (trigger words, descriptions, previews and their prompts) on your own disk, even after a model is deleted there. It only ever reads your model files.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;A native rewrite of the Python &lt;i&gt;civitai-data-manager&lt;/i&gt; by jeremysltn, whose archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).&lt;/p&gt;&lt;p&gt;Not affiliated with Civitai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Guarda en el disco local lo que Civitai sabe de los modelos (palabras de activación, descripciones, vistas previas y sus prompts), aunque el modelo se borre de allí. Los archivos de modelo solo se leen, nunca se modifican.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;&lt;p&gt;Reescritura nativa de &lt;i&gt;civitai-data-manager&lt;/i&gt;, la herramienta en Python de jeremysltn, de la que conserva la estructura de archivado y la línea de comandos. Creado con Qt %2, QtKeychain y OpenSSL; la galería sanea las descripciones con DOMPurify (Apache 2.0 o MPL 2.0).&lt;/p&gt;&lt;p&gt;Sin afiliación con Civitai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>Hay una ejecución en curso</translation>
    </message>
    <message>
        <source>Stop the run and quit? Everything finished so far is saved.</source>
        <translation>¿Detener la ejecución y salir? Todo lo terminado hasta ahora está guardado.</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>Añadir arc&amp;hivos…</translation>
    </message>
    <message>
        <source>Re&amp;generate gallery</source>
        <translation>Re&amp;generar la galería</translation>
    </message>
    <message>
        <source>Clea&amp;n archive…</source>
        <translation>&amp;Limpiar el archivo…</translation>
    </message>
    <message>
        <source>Open &amp;output folder</source>
        <translation>Abrir la carpeta de &amp;salida</translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation>&amp;Colección</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Skip files archived by an earlier run</source>
        <translation>Omitir los archivos archivados por una ejecución anterior</translation>
    </message>
    <message>
        <source>With only new files: do not ask again about files Civitai did not know</source>
        <translation>Con solo archivos nuevos: no volver a preguntar por archivos que Civitai no conocía</translation>
    </message>
    <message>
        <source>Refresh Civitai data of archived models without reading the files</source>
        <translation>Actualizar los datos de Civitai de los modelos archivados sin leer los archivos</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n no está en Civitai</numerusform>
            <numerusform>%n no están en Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see the Errors filter)</source>
        <translation>
            <numerusform>%n con error (vea el filtro Errores)</numerusform>
            <numerusform>%n con error (vea el filtro Errores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a newer version on Civitai</source>
        <translation>
            <numerusform>%n con una versión más reciente en Civitai</numerusform>
            <numerusform>%n con una versión más reciente en Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what finished is saved: %1.</source>
        <translation>Cancelado; lo terminado está guardado: %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Terminado: %1.</translation>
    </message>
    <message>
        <source>&amp;Re-check on Civitai</source>
        <translation>&amp;Volver a comprobar en Civitai</translation>
    </message>
    <message>
        <source>Look every archived file up on Civitai again, to find what was removed or changed; downloads no previews</source>
        <translation>Volver a buscar cada archivo archivado en Civitai para encontrar lo eliminado o cambiado; no descarga vistas previas</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Eliminado de Civitai</translation>
    </message>
    <message numerus="yes">
        <source>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</source>
        <translation>
            <numerusform>Civitai ya no conoce %n de sus archivos de modelo; sus datos archivados se conservan. Vea el filtro «Eliminado de Civitai».</numerusform>
            <numerusform>Civitai ya no conoce %n de sus archivos de modelo; sus datos archivados se conservan. Vea el filtro «Eliminado de Civitai».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai (see the Removed filter)</source>
        <translation>
            <numerusform>%n eliminado de Civitai (vea el filtro «Eliminado de Civitai»)</numerusform>
            <numerusform>%n eliminados de Civitai (vea el filtro «Eliminado de Civitai»)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualLinks</name>
    <message>
        <source>Cannot read the manual links in %1: %2</source>
        <extracomment>%1 is the file, %2 why it cannot be read</extracomment>
        <translation>No se pueden leer los vínculos manuales de %1: %2</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>the image host sent no image or video of a known format</source>
        <translation>el servidor de imágenes no envió ninguna imagen ni vídeo de un formato conocido</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>el archivo supera los %1 MB</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>el archivo está incompleto (se cortó antes de terminar)</translation>
    </message>
</context>
<context>
    <name>MigrateImageJson</name>
    <message>
        <source>writing the JSON files of preview images</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>escribiendo los archivos JSON de las vistas previas</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>no se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Missing since</source>
        <translation>Ausente desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Trigger words from its metadata</source>
        <translation>Palabras de activación de sus metadatos</translation>
    </message>
    <message>
        <source>Files not found on Civitai</source>
        <translation>Archivos no encontrados en Civitai</translation>
    </message>
    <message>
        <source>&amp;Retry lookup</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <source>Ask Civitai again about this file</source>
        <translation>Volver a consultar este archivo en Civitai</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>&amp;Mostrar archivo</translation>
    </message>
    <message>
        <source>Open its &amp;page</source>
        <translation>Abrir su pág&amp;ina</translation>
    </message>
    <message>
        <source>%1 (not found on disk in this archive&apos;s sources)</source>
        <translation>%1 (no se encuentra en los orígenes de esta carpeta de salida)</translation>
    </message>
    <message>
        <source>Civitai knows every archived file.</source>
        <translation>Civitai conoce todos los archivos archivados.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation>
            <numerusform>%n archivo no encontrado en Civitai. Sus palabras de activación proceden de los metadatos de entrenamiento del propio archivo.</numerusform>
            <numerusform>%n archivos no encontrados en Civitai. Sus palabras de activación proceden de los metadatos de entrenamiento de los propios archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <extracomment>Civitai&apos;s answer for a file in the missing list; %1 an HTTP status other than 404</extracomment>
        <translation>No está en Civitai</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Nothing is archived yet: after a run, the files Civitai does not know are listed here.</source>
        <translation>Aún no hay nada archivado: tras una ejecución, aquí se listan los archivos que Civitai no conoce.</translation>
    </message>
</context>
<context>
    <name>ModelAnswer</name>
    <message>
        <source>a model that is not an object</source>
        <translation>un modelo que no es un objeto</translation>
    </message>
</context>
<context>
    <name>ModelMode</name>
    <message>
        <source>Archived on Civitai</source>
        <translation>Archivado en Civitai</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Retirado de Civitai</translation>
    </message>
    <message>
        <source>Civitai archived this model: its files can no longer be downloaded.</source>
        <translation>Civitai archivó este modelo: sus archivos ya no se pueden descargar.</translation>
    </message>
    <message>
        <source>Civitai took this model down: its images are no longer shown.</source>
        <translation>Civitai retiró este modelo: sus imágenes ya no se muestran.</translation>
    </message>
</context>
<context>
    <name>ModelScanner</name>
    <message>
        <source>skipped %1: broken link</source>
        <translation>%1 omitido: enlace roto</translation>
    </message>
    <message>
        <source>cannot read folder %1: permission denied</source>
        <translation>no se puede leer la carpeta %1: permiso denegado</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation>%1 no es un archivo normal ni una carpeta</translation>
    </message>
    <message>
        <source>cannot read folder %1: path too long</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>no se puede leer la carpeta %1: ruta demasiado larga</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <extracomment>%1 is a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>no se puede leer la carpeta %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanClean</name>
    <message>
        <source>looking for archive folders to clean</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>buscando carpetas de archivo que limpiar</translation>
    </message>
</context>
<context>
    <name>PreviewFetcher</name>
    <message>
        <source>preview %1 not downloaded: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why (e.g. a network error)</extracomment>
        <translation>vista previa %1 no descargada: %2</translation>
    </message>
    <message>
        <source>preview %1 not kept: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why</extracomment>
        <translation>vista previa %1 no conservada: %2</translation>
    </message>
    <message>
        <source>cannot save preview %1</source>
        <extracomment>%1 is the path of the preview image file</extracomment>
        <translation>no se puede guardar la vista previa %1</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 de %2 terminados</translation>
    </message>
    <message>
        <source>Hashing %1 %</source>
        <translation>Calculando hash: %1 %</translation>
    </message>
    <message>
        <source>Previews %1/%2</source>
        <translation>Vistas previas %1/%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai</source>
        <translation>Completado · versión más reciente en Civitai</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>Calculando hash</translation>
    </message>
    <message>
        <source>Looking up on Civitai</source>
        <translation>Buscando en Civitai</translation>
    </message>
    <message>
        <source>Downloading previews</source>
        <translation>Descargando vistas previas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation>No está en Civitai</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Civitai name</source>
        <translation>Nombre en Civitai</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai (%1)</source>
        <translation>Hecho · versión más reciente en Civitai (%1)</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <extracomment>%1 says what Civitai did with the model: &quot;Archived on Civitai&quot;</extracomment>
        <translation>Hecho · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n no está en Civitai</numerusform>
            <numerusform>%n no están en Civitai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>Aún sin buscar</translation>
    </message>
    <message>
        <source>Not on Civitai · archived from CivArchive</source>
        <translation>No está en Civitai · archivado desde CivArchive</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai</source>
        <translation>
            <numerusform>%n eliminado de Civitai</numerusform>
            <numerusform>%n eliminados de Civitai</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <extracomment>%1 is the date Civitai last knew the file</extracomment>
        <translation>Eliminado de Civitai · visto por última vez el %1</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Eliminado de Civitai</translation>
    </message>
    <message>
        <source>Failed in an earlier run: %1</source>
        <extracomment>%1 is why a run failed on the file (&quot;Civitai answered 500 …&quot;)</extracomment>
        <translation>Falló en una ejecución anterior: %1</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <extracomment>%1 is the day of the run that failed on the file, %2 why it failed</extracomment>
        <translation>Falló el %1: %2</translation>
    </message>
</context>
<context>
    <name>RegenerateGallery</name>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>escribiendo la galería</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>polite pause between requests (--notimeout turns it off)</source>
        <extracomment>Why the run waits, shown with a countdown; --notimeout is a command-line flag</extracomment>
        <translation>pausa de cortesía entre solicitudes (--notimeout la desactiva)</translation>
    </message>
    <message>
        <source>refused to fetch %1: not an http(s) address</source>
        <extracomment>%1 is an address (URL)</extracomment>
        <translation>se rechazó descargar %1: no es una dirección http(s)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>request timed out</source>
        <translation>se agotó el tiempo de la solicitud</translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation>la respuesta llegó incompleta</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <extracomment>%1 is the network error&apos;s description</extracomment>
        <translation>error de red: %1</translation>
    </message>
    <message>
        <source>rate limited by Civitai (HTTP 429)</source>
        <translation>límite de solicitudes de Civitai (HTTP 429)</translation>
    </message>
    <message>
        <source>Civitai answered HTTP %1</source>
        <extracomment>%1 is the HTTP status code (500 or above)</extracomment>
        <translation>Civitai respondió HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 attempts</source>
        <extracomment>%1 is the HTTP status code, %2 the number of attempts</extracomment>
        <translation>HTTP %1 tras %2 intentos</translation>
    </message>
    <message>
        <source>network error: %1 after %2 attempts</source>
        <extracomment>%1 is the network error&apos;s description, %2 the number of attempts</extracomment>
        <translation>error de red: %1 tras %2 intentos</translation>
    </message>
    <message>
        <source>timed out after %1 attempts</source>
        <extracomment>%1 is the number of attempts</extracomment>
        <translation>tiempo agotado tras %1 intentos</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>la respuesta supera los %1 MB</translation>
    </message>
    <message>
        <source>refused to follow a redirect from %1 to %2, an address in this machine&apos;s or a private network</source>
        <extracomment>%1 and %2 are addresses (URLs)</extracomment>
        <translation>se rechazó seguir una redirección de %1 a %2, una dirección de este equipo o de una red privada</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>archivo vacío (0 bytes)</translation>
    </message>
    <message>
        <source>not a safetensors file: only %1 bytes</source>
        <extracomment>%1 is the file&apos;s size in bytes (1 to 7)</extracomment>
        <translation>no es un archivo safetensors: solo %1 bytes</translation>
    </message>
    <message>
        <source>cannot read the header length: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>no se puede leer la longitud de la cabecera: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: empty header</source>
        <translation>no es un archivo safetensors: cabecera vacía</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 exceeds the %2-byte limit</source>
        <extracomment>%1 is the header length the file declares, %2 the limit, both in bytes</extracomment>
        <translation>no es un archivo safetensors: la longitud de cabecera %1 supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>truncated: header needs %1 bytes, the file has %2</source>
        <extracomment>%1 is the header length the file declares, %2 the bytes the file has after the length prefix</extracomment>
        <translation>truncado: la cabecera necesita %1 bytes y el archivo tiene %2</translation>
    </message>
    <message>
        <source>truncated: could not read the %1-byte header</source>
        <extracomment>%1 is the header length in bytes</extracomment>
        <translation>truncado: no se pudo leer la cabecera de %1 bytes</translation>
    </message>
    <message>
        <source>invalid header JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset in the header, %2 the JSON parser&apos;s error message</extracomment>
        <translation>JSON de cabecera no válido en el byte %1: %2</translation>
    </message>
    <message>
        <source>invalid header: JSON is not an object</source>
        <translation>cabecera no válida: el JSON no es un objeto</translation>
    </message>
    <message>
        <source>invalid header: __metadata__ is not an object</source>
        <translation>cabecera no válida: __metadata__ no es un objeto</translation>
    </message>
    <message>
        <source>truncated: tensors need %1 bytes of data, the file has %2</source>
        <extracomment>%1 is the tensor data size the header declares, %2 the data the file has, in bytes</extracomment>
        <translation>truncado: los tensores necesitan %1 bytes de datos y el archivo tiene %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>no se puede escribir el archivo de preferencias %1</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>el archivo de preferencias %1 está dañado</translation>
    </message>
    <message>
        <source>CIVITAI_API_BASE is not an http(s) address or a comma-separated list of them</source>
        <translation>CIVITAI_API_BASE no es una dirección http(s) ni una lista de ellas separadas por comas</translation>
    </message>
    <message>
        <source>CIVARCHIVE_BASE_URL is not an http(s) address</source>
        <translation>CIVARCHIVE_BASE_URL no es una dirección http(s)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Civitai</source>
        <translation>Civitai</translation>
    </message>
    <message>
        <source>Paste your Civitai API key</source>
        <translation>Pegar aquí la clave de API de Civitai</translation>
    </message>
    <message>
        <source>Civitai API key</source>
        <translation>Clave de API de Civitai</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>Mostrar la clave de API</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>Estado de la clave de API</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Save the API key in the system keychain</source>
        <translation>Guardar la clave de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>&amp;Probar clave</translation>
    </message>
    <message>
        <source>Test the API key with Civitai</source>
        <translation>Probar la clave de API con Civitai</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Borrar clave</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>Borrar la clave de API</translation>
    </message>
    <message>
        <source>API key test result</source>
        <translation>Resultado de la prueba de la clave de API</translation>
    </message>
    <message>
        <source>Optional. With a key, Civitai also answers for models that need a signed-in account. Create one under Account settings, API keys, on civitai.com. Runs without a saved key use $CIVITAI_API_KEY.</source>
        <translation>Opcional. Con una clave, Civitai también responde sobre los modelos que requieren iniciar sesión. Se crea en civitai.com, en Account settings › API keys. Sin una clave guardada, las ejecuciones usan $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Minimum pause between requests, in seconds</source>
        <translation>Pausa mínima entre solicitudes, en segundos</translation>
    </message>
    <message>
        <source>Maximum pause between requests, in seconds</source>
        <translation>Pausa máxima entre solicitudes, en segundos</translation>
    </message>
    <message>
        <source>Mi&amp;nimum pause:</source>
        <translation>Pausa mí&amp;nima:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum pause:</source>
        <translation>Pausa má&amp;xima:</translation>
    </message>
    <message>
        <source>A random pause between Civitai requests keeps the archive polite and clear of rate limits.</source>
        <translation>Una pausa aleatoria entre solicitudes a Civitai hace que el archivado sea respetuoso con el servidor y evita el límite de solicitudes.</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Model file extensions, separated by commas</source>
        <translation>Extensiones de archivo de modelo, separadas por comas</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>Conocidas: %1</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>&amp;Extensiones:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Files hashed in parallel, 0 for automatic</source>
        <translation>Archivos cuyo hash se calcula en paralelo; 0 para automático</translation>
    </message>
    <message>
        <source>&amp;Hashing threads:</source>
        <translation>&amp;Hilos de cálculo de hash:</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>El cambio de idioma se aplica tras reiniciar.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Use extensions such as safetensors, ckpt, gguf, separated by commas.</source>
        <translation>Se esperan extensiones como safetensors, ckpt, gguf, separadas por comas.</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>Consultando el llavero del sistema…</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>Hay una clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>A key is kept for this session only: it is forgotten when the program closes.</source>
        <translation>La clave se conserva solo durante esta sesión: se olvidará al cerrar el programa.</translation>
    </message>
    <message>
        <source>A key is set; it is forgotten when the program closes.</source>
        <translation>Hay una clave definida; se olvidará al cerrar el programa.</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>No hay ninguna clave guardada.</translation>
    </message>
    <message>
        <source>No key is saved; runs use the key in $CIVITAI_API_KEY.</source>
        <translation>No hay ninguna clave guardada; las ejecuciones usan la clave de $CIVITAI_API_KEY.</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>Probando la clave con %1…</translation>
    </message>
    <message>
        <source>The key works: it belongs to %1.</source>
        <translation>La clave funciona: pertenece a %1.</translation>
    </message>
    <message>
        <source>Civitai did not accept this key (%1). Check it, or create a new one.</source>
        <translation>Civitai no aceptó esta clave (%1). Conviene revisarla o crear una nueva.</translation>
    </message>
    <message>
        <source>Could not test the key: %1. Try again later.</source>
        <translation>No se pudo probar la clave: %1. Se puede volver a intentar más tarde.</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Civitai API addresses</source>
        <translation>Direcciones de la API de Civitai</translation>
    </message>
    <message>
        <source>API a&amp;ddresses:</source>
        <translation>&amp;Direcciones de la API:</translation>
    </message>
    <message>
        <source>Only change this for a Civitai mirror or a test server. The addresses, separated by commas, are asked in turn: civitai.com leaves mature models out, civitai.red does not. The API key is only ever sent to these addresses.</source>
        <translation>Solo debe cambiarse para usar un espejo de Civitai o un servidor de pruebas. Las direcciones, separadas por comas, se consultan por orden: civitai.com omite los modelos para adultos; civitai.red, no. La clave de API solo se envía a estas direcciones.</translation>
    </message>
    <message>
        <source>Enter http:// or https:// addresses separated by commas, such as https://civitai.red, https://civitai.com.</source>
        <translation>Se necesitan direcciones http:// o https:// separadas por comas, como https://civitai.red, https://civitai.com.</translation>
    </message>
    <message>
        <source>Previews downloaded at once</source>
        <translation>Vistas previas descargadas a la vez</translation>
    </message>
    <message>
        <source>&amp;Previews at once:</source>
        <translation>&amp;Vistas previas a la vez:</translation>
    </message>
    <message>
        <source>Previews come from Civitai&apos;s image host, beside the lookups and without their pause; after an error from that host they come one at a time until it answers well again.</source>
        <translation>Las vistas previas vienen del servidor de imágenes de Civitai, junto a las consultas y sin su pausa; tras un error de ese servidor llegan de una en una hasta que vuelva a responder bien.</translation>
    </message>
    <message>
        <source>Loo&amp;k files up on CivArchive</source>
        <translation>Buscar archivos en Civ&amp;Archive</translation>
    </message>
    <message>
        <source>The SHA-256 hashes of your model files are sent to civarchive.com, a third party, which tells what Civitai forgot and where each file still exists.</source>
        <translation>Los hashes SHA-256 de sus archivos de modelo se envían a civarchive.com, un tercero, que indica lo que Civitai olvidó y dónde sigue existiendo cada archivo.</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Archived into</source>
        <translation>Archivado en</translation>
    </message>
    <message>
        <source>Model folders and their output folders</source>
        <translation>Carpetas de modelos y sus carpetas de salida</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>Añadir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Add a models folder (its subfolders are included)</source>
        <translation>Añadir una carpeta de modelos (con sus subcarpetas)</translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation>Añadir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>&amp;Output folder…</source>
        <translation>Carpeta de sa&amp;lida…</translation>
    </message>
    <message>
        <source>Choose where the selected sources are archived</source>
        <translation>Elegir dónde se archivan los orígenes seleccionados</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Forget the selected sources (nothing is deleted)</source>
        <translation>Quitar los orígenes seleccionados de la lista (no se borra nada)</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>Añadir una carpeta de modelos</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>Añadir archivos de modelo</translation>
    </message>
    <message>
        <source>Model files (%1)</source>
        <translation>Archivos de modelo (%1)</translation>
    </message>
    <message>
        <source>Archive the selected sources into</source>
        <translation>Archivar los orígenes seleccionados en</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>cannot remove %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>no se puede eliminar %1</translation>
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
        <translation>quitando el vínculo manual</translation>
    </message>
    <message>
        <source>%1 is not linked by hand in this archive.</source>
        <extracomment>%1 is a model file&apos;s path</extracomment>
        <translation>%1 no está vinculado a mano en este archivo.</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>escribiendo la galería</translation>
    </message>
</context>
<context>
    <name>VersionAccess</name>
    <message>
        <source>Early access until %1</source>
        <extracomment>%1 is a date: until then only those who pay can download the version</extracomment>
        <translation>Acceso anticipado hasta el %1</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>Acceso anticipado</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <extracomment>%1 is a date: until then the version must be paid for</extracomment>
        <translation>De pago hasta el %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>De pago</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Recent folders</source>
        <translation>Carpetas &amp;recientes</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>Aún no hay carpetas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sources panel</source>
        <translation>Panel de &amp;orígenes</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Find in the collection</source>
        <translation>&amp;Buscar en la colección</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Report a problem</source>
        <translation>&amp;Informar de un problema</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <source>Missing from Civitai</source>
        <translation>Ausentes en Civitai</translation>
    </message>
    <message>
        <source>Date added (newest)</source>
        <translation>Fecha de incorporación (más recientes)</translation>
    </message>
    <message>
        <source>Date added (oldest)</source>
        <translation>Fecha de incorporación (más antiguos)</translation>
    </message>
    <message>
        <source>Downloads (most)</source>
        <translation>Descargas (de más a menos)</translation>
    </message>
    <message>
        <source>Downloads (fewest)</source>
        <translation>Descargas (de menos a más)</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>Nombre (A–Z)</translation>
    </message>
    <message>
        <source>Name (Z–A)</source>
        <translation>Nombre (Z–A)</translation>
    </message>
    <message>
        <source>Creator (A–Z)</source>
        <translation>Creador (A–Z)</translation>
    </message>
    <message>
        <source>Creator (Z–A)</source>
        <translation>Creador (Z–A)</translation>
    </message>
    <message>
        <source>File size (largest)</source>
        <translation>Tamaño de archivo (de mayor a menor)</translation>
    </message>
    <message>
        <source>File size (smallest)</source>
        <translation>Tamaño de archivo (de menor a mayor)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>Nueva versión: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 descargas</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>incorporado el %1</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4</source>
        <translation>Modelos: %1 · Ausentes en Civitai: %2 · Duplicados: %3 · Con versión más reciente: %4</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>By base model</source>
        <translation>Por modelo base</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 de %2 modelos</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 modelo</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 modelos</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Archived on Civitai</source>
        <translation>Archivado en Civitai</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Retirado de Civitai</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>Vinculado a mano</translation>
    </message>
    <message>
        <source>From CivArchive</source>
        <translation>De CivArchive</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Tamaño de las tarjetas</translation>
    </message>
    <message>
        <source>Comfortable cards</source>
        <translation>Tarjetas cómodas</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>Tarjetas compactas</translation>
    </message>
    <message>
        <source>Files that could not be read (damaged or truncated), not shown: %1</source>
        <translation>Archivos que no se pudieron leer (dañados o truncados), no mostrados: %1</translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <translation>Eliminado de Civitai · visto por última vez el %1</translation>
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
        <translation>Prompt negativo</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>Escala CFG</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Clip skip</source>
        <translation>Clip skip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>Copiar prompt</translation>
    </message>
    <message>
        <source>No generation data.</source>
        <translation>Sin datos de generación.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
</TS>
