<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiKeyCheck</name>
    <message>
        <source>no API key was given</source>
        <translation>API キーが指定されていません</translation>
    </message>
    <message>
        <source>Civitai refused the key (HTTP %1)</source>
        <extracomment>%1 is the HTTP status code (401 or 403)</extracomment>
        <translation>Civitai がキーを拒否しました (HTTP %1)</translation>
    </message>
    <message>
        <source>unexpected answer from %1 (no user in it)</source>
        <extracomment>%1 is the path of Civitai&apos;s API endpoint that was asked</extracomment>
        <translation>%1 から予期しない応答がありました (ユーザー情報がありません)</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>The system keychain did not give the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>システムのキーチェーンから Civitai API キーを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The system keychain did not save the Civitai API key (%1). It is kept for this session only.</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>システムのキーチェーンに Civitai API キーを保存できませんでした (%1)。このセッションの間だけ保持します。</translation>
    </message>
    <message>
        <source>The system keychain did not remove the Civitai API key: %1</source>
        <extracomment>%1 is the keychain&apos;s error message</extracomment>
        <translation>システムのキーチェーンから Civitai API キーを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>No system keychain is available, so the Civitai API key is kept for this session only. Install or start a keychain (such as GNOME Keyring or KWallet) to keep it.</source>
        <translation>システムのキーチェーンが利用できないため、Civitai の API キーはこのセッションの間だけ保持されます。保存するにはキーチェーン（GNOME Keyring や KWallet など）をインストールまたは起動してください。</translation>
    </message>
</context>
<context>
    <name>ApplyClean</name>
    <message>
        <source>removing archive folders</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>アーカイブフォルダーを削除しています</translation>
    </message>
