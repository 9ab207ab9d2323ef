<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiKeyCheck</name>
    <message>
        <source>no API key was given</source>
        <translation>未提供 API 密钥</translation>
    </message>
    <message>
        <source>Civitai refused the key (HTTP %1)</source>
        <extracomment>%1 is the HTTP status code (401 or 403)</extracomment>
        <translation>Civitai 拒绝了该密钥（HTTP %1）</translation>
    </message>
    <message>
        <source>unexpected answer from %1 (no user in it)</source>
        <extracomment>%1 is the path of Civitai&apos;s API endpoint that was asked</extracomment>
        <translation>%1 返回了意外的响应（其中没有用户信息）</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain did not give the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>无法从系统密钥环读取 Civitai API 密钥：%1</translation>
    </message>
    <message>
        <source>The system keychain did not save the Civitai API key (%1). It is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>系统密钥环未能保存 Civitai API 密钥（%1）。该密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <source>The system keychain did not remove the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>系统密钥环未能删除 Civitai API 密钥：%1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the Civitai API key is kept for this session only. Install or start a keychain (such as GNOME Keyring or KWallet) to keep it.</source>
        <translation>没有可用的系统密钥环，因此 Civitai API 密钥仅在本次会话中保留。若要保存，请安装或启动密钥环（如 GNOME Keyring 或 KWallet）。</translation>
    </message>
</context>
<context>
    <name>ApplyClean</name>
    <message>
        <source>removing archive folders</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>正在删除归档文件夹</translation>
    </message>
</context>
<context>
    <name>ArchiveCleaner</name>
    <message>
        <source>no model file named like it</source>
        <extracomment>Why an archive folder is removed</extracomment>
        <translation>没有同名的模型文件</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <extracomment>Why an archive folder is removed; %1 is the path of its former model file</extracomment>
        <translation>%1 已不存在</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <extracomment>Why an archive folder is removed; %1 is the path of the model file whose archive is kept</extracomment>
        <translation>%1 的重复项</translation>
    </message>
    <message>
        <source>refusing to clean: %1</source>
        <extracomment>%1 is why: &quot;no model files found in …&quot; or &quot;parts of the models folder could not be read&quot;</extracomment>
        <translation>拒绝清理：%1</translation>
    </message>
    <message>
        <source>no model files found in %1</source>
        <extracomment>%1 is a comma-separated list of the model folders</extracomment>
        <translation>在 %1 中未找到模型文件</translation>
    </message>
    <message>
        <source>parts of the models folder could not be read</source>
        <translation>模型文件夹的部分内容无法读取</translation>
    </message>
    <message>
        <source>cannot remove %1/%2</source>
        <extracomment>%1 is the archive (output) folder, %2 the model folder inside it</extracomment>
        <translation>无法删除 %1/%2</translation>
    </message>
    <message>
        <source>%1 is still there (not among the files scanned)</source>
        <extracomment>Why an archive folder is kept; %1 is the path of its model file</extracomment>
        <translation>%1 仍然存在（不在本次扫描的文件中）</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 does not exist (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>无法访问 %1：%2 不存在（驱动器未挂载？）</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 cannot be read</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>无法访问 %1：无法读取 %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 is empty (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>无法访问 %1：%2 是空的（驱动器未挂载？）</translation>
    </message>
</context>
<context>
    <name>ArchiveLock</name>
    <message>
        <source>Cannot lock the archive %1: the lock file %2 cannot be created.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>无法锁定归档 %1：无法创建锁文件 %2。</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another run. Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>归档 %1 正被另一次运行使用。请在其结束后重试。</translation>
    </message>
    <message>
        <source>The archive %1 is in use by %2 (process %3 on %4). Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder, %2 a program&apos;s name, %3 its process id, %4 a computer&apos;s name</extracomment>
        <translation>归档 %1 正被 %2 使用（%4 上的进程 %3）。请在其结束后重试。</translation>
    </message>
    <message>
        <source>If it is no longer running on that computer, delete %1.</source>
        <extracomment>%1 is the lock file&apos;s path</extracomment>
        <translation>如果它已不在那台计算机上运行，请删除 %1。</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 has no readable _hash.json</source>
        <extracomment>%1 is the name of a model&apos;s archive folder</extracomment>
        <translation>%1 没有可读取的 _hash.json</translation>
    </message>
</context>
<context>
    <name>ArchiveRun</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>无法创建输出文件夹 %1</translation>
    </message>
    <message>
        <source> (every file will be hashed again)</source>
        <extracomment>Appended to the message saying why the hash cache could not be read</extracomment>
        <translation>（所有文件都将重新计算哈希）</translation>
    </message>
    <message>
        <source>scanning</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>正在扫描</translation>
    </message>
    <message>
        <source>cancelling</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>looking up</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>正在查询</translation>
    </message>
    <message>
        <source>hashing</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>正在计算哈希</translation>
    </message>
    <message>
        <source>looking up on Civitai</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>正在 Civitai 上查询</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>正在生成图库</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 says why the model file could not be read (e.g. the system&apos;s error message)</extracomment>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file changed while it was read (still being written?)</source>
        <translation>读取期间文件发生了变化（是否仍在写入？）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a model file&apos;s path, %2 a warning about that file</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the archive could not be saved: %1</source>
        <extracomment>%1 is why the run&apos;s state could not be written (e.g. the disk is full)</extracomment>
        <translation>无法保存归档：%1</translation>
    </message>
    <message>
        <source>the gallery could not be written: %1</source>
        <translation>无法写入图库：%1</translation>
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
        <translation>正在生成图库…</translation>
    </message>
    <message>
        <source>Regenerate Gallery</source>
        <translation>重新生成图库</translation>
    </message>
    <message>
        <source>Gallery written.</source>
        <translation>图库已生成。</translation>
    </message>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation>
            <numerusform>图库已生成，但有 %n 个问题：请查看日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archive folders to clean…</source>
        <translation>正在查找需要清理的归档文件夹…</translation>
    </message>
    <message>
        <source>Clean the archive</source>
        <translation>清理归档</translation>
    </message>
    <message>
        <source>Cancelled: nothing was removed.</source>
        <translation>已取消：未删除任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation>
            <numerusform>已删除 %n 个归档文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning failed in part: see the log.</source>
        <translation>部分清理失败：请查看日志。</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveClient</name>
    <message>
        <source>CivArchive answered a web page, not data (its hourly limit)</source>
        <translation>CivArchive 返回的是网页而不是数据（其每小时限额）</translation>
    </message>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>已达到 CivArchive 的每小时限额</translation>
    </message>
    <message>
        <source>CivArchive&apos;s answer could not be read</source>
        <translation>无法读取 CivArchive 的响应</translation>
    </message>
</context>
<context>
    <name>CivArchiveLookup</name>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>已达到 CivArchive 的每小时限额</translation>
    </message>
    <message>
        <source>CivArchive lookup failed, tried again at the next run: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>CivArchive 查询失败，将在下次运行时重试：%1</translation>
    </message>
</context>
<context>
    <name>CivArchiveSection</name>
    <message>
        <source>gated: sign-in or approval needed</source>
        <translation>受限：需要登录或批准</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <source>removed on %1</source>
        <extracomment>%1 is the date the copy was removed</extracomment>
        <translation>已于 %1 删除</translation>
    </message>
    <message>
        <source>From CivArchive: Civitai no longer knows this file, CivArchive kept its model.</source>
        <translation>来自 CivArchive：Civitai 已不再识别此文件，CivArchive 保留了其模型。</translation>
    </message>
    <message>
        <source>Where this file still exists</source>
        <translation>此文件仍存在的位置</translation>
    </message>
    <message>
        <source>As listed by CivArchive; removed copies are kept as a record.</source>
        <translation>据 CivArchive 列出；已删除的副本作为记录保留。</translation>
    </message>
</context>
<context>
    <name>CivitaiClient</name>
    <message>
        <source>unexpected answer from Civitai: not an object with an id</source>
        <translation>Civitai 的响应异常：不是带 id 的对象</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: not a list</source>
        <translation>Civitai 的响应异常：不是列表</translation>
    </message>
    <message>
        <source>malformed JSON from Civitai: %1</source>
        <translation>Civitai 返回的 JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: %1</source>
        <extracomment>%1 says what is wrong with the answer</extracomment>
        <translation>Civitai 的响应异常：%1</translation>
    </message>
    <message>
        <source>the version&apos;s id is not a positive number</source>
        <translation>版本的 ID 不是正数</translation>
    </message>
    <message>
        <source>the version&apos;s model id is not a positive number</source>
        <translation>版本的模型 ID 不是正数</translation>
    </message>
    <message>
        <source>the version&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;files&quot;</extracomment>
        <translation>版本的字段 &quot;%1&quot; 类型错误</translation>
    </message>
    <message>
        <source>an image of the version is not an object</source>
        <translation>版本中的某张图片不是对象</translation>
    </message>
    <message>
        <source>not the model %1 that was asked for</source>
        <extracomment>%1 is the model id that was asked for</extracomment>
        <translation>不是所请求的模型 %1</translation>
    </message>
    <message>
        <source>the model&apos;s list of versions is missing</source>
        <translation>缺少模型的版本列表</translation>
    </message>
    <message>
        <source>the model&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;stats&quot;</extracomment>
        <translation>模型的字段 &quot;%1&quot; 类型错误</translation>
    </message>
    <message>
        <source>a version in the model&apos;s list has no id</source>
        <translation>模型列表中的某个版本没有 ID</translation>
    </message>
    <message>
        <source>HTTP 404 without Civitai&apos;s own &quot;not found&quot; answer (wrong API address, or a proxy page)</source>
        <translation>HTTP 404，且没有 Civitai 自己的“未找到”响应（API 地址错误，或是代理页面）</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: no list of models</source>
        <translation>Civitai 的意外响应：没有模型列表</translation>
    </message>
    <message>
        <source>Civitai answered with another version than %1</source>
        <extracomment>%1 is the id asked for</extracomment>
        <translation>Civitai 返回的版本不是 %1</translation>
    </message>
</context>
<context>
    <name>CivitaiSync</name>
    <message>
        <source>Civitai lookup failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>在 Civitai 上查询失败：%1</translation>
    </message>
    <message>
        <source>Civitai model details failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>获取 Civitai 模型详情失败：%1</translation>
    </message>
    <message>
        <source>The file changed on disk since it was linked by hand to Civitai version %1: the link is kept (remove it with --unlink if it no longer holds).</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>此文件在手动链接到 Civitai 版本 %1 后在磁盘上发生了变化：链接保留（如果不再成立，请用 --unlink 移除）。</translation>
    </message>
    <message>
        <source>Civitai no longer knows version %1, to which this file is linked by hand: its archive is kept as it was.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai 已不再识别此文件手动链接的版本 %1：其存档保持原样。</translation>
    </message>
</context>
<context>
    <name>CivitaiUrl</name>
    <message>
        <source>Give the address of a Civitai model version, or its id.</source>
        <translation>请输入 Civitai 模型版本的地址或其 ID。</translation>
    </message>
    <message>
        <source>This address is too long to be a Civitai address.</source>
        <translation>此地址太长，不可能是 Civitai 地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no model version id: an id is a positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>“%1”不是模型版本 ID：ID 是正整数。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no web address: give an address like https://civitai.com/models/123?modelVersionId=456, or a version id.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>“%1”不是网址：请输入类似 https://civitai.com/models/123?modelVersionId=456 的地址，或版本 ID。</translation>
    </message>
    <message>
        <source>A Civitai address has no user name or password in it.</source>
        <translation>Civitai 地址中不包含用户名或密码。</translation>
    </message>
    <message>
        <source>%1 is not Civitai: only addresses on civitai.com, civitai.red or the configured API hosts are accepted.</source>
        <extracomment>%1 is the host name of the address the user gave</extracomment>
        <translation>%1 不是 Civitai：只接受 civitai.com、civitai.red 或已配置的 API 主机上的地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>“%1”未指明任何模型：其 ID 不是正整数。</translation>
    </message>
    <message>
        <source>This address names more than one model version.</source>
        <translation>此地址指向多个模型版本。</translation>
    </message>
    <message>
        <source>The address&apos;s modelVersionId is no model version id.</source>
        <translation>地址中的 modelVersionId 不是模型版本 ID。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no address of a Civitai model or model version.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>“%1”不是 Civitai 模型或模型版本的地址。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model or version: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>“%1”未指明任何模型或版本：其 ID 不是正整数。</translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <source>Clean the archive</source>
        <translation>清理归档</translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, these archive folders belong to model files that are gone or are duplicates. Model files are never touched.</source>
        <translation>在 &lt;b&gt;%1&lt;/b&gt; 中，以下归档文件夹对应的模型文件已不存在或是重复文件。模型文件本身绝不会被改动。</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>归档文件夹</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Archive folders to remove</source>
        <translation>要删除的归档文件夹</translation>
    </message>
    <message>
        <source>left alone: it holds files that are not ours</source>
        <translation>保留不动：其中有不是本程序创建的文件</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation>
            <numerusform>删除 %n 个文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 中没有需要清理的内容。</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <extracomment>%1 says why an archive folder is kept (its model file cannot be reached)</extracomment>
        <translation>保留：%1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;civitai-data-manager --help&apos; for more information.</source>
        <translation>运行 &apos;civitai-data-manager --help&apos; 查看更多信息。</translation>
    </message>
    <message>
        <source>Enter the path where you want to save the exported files (press Enter for current directory): </source>
        <translation>请输入导出文件的保存路径（直接按回车使用当前目录）： </translation>
    </message>
    <message>
        <source>Directory %1 doesn&apos;t exist. Create it? (y/n): </source>
        <translation>目录 %1 不存在。是否创建？(y/n)： </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Wrote %1/index.html and %2 model pages</source>
        <translation>已写入 %1/index.html 和 %2 个模型页面</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>将删除</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Leaving %1/ alone: it holds files that are not ours</source>
        <translation>保留 %1/ 不动：其中有不是本程序创建的文件</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：未做任何更改。</translation>
    </message>
    <message>
        <source>Generated %1 JSON files for preview images</source>
        <translation>已为预览图生成 %1 个 JSON 文件</translation>
    </message>
    <message>
        <source>Error: File %1 not found</source>
        <translation>错误：找不到文件 %1</translation>
    </message>
    <message>
        <source>Error: Directory %1 not found</source>
        <translation>错误：找不到目录 %1</translation>
    </message>
    <message>
        <source>--output DIR is required when not running in a terminal</source>
        <translation>不在终端中运行时必须指定 --output DIR</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>未指定输出文件夹</translation>
    </message>
    <message>
        <source>Interrupted: finishing the files in progress and saving...</source>
        <translation>已中断：正在完成处理中的文件并保存……</translation>
    </message>
    <message>
        <source>Archiving %1 into %2</source>
        <translation>正在将 %1 归档到 %2</translation>
    </message>
    <message>
        <source>%1 archive folder(s) to remove, %2 duplicate group(s). Model files are never touched.</source>
        <translation>要删除 %1 个归档文件夹，%2 组重复项。模型文件绝不会被改动。</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The letter that answers yes at the &quot;(y/n)&quot; prompt, as written in its translation</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <source>Keeping %1/: %2</source>
        <extracomment>%1 is an archive folder, %2 why it is kept (its model file cannot be reached, e.g. on an unmounted drive)</extracomment>
        <translation>保留 %1/：%2</translation>
    </message>
    <message>
        <source>Error: %1 is a folder: use --all %1</source>
        <extracomment>%1 is the path as given; --all is an option (do not translate it)</extracomment>
        <translation>错误：%1 是文件夹：请使用 --all %1</translation>
    </message>
    <message>
        <source>Error: %1 is not a regular file (a pipe, socket or device)</source>
        <extracomment>%1 is the path as given</extracomment>
        <translation>错误：%1 不是普通文件（而是管道、套接字或设备）</translation>
    </message>
    <message>
        <source>Error: %1 is not a folder: use --single %1</source>
        <extracomment>%1 is the path as given; --single is an option (do not translate it)</extracomment>
        <translation>错误：%1 不是文件夹：请使用 --single %1</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in progress...</source>
        <translation>已中断：正在完成当前步骤……</translation>
    </message>
    <message>
        <source>Linking %1 to Civitai model version %2 (model %3, %4)</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id, %3 a model id, %4 the API host</extracomment>
        <translation>正在将 %1 链接到 Civitai 模型版本 %2（模型 %3，%4）</translation>
    </message>
    <message>
        <source>Removed the link of %1 to Civitai model version %2. Its archive stays; the next run looks the file up by its hash.</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id</extracomment>
        <translation>已移除 %1 到 Civitai 模型版本 %2 的链接。其存档保留；下次运行将按哈希查找该文件。</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Files of the collection</source>
        <translation>收藏中的文件</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>显示文件</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Find files</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <source>Find by name, Civitai name, type or base model</source>
        <translation>按名称、Civitai 名称、类型或基础模型查找</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>所有文件（%1）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status filter&apos;s entry with its count: &quot;Errors (2)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>在文件管理器中显示</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>打开输出文件夹</translation>
    </message>
    <message>
        <source>Open model page</source>
        <translation>打开模型页面</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>在 Civitai 上打开</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>复制哈希</translation>
    </message>
    <message>
        <source>Copy trigger words</source>
        <translation>复制触发词</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot use both --images and --noimages at the same time</source>
        <translation>不能同时使用 --images 和 --noimages</translation>
    </message>
    <message>
        <source>Cannot use both --onlynew and --onlyhtml at the same time</source>
        <translation>不能同时使用 --onlynew 和 --onlyhtml</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlynew at the same time</source>
        <translation>不能同时使用 --onlyupdate 和 --onlynew</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlyhtml at the same time</source>
        <translation>不能同时使用 --onlyupdate 和 --onlyhtml</translation>
    </message>
    <message>
        <source>--clean option can only be used with --all</source>
        <translation>--clean 选项只能与 --all 一起使用</translation>
    </message>
    <message>
        <source>--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew</source>
        <translation>--clean 不能与 --onlyhtml、--onlyupdate 或 --onlynew 一起使用</translation>
    </message>
    <message>
        <source>Process one model file.</source>
        <translation>处理单个模型文件。</translation>
    </message>
    <message>
        <source>Process every model file in DIR, recursively.</source>
        <translation>递归处理 DIR 中的所有模型文件。</translation>
    </message>
    <message>
        <source>Output (archive) folder. Asked for when missing and on a terminal.</source>
        <translation>输出（归档）文件夹。未指定且在终端中运行时会询问。</translation>
    </message>
    <message>
        <source>No pause between Civitai requests (may hit rate limits).</source>
        <translation>Civitai 请求之间不暂停（可能触发速率限制）。</translation>
    </message>
    <message>
        <source>Download all preview images, not only the first.</source>
        <translation>下载所有预览图，而不仅是第一张。</translation>
    </message>
    <message>
        <source>Download no preview images.</source>
        <translation>不下载预览图。</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_preview_N.json for archives made before the Python tool&apos;s v1.3.</source>
        <translation>为 Python 版 v1.3 之前创建的归档写入 &lt;name&gt;_preview_N.json。</translation>
    </message>
    <message>
        <source>Only process files not processed before.</source>
        <translation>只处理以前未处理过的文件。</translation>
    </message>
    <message>
        <source>With --onlynew: skip files listed in missing_from_civitai.txt.</source>
        <translation>配合 --onlynew：跳过 missing_from_civitai.txt 中列出的文件。</translation>
    </message>
    <message>
        <source>Only refresh Civitai data of processed files (no hashing).</source>
        <translation>只刷新已处理文件的 Civitai 数据（不计算哈希）。</translation>
    </message>
    <message>
        <source>Only regenerate the HTML pages (no network).</source>
        <translation>只重新生成 HTML 页面（不联网）。</translation>
    </message>
    <message>
        <source>Remove archive folders of models no longer in DIR; list duplicates.</source>
        <translation>删除 DIR 中已不存在的模型的归档文件夹；列出重复文件。</translation>
    </message>
    <message>
        <source>Ignore config.json.</source>
        <translation>忽略 config.json。</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of ./config.json. Command-line flags win over it.</source>
        <translation>从 FILE 而非 ./config.json 读取设置。命令行参数优先。</translation>
    </message>
    <message>
        <source>Model file extensions to scan (default: safetensors; known: safetensors,ckpt,pt,pth,bin,gguf).</source>
        <translation>要扫描的模型文件扩展名（默认：safetensors；支持：safetensors,ckpt,pt,pth,bin,gguf）。</translation>
    </message>
    <message>
        <source>Files hashed in parallel (default: %1).</source>
        <translation>并行计算哈希的文件数（默认：%1）。</translation>
    </message>
    <message>
        <source>Hash every file again, ignoring the hash cache.</source>
        <translation>忽略哈希缓存，重新计算所有文件的哈希。</translation>
    </message>
    <message>
        <source>Random pause between Civitai requests, in seconds (default: 3-6).</source>
        <translation>Civitai 请求之间的随机暂停秒数（默认：3-6）。</translation>
    </message>
    <message>
        <source>With --clean: only show what would be removed.</source>
        <translation>配合 --clean：只显示将要删除的内容。</translation>
    </message>
    <message>
        <source>Log details.</source>
        <translation>输出详细日志。</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>只输出错误。</translation>
    </message>
    <message>
        <source>Error in config file %1: %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 why it cannot be read</extracomment>
        <translation>配置文件 %1 有误：%2</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a boolean value</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 有误：&apos;%2&apos; 必须是布尔值</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a path</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 有误：&apos;%2&apos; 必须是路径</translation>
    </message>
    <message>
        <source>Error in config file %1: config must specify either &apos;single&apos; or &apos;all&apos; path, but not both</source>
        <extracomment>%1 is the config file&apos;s path; &apos;single&apos; and &apos;all&apos; are setting names (do not translate them)</extracomment>
        <translation>配置文件 %1 有误：必须指定 &apos;single&apos; 或 &apos;all&apos; 路径之一，不能同时指定</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (use --single FILE or --all DIR)</source>
        <extracomment>%1 is the argument as given; FILE and DIR are placeholders of the command&apos;s syntax</extracomment>
        <translation>多余的参数：%1（请使用 --single FILE 或 --all DIR）</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64</source>
        <translation>--threads 需要 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>Config file not found: %1</source>
        <translation>找不到配置文件：%1</translation>
    </message>
    <message>
        <source>Read settings from %1</source>
        <translation>已从 %1 读取设置</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 says which two options conflict</extracomment>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>--pause takes seconds as MIN-MAX (e.g. 3-6), not &apos;%1&apos;</source>
        <extracomment>%1 is the value as given; MIN-MAX is a placeholder of the command&apos;s syntax</extracomment>
        <translation>--pause 需要 MIN-MAX 格式的秒数（如 3-6），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--single needs a model file</source>
        <translation>--single 需要指定一个模型文件</translation>
    </message>
    <message>
        <source>--all needs a folder</source>
        <translation>--all 需要指定一个文件夹</translation>
    </message>
    <message>
        <source>--extensions needs at least one extension</source>
        <translation>--extensions 至少需要一个扩展名</translation>
    </message>
    <message>
        <source>--skipmissing only has an effect with --onlynew</source>
        <translation>--skipmissing 只在配合 --onlynew 时生效</translation>
    </message>
    <message>
        <source>argument --all: not allowed with argument --single</source>
        <translation>参数 --all：不能与参数 --single 一起使用</translation>
    </message>
    <message>
        <source>--api-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--api-base 需要 http(s) 地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--dry-run only has an effect with --clean</source>
        <translation>--dry-run 仅在与 --clean 一起使用时生效</translation>
    </message>
    <message>
        <source>one of the arguments --single --all is required</source>
        <translation>必须提供参数 --single 或 --all 之一</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;extensions&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;extensions&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 有误：&apos;extensions&apos; 必须是文本或文本列表</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a text</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 有误：&apos;%2&apos; 必须是文本</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;threads&apos; must be a number from 1 to 64</source>
        <extracomment>%1 is the config file&apos;s path; &apos;threads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 有误：&apos;threads&apos; 必须是 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; is only read from a file named with --config, because the API key is sent to that address. If you trust this file, run with --config %1; else use --noconfig, or --api-base URL.</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name and --config, --api-base and --noconfig are options (do not translate them)</extracomment>
        <translation>配置文件 %1 有误：由于 API 密钥会发送到该地址，&apos;api-base&apos; 只从用 --config 指定的文件中读取。如果您信任此文件，请使用 --config %1 运行；否则请使用 --noconfig 或 --api-base URL。</translation>
    </message>
    <message>
        <source>--output %1 is the root of the file system: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 是文件系统的根目录：请为归档指定一个专用文件夹</translation>
    </message>
    <message>
        <source>--output %1 is your home folder: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 是您的主文件夹：请为归档指定一个专用文件夹</translation>
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
        <translation>为本地模型文件归档 Civitai 元数据、触发词和预览图。
不带参数时打开桌面窗口；使用 --single 或 --all 时在无界面模式下运行。

也会从当前文件夹中的 config.json（或 --config FILE）读取设置，设置名与命令行参数
相同（&quot;all&quot;、&quot;output&quot;、&quot;images&quot;: true 等）。命令行中给出的参数优先于配置文件。
只有用 --config 指定的文件才能设置 &quot;api-base&quot;，即 API 密钥发送到的地址。

退出码：0 全部成功，1 部分文件失败（在末尾列出），2 用法错误，
3 归档正被另一次运行使用，130 已中断（Ctrl-C；下次运行时继续）。</translation>
    </message>
    <message>
        <source>Civitai API address; give it again for more hosts, asked in turn (default: $CIVITAI_API_BASE, else https://civitai.red then https://civitai.com). An API key is read from $CIVITAI_API_KEY.</source>
        <translation>Civitai API 地址；可重复指定以添加更多主机，将按顺序查询（默认：$CIVITAI_API_BASE，否则先 https://civitai.red 再 https://civitai.com）。API 密钥从 $CIVITAI_API_KEY 读取。</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 有误：&apos;api-base&apos; 必须是文本或文本列表</translation>
    </message>
    <message>
        <source>Previews downloaded at once from Civitai&apos;s image host, beside the lookups (default: %1, at most %2).</source>
        <translation>同时从 Civitai 图片服务器下载的预览数量，与查询并行（默认：%1，最多 %2）。</translation>
    </message>
    <message>
        <source>--preview-downloads takes a number from 1 to %1</source>
        <extracomment>%1 is the largest number allowed</extracomment>
        <translation>--preview-downloads 需要 1 到 %1 之间的数字</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;preview-downloads&apos; must be a number from 1 to %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 the largest number allowed; &apos;preview-downloads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>配置文件 %1 出错：&apos;preview-downloads&apos; 必须是 1 到 %2 之间的数字</translation>
    </message>
    <message>
        <source>Also look files up on CivArchive, a third party: their SHA-256 hashes are sent there. Archives what Civitai forgot and where each file still exists.</source>
        <translation>同时在第三方 CivArchive 上查找文件：会向其发送文件的 SHA-256 哈希。存档 Civitai 遗失的信息以及每个文件仍存在的位置。</translation>
    </message>
    <message>
        <source>CivArchive API address (default: $CIVARCHIVE_BASE_URL, else https://civarchive.com/api/v1).</source>
        <translation>CivArchive API 地址（默认：$CIVARCHIVE_BASE_URL，否则 https://civarchive.com/api/v1）。</translation>
    </message>
    <message>
        <source>Link FILE by hand to the Civitai model version whose address or id follows, and archive it (with --output).</source>
        <translation>将 FILE 手动链接到随后给出地址或 ID 的 Civitai 模型版本，并将其存档（配合 --output）。</translation>
    </message>
    <message>
        <source>Remove the manual link of FILE (with --output).</source>
        <translation>移除 FILE 的手动链接（配合 --output）。</translation>
    </message>
    <message>
        <source>Cannot use both --link and --unlink at the same time</source>
        <translation>不能同时使用 --link 和 --unlink</translation>
    </message>
    <message>
        <source>%1 cannot be used with --%2</source>
        <extracomment>%1 is --link or --unlink, %2 another option</extracomment>
        <translation>%1 不能与 --%2 一起使用</translation>
    </message>
    <message>
        <source>--link FILE needs one Civitai address or model version id after it, e.g. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</source>
        <translation>--link FILE 后面需要一个 Civitai 地址或模型版本 ID，例如 --link model.safetensors https://civitai.com/models/123?modelVersionId=456</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 is the argument as given</extracomment>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>--civarchive-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--civarchive-base 需要 http(s) 地址，而不是“%1”</translation>
    </message>
    <message>
        <source>--recheck cannot be used with --onlyhtml, --onlyupdate, or --clean</source>
        <translation>--recheck 不能与 --onlyhtml、--onlyupdate 或 --clean 一起使用</translation>
    </message>
    <message>
        <source>Look every file up again; no previews.</source>
        <translation>重新查找每个文件；不下载预览。</translation>
    </message>
    <message>
        <source>--recheck ignores --onlynew and --skipmissing: it looks at every file</source>
        <translation>--recheck 会忽略 --onlynew 和 --skipmissing：它会检查每个文件</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>已计算哈希</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>已是最新</translation>
    </message>
    <message>
        <source>not on Civitai</source>
        <translation>Civitai 上未找到</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>  %1 / %2  %3 MB/s  ETA %4</source>
        <translation>  %1 / %2  %3 MB/s  剩余 %4</translation>
    </message>
    <message>
        <source>  %1 requests</source>
        <translation>  %1 次请求</translation>
    </message>
    <message>
        <source>  waiting %1 s: %2</source>
        <translation>  等待 %1 秒：%2</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>等待 %1 秒：%2</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4</source>
        <translation>[%1/%2] %3 %4</translation>
    </message>
    <message>
        <source> (%1 %2, %3)</source>
        <translation>（%1 %2，%3）</translation>
    </message>
    <message>
        <source>, %1 preview(s)</source>
        <translation>，%1 张预览图</translation>
    </message>
    <message>
        <source>, newer version on Civitai</source>
        <translation>，Civitai 上有新版本</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 files found, %4 done, %5 hashed (%6</source>
        <translation>%1，用时 %2 秒：找到 %3 个文件，完成 %4 个，计算哈希 %5 个（%6</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source> at %1 MB/s</source>
        <translation>，%1 MB/s</translation>
    </message>
    <message>
        <source>), %1 from cache</source>
        <translation>），%1 个来自缓存</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>，跳过 %1 个</translation>
    </message>
    <message>
        <source>, %1 failed.</source>
        <translation>，失败 %1 个。</translation>
    </message>
    <message>
        <source>Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, %5 with a newer version (updates_available.json).</source>
        <translation>Civitai：%1 次请求，%2 个已是最新，%3 个在 Civitai 上未找到，下载了 %4 张预览图，%5 个有新版本（updates_available.json）。</translation>
    </message>
    <message>
        <source>Newer versions on Civitai:</source>
        <translation>Civitai 上有新版本：</translation>
    </message>
    <message>
        <source>  ... and %1 more in updates_available.json</source>
        <translation>  ……另有 %1 个，见 updates_available.json</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Failed files:</source>
        <translation>失败的文件：</translation>
    </message>
    <message>
        <source>Progress was saved; run the same command again to resume.</source>
        <translation>进度已保存；再次运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>not on Civitai, archived from CivArchive</source>
        <translation>不在 Civitai 上，已从 CivArchive 存档</translation>
    </message>
    <message>
        <source>Removed from Civitai since the last check (their archived data is kept):</source>
        <translation>自上次检查以来已从 Civitai 移除（其存档数据保留）：</translation>
    </message>
    <message>
        <source>  %1: last confirmed %2</source>
        <extracomment>%1 is a model file&apos;s path with its model&apos;s name, %2 the date Civitai last knew it</extracomment>
        <translation>  %1：最后确认于 %2</translation>
    </message>
    <message>
        <source>  ... and %1 more in file_history.json</source>
        <translation>  ... 另有 %1 个见 file_history.json</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>创作者：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>基础模型：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>触发词</translation>
    </message>
    <message>
        <source>Trigger words:</source>
        <translation>触发词：</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>复制哈希</translation>
    </message>
    <message>
        <source>Open page in the gallery</source>
        <translation>在图库中打开页面</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>在 Civitai 上打开</translation>
    </message>
    <message>
        <source>Reveal file</source>
        <translation>显示文件</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>复制“%1”</translation>
    </message>
    <message>
        <source>Select a file in the collection to see its cover, names, trigger words and hash here.</source>
        <translation>在收藏中选择一个文件，即可在此查看其封面、名称、触发词和哈希值。</translation>
    </message>
</context>
<context>
    <name>DetailsPaneToggle</name>
    <message>
        <source>&amp;Details pane</source>
        <translation>详细信息面板(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Duplicate model files</source>
        <translation>重复的模型文件</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>在文件管理器中显示(&amp;V)</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>移到回收站(&amp;T)…</translation>
    </message>
    <message>
        <source>Move this copy to the system trash (it can be restored from there)</source>
        <translation>将此副本移到系统回收站（可以从那里恢复）</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation>
            <numerusform>%1 的 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>No model file is stored twice.</source>
        <translation>没有重复存放的模型文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation>
            <numerusform>%n 组相同的文件；可释放 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <source>Move this copy to the trash?

%1

An identical file stays where it is, and the trash can restore this one.</source>
        <translation>要将此副本移到回收站吗？

%1

相同的文件会保留在原处，此副本也可以从回收站恢复。</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash: %2</source>
        <translation>无法将 %1 移到回收站：%2</translation>
    </message>
</context>
<context>
    <name>FailedFiles</name>
    <message>
        <source>%1 is not a list of failed files: it is written again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 不是失败文件列表：将重新写入</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation>OpenSSL 无法开始计算 SHA-256</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>OpenSSL could not finish SHA-256</source>
        <translation>OpenSSL 无法完成 SHA-256 计算</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>%1 is not a file history: it is left as it is</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 不是文件历史：保持原样</translation>
    </message>
</context>
<context>
    <name>GalleryHistory</name>
    <message>
        <source>Removed from Civitai: last seen there on %1. Everything archived here is kept.</source>
        <extracomment>%1 is the date Civitai last knew the model file</extracomment>
        <translation>已从 Civitai 移除：最后一次在那里看到是 %1。此处存档的内容全部保留。</translation>
    </message>
    <message>
        <source>First archived</source>
        <translation>首次存档</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Removed from Civitai only</source>
        <translation>仅显示已从 Civitai 移除的</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>已从 Civitai 移除</translation>
    </message>
    <message>
        <source>Found on Civitai again</source>
        <translation>在 Civitai 上再次找到</translation>
    </message>
    <message>
        <source>Available on Civitai again</source>
        <translation>在 Civitai 上再次可用</translation>
    </message>
    <message>
        <source>Newer version published: %1</source>
        <extracomment>%1 is the name of the version Civitai published</extracomment>
        <translation>已发布更新的版本：%1</translation>
    </message>
    <message>
        <source>The model file changed on disk</source>
        <translation>模型文件在磁盘上已更改</translation>
    </message>
    <message>
        <source>The model file is gone from disk</source>
        <translation>模型文件已从磁盘上消失</translation>
    </message>
    <message>
        <source>The model file is back on disk</source>
        <translation>模型文件已回到磁盘上</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Back to the model list</source>
        <translation>返回模型列表</translation>
    </message>
    <message>
        <source>Search the gallery (commas: all terms must match)</source>
        <translation>搜索图库（多个关键词用逗号分隔，须全部匹配）</translation>
    </message>
    <message>
        <source>Search the gallery</source>
        <translation>搜索图库</translation>
    </message>
    <message>
        <source>No gallery yet.
Run an archive and its model browser appears here.</source>
        <translation>还没有图库。
运行一次归档后，模型浏览器就会显示在这里。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
</context>
<context>
    <name>GalleryWriter</name>
    <message>
        <source>Archived by civitai-data-manager %1. Works offline.</source>
        <translation>由 civitai-data-manager %1 归档，可离线浏览。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>深色模式</translation>
    </message>
    <message>
        <source>Network module</source>
        <translation>网络模块</translation>
    </message>
    <message>
        <source>Network dim</source>
        <translation>网络维度（Dim）</translation>
    </message>
    <message>
        <source>Network alpha</source>
        <translation>网络 Alpha</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>底模</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练底模</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数（Epoch）</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>训练图片数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>输出名称</translation>
    </message>
    <message>
        <source>Training metadata</source>
        <translation>训练元数据</translation>
    </message>
    <message>
        <source>Tag frequencies (top 30)</source>
        <translation>标签频率（前 30 个）</translation>
    </message>
    <message>
        <source>Preview %1 (video)</source>
        <translation>预览视频 %1</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>预览图 %1</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>预览图</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>下载量</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞数</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Missing from Civitai since %1</source>
        <translation>自 %1 起在 Civitai 上缺失</translation>
    </message>
    <message>
        <source>Newer version on Civitai:</source>
        <translation>Civitai 上有新版本：</translation>
    </message>
    <message>
        <source>(from the file&apos;s training tags)</source>
        <translation>（来自文件的训练标签）</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>全部模型</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>触发词</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>The description needs JavaScript (it is sanitized before it is shown).</source>
        <translation>显示简介需要启用 JavaScript（内容在显示前会经过安全过滤）。</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>模型浏览器</translation>
    </message>
    <message>
        <source>Search name, file, tags, creator, trigger words, base model (a, b: all must match)</source>
        <translation>搜索名称、文件、标签、作者、触发词、底模（如 a, b：须全部匹配）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Sort, filters and display</source>
        <translation>排序、筛选与显示</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All base models</source>
        <translation>全部底模</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>全部作者</translation>
    </message>
    <message>
        <source>New versions only</source>
        <translation>仅显示有新版本的模型</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>显示封面</translation>
    </message>
    <message>
        <source>Blur NSFW</source>
        <translation>模糊 NSFW 内容</translation>
    </message>
    <message>
        <source>Collection overview</source>
        <translation>模型库概览</translation>
    </message>
    <message>
        <source>The model browser needs JavaScript. Each model&apos;s page works without it: open its folder.</source>
        <translation>模型浏览器需要启用 JavaScript。各模型页面无需 JavaScript 也能查看：请打开对应的文件夹。</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>没有匹配的模型。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot read the gallery asset %1</source>
        <translation>无法读取图库文件 %1</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>手动链接</translation>
    </message>
    <message>
        <source>Its hash matches no file on Civitai: it was linked to this version by hand.</source>
        <translation>其哈希与 Civitai 上的任何文件都不匹配：它是手动链接到此版本的。</translation>
    </message>
    <message>
        <source>cannot read the gallery&apos;s cache for %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>无法读取 %1 的图库缓存</translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1 has an unknown format version</source>
        <extracomment>%1 is the path of the hash cache file</extracomment>
        <translation>%1 的格式版本未知</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 不是 JSON 对象：%2</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the JSON text is damaged or cut short at byte %1</source>
        <extracomment>%1 is a position in a file, in bytes from its start</extracomment>
        <translation>JSON 文本在第 %1 字节处损坏或被截断</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Linking %1 to Civitai and archiving it…</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>正在将 %1 链接到 Civitai 并存档…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 is linked to Civitai version %2 and archived.</source>
        <translation>%1 已链接到 Civitai 版本 %2 并已存档。</translation>
    </message>
    <message>
        <source>The link of %1 is removed; its archive stays. The next run looks it up by its hash.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>已移除 %1 的链接；其存档保留。下次运行将按哈希查找它。</translation>
    </message>
    <message>
        <source>Link to a Civitai version…</source>
        <translation>链接到 Civitai 版本…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>移除链接</translation>
    </message>
    <message>
        <source>Manual link</source>
        <translation>手动链接</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Civitai knows no file with the hash of %1 (a re-saved, pruned or converted file has another hash). Paste the address of the Civitai model version it came from, or its id. It is archived with that version&apos;s data at once.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Civitai 不认识哈希与 %1 相同的文件（重新保存、裁剪或转换过的文件哈希会不同）。请粘贴其来源 Civitai 模型版本的地址或 ID。将立即用该版本的数据存档。</translation>
    </message>
    <message>
        <source>Link to a Civitai version</source>
        <translation>链接到 Civitai 版本</translation>
    </message>
    <message>
        <source>Link and archive</source>
        <translation>链接并存档</translation>
    </message>
</context>
<context>
    <name>LinkFile</name>
    <message>
        <source>Civitai could not be asked about model %1: %2</source>
        <extracomment>%1 is a Civitai model id, %2 says why (e.g. a network error)</extracomment>
        <translation>无法向 Civitai 查询模型 %1：%2</translation>
    </message>
    <message>
        <source>Civitai has no model %1.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai 没有模型 %1。</translation>
    </message>
    <message>
        <source>Civitai lists no version of model %1 to link to.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai 没有列出模型 %1 可供链接的版本。</translation>
    </message>
    <message>
        <source>Civitai could not be asked about model version %1: %2</source>
        <extracomment>%1 is a Civitai model version id, %2 says why (e.g. a network error)</extracomment>
        <translation>无法向 Civitai 查询模型版本 %1：%2</translation>
    </message>
    <message>
        <source>Civitai has no model version %1.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai 没有模型版本 %1。</translation>
    </message>
    <message>
        <source>Civitai version %1 belongs to model %2, not to model %3 as the address says.</source>
        <extracomment>%1 is a Civitai model version id, %2 and %3 model ids</extracomment>
        <translation>Civitai 版本 %1 属于模型 %2，而不是地址所说的模型 %3。</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>无法创建输出文件夹 %1</translation>
    </message>
    <message>
        <source>The file could not be archived, so the link was taken back: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>无法存档该文件，因此已撤销链接：%1</translation>
    </message>
    <message>
        <source>the run ended without it</source>
        <translation>运行结束时未包含它</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Run log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>复制日志(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>复制全部日志</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
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
        <translation>总进度</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <source>Add single model files</source>
        <translation>添加单个模型文件</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>添加模型文件</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Archive every source now</source>
        <translation>立即归档所有来源</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>暂停或继续运行</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run; what finished is kept and saved</source>
        <translation>停止运行；已完成的部分会保留并保存</translation>
    </message>
    <message>
        <source>Write the HTML gallery again from the archive, offline</source>
        <translation>根据归档离线重新生成 HTML 图库</translation>
    </message>
    <message>
        <source>Remove archive folders of models that are gone (asks first)</source>
        <translation>删除已不存在的模型的归档文件夹（会先询问）</translation>
    </message>
    <message>
        <source>Show the archive in the file manager</source>
        <translation>在文件管理器中显示归档</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Civitai API key, request pacing, files, appearance</source>
        <translation>Civitai API 密钥、请求间隔、文件、外观</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Civitai Data Manager</source>
        <translation>关于 Civitai Data Manager(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Drop model folders here</source>
        <translation>将模型文件夹拖放到这里</translation>
    </message>
    <message>
        <source>Civitai Data Manager keeps what Civitai knows about your models on your own disk:
trigger words, descriptions, previews and prompts, even after a model is deleted there.
It reads your model files and never changes them.</source>
        <translation>Civitai Data Manager 会把 Civitai 上关于你的模型的信息保存到你自己的硬盘上：
触发词、简介、预览图和提示词，即使模型已从 Civitai 上删除也不会丢失。
它只读取你的模型文件，绝不会修改它们。</translation>
    </message>
    <message>
        <source>Add a models folder…</source>
        <translation>添加模型文件夹…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>&amp;Missing from Civitai</source>
        <translation>Civitai 上缺失(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>重复文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>图库(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>运行选项</translation>
    </message>
    <message>
        <source>First preview of each model</source>
        <translation>每个模型的第一张预览图</translation>
    </message>
    <message>
        <source>All previews</source>
        <translation>全部预览图</translation>
    </message>
    <message>
        <source>No previews</source>
        <translation>不下载预览图</translation>
    </message>
    <message>
        <source>Previews to download</source>
        <translation>要下载的预览图</translation>
    </message>
    <message>
        <source>Only &amp;new files</source>
        <translation>仅处理新文件(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;kip files missing from Civitai</source>
        <translation>跳过 Civitai 上缺失的文件(&amp;K)</translation>
    </message>
    <message>
        <source>Only &amp;update archived models</source>
        <translation>仅更新已归档的模型(&amp;U)</translation>
    </message>
    <message>
        <source>Pre&amp;views:</source>
        <translation>预览图(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation>
            <numerusform>已添加 %n 个来源。按“开始”进行归档。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 个文件</translation>
    </message>
    <message>
        <source>%1 of %2 hashed</source>
        <translation>已计算哈希 %1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>剩余约 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation>
            <numerusform>%n 次 Civitai 请求</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>等待 %1 秒：%2</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>归档失败</translation>
    </message>
    <message>
        <source>Archiving into %1 failed:
%2</source>
        <translation>归档到 %1 失败：
%2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, %6 requests in %7</source>
        <translation>%1：完成 %2 个，Civitai 上未找到 %3 个，失败 %4 个，预览图 %5 张，%6 次请求，用时 %7</translation>
    </message>
    <message>
        <source>This model has no page yet: it appears after the run.</source>
        <translation>此模型还没有页面：运行完成后才会生成。</translation>
    </message>
    <message>
        <source>About Civitai Data Manager</source>
        <translation>关于 Civitai Data Manager</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Keeps what Civitai knows about your models (trigger words, descriptions, previews and their prompts) on your own disk, even after a model is deleted there. It only ever reads your model files.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;A native rewrite of the Python &lt;i&gt;civitai-data-manager&lt;/i&gt; by jeremysltn, whose archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).&lt;/p&gt;&lt;p&gt;Not affiliated with Civitai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;把 Civitai 上关于你的模型的信息（触发词、简介、预览图及其提示词）保存到你自己的硬盘上，即使模型已从 Civitai 上删除也不会丢失。它只会读取你的模型文件。&lt;/p&gt;&lt;p&gt;基于 MIT 许可证发布。&lt;/p&gt;&lt;p&gt;本程序是 jeremysltn 所作 Python 版 &lt;i&gt;civitai-data-manager&lt;/i&gt; 的原生重写版，沿用了其归档结构和命令行。使用 Qt %2、QtKeychain 和 OpenSSL 构建；图库使用 DOMPurify（Apache 2.0 或 MPL 2.0）对简介进行安全过滤。&lt;/p&gt;&lt;p&gt;与 Civitai 官方无关。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>任务正在运行</translation>
    </message>
    <message>
        <source>Stop the run and quit? Everything finished so far is saved.</source>
        <translation>要停止运行并退出吗？目前已完成的部分都会保存。</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>添加文件(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;generate gallery</source>
        <translation>重新生成图库(&amp;G)</translation>
    </message>
    <message>
        <source>Clea&amp;n archive…</source>
        <translation>清理存档(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;output folder</source>
        <translation>打开输出文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation>收藏(&amp;C)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Skip files archived by an earlier run</source>
        <translation>跳过之前运行已存档的文件</translation>
    </message>
    <message>
        <source>With only new files: do not ask again about files Civitai did not know</source>
        <translation>仅新文件时：不再查询 Civitai 不认识的文件</translation>
    </message>
    <message>
        <source>Refresh Civitai data of archived models without reading the files</source>
        <translation>在不读取文件的情况下刷新已存档模型的 Civitai 数据</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n 个不在 Civitai 上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see the Errors filter)</source>
        <translation>
            <numerusform>%n 个失败（见“错误”筛选）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a newer version on Civitai</source>
        <translation>
            <numerusform>%n 个在 Civitai 上有更新版本</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what finished is saved: %1.</source>
        <translation>已取消；已完成的部分已保存：%1。</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>&amp;Re-check on Civitai</source>
        <translation>在 Civitai 上重新检查(&amp;R)</translation>
    </message>
    <message>
        <source>Look every archived file up on Civitai again, to find what was removed or changed; downloads no previews</source>
        <translation>在 Civitai 上重新查找每个已存档的文件，以发现被移除或更改的内容；不下载预览</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>已从 Civitai 移除</translation>
    </message>
    <message numerus="yes">
        <source>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</source>
        <translation>
            <numerusform>Civitai 已不再识别您的 %n 个模型文件；其存档数据保留。请查看“已从 Civitai 移除”筛选。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai (see the Removed filter)</source>
        <translation>
            <numerusform>%n 个已从 Civitai 移除（见“已从 Civitai 移除”筛选）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualLinks</name>
    <message>
        <source>Cannot read the manual links in %1: %2</source>
        <extracomment>%1 is the file, %2 why it cannot be read</extracomment>
        <translation>无法读取 %1 中的手动链接：%2</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>the image host sent no image or video of a known format</source>
        <translation>图片服务器发送的不是已知格式的图片或视频</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>文件大于 %1 MB</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>文件不完整（中途被截断）</translation>
    </message>
</context>
<context>
    <name>MigrateImageJson</name>
    <message>
        <source>writing the JSON files of preview images</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>正在写入预览图的 JSON 文件</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Missing since</source>
        <translation>缺失时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Trigger words from its metadata</source>
        <translation>元数据中的触发词</translation>
    </message>
    <message>
        <source>Files not found on Civitai</source>
        <translation>Civitai 上未找到的文件</translation>
    </message>
    <message>
        <source>&amp;Retry lookup</source>
        <translation>重新查询(&amp;R)</translation>
    </message>
    <message>
        <source>Ask Civitai again about this file</source>
        <translation>再次向 Civitai 查询此文件</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>在文件管理器中显示(&amp;V)</translation>
    </message>
    <message>
        <source>Open its &amp;page</source>
        <translation>打开模型页面(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (not found on disk in this archive&apos;s sources)</source>
        <translation>%1（在此归档的来源中找不到该文件）</translation>
    </message>
    <message>
        <source>Civitai knows every archived file.</source>
        <translation>所有已归档的文件都能在 Civitai 上找到。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation>
            <numerusform>%n 个文件在 Civitai 上未找到。它们的触发词取自文件自身的训练元数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <extracomment>Civitai&apos;s answer for a file in the missing list; %1 an HTTP status other than 404</extracomment>
        <translation>不在 Civitai 上</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>响应 %1</translation>
    </message>
    <message>
        <source>Nothing is archived yet: after a run, the files Civitai does not know are listed here.</source>
        <translation>尚未存档任何内容：运行后，Civitai 不认识的文件将列在这里。</translation>
    </message>
</context>
<context>
    <name>ModelAnswer</name>
    <message>
        <source>a model that is not an object</source>
        <translation>不是对象的模型</translation>
    </message>
</context>
<context>
    <name>ModelMode</name>
    <message>
        <source>Archived on Civitai</source>
        <translation>已在 Civitai 归档</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>已被 Civitai 下架</translation>
    </message>
    <message>
        <source>Civitai archived this model: its files can no longer be downloaded.</source>
        <translation>Civitai 已归档此模型：其文件已无法下载。</translation>
    </message>
    <message>
        <source>Civitai took this model down: its images are no longer shown.</source>
        <translation>Civitai 已下架此模型：其图片已不再显示。</translation>
    </message>
</context>
<context>
    <name>ModelScanner</name>
    <message>
        <source>skipped %1: broken link</source>
        <translation>已跳过 %1：链接已损坏</translation>
    </message>
    <message>
        <source>cannot read folder %1: permission denied</source>
        <translation>无法读取文件夹 %1：权限不足</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation>%1 不是普通文件或文件夹</translation>
    </message>
    <message>
        <source>cannot read folder %1: path too long</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>无法读取文件夹 %1：路径过长</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <extracomment>%1 is a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取文件夹 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlanClean</name>
    <message>
        <source>looking for archive folders to clean</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>正在查找需要清理的归档文件夹</translation>
    </message>
</context>
<context>
    <name>PreviewFetcher</name>
    <message>
        <source>preview %1 not downloaded: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why (e.g. a network error)</extracomment>
        <translation>预览图 %1 未下载：%2</translation>
    </message>
    <message>
        <source>preview %1 not kept: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why</extracomment>
        <translation>预览图 %1 未保留：%2</translation>
    </message>
    <message>
        <source>cannot save preview %1</source>
        <extracomment>%1 is the path of the preview image file</extracomment>
        <translation>无法保存预览图 %1</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>Hashing %1 %</source>
        <translation>正在计算哈希 %1%</translation>
    </message>
    <message>
        <source>Previews %1/%2</source>
        <translation>预览图 %1/%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai</source>
        <translation>已完成 · Civitai 上有新版本</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>正在计算哈希</translation>
    </message>
    <message>
        <source>Looking up on Civitai</source>
        <translation>正在查询 Civitai</translation>
    </message>
    <message>
        <source>Downloading previews</source>
        <translation>正在下载预览图</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation>Civitai 上未找到</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Civitai name</source>
        <translation>Civitai 名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai (%1)</source>
        <translation>完成 · Civitai 上有更新的版本（%1）</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <extracomment>%1 says what Civitai did with the model: &quot;Archived on Civitai&quot;</extracomment>
        <translation>完成 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n 个不在 Civitai 上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>尚未查询</translation>
    </message>
    <message>
        <source>Not on Civitai · archived from CivArchive</source>
        <translation>不在 Civitai 上 · 已从 CivArchive 存档</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>基础模型</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>上次检查</translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai</source>
        <translation>
            <numerusform>%n 个已从 Civitai 移除</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <extracomment>%1 is the date Civitai last knew the file</extracomment>
        <translation>已从 Civitai 移除 · 最后见于 %1</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>已从 Civitai 移除</translation>
    </message>
    <message>
        <source>Failed in an earlier run: %1</source>
        <extracomment>%1 is why a run failed on the file (&quot;Civitai answered 500 …&quot;)</extracomment>
        <translation>在之前的运行中失败：%1</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <extracomment>%1 is the day of the run that failed on the file, %2 why it failed</extracomment>
        <translation>于 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>RegenerateGallery</name>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>正在生成图库</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>polite pause between requests (--notimeout turns it off)</source>
        <extracomment>Why the run waits, shown with a countdown; --notimeout is a command-line flag</extracomment>
        <translation>请求之间的礼貌暂停（--notimeout 可关闭）</translation>
    </message>
    <message>
        <source>refused to fetch %1: not an http(s) address</source>
        <extracomment>%1 is an address (URL)</extracomment>
        <translation>拒绝获取 %1：不是 http(s) 地址</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>request timed out</source>
        <translation>请求超时</translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation>响应被截断</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <extracomment>%1 is the network error&apos;s description</extracomment>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>rate limited by Civitai (HTTP 429)</source>
        <translation>触发 Civitai 速率限制 (HTTP 429)</translation>
    </message>
    <message>
        <source>Civitai answered HTTP %1</source>
        <extracomment>%1 is the HTTP status code (500 or above)</extracomment>
        <translation>Civitai 返回 HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 attempts</source>
        <extracomment>%1 is the HTTP status code, %2 the number of attempts</extracomment>
        <translation>尝试 %2 次后为 HTTP %1</translation>
    </message>
    <message>
        <source>network error: %1 after %2 attempts</source>
        <extracomment>%1 is the network error&apos;s description, %2 the number of attempts</extracomment>
        <translation>尝试 %2 次后出现网络错误：%1</translation>
    </message>
    <message>
        <source>timed out after %1 attempts</source>
        <extracomment>%1 is the number of attempts</extracomment>
        <translation>尝试 %1 次后超时</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>响应大于 %1 MB</translation>
    </message>
    <message>
        <source>refused to follow a redirect from %1 to %2, an address in this machine&apos;s or a private network</source>
        <extracomment>%1 and %2 are addresses (URLs)</extracomment>
        <translation>已拒绝从 %1 重定向到 %2：该地址位于本机或私有网络中</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空文件（0 字节）</translation>
    </message>
    <message>
        <source>not a safetensors file: only %1 bytes</source>
        <extracomment>%1 is the file&apos;s size in bytes (1 to 7)</extracomment>
        <translation>不是 safetensors 文件：只有 %1 字节</translation>
    </message>
    <message>
        <source>cannot read the header length: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>无法读取文件头长度：%1</translation>
    </message>
    <message>
        <source>not a safetensors file: empty header</source>
        <translation>不是 safetensors 文件：文件头为空</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 exceeds the %2-byte limit</source>
        <extracomment>%1 is the header length the file declares, %2 the limit, both in bytes</extracomment>
        <translation>不是 safetensors 文件：文件头长度 %1 超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>truncated: header needs %1 bytes, the file has %2</source>
        <extracomment>%1 is the header length the file declares, %2 the bytes the file has after the length prefix</extracomment>
        <translation>文件不完整：文件头需要 %1 字节，文件只有 %2 字节</translation>
    </message>
    <message>
        <source>truncated: could not read the %1-byte header</source>
        <extracomment>%1 is the header length in bytes</extracomment>
        <translation>文件不完整：无法读取 %1 字节的文件头</translation>
    </message>
    <message>
        <source>invalid header JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset in the header, %2 the JSON parser&apos;s error message</extracomment>
        <translation>文件头 JSON 无效（第 %1 字节）：%2</translation>
    </message>
    <message>
        <source>invalid header: JSON is not an object</source>
        <translation>文件头无效：JSON 不是对象</translation>
    </message>
    <message>
        <source>invalid header: __metadata__ is not an object</source>
        <translation>文件头无效：__metadata__ 不是对象</translation>
    </message>
    <message>
        <source>truncated: tensors need %1 bytes of data, the file has %2</source>
        <extracomment>%1 is the tensor data size the header declares, %2 the data the file has, in bytes</extracomment>
        <translation>文件不完整：张量需要 %1 字节数据，文件只有 %2 字节</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>无法写入设置文件 %1</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>设置文件 %1 已损坏</translation>
    </message>
    <message>
        <source>CIVITAI_API_BASE is not an http(s) address or a comma-separated list of them</source>
        <translation>CIVITAI_API_BASE 不是 http(s) 地址，也不是以逗号分隔的此类地址列表</translation>
    </message>
    <message>
        <source>CIVARCHIVE_BASE_URL is not an http(s) address</source>
        <translation>CIVARCHIVE_BASE_URL 不是 http(s) 地址</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Civitai</source>
        <translation>Civitai</translation>
    </message>
    <message>
        <source>Paste your Civitai API key</source>
        <translation>粘贴你的 Civitai API 密钥</translation>
    </message>
    <message>
        <source>Civitai API key</source>
        <translation>Civitai API 密钥</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>显示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>显示 API 密钥</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>显示或隐藏密钥</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>API 密钥(&amp;A)：</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>API 密钥状态</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>保存密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Save the API key in the system keychain</source>
        <translation>将 API 密钥保存到系统密钥环</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>测试密钥(&amp;T)</translation>
    </message>
    <message>
        <source>Test the API key with Civitai</source>
        <translation>向 Civitai 测试 API 密钥</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>删除密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>删除 API 密钥</translation>
    </message>
    <message>
        <source>API key test result</source>
        <translation>API 密钥测试结果</translation>
    </message>
    <message>
        <source>Optional. With a key, Civitai also answers for models that need a signed-in account. Create one under Account settings, API keys, on civitai.com. Runs without a saved key use $CIVITAI_API_KEY.</source>
        <translation>可选。有了密钥，需要登录才能访问的模型也能从 Civitai 获取信息。可在 civitai.com 的“账户设置”→“API 密钥”中创建。未保存密钥时，运行将使用 $CIVITAI_API_KEY。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Minimum pause between requests, in seconds</source>
        <translation>请求之间的最短暂停时间（秒）</translation>
    </message>
    <message>
        <source>Maximum pause between requests, in seconds</source>
        <translation>请求之间的最长暂停时间（秒）</translation>
    </message>
    <message>
        <source>Mi&amp;nimum pause:</source>
        <translation>最短暂停(&amp;N)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum pause:</source>
        <translation>最长暂停(&amp;X)：</translation>
    </message>
    <message>
        <source>A random pause between Civitai requests keeps the archive polite and clear of rate limits.</source>
        <translation>在 Civitai 请求之间随机暂停，既不给服务器添负担，也能避开速率限制。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Model file extensions, separated by commas</source>
        <translation>模型文件扩展名，用逗号分隔</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>支持：%1</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>扩展名(&amp;E)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Files hashed in parallel, 0 for automatic</source>
        <translation>并行计算哈希的文件数，0 为自动</translation>
    </message>
    <message>
        <source>&amp;Hashing threads:</source>
        <translation>哈希线程数(&amp;H)：</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>更改语言后需重启程序才能生效。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>主题(&amp;M)：</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Use extensions such as safetensors, ckpt, gguf, separated by commas.</source>
        <translation>请输入 safetensors、ckpt、gguf 等扩展名，用逗号分隔。</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>正在查询系统密钥环…</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>已有密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>A key is kept for this session only: it is forgotten when the program closes.</source>
        <translation>密钥仅在本次会话中保留：程序关闭后即被清除。</translation>
    </message>
    <message>
        <source>A key is set; it is forgotten when the program closes.</source>
        <translation>已设置密钥；程序关闭后即被清除。</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>未保存密钥。</translation>
    </message>
    <message>
        <source>No key is saved; runs use the key in $CIVITAI_API_KEY.</source>
        <translation>未保存密钥；运行时将使用 $CIVITAI_API_KEY 中的密钥。</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>正在通过 %1 测试密钥…</translation>
    </message>
    <message>
        <source>The key works: it belongs to %1.</source>
        <translation>密钥有效：属于用户 %1。</translation>
    </message>
    <message>
        <source>Civitai did not accept this key (%1). Check it, or create a new one.</source>
        <translation>Civitai 不接受此密钥（%1）。请检查密钥，或新建一个。</translation>
    </message>
    <message>
        <source>Could not test the key: %1. Try again later.</source>
        <translation>无法测试密钥：%1。请稍后重试。</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>隐藏(&amp;D)</translation>
    </message>
    <message>
        <source>Civitai API addresses</source>
        <translation>Civitai API 地址</translation>
    </message>
    <message>
        <source>API a&amp;ddresses:</source>
        <translation>API 地址(&amp;D)：</translation>
    </message>
    <message>
        <source>Only change this for a Civitai mirror or a test server. The addresses, separated by commas, are asked in turn: civitai.com leaves mature models out, civitai.red does not. The API key is only ever sent to these addresses.</source>
        <translation>仅在使用 Civitai 镜像或测试服务器时才需更改。以逗号分隔的地址将按顺序查询：civitai.com 会略去成人模型，civitai.red 不会。API 密钥只会发送到这些地址。</translation>
    </message>
    <message>
        <source>Enter http:// or https:// addresses separated by commas, such as https://civitai.red, https://civitai.com.</source>
        <translation>请输入以逗号分隔的 http:// 或 https:// 地址，例如 https://civitai.red, https://civitai.com。</translation>
    </message>
    <message>
        <source>Previews downloaded at once</source>
        <translation>同时下载的预览</translation>
    </message>
    <message>
        <source>&amp;Previews at once:</source>
        <translation>同时预览数(&amp;P)：</translation>
    </message>
    <message>
        <source>Previews come from Civitai&apos;s image host, beside the lookups and without their pause; after an error from that host they come one at a time until it answers well again.</source>
        <translation>预览来自 Civitai 的图片服务器，与查询并行且不受其间隔限制；该服务器出错后，将逐个下载，直到它恢复正常响应。</translation>
    </message>
    <message>
        <source>Loo&amp;k files up on CivArchive</source>
        <translation>在 CivArchive 上查找文件(&amp;K)</translation>
    </message>
    <message>
        <source>The SHA-256 hashes of your model files are sent to civarchive.com, a third party, which tells what Civitai forgot and where each file still exists.</source>
        <translation>您的模型文件的 SHA-256 哈希将发送给第三方 civarchive.com，由它告知 Civitai 遗失的信息以及每个文件仍存在的位置。</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Archived into</source>
        <translation>归档位置</translation>
    </message>
    <message>
        <source>Model folders and their output folders</source>
        <translation>模型文件夹及其输出文件夹</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>添加文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a models folder (its subfolders are included)</source>
        <translation>添加模型文件夹（包括其子文件夹）</translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation>添加文件(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Output folder…</source>
        <translation>输出文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose where the selected sources are archived</source>
        <translation>选择所选来源的归档位置</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the selected sources (nothing is deleted)</source>
        <translation>从列表中移除所选来源（不会删除任何文件）</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>添加模型文件夹</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>添加模型文件</translation>
    </message>
    <message>
        <source>Model files (%1)</source>
        <translation>模型文件 (%1)</translation>
    </message>
    <message>
        <source>Archive the selected sources into</source>
        <translation>选择所选来源的归档位置</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>cannot remove %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>无法删除 %1</translation>
    </message>
</context>
<context>
    <name>TabCounts</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A tab&apos;s name with how many rows it holds: &quot;Duplicates (1)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>UnlinkFile</name>
    <message>
        <source>removing the manual link</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>正在移除手动链接</translation>
    </message>
    <message>
        <source>%1 is not linked by hand in this archive.</source>
        <extracomment>%1 is a model file&apos;s path</extracomment>
        <translation>%1 在此存档中没有手动链接。</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>正在生成图库</translation>
    </message>
</context>
<context>
    <name>VersionAccess</name>
    <message>
        <source>Early access until %1</source>
        <extracomment>%1 is a date: until then only those who pay can download the version</extracomment>
        <translation>抢先体验至 %1</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>抢先体验</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <extracomment>%1 is a date: until then the version must be paid for</extracomment>
        <translation>付费至 %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Recent folders</source>
        <translation>最近的文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>暂无文件夹</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sources panel</source>
        <translation>来源面板(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>查找(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find in the collection</source>
        <translation>在收藏中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Report a problem</source>
        <translation>报告问题(&amp;R)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <source>Missing from Civitai</source>
        <translation>Civitai 上缺失</translation>
    </message>
    <message>
        <source>Date added (newest)</source>
        <translation>添加时间（从新到旧）</translation>
    </message>
    <message>
        <source>Date added (oldest)</source>
        <translation>添加时间（从旧到新）</translation>
    </message>
    <message>
        <source>Downloads (most)</source>
        <translation>下载量（从多到少）</translation>
    </message>
    <message>
        <source>Downloads (fewest)</source>
        <translation>下载量（从少到多）</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>名称（A–Z）</translation>
    </message>
    <message>
        <source>Name (Z–A)</source>
        <translation>名称（Z–A）</translation>
    </message>
    <message>
        <source>Creator (A–Z)</source>
        <translation>作者（A–Z）</translation>
    </message>
    <message>
        <source>Creator (Z–A)</source>
        <translation>作者（Z–A）</translation>
    </message>
    <message>
        <source>File size (largest)</source>
        <translation>文件大小（从大到小）</translation>
    </message>
    <message>
        <source>File size (smallest)</source>
        <translation>文件大小（从小到大）</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>新版本：%1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者：%1</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>%1 次下载</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>添加于 %1</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <source>Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4</source>
        <translation>模型：%1 · Civitai 上缺失：%2 · 重复：%3 · 有新版本：%4</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>By base model</source>
        <translation>按底模</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%1 / %2 个模型</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>1 个模型</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>%1 个模型</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Archived on Civitai</source>
        <translation>已在 Civitai 归档</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>已被 Civitai 下架</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>手动链接</translation>
    </message>
    <message>
        <source>From CivArchive</source>
        <translation>来自 CivArchive</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>卡片大小</translation>
    </message>
    <message>
        <source>Comfortable cards</source>
        <translation>宽松卡片</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>紧凑卡片</translation>
    </message>
    <message>
        <source>Files that could not be read (damaged or truncated), not shown: %1</source>
        <translation>无法读取的文件（已损坏或被截断），未显示：%1</translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <translation>已从 Civitai 移除 · 最后见于 %1</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>反向提示词</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG 值</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Clip skip</source>
        <translation>CLIP 终止层数</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一张</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一张</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>使用的资源</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>复制提示词</translation>
    </message>
    <message>
        <source>No generation data.</source>
        <translation>没有生成参数。</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
</TS>