</context>
<context>
    <name>ArchiveCleaner</name>
    <message>
        <source>no model file named like it</source>
        <extracomment>Why an archive folder is removed</extracomment>
        <translation>同じ名前のモデルファイルがありません</translation>
    </message>
    <message>
        <source>%1 is gone</source>
        <extracomment>Why an archive folder is removed; %1 is the path of its former model file</extracomment>
        <translation>%1 はもうありません</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <extracomment>Why an archive folder is removed; %1 is the path of the model file whose archive is kept</extracomment>
        <translation>%1 の重複</translation>
    </message>
    <message>
        <source>refusing to clean: %1</source>
        <extracomment>%1 is why: &quot;no model files found in …&quot; or &quot;parts of the models folder could not be read&quot;</extracomment>
        <translation>クリーンアップを中止しました: %1</translation>
    </message>
    <message>
        <source>no model files found in %1</source>
        <extracomment>%1 is a comma-separated list of the model folders</extracomment>
        <translation>%1 にモデルファイルが見つかりません</translation>
    </message>
    <message>
        <source>parts of the models folder could not be read</source>
        <translation>モデルフォルダーの一部を読み取れませんでした</translation>
    </message>
    <message>
        <source>cannot remove %1/%2</source>
        <extracomment>%1 is the archive (output) folder, %2 the model folder inside it</extracomment>
        <translation>%1/%2 を削除できません</translation>
    </message>
    <message>
        <source>%1 is still there (not among the files scanned)</source>
        <extracomment>Why an archive folder is kept; %1 is the path of its model file</extracomment>
        <translation>%1 はまだ存在します (スキャンしたファイルには含まれていません)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 does not exist (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 にアクセスできません: %2 が存在しません (ドライブがマウントされていない？)</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 cannot be read</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 にアクセスできません: %2 を読み取れません</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2 is empty (an unmounted drive?)</source>
        <extracomment>Why an archive folder is kept; %1 is a model file, %2 the folder it was in</extracomment>
        <translation>%1 にアクセスできません: %2 が空です (ドライブがマウントされていない？)</translation>
    </message>
</context>
<context>
    <name>ArchiveLock</name>
    <message>
        <source>Cannot lock the archive %1: the lock file %2 cannot be created.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>アーカイブ %1 をロックできません: ロックファイル %2 を作成できません。</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another run. Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder</extracomment>
        <translation>アーカイブ %1 は別の実行で使用中です。終了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The archive %1 is in use by %2 (process %3 on %4). Try again when it has finished.</source>
        <extracomment>%1 is the archive (output) folder, %2 a program&apos;s name, %3 its process id, %4 a computer&apos;s name</extracomment>
        <translation>アーカイブ %1 は %2 (%4 のプロセス %3) が使用中です。終了してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>If it is no longer running on that computer, delete %1.</source>
        <extracomment>%1 is the lock file&apos;s path</extracomment>
        <translation>そのコンピューターでもう実行されていない場合は、%1 を削除してください。</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 has no readable _hash.json</source>
        <extracomment>%1 is the name of a model&apos;s archive folder</extracomment>
        <translation>%1 に読み取り可能な _hash.json がありません</translation>
    </message>
</context>
<context>
    <name>ArchiveRun</name>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>出力フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source> (every file will be hashed again)</source>
        <extracomment>Appended to the message saying why the hash cache could not be read</extracomment>
        <translation> (すべてのファイルのハッシュを再計算します)</translation>
    </message>
    <message>
        <source>scanning</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>スキャン中</translation>
    </message>
    <message>
        <source>cancelling</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>looking up</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>照会中</translation>
    </message>
    <message>
        <source>hashing</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>ハッシュ計算中</translation>
    </message>
    <message>
        <source>looking up on Civitai</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>Civitai に照会中</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>ギャラリーを書き出し中</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>finished</source>
        <extracomment>The run&apos;s current step, shown in the status bar</extracomment>
        <translation>完了</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <extracomment>%1 says why the model file could not be read (e.g. the system&apos;s error message)</extracomment>
        <translation>読み取れません: %1</translation>
    </message>
    <message>
        <source>the file changed while it was read (still being written?)</source>
        <translation>読み取り中にファイルが変更されました (書き込み中ですか？)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a model file&apos;s path, %2 a warning about that file</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive could not be saved: %1</source>
        <extracomment>%1 is why the run&apos;s state could not be written (e.g. the disk is full)</extracomment>
        <translation>アーカイブを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>the gallery could not be written: %1</source>
        <translation>ギャラリーを書き込めませんでした: %1</translation>
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
        <translation>ギャラリーを書き出し中…</translation>
    </message>
    <message>
        <source>Regenerate Gallery</source>
        <translation>ギャラリーを再生成</translation>
    </message>
    <message>
        <source>Gallery written.</source>
        <translation>ギャラリーを書き出しました。</translation>
    </message>
    <message numerus="yes">
        <source>Gallery written with %n problem(s): see the log.</source>
        <translation>
            <numerusform>ギャラリーを書き出しましたが、問題が %n 件あります。ログを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for archive folders to clean…</source>
        <translation>クリーンアップするアーカイブフォルダーを探しています…</translation>
    </message>
    <message>
        <source>Clean the archive</source>
        <translation>アーカイブのクリーンアップ</translation>
    </message>
    <message>
        <source>Cancelled: nothing was removed.</source>
        <translation>キャンセルしました。何も削除していません。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n archive folder(s).</source>
        <translation>
            <numerusform>アーカイブフォルダーを %n 個削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning failed in part: see the log.</source>
        <translation>クリーンアップの一部に失敗しました。ログを確認してください。</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>cannot create folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>CivArchiveClient</name>
    <message>
        <source>CivArchive answered a web page, not data (its hourly limit)</source>
        <translation>CivArchive がデータではなくウェブページを返しました（1 時間あたりの上限）</translation>
    </message>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>CivArchive の 1 時間あたりの上限に達しました</translation>
    </message>
    <message>
        <source>CivArchive&apos;s answer could not be read</source>
        <translation>CivArchive の応答を読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>CivArchiveLookup</name>
    <message>
        <source>CivArchive&apos;s hourly limit was reached</source>
        <translation>CivArchive の 1 時間あたりの上限に達しました</translation>
    </message>
    <message>
        <source>CivArchive lookup failed, tried again at the next run: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>CivArchive での検索に失敗しました。次回の実行で再試行します: %1</translation>
    </message>
</context>
<context>
    <name>CivArchiveSection</name>
    <message>
        <source>gated: sign-in or approval needed</source>
        <translation>制限付き: サインインまたは承認が必要</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>有料</translation>
    </message>
    <message>
        <source>removed on %1</source>
        <extracomment>%1 is the date the copy was removed</extracomment>
        <translation>%1 に削除</translation>
    </message>
    <message>
        <source>From CivArchive: Civitai no longer knows this file, CivArchive kept its model.</source>
        <translation>CivArchive より: Civitai はこのファイルをもう認識していませんが、CivArchive がモデルを保存していました。</translation>
    </message>
    <message>
        <source>Where this file still exists</source>
        <translation>このファイルがまだ存在する場所</translation>
    </message>
    <message>
        <source>As listed by CivArchive; removed copies are kept as a record.</source>
        <translation>CivArchive の一覧によるものです。削除されたコピーも記録として残しています。</translation>
    </message>
</context>
<context>
    <name>CivitaiClient</name>
    <message>
        <source>unexpected answer from Civitai: not an object with an id</source>
        <translation>Civitai からの予期しない応答: id を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: not a list</source>
        <translation>Civitai からの予期しない応答: リストではありません</translation>
    </message>
    <message>
        <source>malformed JSON from Civitai: %1</source>
        <translation>Civitai からの JSON が不正です: %1</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: %1</source>
        <extracomment>%1 says what is wrong with the answer</extracomment>
        <translation>Civitai からの予期しない応答: %1</translation>
    </message>
    <message>
        <source>the version&apos;s id is not a positive number</source>
        <translation>バージョンの ID が正の数ではありません</translation>
    </message>
    <message>
        <source>the version&apos;s model id is not a positive number</source>
        <translation>バージョンのモデル ID が正の数ではありません</translation>
    </message>
    <message>
        <source>the version&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;files&quot;</extracomment>
        <translation>バージョンのフィールド &quot;%1&quot; の型が正しくありません</translation>
    </message>
    <message>
        <source>an image of the version is not an object</source>
        <translation>バージョンの画像がオブジェクトではありません</translation>
    </message>
    <message>
        <source>not the model %1 that was asked for</source>
        <extracomment>%1 is the model id that was asked for</extracomment>
        <translation>要求したモデル %1 ではありません</translation>
    </message>
    <message>
        <source>the model&apos;s list of versions is missing</source>
        <translation>モデルのバージョン一覧がありません</translation>
    </message>
    <message>
        <source>the model&apos;s field &quot;%1&quot; has the wrong type</source>
        <extracomment>%1 is the name of a field in Civitai&apos;s answer, like &quot;stats&quot;</extracomment>
        <translation>モデルのフィールド &quot;%1&quot; の型が正しくありません</translation>
    </message>
    <message>
        <source>a version in the model&apos;s list has no id</source>
        <translation>モデルの一覧にある一部のバージョンに ID がありません</translation>
    </message>
    <message>
        <source>HTTP 404 without Civitai&apos;s own &quot;not found&quot; answer (wrong API address, or a proxy page)</source>
        <translation>Civitai 自身の「見つかりません」応答がない HTTP 404 (API アドレスの誤り、またはプロキシのページ)</translation>
    </message>
    <message>
        <source>unexpected answer from Civitai: no list of models</source>
        <translation>Civitai からの予期しない応答: モデルの一覧がありません</translation>
    </message>
    <message>
        <source>Civitai answered with another version than %1</source>
        <extracomment>%1 is the id asked for</extracomment>
        <translation>Civitai は %1 とは別のバージョンを返しました</translation>
    </message>
</context>
<context>
    <name>CivitaiSync</name>
    <message>
        <source>Civitai lookup failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>Civitai への照会に失敗しました: %1</translation>
    </message>
    <message>
        <source>Civitai model details failed: %1</source>
        <extracomment>%1 says why (e.g. a network error)</extracomment>
        <translation>Civitai からモデル詳細を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>The file changed on disk since it was linked by hand to Civitai version %1: the link is kept (remove it with --unlink if it no longer holds).</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>このファイルは Civitai バージョン %1 に手動でリンクされた後にディスク上で変更されました。リンクは保持されます（有効でなくなった場合は --unlink で解除してください）。</translation>
    </message>
    <message>
        <source>Civitai no longer knows version %1, to which this file is linked by hand: its archive is kept as it was.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>このファイルが手動でリンクされているバージョン %1 を Civitai はもう認識していません。アーカイブはそのまま保持されます。</translation>
    </message>
</context>
<context>
    <name>CivitaiUrl</name>
    <message>
        <source>Give the address of a Civitai model version, or its id.</source>
        <translation>Civitai のモデルバージョンのアドレスまたは ID を入力してください。</translation>
    </message>
    <message>
        <source>This address is too long to be a Civitai address.</source>
        <translation>このアドレスは Civitai のアドレスとしては長すぎます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no model version id: an id is a positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>「%1」はモデルバージョン ID ではありません。ID は正の整数です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no web address: give an address like https://civitai.com/models/123?modelVersionId=456, or a version id.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>「%1」はウェブアドレスではありません。https://civitai.com/models/123?modelVersionId=456 のようなアドレスか、バージョン ID を入力してください。</translation>
    </message>
    <message>
        <source>A Civitai address has no user name or password in it.</source>
        <translation>Civitai のアドレスにユーザー名やパスワードは含まれません。</translation>
    </message>
    <message>
        <source>%1 is not Civitai: only addresses on civitai.com, civitai.red or the configured API hosts are accepted.</source>
        <extracomment>%1 is the host name of the address the user gave</extracomment>
        <translation>%1 は Civitai ではありません。civitai.com、civitai.red、または設定した API ホストのアドレスのみ使用できます。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>「%1」はモデルを指していません。ID が正の整数ではありません。</translation>
    </message>
    <message>
        <source>This address names more than one model version.</source>
        <translation>このアドレスは複数のモデルバージョンを指しています。</translation>
    </message>
    <message>
        <source>The address&apos;s modelVersionId is no model version id.</source>
        <translation>アドレスの modelVersionId はモデルバージョン ID ではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no address of a Civitai model or model version.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>「%1」は Civitai のモデルまたはモデルバージョンのアドレスではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no model or version: its id is no positive whole number.</source>
        <extracomment>%1 is what the user gave</extracomment>
        <translation>「%1」はモデルもバージョンも指していません。ID が正の整数ではありません。</translation>
    </message>
</context>
<context>
    <name>CleanDialog</name>
    <message>
        <source>Clean the archive</source>
        <translation>アーカイブのクリーンアップ</translation>
    </message>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, these archive folders belong to model files that are gone or are duplicates. Model files are never touched.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; にある次のアーカイブフォルダーは、存在しなくなったモデルファイルか、重複したモデルファイルのものです。モデルファイル自体には一切手を加えません。</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>アーカイブフォルダー</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Archive folders to remove</source>
        <translation>削除するアーカイブフォルダー</translation>
    </message>
    <message>
        <source>left alone: it holds files that are not ours</source>
        <translation>そのまま残します: このアプリが作成していないファイルがあります</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n folder(s)</source>
        <translation>
            <numerusform>%n 個のフォルダーを削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clean in &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; にはクリーンアップするものがありません。</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <extracomment>%1 says why an archive folder is kept (its model file cannot be reached)</extracomment>
        <translation>保持: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Try &apos;civitai-data-manager --help&apos; for more information.</source>
        <translation>詳しくは &apos;civitai-data-manager --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Enter the path where you want to save the exported files (press Enter for current directory): </source>
        <translation>書き出したファイルの保存先パスを入力してください (Enter で現在のディレクトリ): </translation>
    </message>
    <message>
        <source>Directory %1 doesn&apos;t exist. Create it? (y/n): </source>
        <translation>ディレクトリ %1 は存在しません。作成しますか？ (y/n): </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Wrote %1/index.html and %2 model pages</source>
        <translation>%1/index.html と %2 件のモデルページを書き出しました</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>削除予定</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>削除中</translation>
    </message>
    <message>
        <source>Leaving %1/ alone: it holds files that are not ours</source>
        <translation>%1/ はそのまま残します: このアプリが作成していないファイルがあります</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライラン: 何も変更していません。</translation>
    </message>
    <message>
        <source>Generated %1 JSON files for preview images</source>
        <translation>プレビュー画像用の JSON ファイルを %1 件生成しました</translation>
    </message>
    <message>
        <source>Error: File %1 not found</source>
        <translation>エラー: ファイル %1 が見つかりません</translation>
    </message>
    <message>
        <source>Error: Directory %1 not found</source>
        <translation>エラー: ディレクトリ %1 が見つかりません</translation>
    </message>
    <message>
        <source>--output DIR is required when not running in a terminal</source>
        <translation>端末以外から実行する場合は --output DIR が必要です</translation>
    </message>
    <message>
        <source>no output folder given</source>
        <translation>出力フォルダーが指定されていません</translation>
    </message>
    <message>
        <source>Interrupted: finishing the files in progress and saving...</source>
        <translation>中断しました: 処理中のファイルを完了して保存しています...</translation>
    </message>
    <message>
        <source>Archiving %1 into %2</source>
        <translation>%1 を %2 にアーカイブしています</translation>
    </message>
    <message>
        <source>%1 archive folder(s) to remove, %2 duplicate group(s). Model files are never touched.</source>
        <translation>削除するアーカイブフォルダー %1 個、重複グループ %2 個。モデルファイルには一切触れません。</translation>
    </message>
    <message>
        <source>y</source>
        <extracomment>The letter that answers yes at the &quot;(y/n)&quot; prompt, as written in its translation</extracomment>
        <translation>y</translation>
    </message>
    <message>
        <source>Keeping %1/: %2</source>
        <extracomment>%1 is an archive folder, %2 why it is kept (its model file cannot be reached, e.g. on an unmounted drive)</extracomment>
        <translation>%1/ を保持します: %2</translation>
    </message>
    <message>
        <source>Error: %1 is a folder: use --all %1</source>
        <extracomment>%1 is the path as given; --all is an option (do not translate it)</extracomment>
        <translation>エラー: %1 はフォルダーです。--all %1 を使ってください</translation>
    </message>
    <message>
        <source>Error: %1 is not a regular file (a pipe, socket or device)</source>
        <extracomment>%1 is the path as given</extracomment>
        <translation>エラー: %1 は通常のファイルではありません (パイプ、ソケット、またはデバイス)</translation>
    </message>
    <message>
        <source>Error: %1 is not a folder: use --single %1</source>
        <extracomment>%1 is the path as given; --single is an option (do not translate it)</extracomment>
        <translation>エラー: %1 はフォルダーではありません。--single %1 を使ってください</translation>
    </message>
    <message>
        <source>Interrupted: finishing the step in progress...</source>
        <translation>中断しました: 処理中のステップを完了しています...</translation>
    </message>
    <message>
        <source>Linking %1 to Civitai model version %2 (model %3, %4)</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id, %3 a model id, %4 the API host</extracomment>
        <translation>%1 を Civitai モデルバージョン %2（モデル %3、%4）にリンクしています</translation>
    </message>
    <message>
        <source>Removed the link of %1 to Civitai model version %2. Its archive stays; the next run looks the file up by its hash.</source>
        <extracomment>%1 is a model file, %2 a Civitai model version id</extracomment>
        <translation>%1 と Civitai モデルバージョン %2 のリンクを解除しました。アーカイブは残ります。次回の実行ではハッシュでファイルを検索します。</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Files of the collection</source>
        <translation>コレクションのファイル</translation>
    </message>
    <message>
        <source>Show files</source>
        <translation>ファイルを表示</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Find files</source>
        <translation>ファイルを検索</translation>
    </message>
    <message>
        <source>Find by name, Civitai name, type or base model</source>
        <translation>名前、Civitai 上の名前、種類、ベースモデルで検索</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>すべてのファイル (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A status filter&apos;s entry with its count: &quot;Errors (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reveal in file manager</source>
        <translation>ファイルマネージャーで表示</translation>
    </message>
    <message>
        <source>Open output folder</source>
        <translation>出力フォルダーを開く</translation>
    </message>
    <message>
        <source>Open model page</source>
        <translation>モデルのページを開く</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Civitai で開く</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>ハッシュをコピー</translation>
    </message>
    <message>
        <source>Copy trigger words</source>
        <translation>トリガーワードをコピー</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Cannot use both --images and --noimages at the same time</source>
        <translation>--images と --noimages は同時に使えません</translation>
    </message>
    <message>
        <source>Cannot use both --onlynew and --onlyhtml at the same time</source>
        <translation>--onlynew と --onlyhtml は同時に使えません</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlynew at the same time</source>
        <translation>--onlyupdate と --onlynew は同時に使えません</translation>
    </message>
    <message>
        <source>Cannot use both --onlyupdate and --onlyhtml at the same time</source>
        <translation>--onlyupdate と --onlyhtml は同時に使えません</translation>
    </message>
    <message>
        <source>--clean option can only be used with --all</source>
        <translation>--clean オプションは --all と一緒にしか使えません</translation>
    </message>
    <message>
        <source>--clean cannot be used with --onlyhtml, --onlyupdate, or --onlynew</source>
        <translation>--clean は --onlyhtml、--onlyupdate、--onlynew と一緒に使えません</translation>
    </message>
    <message>
        <source>Process one model file.</source>
        <translation>モデルファイルを 1 つ処理します。</translation>
    </message>
    <message>
        <source>Process every model file in DIR, recursively.</source>
        <translation>DIR 内のすべてのモデルファイルを (サブフォルダーも含めて) 処理します。</translation>
    </message>
    <message>
        <source>Output (archive) folder. Asked for when missing and on a terminal.</source>
        <translation>出力 (アーカイブ) フォルダー。省略時は、端末なら入力を求めます。</translation>
    </message>
    <message>
        <source>No pause between Civitai requests (may hit rate limits).</source>
        <translation>Civitai へのリクエスト間で待機しません (レート制限にかかる場合があります)。</translation>
    </message>
    <message>
        <source>Download all preview images, not only the first.</source>
        <translation>最初の 1 枚だけでなく、すべてのプレビュー画像をダウンロードします。</translation>
    </message>
    <message>
        <source>Download no preview images.</source>
        <translation>プレビュー画像をダウンロードしません。</translation>
    </message>
    <message>
        <source>Write &lt;name&gt;_preview_N.json for archives made before the Python tool&apos;s v1.3.</source>
        <translation>Python 版 v1.3 より前に作られたアーカイブ用に &lt;name&gt;_preview_N.json を書き出します。</translation>
    </message>
    <message>
        <source>Only process files not processed before.</source>
        <translation>まだ処理していないファイルだけを処理します。</translation>
    </message>
    <message>
        <source>With --onlynew: skip files listed in missing_from_civitai.txt.</source>
        <translation>--onlynew と併用: missing_from_civitai.txt にあるファイルをスキップします。</translation>
    </message>
    <message>
        <source>Only refresh Civitai data of processed files (no hashing).</source>
        <translation>処理済みファイルの Civitai データだけを更新します (ハッシュ計算なし)。</translation>
    </message>
    <message>
        <source>Only regenerate the HTML pages (no network).</source>
        <translation>HTML ページだけを再生成します (通信なし)。</translation>
    </message>
    <message>
        <source>Remove archive folders of models no longer in DIR; list duplicates.</source>
        <translation>DIR にもうないモデルのアーカイブフォルダーを削除し、重複を一覧表示します。</translation>
    </message>
    <message>
        <source>Ignore config.json.</source>
        <translation>config.json を無視します。</translation>
    </message>
    <message>
        <source>Read settings from FILE instead of ./config.json. Command-line flags win over it.</source>
        <translation>./config.json の代わりに FILE から設定を読み込みます。コマンドラインのオプションが優先されます。</translation>
    </message>
    <message>
        <source>Model file extensions to scan (default: safetensors; known: safetensors,ckpt,pt,pth,bin,gguf).</source>
        <translation>スキャンするモデルファイルの拡張子 (既定: safetensors、対応: safetensors,ckpt,pt,pth,bin,gguf)。</translation>
    </message>
    <message>
        <source>Files hashed in parallel (default: %1).</source>
        <translation>並列にハッシュ計算するファイル数 (既定: %1)。</translation>
    </message>
    <message>
        <source>Hash every file again, ignoring the hash cache.</source>
        <translation>ハッシュキャッシュを使わず、すべてのファイルのハッシュを再計算します。</translation>
    </message>
    <message>
        <source>Random pause between Civitai requests, in seconds (default: 3-6).</source>
        <translation>Civitai へのリクエスト間のランダムな待機秒数 (既定: 3-6)。</translation>
    </message>
    <message>
        <source>With --clean: only show what would be removed.</source>
        <translation>--clean と併用: 削除対象を表示するだけで、削除はしません。</translation>
    </message>
    <message>
        <source>Log details.</source>
        <translation>詳細なログを出力します。</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>エラーだけを表示します。</translation>
    </message>
    <message>
        <source>Error in config file %1: %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 why it cannot be read</extracomment>
        <translation>設定ファイル %1 のエラー: %2</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a boolean value</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;%2&apos; には真偽値を指定してください</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a path</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;%2&apos; にはパスを指定してください</translation>
    </message>
    <message>
        <source>Error in config file %1: config must specify either &apos;single&apos; or &apos;all&apos; path, but not both</source>
        <extracomment>%1 is the config file&apos;s path; &apos;single&apos; and &apos;all&apos; are setting names (do not translate them)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;single&apos; か &apos;all&apos; のどちらか一方のパスを指定してください</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1 (use --single FILE or --all DIR)</source>
        <extracomment>%1 is the argument as given; FILE and DIR are placeholders of the command&apos;s syntax</extracomment>
        <translation>予期しない引数です: %1 (--single FILE または --all DIR を使ってください)</translation>
    </message>
    <message>
        <source>--threads takes a number from 1 to 64</source>
        <translation>--threads には 1 から 64 までの数値を指定してください</translation>
    </message>
    <message>
        <source>Config file not found: %1</source>
        <translation>設定ファイルが見つかりません: %1</translation>
    </message>
    <message>
        <source>Read settings from %1</source>
        <translation>%1 から設定を読み込みました</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <extracomment>%1 says which two options conflict</extracomment>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>--pause takes seconds as MIN-MAX (e.g. 3-6), not &apos;%1&apos;</source>
        <extracomment>%1 is the value as given; MIN-MAX is a placeholder of the command&apos;s syntax</extracomment>
        <translation>--pause には秒数を MIN-MAX の形式 (例: 3-6) で指定してください (&apos;%1&apos; は無効です)</translation>
    </message>
    <message>
        <source>--single needs a model file</source>
        <translation>--single にはモデルファイルが必要です</translation>
    </message>
    <message>
        <source>--all needs a folder</source>
        <translation>--all にはフォルダーが必要です</translation>
    </message>
    <message>
        <source>--extensions needs at least one extension</source>
        <translation>--extensions には拡張子が 1 つ以上必要です</translation>
    </message>
    <message>
        <source>--skipmissing only has an effect with --onlynew</source>
        <translation>--skipmissing は --onlynew と併用したときだけ有効です</translation>
    </message>
    <message>
        <source>argument --all: not allowed with argument --single</source>
        <translation>引数 --all: 引数 --single とは併用できません</translation>
    </message>
    <message>
        <source>--api-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--api-base には http(s) アドレスが必要です (&apos;%1&apos; は使えません)</translation>
    </message>
    <message>
        <source>--dry-run only has an effect with --clean</source>
        <translation>--dry-run は --clean と併用したときだけ有効です</translation>
    </message>
    <message>
        <source>one of the arguments --single --all is required</source>
        <translation>引数 --single か --all のどちらかが必要です</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;extensions&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;extensions&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;extensions&apos; にはテキストかテキストのリストを指定してください</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;%2&apos; must be a text</source>
        <extracomment>%1 is the config file&apos;s path, %2 a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;%2&apos; にはテキストを指定してください</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;threads&apos; must be a number from 1 to 64</source>
        <extracomment>%1 is the config file&apos;s path; &apos;threads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;threads&apos; には 1 から 64 までの数を指定してください</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; is only read from a file named with --config, because the API key is sent to that address. If you trust this file, run with --config %1; else use --noconfig, or --api-base URL.</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name and --config, --api-base and --noconfig are options (do not translate them)</extracomment>
        <translation>設定ファイル %1 のエラー: API キーはそのアドレスに送られるため、&apos;api-base&apos; は --config で指定したファイルからしか読み込みません。このファイルを信頼するなら --config %1 を付けて実行し、そうでなければ --noconfig か --api-base URL を使ってください。</translation>
    </message>
    <message>
        <source>--output %1 is the root of the file system: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 はファイルシステムのルートです。アーカイブ専用のフォルダーを指定してください</translation>
    </message>
    <message>
        <source>--output %1 is your home folder: give the archive a folder of its own</source>
        <extracomment>%1 is the folder as given</extracomment>
        <translation>--output %1 はホームフォルダーです。アーカイブ専用のフォルダーを指定してください</translation>
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
        <translation>ローカルのモデルファイルについて、Civitai のメタデータ、トリガーワード、
プレビューをアーカイブします。
引数なしで起動するとデスクトップウィンドウが開き、--single または --all を
指定するとウィンドウなしで実行します。

設定は現在のフォルダーの config.json (または --config FILE) からも読み込みます。
項目名はオプションと同じです (&quot;all&quot;、&quot;output&quot;、&quot;images&quot;: true など)。
コマンドラインで指定したオプションが設定ファイルより優先されます。
API キーの送り先である &quot;api-base&quot; を設定できるのは、--config で指定したファイルだけです。

終了コード: 0 すべて成功、1 一部のファイルが失敗 (最後に一覧表示)、
2 使い方の誤り、3 アーカイブが別の実行で使用中、130 中断 (Ctrl-C。次回の実行で再開します)。</translation>
    </message>
    <message>
        <source>Civitai API address; give it again for more hosts, asked in turn (default: $CIVITAI_API_BASE, else https://civitai.red then https://civitai.com). An API key is read from $CIVITAI_API_KEY.</source>
        <translation>Civitai API のアドレス。複数のホストを使うときは繰り返し指定すると順に問い合わせます (既定: $CIVITAI_API_BASE、なければ https://civitai.red、次に https://civitai.com)。API キーは $CIVITAI_API_KEY から読み込みます。</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;api-base&apos; must be a text or a list of texts</source>
        <extracomment>%1 is the config file&apos;s path; &apos;api-base&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;api-base&apos; にはテキストかテキストのリストを指定してください</translation>
    </message>
    <message>
        <source>Previews downloaded at once from Civitai&apos;s image host, beside the lookups (default: %1, at most %2).</source>
        <translation>Civitai の画像サーバーから同時にダウンロードするプレビューの数。照会と並行して行われます (既定: %1、最大 %2)。</translation>
    </message>
    <message>
        <source>--preview-downloads takes a number from 1 to %1</source>
        <extracomment>%1 is the largest number allowed</extracomment>
        <translation>--preview-downloads には 1 から %1 までの数を指定します</translation>
    </message>
    <message>
        <source>Error in config file %1: &apos;preview-downloads&apos; must be a number from 1 to %2</source>
        <extracomment>%1 is the config file&apos;s path, %2 the largest number allowed; &apos;preview-downloads&apos; is a setting&apos;s name (do not translate it)</extracomment>
        <translation>設定ファイル %1 のエラー: &apos;preview-downloads&apos; は 1 から %2 までの数でなければなりません</translation>
    </message>
    <message>
        <source>Also look files up on CivArchive, a third party: their SHA-256 hashes are sent there. Archives what Civitai forgot and where each file still exists.</source>
        <translation>第三者である CivArchive でもファイルを検索します（SHA-256 ハッシュが送信されます）。Civitai が失った情報と、各ファイルがまだ存在する場所をアーカイブします。</translation>
    </message>
    <message>
        <source>CivArchive API address (default: $CIVARCHIVE_BASE_URL, else https://civarchive.com/api/v1).</source>
        <translation>CivArchive API のアドレス（既定: $CIVARCHIVE_BASE_URL、なければ https://civarchive.com/api/v1）。</translation>
    </message>
    <message>
        <source>Link FILE by hand to the Civitai model version whose address or id follows, and archive it (with --output).</source>
        <translation>FILE を、続けて指定するアドレスまたは ID の Civitai モデルバージョンに手動でリンクし、アーカイブします（--output と共に）。</translation>
    </message>
    <message>
        <source>Remove the manual link of FILE (with --output).</source>
        <translation>FILE の手動リンクを解除します（--output と共に）。</translation>
    </message>
    <message>
        <source>Cannot use both --link and --unlink at the same time</source>
        <translation>--link と --unlink は同時に使用できません</translation>
    </message>
    <message>
        <source>%1 cannot be used with --%2</source>
        <extracomment>%1 is --link or --unlink, %2 another option</extracomment>
        <translation>%1 は --%2 と一緒に使用できません</translation>
    </message>
    <message>
        <source>--link FILE needs one Civitai address or model version id after it, e.g. --link model.safetensors https://civitai.com/models/123?modelVersionId=456</source>
        <translation>--link FILE の後には Civitai のアドレスまたはモデルバージョン ID が 1 つ必要です。例: --link model.safetensors https://civitai.com/models/123?modelVersionId=456</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <extracomment>%1 is the argument as given</extracomment>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--civarchive-base needs an http(s) address, not &apos;%1&apos;</source>
        <extracomment>%1 is the address as given</extracomment>
        <translation>--civarchive-base には http(s) のアドレスが必要です（「%1」ではありません）</translation>
    </message>
    <message>
        <source>--recheck cannot be used with --onlyhtml, --onlyupdate, or --clean</source>
        <translation>--recheck は --onlyhtml、--onlyupdate、--clean と一緒に使用できません</translation>
    </message>
    <message>
        <source>Look every file up again; no previews.</source>
        <translation>すべてのファイルを再検索します（プレビューなし）。</translation>
    </message>
    <message>
        <source>--recheck ignores --onlynew and --skipmissing: it looks at every file</source>
        <translation>--recheck は --onlynew と --skipmissing を無視し、すべてのファイルを確認します</translation>
    </message>
</context>
<context>
    <name>ConsoleReporter</name>
    <message>
        <source>cached</source>
        <translation>キャッシュ利用</translation>
    </message>
    <message>
        <source>hashed</source>
        <translation>ハッシュ計算済み</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>not on Civitai</source>
        <translation>Civitai になし</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>  %1 / %2  %3 MB/s  ETA %4</source>
        <translation>  %1 / %2  %3 MB/s  残り %4</translation>
    </message>
    <message>
        <source>  %1 requests</source>
        <translation>  リクエスト %1 件</translation>
    </message>
    <message>
        <source>  waiting %1 s: %2</source>
        <translation>  %1 秒待機中: %2</translation>
    </message>
    <message>
        <source>Waiting %1 s: %2</source>
        <translation>%1 秒待機中: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3 %4</source>
        <translation>[%1/%2] %3 %4</translation>
    </message>
    <message>
        <source> (%1 %2, %3)</source>
        <translation> (%1 %2、%3)</translation>
    </message>
    <message>
        <source>, %1 preview(s)</source>
        <translation>、プレビュー %1 件</translation>
    </message>
    <message>
        <source>, newer version on Civitai</source>
        <translation>、Civitai に新しいバージョンあり</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>%1 in %2 s: %3 files found, %4 done, %5 hashed (%6</source>
        <translation>%1 (%2 秒): 検出 %3 件、処理済み %4 件、ハッシュ計算 %5 件 (%6</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source> at %1 MB/s</source>
        <translation>、%1 MB/s</translation>
    </message>
    <message>
        <source>), %1 from cache</source>
        <translation>)、キャッシュ利用 %1 件</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>、スキップ %1 件</translation>
    </message>
    <message>
        <source>, %1 failed.</source>
        <translation>、失敗 %1 件。</translation>
    </message>
    <message>
        <source>Civitai: %1 requests, %2 up to date, %3 not on Civitai, %4 preview(s) downloaded, %5 with a newer version (updates_available.json).</source>
        <translation>Civitai: リクエスト %1 件、最新 %2 件、Civitai になし %3 件、プレビューのダウンロード %4 件、新しいバージョンあり %5 件 (updates_available.json)。</translation>
    </message>
    <message>
        <source>Newer versions on Civitai:</source>
        <translation>Civitai の新しいバージョン:</translation>
    </message>
    <message>
        <source>  ... and %1 more in updates_available.json</source>
        <translation>  ... ほか %1 件 (updates_available.json を参照)</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Failed files:</source>
        <translation>失敗したファイル:</translation>
    </message>
    <message>
        <source>Progress was saved; run the same command again to resume.</source>
        <translation>進行状況を保存しました。同じコマンドをもう一度実行すると再開します。</translation>
    </message>
    <message>
        <source>not on Civitai, archived from CivArchive</source>
        <translation>Civitai にはなく、CivArchive からアーカイブ</translation>
    </message>
    <message>
        <source>Removed from Civitai since the last check (their archived data is kept):</source>
        <translation>前回の確認以降に Civitai から削除されたもの（アーカイブ済みのデータは保持されます）:</translation>
    </message>
    <message>
        <source>  %1: last confirmed %2</source>
        <extracomment>%1 is a model file&apos;s path with its model&apos;s name, %2 the date Civitai last knew it</extracomment>
        <translation>  %1: 最終確認 %2</translation>
    </message>
    <message>
        <source>  ... and %1 more in file_history.json</source>
        <translation>  ... ほか %1 件は file_history.json に記載</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Creator:</source>
        <translation>作成者:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>種類:</translation>
    </message>
    <message>
        <source>Base model:</source>
        <translation>ベースモデル:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
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
        <translation>トリガーワード</translation>
    </message>
    <message>
        <source>Trigger words:</source>
        <translation>トリガーワード:</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>ハッシュをコピー</translation>
    </message>
    <message>
        <source>Open page in the gallery</source>
        <translation>ギャラリーでページを開く</translation>
    </message>
    <message>
        <source>Open on Civitai</source>
        <translation>Civitai で開く</translation>
    </message>
    <message>
        <source>Reveal file</source>
        <translation>ファイルを表示</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>No file selected</source>
        <translation>ファイルが選択されていません</translation>
    </message>
    <message>
        <source>Copy “%1”</source>
        <translation>「%1」をコピー</translation>
    </message>
    <message>
        <source>Select a file in the collection to see its cover, names, trigger words and hash here.</source>
        <translation>コレクションでファイルを選択すると、カバー、名前、トリガーワード、ハッシュがここに表示されます。</translation>
    </message>
</context>
<context>
    <name>DetailsPaneToggle</name>
    <message>
        <source>&amp;Details pane</source>
        <translation>詳細ペイン(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Duplicate model files</source>
        <translation>重複したモデルファイル</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>ファイルの場所を開く(&amp;V)</translation>
    </message>
    <message>
        <source>Move to &amp;trash…</source>
        <translation>ゴミ箱に移動(&amp;T)…</translation>
    </message>
    <message>
        <source>Move this copy to the system trash (it can be restored from there)</source>
        <translation>このコピーをシステムのゴミ箱に移動します (ゴミ箱から復元できます)</translation>
    </message>
    <message numerus="yes">
        <source>%n copies of %1</source>
        <translation>
            <numerusform>%1 (同一ファイル %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保持</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>No model file is stored twice.</source>
        <translation>重複して保存されているモデルファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of identical files; %1 could be freed.</source>
        <translation>
            <numerusform>同一ファイルのグループが %n 個あります。%1 の空き容量を確保できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message>
        <source>Move this copy to the trash?

%1

An identical file stays where it is, and the trash can restore this one.</source>
        <translation>このコピーをゴミ箱に移動しますか？

%1

同一のファイルは元の場所に残ります。このファイルはゴミ箱から復元できます。</translation>
    </message>
    <message>
        <source>%1 could not be moved to the trash: %2</source>
        <translation>%1 をゴミ箱に移動できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>FailedFiles</name>
    <message>
        <source>%1 is not a list of failed files: it is written again</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 は失敗したファイルの一覧ではありません。書き直します</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <source>OpenSSL could not start SHA-256</source>
        <translation>OpenSSL が SHA-256 を開始できませんでした</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>読み取りエラー: %1</translation>
    </message>
    <message>
        <source>OpenSSL could not finish SHA-256</source>
        <translation>OpenSSL が SHA-256 を完了できませんでした</translation>
    </message>
</context>
<context>
    <name>FileHistory</name>
    <message>
        <source>%1 is not a file history: it is left as it is</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 はファイル履歴ではありません。そのままにします</translation>
    </message>
</context>
<context>
    <name>GalleryHistory</name>
    <message>
        <source>Removed from Civitai: last seen there on %1. Everything archived here is kept.</source>
        <extracomment>%1 is the date Civitai last knew the model file</extracomment>
        <translation>Civitai から削除されました（最後に確認できたのは %1）。ここにアーカイブされたものはすべて保持されます。</translation>
    </message>
    <message>
        <source>First archived</source>
        <translation>初回アーカイブ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Removed from Civitai only</source>
        <translation>Civitai から削除されたもののみ</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Civitai から削除</translation>
    </message>
    <message>
        <source>Found on Civitai again</source>
        <translation>Civitai で再び見つかりました</translation>
    </message>
    <message>
        <source>Available on Civitai again</source>
        <translation>Civitai で再び利用可能</translation>
    </message>
    <message>
        <source>Newer version published: %1</source>
        <extracomment>%1 is the name of the version Civitai published</extracomment>
        <translation>新しいバージョンが公開されました: %1</translation>
    </message>
    <message>
        <source>The model file changed on disk</source>
        <translation>モデルファイルがディスク上で変更されました</translation>
    </message>
    <message>
        <source>The model file is gone from disk</source>
        <translation>モデルファイルがディスクから消えました</translation>
    </message>
    <message>
        <source>The model file is back on disk</source>
        <translation>モデルファイルがディスクに戻りました</translation>
    </message>
</context>
<context>
    <name>GalleryView</name>
    <message>
        <source>Gallery</source>
        <translation>ギャラリー</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Back to the model list</source>
        <translation>モデル一覧に戻る</translation>
    </message>
    <message>
        <source>Search the gallery (commas: all terms must match)</source>
        <translation>ギャラリーを検索 (カンマ区切り: すべての語に一致)</translation>
    </message>
    <message>
        <source>Search the gallery</source>
        <translation>ギャラリーを検索</translation>
    </message>
    <message>
        <source>No gallery yet.
Run an archive and its model browser appears here.</source>
        <translation>ギャラリーはまだありません。
アーカイブを実行すると、ここにモデルブラウザーが表示されます。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
</context>
<context>
    <name>GalleryWriter</name>
    <message>
        <source>Archived by civitai-data-manager %1. Works offline.</source>
        <translation>civitai-data-manager %1 でアーカイブしました。オフラインで閲覧できます。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Dark mode</source>
        <translation>ダークモード</translation>
    </message>
    <message>
        <source>Network module</source>
        <translation>ネットワークモジュール</translation>
    </message>
    <message>
        <source>Network dim</source>
        <translation>ネットワーク Dim</translation>
    </message>
    <message>
        <source>Network alpha</source>
        <translation>ネットワーク Alpha</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>学習元モデル</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>エポック数</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>学習画像数</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学習率</translation>
    </message>
    <message>
        <source>Output name</source>
        <translation>出力名</translation>
    </message>
    <message>
        <source>Training metadata</source>
        <translation>学習メタデータ</translation>
    </message>
    <message>
        <source>Tag frequencies (top 30)</source>
        <translation>タグの出現頻度 (上位 30)</translation>
    </message>
    <message>
        <source>Preview %1 (video)</source>
        <translation>プレビュー %1 (動画)</translation>
    </message>
    <message>
        <source>Preview %1</source>
        <translation>プレビュー %1</translation>
    </message>
    <message>
        <source>Previews</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>ダウンロード数</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね数</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開日</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ日</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Missing from Civitai since %1</source>
        <translation>%1 以降、Civitai に存在しません</translation>
    </message>
    <message>
        <source>Newer version on Civitai:</source>
        <translation>Civitai に新しいバージョンがあります:</translation>
    </message>
    <message>
        <source>(from the file&apos;s training tags)</source>
        <translation>(ファイルの学習タグより)</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>すべてのモデル</translation>
    </message>
    <message>
        <source>Trigger words</source>
        <translation>トリガーワード</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>The description needs JavaScript (it is sanitized before it is shown).</source>
        <translation>説明の表示には JavaScript が必要です (表示前に無害化されます)。</translation>
    </message>
    <message>
        <source>Model browser</source>
        <translation>モデルブラウザー</translation>
    </message>
    <message>
        <source>Search name, file, tags, creator, trigger words, base model (a, b: all must match)</source>
        <translation>名前、ファイル、タグ、作者、トリガーワード、ベースモデルを検索 (a, b: すべてに一致)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Sort, filters and display</source>
        <translation>並べ替え・フィルター・表示</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>並べ替え</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべてのタイプ</translation>
    </message>
    <message>
        <source>All base models</source>
        <translation>すべてのベースモデル</translation>
    </message>
    <message>
        <source>All creators</source>
        <translation>すべての作者</translation>
    </message>
    <message>
        <source>New versions only</source>
        <translation>新バージョンありのみ</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>カバー画像</translation>
    </message>
    <message>
        <source>Blur NSFW</source>
        <translation>NSFW をぼかす</translation>
    </message>
    <message>
        <source>Collection overview</source>
        <translation>コレクションの概要</translation>
    </message>
    <message>
        <source>The model browser needs JavaScript. Each model&apos;s page works without it: open its folder.</source>
        <translation>モデルブラウザーには JavaScript が必要です。各モデルのページは JavaScript なしでも表示できます (モデルのフォルダーから開いてください)。</translation>
    </message>
    <message>
        <source>No model matches.</source>
        <translation>一致するモデルはありません。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot read the gallery asset %1</source>
        <translation>ギャラリーのファイル %1 を読み取れません</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>手動でリンク</translation>
    </message>
    <message>
        <source>Its hash matches no file on Civitai: it was linked to this version by hand.</source>
        <translation>このハッシュは Civitai のどのファイルとも一致しないため、このバージョンに手動でリンクされました。</translation>
    </message>
    <message>
        <source>cannot read the gallery&apos;s cache for %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 のギャラリーのキャッシュを読み込めません</translation>
    </message>
</context>
<context>
    <name>HashCache</name>
    <message>
        <source>%1 has an unknown format version</source>
        <extracomment>%1 is the path of the hash cache file</extracomment>
        <translation>%1 の形式バージョンが不明です</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <extracomment>%1 is a file path, %2 the JSON parser&apos;s error message</extracomment>
        <translation>%1 は JSON オブジェクトではありません: %2</translation>
    </message>
</context>
<context>
    <name>JsonStream</name>
    <message>
        <source>the JSON text is damaged or cut short at byte %1</source>
        <extracomment>%1 is a position in a file, in bytes from its start</extracomment>
        <translation>JSON テキストがバイト %1 で壊れているか途中で切れています</translation>
    </message>
</context>
<context>
    <name>LinkActions</name>
    <message>
        <source>Linking %1 to Civitai and archiving it…</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>%1 を Civitai にリンクしてアーカイブしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 is linked to Civitai version %2 and archived.</source>
        <translation>%1 を Civitai バージョン %2 にリンクし、アーカイブしました。</translation>
    </message>
    <message>
        <source>The link of %1 is removed; its archive stays. The next run looks it up by its hash.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>%1 のリンクを解除しました。アーカイブは残ります。次回の実行ではハッシュで検索します。</translation>
    </message>
    <message>
        <source>Link to a Civitai version…</source>
        <translation>Civitai のバージョンにリンク…</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>リンクを解除</translation>
    </message>
    <message>
        <source>Manual link</source>
        <translation>手動リンク</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Civitai knows no file with the hash of %1 (a re-saved, pruned or converted file has another hash). Paste the address of the Civitai model version it came from, or its id. It is archived with that version&apos;s data at once.</source>
        <extracomment>%1 is a model file&apos;s name</extracomment>
        <translation>Civitai には %1 のハッシュを持つファイルがありません（保存し直したり、削減・変換したりしたファイルはハッシュが変わります）。元の Civitai モデルバージョンのアドレスまたは ID を貼り付けてください。そのバージョンのデータですぐにアーカイブします。</translation>
    </message>
    <message>
        <source>Link to a Civitai version</source>
        <translation>Civitai のバージョンにリンク</translation>
    </message>
    <message>
        <source>Link and archive</source>
        <translation>リンクしてアーカイブ</translation>
    </message>
</context>
<context>
    <name>LinkFile</name>
    <message>
        <source>Civitai could not be asked about model %1: %2</source>
        <extracomment>%1 is a Civitai model id, %2 says why (e.g. a network error)</extracomment>
        <translation>モデル %1 について Civitai に問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>Civitai has no model %1.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai にモデル %1 はありません。</translation>
    </message>
    <message>
        <source>Civitai lists no version of model %1 to link to.</source>
        <extracomment>%1 is a Civitai model id</extracomment>
        <translation>Civitai にはリンクできるモデル %1 のバージョンがありません。</translation>
    </message>
    <message>
        <source>Civitai could not be asked about model version %1: %2</source>
        <extracomment>%1 is a Civitai model version id, %2 says why (e.g. a network error)</extracomment>
        <translation>モデルバージョン %1 について Civitai に問い合わせできませんでした: %2</translation>
    </message>
    <message>
        <source>Civitai has no model version %1.</source>
        <extracomment>%1 is a Civitai model version id</extracomment>
        <translation>Civitai にモデルバージョン %1 はありません。</translation>
    </message>
    <message>
        <source>Civitai version %1 belongs to model %2, not to model %3 as the address says.</source>
        <extracomment>%1 is a Civitai model version id, %2 and %3 model ids</extracomment>
        <translation>Civitai バージョン %1 はアドレスにあるモデル %3 ではなく、モデル %2 に属しています。</translation>
    </message>
    <message>
        <source>cannot create the output folder %1</source>
        <translation>出力フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>The file could not be archived, so the link was taken back: %1</source>
        <extracomment>%1 says why</extracomment>
        <translation>ファイルをアーカイブできなかったため、リンクを取り消しました: %1</translation>
    </message>
    <message>
        <source>the run ended without it</source>
        <translation>実行はこのファイルなしで終了しました</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>Run log</source>
        <translation>実行ログ</translation>
    </message>
    <message>
        <source>&amp;Copy log</source>
        <translation>ログをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole log</source>
        <translation>ログ全体をコピー</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
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
        <translation>全体の進行状況</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>モデルフォルダーを追加</translation>
    </message>
    <message>
        <source>Add single model files</source>
        <translation>個別のモデルファイルを追加</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>Archive every source now</source>
        <translation>すべてのソースを今すぐアーカイブ</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>実行を一時停止または再開</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the run; what finished is kept and saved</source>
        <translation>実行を停止します。完了した分は保存されます</translation>
    </message>
    <message>
        <source>Write the HTML gallery again from the archive, offline</source>
        <translation>アーカイブから HTML ギャラリーを作り直します (オフライン)</translation>
    </message>
    <message>
        <source>Remove archive folders of models that are gone (asks first)</source>
        <translation>存在しなくなったモデルのアーカイブフォルダーを削除します (事前に確認します)</translation>
    </message>
    <message>
        <source>Show the archive in the file manager</source>
        <translation>ファイルマネージャーでアーカイブを表示</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Civitai API key, request pacing, files, appearance</source>
        <translation>Civitai API キー、リクエスト間隔、ファイル、外観</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Civitai Data Manager</source>
        <translation>Civitai Data Manager について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Drop model folders here</source>
        <translation>ここにモデルフォルダーをドロップ</translation>
    </message>
    <message>
        <source>Civitai Data Manager keeps what Civitai knows about your models on your own disk:
trigger words, descriptions, previews and prompts, even after a model is deleted there.
It reads your model files and never changes them.</source>
        <translation>Civitai Data Manager は、Civitai にあるモデルの情報をあなたのディスクに保存します。
トリガーワード、説明、プレビュー、プロンプトは、Civitai でモデルが削除された後も手元に残ります。
モデルファイルは読み取るだけで、変更することはありません。</translation>
    </message>
    <message>
        <source>Add a models folder…</source>
        <translation>モデルフォルダーを追加…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>&amp;Missing from Civitai</source>
        <translation>Civitai になし(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>重複(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Gallery</source>
        <translation>ギャラリー(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>処理内容</translation>
    </message>
    <message>
        <source>First preview of each model</source>
        <translation>各モデルの最初のプレビュー</translation>
    </message>
    <message>
        <source>All previews</source>
        <translation>すべてのプレビュー</translation>
    </message>
    <message>
        <source>No previews</source>
        <translation>プレビューなし</translation>
    </message>
    <message>
        <source>Previews to download</source>
        <translation>ダウンロードするプレビュー</translation>
    </message>
    <message>
        <source>Only &amp;new files</source>
        <translation>新しいファイルのみ(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;kip files missing from Civitai</source>
        <translation>Civitai にないファイルをスキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Only &amp;update archived models</source>
        <translation>アーカイブ済みモデルの更新のみ(&amp;U)</translation>
    </message>
    <message>
        <source>Pre&amp;views:</source>
        <translation>プレビュー(&amp;V):</translation>
    </message>
    <message numerus="yes">
        <source>Added %n source(s). Press Start to archive them.</source>
        <translation>
            <numerusform>ソースを %n 件追加しました。「開始」を押すとアーカイブします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 ファイル</translation>
    </message>
    <message>
        <source>%1 of %2 hashed</source>
        <translation>ハッシュ計算 %1 / %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Civitai request(s)</source>
        <translation>
            <numerusform>Civitai へのリクエスト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting %1 s: %2</source>
        <translation>%1 秒待機中: %2</translation>
    </message>
    <message>
        <source>Archiving failed</source>
        <translation>アーカイブに失敗しました</translation>
    </message>
    <message>
        <source>Archiving into %1 failed:
%2</source>
        <translation>%1 へのアーカイブに失敗しました:
%2</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 not on Civitai, %4 failed, %5 previews, %6 requests in %7</source>
        <translation>%1: 完了 %2 件、Civitai になし %3 件、失敗 %4 件、プレビュー %5 件、リクエスト %6 件 (所要時間 %7)</translation>
    </message>
    <message>
        <source>This model has no page yet: it appears after the run.</source>
        <translation>このモデルのページはまだありません。実行後に作成されます。</translation>
    </message>
    <message>
        <source>About Civitai Data Manager</source>
        <translation>Civitai Data Manager について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Keeps what Civitai knows about your models (trigger words, descriptions, previews and their prompts) on your own disk, even after a model is deleted there. It only ever reads your model files.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;&lt;p&gt;A native rewrite of the Python &lt;i&gt;civitai-data-manager&lt;/i&gt; by jeremysltn, whose archive layout and command line it keeps. Built with Qt %2, QtKeychain and OpenSSL; the gallery sanitizes descriptions with DOMPurify (Apache 2.0 or MPL 2.0).&lt;/p&gt;&lt;p&gt;Not affiliated with Civitai.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Civitai Data Manager %1&lt;/h3&gt;&lt;p&gt;Civitai にあるモデルの情報 (トリガーワード、説明、プレビューとそのプロンプト) をあなたのディスクに保存します。Civitai でモデルが削除された後も手元に残ります。モデルファイルは読み取るだけです。&lt;/p&gt;&lt;p&gt;MIT ライセンスで公開しています。&lt;/p&gt;&lt;p&gt;jeremysltn による Python 版 &lt;i&gt;civitai-data-manager&lt;/i&gt; をネイティブアプリとして書き直したもので、アーカイブの構成とコマンドラインを引き継いでいます。Qt %2、QtKeychain、OpenSSL を使用しています。ギャラリーでは DOMPurify (Apache 2.0 または MPL 2.0) で説明を無害化しています。&lt;/p&gt;&lt;p&gt;Civitai とは提携していません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A run is in progress</source>
        <translation>実行中です</translation>
    </message>
    <message>
        <source>Stop the run and quit? Everything finished so far is saved.</source>
        <translation>実行を停止して終了しますか？ ここまでに完了した分は保存されています。</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>ファイルを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;generate gallery</source>
        <translation>ギャラリーを再生成(&amp;G)</translation>
    </message>
    <message>
        <source>Clea&amp;n archive…</source>
        <translation>アーカイブを整理(&amp;N)…</translation>
    </message>
    <message>
        <source>Open &amp;output folder</source>
        <translation>出力フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Collection</source>
        <translation>コレクション(&amp;C)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Skip files archived by an earlier run</source>
        <translation>以前の実行でアーカイブされたファイルをスキップ</translation>
    </message>
    <message>
        <source>With only new files: do not ask again about files Civitai did not know</source>
        <translation>新しいファイルのみの場合: Civitai が認識していなかったファイルを再度問い合わせない</translation>
    </message>
    <message>
        <source>Refresh Civitai data of archived models without reading the files</source>
        <translation>ファイルを読まずに、アーカイブ済みモデルの Civitai データを更新</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n 件は Civitai にない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see the Errors filter)</source>
        <translation>
            <numerusform>%n 件失敗（「エラー」フィルターを参照）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a newer version on Civitai</source>
        <translation>
            <numerusform>%n 件は Civitai に新しいバージョンあり</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; what finished is saved: %1.</source>
        <translation>キャンセルしました。完了した分は保存されています: %1。</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>完了: %1。</translation>
    </message>
    <message>
        <source>&amp;Re-check on Civitai</source>
        <translation>Civitai で再確認(&amp;R)</translation>
    </message>
    <message>
        <source>Look every archived file up on Civitai again, to find what was removed or changed; downloads no previews</source>
        <translation>アーカイブ済みのすべてのファイルを Civitai で再検索し、削除や変更を見つけます。プレビューはダウンロードしません</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Civitai から削除</translation>
    </message>
    <message numerus="yes">
        <source>Civitai no longer knows %n of your model files; their archived data is kept. See the Removed filter.</source>
        <translation>
            <numerusform>Civitai はモデルファイル %n 件をもう認識していません。アーカイブ済みのデータは保持されます。「Civitai から削除」フィルターを参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai (see the Removed filter)</source>
        <translation>
            <numerusform>%n 件が Civitai から削除（「Civitai から削除」フィルターを参照）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualLinks</name>
    <message>
        <source>Cannot read the manual links in %1: %2</source>
        <extracomment>%1 is the file, %2 why it cannot be read</extracomment>
        <translation>%1 の手動リンクを読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>MediaCheck</name>
    <message>
        <source>the image host sent no image or video of a known format</source>
        <translation>画像サーバーから既知の形式の画像や動画が届きませんでした</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>ファイルが %1 MB を超えています</translation>
    </message>
    <message>
        <source>the file was cut short</source>
        <translation>ファイルが途中で切れています</translation>
    </message>
</context>
<context>
    <name>MigrateImageJson</name>
    <message>
        <source>writing the JSON files of preview images</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>プレビュー画像の JSON ファイルを書き込んでいます</translation>
    </message>
</context>
<context>
    <name>MissingList</name>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <source>Missing since</source>
        <translation>未検出日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Trigger words from its metadata</source>
        <translation>メタデータ内のトリガーワード</translation>
    </message>
    <message>
        <source>Files not found on Civitai</source>
        <translation>Civitai で見つからないファイル</translation>
    </message>
    <message>
        <source>&amp;Retry lookup</source>
        <translation>再照会(&amp;R)</translation>
    </message>
    <message>
        <source>Ask Civitai again about this file</source>
        <translation>このファイルを Civitai にもう一度照会します</translation>
    </message>
    <message>
        <source>Re&amp;veal file</source>
        <translation>ファイルの場所を開く(&amp;V)</translation>
    </message>
    <message>
        <source>Open its &amp;page</source>
        <translation>モデルページを開く(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (not found on disk in this archive&apos;s sources)</source>
        <translation>%1 (このアーカイブのソースフォルダーに見つかりません)</translation>
    </message>
    <message>
        <source>Civitai knows every archived file.</source>
        <translation>アーカイブしたファイルはすべて Civitai で見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not found on Civitai. Their trigger words come from the files&apos; own training metadata.</source>
        <translation>
            <numerusform>Civitai で見つからないファイルが %n 件あります。トリガーワードはファイル自体の学習メタデータから取得しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <extracomment>Civitai&apos;s answer for a file in the missing list; %1 an HTTP status other than 404</extracomment>
        <translation>Civitai にない</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>応答 %1</translation>
    </message>
    <message>
        <source>Nothing is archived yet: after a run, the files Civitai does not know are listed here.</source>
        <translation>まだ何もアーカイブされていません。実行後、Civitai が認識しないファイルがここに表示されます。</translation>
    </message>
</context>
<context>
    <name>ModelAnswer</name>
    <message>
        <source>a model that is not an object</source>
        <translation>オブジェクトではないモデル</translation>
    </message>
</context>
<context>
    <name>ModelMode</name>
    <message>
        <source>Archived on Civitai</source>
        <translation>Civitai でアーカイブ済み</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Civitai で公開停止</translation>
    </message>
    <message>
        <source>Civitai archived this model: its files can no longer be downloaded.</source>
        <translation>Civitai はこのモデルをアーカイブしました。ファイルはもうダウンロードできません。</translation>
    </message>
    <message>
        <source>Civitai took this model down: its images are no longer shown.</source>
        <translation>Civitai はこのモデルの公開を停止しました。画像はもう表示されません。</translation>
    </message>
</context>
<context>
    <name>ModelScanner</name>
    <message>
        <source>skipped %1: broken link</source>
        <translation>%1 をスキップ: リンク切れ</translation>
    </message>
    <message>
        <source>cannot read folder %1: permission denied</source>
        <translation>フォルダー %1 を読み取れません: アクセスが拒否されました</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 is not a regular file or folder</source>
        <translation>%1 は通常のファイルでもフォルダーでもありません</translation>
    </message>
    <message>
        <source>cannot read folder %1: path too long</source>
        <extracomment>%1 is a folder&apos;s path</extracomment>
        <translation>フォルダー %1 を読み取れません: パスが長すぎます</translation>
    </message>
    <message>
        <source>cannot read folder %1: %2</source>
        <extracomment>%1 is a folder&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>フォルダー %1 を読み取れません: %2</translation>
    </message>
</context>
<context>
    <name>PlanClean</name>
    <message>
        <source>looking for archive folders to clean</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>クリーンアップするアーカイブフォルダーを探しています</translation>
    </message>
</context>
<context>
    <name>PreviewFetcher</name>
    <message>
        <source>preview %1 not downloaded: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why (e.g. a network error)</extracomment>
        <translation>プレビュー %1 をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>preview %1 not kept: %2</source>
        <extracomment>%1 is the preview&apos;s number (counting from 0), %2 says why</extracomment>
        <translation>プレビュー %1 を保存しませんでした: %2</translation>
    </message>
    <message>
        <source>cannot save preview %1</source>
        <extracomment>%1 is the path of the preview image file</extracomment>
        <translation>プレビュー %1 を保存できません</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>%1 of %2 finished</source>
        <translation>%1 / %2 完了</translation>
    </message>
    <message>
        <source>Hashing %1 %</source>
        <translation>ハッシュ計算中 %1%</translation>
    </message>
    <message>
        <source>Previews %1/%2</source>
        <translation>プレビュー %1/%2</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai</source>
        <translation>完了 · Civitai に新しいバージョンあり</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Hashing</source>
        <translation>ハッシュ計算中</translation>
    </message>
    <message>
        <source>Looking up on Civitai</source>
        <translation>Civitai に照会中</translation>
    </message>
    <message>
        <source>Downloading previews</source>
        <translation>プレビューをダウンロード中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not on Civitai</source>
        <translation>Civitai になし</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Civitai name</source>
        <translation>Civitai での名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Done · newer version on Civitai (%1)</source>
        <translation>完了 · Civitai に新しいバージョンがあります (%1)</translation>
    </message>
    <message>
        <source>Done · %1</source>
        <extracomment>%1 says what Civitai did with the model: &quot;Archived on Civitai&quot;</extracomment>
        <translation>完了 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on Civitai</source>
        <translation>
            <numerusform>%n 件は Civitai にない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>Not looked up yet</source>
        <translation>まだ検索していません</translation>
    </message>
    <message>
        <source>Not on Civitai · archived from CivArchive</source>
        <translation>Civitai にない · CivArchive からアーカイブ</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>ベースモデル</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最終確認</translation>
    </message>
    <message numerus="yes">
        <source>%n removed from Civitai</source>
        <translation>
            <numerusform>%n 件が Civitai から削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <extracomment>%1 is the date Civitai last knew the file</extracomment>
        <translation>Civitai から削除 · 最終確認 %1</translation>
    </message>
    <message>
        <source>Removed from Civitai</source>
        <translation>Civitai から削除</translation>
    </message>
    <message>
        <source>Failed in an earlier run: %1</source>
        <extracomment>%1 is why a run failed on the file (&quot;Civitai answered 500 …&quot;)</extracomment>
        <translation>以前の実行で失敗: %1</translation>
    </message>
    <message>
        <source>Failed on %1: %2</source>
        <extracomment>%1 is the day of the run that failed on the file, %2 why it failed</extracomment>
        <translation>%1 に失敗: %2</translation>
    </message>
</context>
<context>
    <name>RegenerateGallery</name>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>ギャラリーを書き出し中</translation>
    </message>
</context>
<context>
    <name>RequestQueue</name>
    <message>
        <source>polite pause between requests (--notimeout turns it off)</source>
        <extracomment>Why the run waits, shown with a countdown; --notimeout is a command-line flag</extracomment>
        <translation>リクエスト間の待機 (--notimeout で無効化)</translation>
    </message>
    <message>
        <source>refused to fetch %1: not an http(s) address</source>
        <extracomment>%1 is an address (URL)</extracomment>
        <translation>%1 の取得を拒否: http(s) アドレスではありません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s error message</extracomment>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>request timed out</source>
        <translation>リクエストがタイムアウトしました</translation>
    </message>
    <message>
        <source>the response was cut short</source>
        <translation>応答が途中で切れました</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <extracomment>%1 is the network error&apos;s description</extracomment>
        <translation>ネットワークエラー: %1</translation>
    </message>
    <message>
        <source>rate limited by Civitai (HTTP 429)</source>
        <translation>Civitai のレート制限 (HTTP 429)</translation>
    </message>
    <message>
        <source>Civitai answered HTTP %1</source>
        <extracomment>%1 is the HTTP status code (500 or above)</extracomment>
        <translation>Civitai の応答: HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 after %2 attempts</source>
        <extracomment>%1 is the HTTP status code, %2 the number of attempts</extracomment>
        <translation>%2 回試行後に HTTP %1</translation>
    </message>
    <message>
        <source>network error: %1 after %2 attempts</source>
        <extracomment>%1 is the network error&apos;s description, %2 the number of attempts</extracomment>
        <translation>%2 回試行後にネットワークエラー: %1</translation>
    </message>
    <message>
        <source>timed out after %1 attempts</source>
        <extracomment>%1 is the number of attempts</extracomment>
        <translation>%1 回試行後にタイムアウト</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB</source>
        <extracomment>%1 is a size in megabytes</extracomment>
        <translation>応答が %1 MB を超えています</translation>
    </message>
    <message>
        <source>refused to follow a redirect from %1 to %2, an address in this machine&apos;s or a private network</source>
        <extracomment>%1 and %2 are addresses (URLs)</extracomment>
        <translation>%1 から %2 へのリダイレクトを拒否しました (このマシンまたはプライベートネットワーク内のアドレスです)</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>cannot open: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>空のファイル (0 バイト)</translation>
    </message>
    <message>
        <source>not a safetensors file: only %1 bytes</source>
        <extracomment>%1 is the file&apos;s size in bytes (1 to 7)</extracomment>
        <translation>safetensors ファイルではありません: %1 バイトしかありません</translation>
    </message>
    <message>
        <source>cannot read the header length: %1</source>
        <extracomment>%1 is the system&apos;s error message</extracomment>
        <translation>ヘッダー長を読み取れません: %1</translation>
    </message>
    <message>
        <source>not a safetensors file: empty header</source>
        <translation>safetensors ファイルではありません: ヘッダーが空です</translation>
    </message>
    <message>
        <source>not a safetensors file: header length %1 exceeds the %2-byte limit</source>
        <extracomment>%1 is the header length the file declares, %2 the limit, both in bytes</extracomment>
        <translation>safetensors ファイルではありません: ヘッダー長 %1 が上限の %2 バイトを超えています</translation>
    </message>
    <message>
        <source>truncated: header needs %1 bytes, the file has %2</source>
        <extracomment>%1 is the header length the file declares, %2 the bytes the file has after the length prefix</extracomment>
        <translation>途中で切れています: ヘッダーに %1 バイト必要ですが、ファイルは %2 バイトです</translation>
    </message>
    <message>
        <source>truncated: could not read the %1-byte header</source>
        <extracomment>%1 is the header length in bytes</extracomment>
        <translation>途中で切れています: %1 バイトのヘッダーを読み取れません</translation>
    </message>
    <message>
        <source>invalid header JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset in the header, %2 the JSON parser&apos;s error message</extracomment>
        <translation>ヘッダーの JSON が不正です (%1 バイト目): %2</translation>
    </message>
    <message>
        <source>invalid header: JSON is not an object</source>
        <translation>不正なヘッダー: JSON がオブジェクトではありません</translation>
    </message>
    <message>
        <source>invalid header: __metadata__ is not an object</source>
        <translation>不正なヘッダー: __metadata__ がオブジェクトではありません</translation>
    </message>
    <message>
        <source>truncated: tensors need %1 bytes of data, the file has %2</source>
        <extracomment>%1 is the tensor data size the header declares, %2 the data the file has, in bytes</extracomment>
        <translation>途中で切れています: テンソルに %1 バイトのデータが必要ですが、ファイルは %2 バイトです</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write the settings file %1</source>
        <translation>設定ファイル %1 を書き込めません</translation>
    </message>
    <message>
        <source>the settings file %1 is damaged</source>
        <translation>設定ファイル %1 が壊れています</translation>
    </message>
    <message>
        <source>CIVITAI_API_BASE is not an http(s) address or a comma-separated list of them</source>
        <translation>CIVITAI_API_BASE が http(s) のアドレスでも、そのカンマ区切りのリストでもありません</translation>
    </message>
    <message>
        <source>CIVARCHIVE_BASE_URL is not an http(s) address</source>
        <translation>CIVARCHIVE_BASE_URL は http(s) のアドレスではありません</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Civitai</source>
        <translation>Civitai</translation>
    </message>
    <message>
        <source>Paste your Civitai API key</source>
        <translation>Civitai API キーを貼り付け</translation>
    </message>
    <message>
        <source>Civitai API key</source>
        <translation>Civitai API キー</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation>API キーを表示</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>キーの表示/非表示を切り替えます</translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation>API キー(&amp;A):</translation>
    </message>
    <message>
        <source>API key status</source>
        <translation>API キーの状態</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the API key in the system keychain</source>
        <translation>API キーをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>&amp;Test key</source>
        <translation>キーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test the API key with Civitai</source>
        <translation>Civitai で API キーをテスト</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>キーを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the API key</source>
        <translation>API キーを削除</translation>
    </message>
    <message>
        <source>API key test result</source>
        <translation>API キーのテスト結果</translation>
    </message>
    <message>
        <source>Optional. With a key, Civitai also answers for models that need a signed-in account. Create one under Account settings, API keys, on civitai.com. Runs without a saved key use $CIVITAI_API_KEY.</source>
        <translation>任意です。キーがあると、ログインが必要なモデルの情報も Civitai から取得できます。キーは civitai.com の「Account settings」→「API Keys」で作成できます。キーを保存していない場合、実行時には $CIVITAI_API_KEY を使います。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Minimum pause between requests, in seconds</source>
        <translation>リクエスト間の最小待機時間 (秒)</translation>
    </message>
    <message>
        <source>Maximum pause between requests, in seconds</source>
        <translation>リクエスト間の最大待機時間 (秒)</translation>
    </message>
    <message>
        <source>Mi&amp;nimum pause:</source>
        <translation>最小待機時間(&amp;N):</translation>
    </message>
    <message>
        <source>Ma&amp;ximum pause:</source>
        <translation>最大待機時間(&amp;X):</translation>
    </message>
    <message>
        <source>A random pause between Civitai requests keeps the archive polite and clear of rate limits.</source>
        <translation>Civitai へのリクエストの間にランダムな待機を入れて、サーバーへの負荷を抑え、レート制限を避けます。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Model file extensions, separated by commas</source>
        <translation>モデルファイルの拡張子 (カンマ区切り)</translation>
    </message>
    <message>
        <source>Known: %1</source>
        <translation>対応形式: %1</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>拡張子(&amp;E):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Files hashed in parallel, 0 for automatic</source>
        <translation>並列にハッシュ計算するファイル数 (0 で自動)</translation>
    </message>
    <message>
        <source>&amp;Hashing threads:</source>
        <translation>ハッシュ計算スレッド数(&amp;H):</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies after a restart.</source>
        <translation>新しい言語は再起動後に反映されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>The&amp;me:</source>
        <translation>テーマ(&amp;M):</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Use extensions such as safetensors, ckpt, gguf, separated by commas.</source>
        <translation>safetensors, ckpt, gguf のような拡張子をカンマ区切りで入力してください。</translation>
    </message>
    <message>
        <source>Looking in the system keychain…</source>
        <translation>システムのキーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>A key is saved in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されています。</translation>
    </message>
    <message>
        <source>A key is kept for this session only: it is forgotten when the program closes.</source>
        <translation>キーはこのセッションの間だけ保持され、プログラムを終了すると破棄されます。</translation>
    </message>
    <message>
        <source>A key is set; it is forgotten when the program closes.</source>
        <translation>キーが設定されています。プログラムを終了すると破棄されます。</translation>
    </message>
    <message>
        <source>No key is saved.</source>
        <translation>キーは保存されていません。</translation>
    </message>
    <message>
        <source>No key is saved; runs use the key in $CIVITAI_API_KEY.</source>
        <translation>キーは保存されていません。実行時には $CIVITAI_API_KEY のキーを使います。</translation>
    </message>
    <message>
        <source>Testing the key with %1…</source>
        <translation>%1 でキーをテストしています…</translation>
    </message>
    <message>
        <source>The key works: it belongs to %1.</source>
        <translation>キーは有効です (ユーザー: %1)。</translation>
    </message>
    <message>
        <source>Civitai did not accept this key (%1). Check it, or create a new one.</source>
        <translation>Civitai はこのキーを受け付けませんでした (%1)。キーを確認するか、新しく作成してください。</translation>
    </message>
    <message>
        <source>Could not test the key: %1. Try again later.</source>
        <translation>キーをテストできませんでした: %1。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>隠す(&amp;D)</translation>
    </message>
    <message>
        <source>Civitai API addresses</source>
        <translation>Civitai API のアドレス</translation>
    </message>
    <message>
        <source>API a&amp;ddresses:</source>
        <translation>API アドレス(&amp;D):</translation>
    </message>
    <message>
        <source>Only change this for a Civitai mirror or a test server. The addresses, separated by commas, are asked in turn: civitai.com leaves mature models out, civitai.red does not. The API key is only ever sent to these addresses.</source>
        <translation>Civitai のミラーやテストサーバーを使うときだけ変更してください。カンマで区切ったアドレスに順に問い合わせます。civitai.com は成人向けモデルを除外しますが、civitai.red は除外しません。API キーはこれらのアドレスにだけ送信されます。</translation>
    </message>
    <message>
        <source>Enter http:// or https:// addresses separated by commas, such as https://civitai.red, https://civitai.com.</source>
        <translation>https://civitai.red, https://civitai.com のように、http:// または https:// のアドレスをカンマで区切って入力してください。</translation>
    </message>
    <message>
        <source>Previews downloaded at once</source>
        <translation>同時にダウンロードするプレビュー</translation>
    </message>
    <message>
        <source>&amp;Previews at once:</source>
        <translation>同時プレビュー数(&amp;P):</translation>
    </message>
    <message>
        <source>Previews come from Civitai&apos;s image host, beside the lookups and without their pause; after an error from that host they come one at a time until it answers well again.</source>
        <translation>プレビューは Civitai の画像サーバーから、照会と並行して、その待ち時間なしで取得されます。このサーバーがエラーを返した後は、正常に応答するようになるまで 1 つずつ取得します。</translation>
    </message>
    <message>
        <source>Loo&amp;k files up on CivArchive</source>
        <translation>CivArchive でファイルを検索(&amp;K)</translation>
    </message>
    <message>
        <source>The SHA-256 hashes of your model files are sent to civarchive.com, a third party, which tells what Civitai forgot and where each file still exists.</source>
        <translation>モデルファイルの SHA-256 ハッシュが第三者の civarchive.com に送信されます。Civitai が失った情報と、各ファイルがまだ存在する場所がわかります。</translation>
    </message>
</context>
<context>
    <name>SourcesPanel</name>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Archived into</source>
        <translation>アーカイブ先</translation>
    </message>
    <message>
        <source>Model folders and their output folders</source>
        <translation>モデルフォルダーと出力フォルダー</translation>
    </message>
    <message>
        <source>Add &amp;folder…</source>
        <translation>フォルダーを追加(&amp;F)…</translation>
    </message>
    <message>
        <source>Add a models folder (its subfolders are included)</source>
        <translation>モデルフォルダーを追加 (サブフォルダーも含む)</translation>
    </message>
    <message>
        <source>Add fi&amp;le…</source>
        <translation>ファイルを追加(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Output folder…</source>
        <translation>出力フォルダー(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose where the selected sources are archived</source>
        <translation>選択したソースのアーカイブ先を選びます</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>一覧から削除(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the selected sources (nothing is deleted)</source>
        <translation>選択したソースを一覧から外します (ファイルは削除されません)</translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation>モデルフォルダーを追加</translation>
    </message>
    <message>
        <source>Add model files</source>
        <translation>モデルファイルを追加</translation>
    </message>
    <message>
        <source>Model files (%1)</source>
        <translation>モデルファイル (%1)</translation>
    </message>
    <message>
        <source>Archive the selected sources into</source>
        <translation>選択したソースのアーカイブ先</translation>
    </message>
</context>
<context>
    <name>StateFile</name>
    <message>
        <source>cannot remove %1</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 を削除できません</translation>
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
        <translation>手動リンクを解除中</translation>
    </message>
    <message>
        <source>%1 is not linked by hand in this archive.</source>
        <extracomment>%1 is a model file&apos;s path</extracomment>
        <translation>%1 はこのアーカイブで手動リンクされていません。</translation>
    </message>
    <message>
        <source>writing the gallery</source>
        <extracomment>An operation&apos;s current step, shown in the status bar</extracomment>
        <translation>ギャラリーを書き出し中</translation>
    </message>
</context>
<context>
    <name>VersionAccess</name>
    <message>
        <source>Early access until %1</source>
        <extracomment>%1 is a date: until then only those who pay can download the version</extracomment>
        <translation>%1 まで早期アクセス</translation>
    </message>
    <message>
        <source>Early access</source>
        <translation>早期アクセス</translation>
    </message>
    <message>
        <source>Paid until %1</source>
        <extracomment>%1 is a date: until then the version must be paid for</extracomment>
        <translation>%1 まで有料</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>有料</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;Recent folders</source>
        <translation>最近のフォルダー(&amp;R)</translation>
    </message>
    <message>
        <source>No folders yet</source>
        <translation>まだフォルダーはありません</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sources panel</source>
        <translation>ソースパネル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>検索(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Find in the collection</source>
        <translation>コレクション内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Report a problem</source>
        <translation>問題を報告(&amp;R)</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
</context>
<context>
    <name>index</name>
    <message>
        <source>Missing from Civitai</source>
        <translation>Civitai になし</translation>
    </message>
    <message>
        <source>Date added (newest)</source>
        <translation>追加日 (新しい順)</translation>
    </message>
    <message>
        <source>Date added (oldest)</source>
        <translation>追加日 (古い順)</translation>
    </message>
    <message>
        <source>Downloads (most)</source>
        <translation>ダウンロード数 (多い順)</translation>
    </message>
    <message>
        <source>Downloads (fewest)</source>
        <translation>ダウンロード数 (少ない順)</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>名前 (A–Z)</translation>
    </message>
    <message>
        <source>Name (Z–A)</source>
        <translation>名前 (Z–A)</translation>
    </message>
    <message>
        <source>Creator (A–Z)</source>
        <translation>作者 (A–Z)</translation>
    </message>
    <message>
        <source>Creator (Z–A)</source>
        <translation>作者 (Z–A)</translation>
    </message>
    <message>
        <source>File size (largest)</source>
        <translation>ファイルサイズ (大きい順)</translation>
    </message>
    <message>
        <source>File size (smallest)</source>
        <translation>ファイルサイズ (小さい順)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>New version: %1</source>
        <translation>新バージョン: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者: %1</translation>
    </message>
    <message>
        <source>%1 downloads</source>
        <translation>ダウンロード数 %1</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>追加日 %1</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Models: %1 · Missing from Civitai: %2 · Duplicates: %3 · Newer version available: %4</source>
        <translation>モデル: %1 · Civitai になし: %2 · 重複: %3 · 新バージョンあり: %4</translation>
    </message>
    <message>
        <source>By type</source>
        <translation>タイプ別</translation>
    </message>
    <message>
        <source>By base model</source>
        <translation>ベースモデル別</translation>
    </message>
    <message>
        <source>%1 of %2 models</source>
        <translation>%2 件中 %1 件のモデル</translation>
    </message>
    <message>
        <source>1 model</source>
        <translation>モデル 1 件</translation>
    </message>
    <message>
        <source>%1 models</source>
        <translation>モデル %1 件</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>フィルター (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <source>Archived on Civitai</source>
        <translation>Civitai でアーカイブ済み</translation>
    </message>
    <message>
        <source>Taken down on Civitai</source>
        <translation>Civitai で公開停止</translation>
    </message>
    <message>
        <source>Linked by hand</source>
        <translation>手動でリンク</translation>
    </message>
    <message>
        <source>From CivArchive</source>
        <translation>CivArchive より</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>カードのサイズ</translation>
    </message>
    <message>
        <source>Comfortable cards</source>
        <translation>ゆったりしたカード</translation>
    </message>
    <message>
        <source>Compact cards</source>
        <translation>コンパクトなカード</translation>
    </message>
    <message>
        <source>Files that could not be read (damaged or truncated), not shown: %1</source>
        <translation>読み取れなかったファイル（破損または途中で切れている）、非表示: %1</translation>
    </message>
    <message>
        <source>Removed from Civitai · last seen %1</source>
        <translation>Civitai から削除 · 最終確認 %1</translation>
    </message>
</context>
<context>
    <name>model</name>
    <message>
        <source>Prompt</source>
        <translation>プロンプト</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>ネガティブプロンプト</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>シード</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ数</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>サンプラー</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG スケール</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Clip skip</source>
        <translation>Clip skip</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>使用リソース</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Copy prompt</source>
        <translation>プロンプトをコピー</translation>
    </message>
    <message>
        <source>No generation data.</source>
        <translation>生成情報はありません。</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
</TS>
