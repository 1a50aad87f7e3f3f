<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>LanguageModes</name>
    <message>
        <source>Chinese (with English)</source>
        <translation>中国語（英語混じり可）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese (with English)</source>
        <translation>日本語（英語混じり可）</translation>
    </message>
    <message>
        <source>Korean (with English)</source>
        <translation>韓国語（英語混じり可）</translation>
    </message>
    <message>
        <source>Cantonese (with English)</source>
        <translation>広東語（英語混じり可）</translation>
    </message>
    <message>
        <source>Automatic (mixed languages)</source>
        <translation>自動判別（多言語混在）</translation>
    </message>
    <message>
        <source>Automatic, Chinese read as Cantonese</source>
        <translation>自動判別（中国語は広東語で読む）</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>すべて中国語</translation>
    </message>
    <message>
        <source>Japanese only</source>
        <translation>すべて日本語</translation>
    </message>
    <message>
        <source>Korean only</source>
        <translation>すべて韓国語</translation>
    </message>
    <message>
        <source>Cantonese only</source>
        <translation>すべて広東語</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>はい(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>いいえ(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>既定値に戻す</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ApiServerController</name>
    <message>
        <source>no model folder is chosen</source>
        <translation>モデルフォルダーが選択されていません</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>timbre::gui::AudioPlayer</name>
    <message>
        <source>Cannot start audio output (%1)</source>
        <translation>音声出力を開始できません（%1）</translation>
    </message>
    <message>
        <source>No audio output device was found.</source>
        <translation>音声出力デバイスが見つかりません。</translation>
    </message>
    <message>
        <source>The audio device refused to play</source>
        <translation>オーディオデバイスが再生を拒否しました</translation>
    </message>
</context>
<context>
    <name>timbre::gui::AudioRecorder</name>
    <message>
        <source>Cannot start audio input (%1)</source>
        <translation>音声入力を開始できません（%1）</translation>
    </message>
    <message>
        <source>No microphone or other audio input device was found.</source>
        <translation>マイクなどの音声入力デバイスが見つかりません。</translation>
    </message>
    <message>
        <source>The audio input device %1 does not exist (any more).</source>
        <translation>音声入力デバイス %1 は存在しません（取り外された可能性があります）。</translation>
    </message>
    <message>
        <source>“%1” cannot record.</source>
        <translation>「%1」では録音できません。</translation>
    </message>
    <message>
        <source>The audio device “%1” refused to record</source>
        <translation>オーディオデバイス「%1」が録音を拒否しました</translation>
    </message>
    <message>
        <source>The audio input could not be started</source>
        <translation>音声入力を開始できませんでした</translation>
    </message>
    <message>
        <source>Recording stopped: the audio input failed</source>
        <translation>録音を停止しました：音声入力でエラーが発生しました</translation>
    </message>
</context>
<context>
    <name>timbre::gui::EpochChoice</name>
    <message>
        <source>base SoVITS</source>
        <translation>ベース SoVITS</translation>
    </message>
    <message>
        <source>SoVITS epoch %1</source>
        <translation>SoVITS エポック %1</translation>
    </message>
    <message>
        <source>base GPT</source>
        <translation>ベース GPT</translation>
    </message>
    <message>
        <source>GPT epoch %1</source>
        <translation>GPT エポック %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::LevelMeter</name>
    <message>
        <source>Input level: speak at your normal volume; the bar should reach the amber part but never red</source>
        <translation>入力レベル：普段の声の大きさで話してください。バーが黄色の範囲に届き、赤に入らないのが理想です</translation>
    </message>
</context>
<context>
    <name>timbre::gui::LossChart</name>
    <message>
        <source>Training losses per step</source>
        <translation>ステップごとの学習損失</translation>
    </message>
    <message>
        <source>The losses appear here once training runs.</source>
        <translation>学習が始まると、ここに損失が表示されます。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>ステップ %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::MainWindow</name>
    <message>
        <source>Timbre</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>&amp;Import Reference…</source>
        <translation>参照音声を読み込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a recording of the voice to clone (Ctrl+O)</source>
        <translation>クローンする声の録音を読み込みます（Ctrl+O）</translation>
    </message>
    <message>
        <source>Choose &amp;Model Folder…</source>
        <translation>モデルフォルダーを選択(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export Take…</source>
        <translation>テイクを書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected take (Ctrl+E)</source>
        <translation>選択したテイクを書き出します（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a take (Ctrl+Enter)</source>
        <translation>テイクを生成します（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running generation (Esc)</source>
        <translation>実行中の生成を止めます（Esc）</translation>
    </message>
    <message>
        <source>&amp;Play / Stop Take</source>
        <translation>テイクを再生 / 停止(&amp;P)</translation>
    </message>
    <message>
        <source>Play or stop the selected take (Space)</source>
        <translation>選択したテイクを再生または停止します（Space）</translation>
    </message>
    <message>
        <source>&amp;About Timbre</source>
        <translation>Timbre について(&amp;A)</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>音声モデルのフォルダーを選択</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>テイク(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;Runs GPT-SoVITS voice models natively, without Python.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Speech generated by Timbre is AI-generated.&lt;/b&gt; Exported takes are tagged as AI-generated speech with the voice&apos;s name. Clone only voices you have permission to use, and do not present the result as a real recording.&lt;/p&gt;&lt;p&gt;Licences: built with Qt %2 (LGPL-3.0) and libtorch (BSD-3-Clause). Voice models belong to their authors and keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;GPT-SoVITS の音声モデルを Python なしでネイティブに実行します。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Timbre で生成した音声は AI による生成音声です。&lt;/b&gt;書き出したテイクには、AI 生成音声であることと声の名前がタグとして記録されます。使用許可を得た声だけをクローンし、結果を実際の録音として提示しないでください。&lt;/p&gt;&lt;p&gt;ライセンス：Qt %2（LGPL-3.0）と libtorch（BSD-3-Clause）を使用しています。音声モデルの権利は作成者にあり、それぞれのライセンスに従います。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a recording of the voice</source>
        <translation>クローンする声の録音を読み込む</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)</source>
        <translation>音声 (*.wav *.flac *.ogg *.oga *.mp3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No take to export: generate one first.</source>
        <translation>書き出すテイクがありません。先に生成してください。</translation>
    </message>
    <message>
        <source>No take to play: generate one first.</source>
        <translation>再生するテイクがありません。先に生成してください。</translation>
    </message>
    <message>
        <source>About Timbre</source>
        <translation>Timbre について</translation>
    </message>
    <message>
        <source>Serve &amp;API</source>
        <translation>API を提供(&amp;A)</translation>
    </message>
    <message>
        <source>Serve the GPT-SoVITS-compatible HTTP API (/tts) on 127.0.0.1 with the current models</source>
        <translation>現在のモデルで GPT-SoVITS 互換の HTTP API（/tts）を 127.0.0.1 で提供します</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>API 稼働中: %1</translation>
    </message>
    <message>
        <source>API off: %1</source>
        <translation>API 停止: %1</translation>
    </message>
    <message>
        <source>API stopped by a client (/control)</source>
        <translation>クライアントが API を停止しました（/control）</translation>
    </message>
    <message>
        <source>Starting the API…</source>
        <translation>API を起動しています…</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新規プロジェクト(&amp;N)</translation>
    </message>
    <message>
        <source>Keep this project and start an empty one</source>
        <translation>このプロジェクトを残して空のプロジェクトを始める</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>プロジェクトを開く(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>名前を付けてプロジェクトを保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Give this project a name; the studio saves it by itself as you work</source>
        <translation>このプロジェクトに名前を付けます。作業中はスタジオが自動で保存します</translation>
    </message>
    <message>
        <source>%1 — Timbre</source>
        <translation>%1 — Timbre</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>プロジェクトフォルダーを開く</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>プロジェクトの保存先</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>プロジェクトを保存できません</translation>
    </message>
    <message>
        <source>Project saved in %1</source>
        <translation>プロジェクトを %1 に保存しました</translation>
    </message>
    <message>
        <source>Where to Get Voice &amp;Models…</source>
        <translation>音声モデルの入手先(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Recent Model Folders</source>
        <translation>最近のモデルフォルダー(&amp;R)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>New &amp;Voice Model…</source>
        <translation>新しい音声モデル(&amp;V)…</translation>
    </message>
    <message>
        <source>Train a voice model of your own from your recordings</source>
        <translation>自分の録音から自分だけの音声モデルを学習します</translation>
    </message>
    <message>
        <source>New voice model</source>
        <translation>新しい音声モデル</translation>
    </message>
    <message>
        <source>The training of “%1” is not finished. Continue it?</source>
        <translation>「%1」の学習はまだ終わっていません。続けますか？</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>「%1」を続ける</translation>
    </message>
    <message>
        <source>Start a new voice</source>
        <translation>新しい声を始める</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelFolderPanel</name>
    <message>
        <source>A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT</source>
        <translation>GPT-SoVITS のフォルダー、または .ckpt・.pth・HuBERT・BERT を含むフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>No voice models chosen yet.</source>
        <translation>音声モデルがまだ選択されていません。</translation>
    </message>
    <message>
        <source>Voice models:</source>
        <translation>音声モデル：</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>音声モデルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Loading the models in %1…</source>
        <translation>%1 のモデルを読み込み中…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>準備完了：%1</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>これらのモデルは使用できません：%1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelGuideDialog</name>
    <message>
        <source>Voice models for Timbre</source>
        <translation>Timbre の音声モデル</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>フォルダーを選ぶ…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Timbre speaks with GPT-SoVITS voice models&lt;/h3&gt;&lt;p&gt;A voice needs two model files trained by GPT-SoVITS: a &lt;b&gt;GPT model (.ckpt)&lt;/b&gt;, which turns text into speech tokens, and a &lt;b&gt;SoVITS model (.pth)&lt;/b&gt;, which turns them into sound. Two helper models are shared by every version: &lt;b&gt;chinese-hubert-base&lt;/b&gt; (listens to your reference recording) and &lt;b&gt;chinese-roberta-wwm-ext-large&lt;/b&gt; (reads Chinese text).&lt;/p&gt;&lt;p&gt;The official pretrained models are published by the GPT-SoVITS project on Hugging Face: &lt;a href=&quot;https://huggingface.co/lj1995/GPT-SoVITS&quot;&gt;huggingface.co/lj1995/GPT-SoVITS&lt;/a&gt;. Voices fine-tuned with GPT-SoVITS are in its &lt;i&gt;GPT_weights&lt;/i&gt; and &lt;i&gt;SoVITS_weights&lt;/i&gt; folders.&lt;/p&gt;&lt;table border=&quot;0&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;GPT&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;SoVITS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Also needed&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v1&lt;/td&gt;&lt;td&gt;s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt&lt;/td&gt;&lt;td&gt;s2G488k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s2G2333k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2Pro, v2ProPlus&lt;/td&gt;&lt;td&gt;s1v3.ckpt&lt;/td&gt;&lt;td&gt;v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth&lt;/td&gt;&lt;td&gt;sv/pretrained_eres2netv2w24s4ep4.ckpt (speaker model)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v3, v4&lt;/td&gt;&lt;td colspan=&quot;3&quot;&gt;not supported yet&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Put one GPT file, one SoVITS file and the folders chinese-hubert-base and chinese-roberta-wwm-ext-large (and, for v2Pro, the sv folder) in one folder — or choose a GPT-SoVITS checkout as it is. Timbre recognises every file by its content and shows what it found and why a file cannot be used. Timbre itself downloads nothing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Timbre は GPT-SoVITS の音声モデルで話します&lt;/h3&gt;&lt;p&gt;声には GPT-SoVITS で学習した 2 つのモデルファイルが必要です。テキストを音声トークンに変える &lt;b&gt;GPT モデル（.ckpt）&lt;/b&gt;と、それを音にする &lt;b&gt;SoVITS モデル（.pth）&lt;/b&gt;です。さらに全バージョン共通の補助モデルが 2 つあります: &lt;b&gt;chinese-hubert-base&lt;/b&gt;（参照録音を聴き取る）と &lt;b&gt;chinese-roberta-wwm-ext-large&lt;/b&gt;（中国語のテキストを読む）。&lt;/p&gt;&lt;p&gt;公式の事前学習モデルは GPT-SoVITS プロジェクトが Hugging Face で公開しています: &lt;a href=&quot;https://huggingface.co/lj1995/GPT-SoVITS&quot;&gt;huggingface.co/lj1995/GPT-SoVITS&lt;/a&gt;。GPT-SoVITS で微調整した声は &lt;i&gt;GPT_weights&lt;/i&gt; と &lt;i&gt;SoVITS_weights&lt;/i&gt; フォルダーにあります。&lt;/p&gt;&lt;table border=&quot;0&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;バージョン&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;GPT&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;SoVITS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;ほかに必要&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v1&lt;/td&gt;&lt;td&gt;s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt&lt;/td&gt;&lt;td&gt;s2G488k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s2G2333k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2Pro, v2ProPlus&lt;/td&gt;&lt;td&gt;s1v3.ckpt&lt;/td&gt;&lt;td&gt;v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth&lt;/td&gt;&lt;td&gt;sv/pretrained_eres2netv2w24s4ep4.ckpt (話者モデル)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v3, v4&lt;/td&gt;&lt;td colspan=&quot;3&quot;&gt;まだ対応していません&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;GPT ファイル 1 つ、SoVITS ファイル 1 つ、chinese-hubert-base と chinese-roberta-wwm-ext-large フォルダー（v2Pro では sv フォルダーも）を 1 つのフォルダーに入れるか、GPT-SoVITS のフォルダーをそのまま選んでください。Timbre は各ファイルを中身で判別し、見つかったものと使えない理由を表示します。Timbre 自身は何もダウンロードしません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the folder with the voice models</source>
        <translation>音声モデルのあるフォルダーを選ぶ</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelManagerDialog</name>
    <message>
        <source>Import voice models</source>
        <translation>音声モデルを読み込む</translation>
    </message>
    <message>
        <source>A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT</source>
        <translation>GPT-SoVITS のフォルダー、または .ckpt・.pth・HuBERT・BERT を含むフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Choose a folder to see what is in it.</source>
        <translation>フォルダーを選ぶと、中身を確認できます。</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>このフォルダーを使う</translation>
    </message>
    <message>
        <source>GPT: turns text into speech tokens</source>
        <translation>GPT：テキストを音声トークンに変換</translation>
    </message>
    <message>
        <source>SoVITS: turns tokens into the voice</source>
        <translation>SoVITS：トークンを声に変換</translation>
    </message>
    <message>
        <source>HuBERT: listens to the reference recording</source>
        <translation>HuBERT：参照録音を解析</translation>
    </message>
    <message>
        <source>BERT: reads Chinese text</source>
        <translation>BERT：中国語のテキストを読む</translation>
    </message>
    <message>
        <source>Speaker model (ERes2NetV2, for v2Pro)</source>
        <translation>話者モデル（ERes2NetV2、v2Pro 用）</translation>
    </message>
    <message>
        <source>Vocoder (SoVITS v3/v4 only)</source>
        <translation>ボコーダー（SoVITS v3/v4 のみ）</translation>
    </message>
    <message>
        <source>Not a model file Timbre knows</source>
        <translation>Timbre が認識できるモデルファイルではありません</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>音声モデルのフォルダーを選択</translation>
    </message>
    <message>
        <source>Looking at the files in %1…</source>
        <translation>%1 のファイルを確認しています…</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>使用できません：%1</translation>
    </message>
    <message>
        <source>used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>used; %1</source>
        <translation>使用；%1</translation>
    </message>
    <message>
        <source>Ready to use: %1.</source>
        <translation>使用できます：%1。</translation>
    </message>
    <message>
        <source>This folder cannot be used as it is: %1</source>
        <translation>このフォルダーはそのままでは使用できません：%1</translation>
    </message>
    <message>
        <source>“%1” is not a GPT-SoVITS model file (neither a PyTorch checkpoint nor a safetensors file).</source>
        <translation>「%1」は GPT-SoVITS のモデルファイルではありません（PyTorch チェックポイントでも safetensors ファイルでもありません）。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::PieceRegeneration</name>
    <message>
        <source>The take has no piece %1.</source>
        <translation>このテイクには第 %1 部分がありません。</translation>
    </message>
    <message>
        <source>The regenerated piece has %1 Hz, %2 channel(s); the take has %3 Hz, %4 channel(s).</source>
        <translation>再生成した部分は %1 Hz・%2 チャンネル、テイクは %3 Hz・%4 チャンネルです。</translation>
    </message>
    <message>
        <source>The take&apos;s piece %1 spans frames %2 to %3 of %4.</source>
        <translation>テイクの第 %1 部分はフレーム %2〜%3（全 %4 フレーム）です。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ProjectSession</name>
    <message>
        <source>Take %1 could not be saved to the project: %2</source>
        <translation>テイク %1 をプロジェクトに保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>プロジェクトを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The last project could not be reopened: %1</source>
        <translation>前回のプロジェクトを開き直せませんでした: %1</translation>
    </message>
    <message>
        <source>%1 is not a Timbre project (it has no %2).</source>
        <translation>%1 は Timbre のプロジェクトではありません（%2 がありません）。</translation>
    </message>
    <message>
        <source>%1 already holds a project; choose another name.</source>
        <translation>%1 には既にプロジェクトがあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::QualityView</name>
    <message>
        <source>Duration</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>サンプリングレート</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>クリッピング</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>ラウドネス</translation>
    </message>
    <message>
        <source>Background noise</source>
        <translation>背景ノイズ</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>発話の割合</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC オフセット</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>測定値</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>アドバイス</translation>
    </message>
    <message>
        <source>Good reference: every check passed.</source>
        <translation>良好な参照音声です：すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Usable, but see the amber notes below.</source>
        <translation>使用できますが、下の黄色の注意を確認してください。</translation>
    </message>
    <message>
        <source>Fix the problems marked red before cloning this voice.</source>
        <translation>この声をクローンする前に、赤で示された問題を解決してください。</translation>
    </message>
    <message>
        <source>No reference yet.</source>
        <translation>参照音声はまだありません。</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>timbre::gui::RecordDialog</name>
    <message>
        <source>Record a voice</source>
        <translation>声を録音</translation>
    </message>
    <message>
        <source>Looking for inputs…</source>
        <translation>入力デバイスを探しています…</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>入力：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>レベル：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>録音</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Use this take</source>
        <translation>この録音を使う</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（既定）</translation>
    </message>
    <message>
        <source>No input found</source>
        <translation>入力デバイスが見つかりません</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>録り直す</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>準備してください…</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 録音中</translation>
    </message>
    <message>
        <source>Opening the input…</source>
        <translation>入力デバイスを開いています…</translation>
    </message>
    <message>
        <source>The recorder is still busy; try again.</source>
        <translation>録音機能がまだ使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Recording (%1 Hz) — speak now. It stops by itself after %2 s.</source>
        <translation>録音中（%1 Hz）— 話してください。%2 秒で自動的に止まります。</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>何も録音されませんでした。</translation>
    </message>
    <message>
        <source>Stopped at the %1 s limit.</source>
        <translation>上限の %1 秒で停止しました。</translation>
    </message>
    <message>
        <source>The level reached full scale (clipping): lower the input volume or move back a little, then record again.</source>
        <translation>レベルが最大値に達しました（クリッピング）。入力音量を下げるか、少し離れてから録り直してください。</translation>
    </message>
    <message>
        <source>Very quiet: move closer or raise the input volume.</source>
        <translation>音が小さすぎます。マイクに近づくか、入力音量を上げてください。</translation>
    </message>
    <message>
        <source>Use this take, or record again.</source>
        <translation>この録音を使うか、録り直してください。</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ResultPage</name>
    <message>
        <source>Listen and keep</source>
        <translation>聴いて選ぶ</translation>
    </message>
    <message>
        <source>Each saved epoch spoke the same sentence. Play them, choose the one that sounds most like you, and Finish saves it to your voice library.</source>
        <translation>保存された各エポックが同じ文を話しています。再生して一番自分らしいものを選ぶと、「完了」で音声ライブラリに保存されます。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>%1 を再生</translation>
    </message>
    <message>
        <source>The training saved no epoch with an audition yet; go back and train.</source>
        <translation>試聴付きで保存されたエポックがまだありません。戻って学習してください。</translation>
    </message>
    <message>
        <source>None of your clips is 3–10 seconds long, so the voice has no reference clip yet. Go back and record a sentence of about six seconds.</source>
        <translation>3〜10 秒のクリップがないため、この声にはまだ参照クリップがありません。戻って 6 秒ほどの文を録音してください。</translation>
    </message>
    <message>
        <source>Reference clip: %1 (%2 s): “%3”</source>
        <translation>参照クリップ: %1（%2 秒）:「%3」</translation>
    </message>
    <message>
        <source>The base models are no longer usable: %1</source>
        <translation>ベースモデルが使えなくなりました: %1</translation>
    </message>
    <message>
        <source>The voice could not be saved: %1</source>
        <translation>声を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ScriptPanel</name>
    <message>
        <source>Script</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>Type or paste what the voice should say.</source>
        <translation>声に話させる内容を入力または貼り付けてください。</translation>
    </message>
    <message>
        <source>cut0 — do not cut</source>
        <translation>cut0 — 分割しない</translation>
    </message>
    <message>
        <source>cut1 — every 4 sentences</source>
        <translation>cut1 — 4 文ごと</translation>
    </message>
    <message>
        <source>cut2 — about every 50 characters</source>
        <translation>cut2 — 約 50 文字ごと</translation>
    </message>
    <message>
        <source>cut3 — at Chinese full stops (。)</source>
        <translation>cut3 — 中国語の句点（。）で</translation>
    </message>
    <message>
        <source>cut4 — at English full stops (.)</source>
        <translation>cut4 — 英語のピリオド（.）で</translation>
    </message>
    <message>
        <source>cut5 — at every punctuation mark</source>
        <translation>cut5 — すべての句読点で</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語：</translation>
    </message>
    <message>
        <source>Cut into pieces:</source>
        <translation>分割方法：</translation>
    </message>
    <message>
        <source>Each piece is spoken separately, with a pause after it</source>
        <translation>各部分は個別に合成され、後に間が入ります</translation>
    </message>
    <message>
        <source>Speaking rate (1 = as the model speaks)</source>
        <translation>話す速さ（1 = モデル本来の速さ）</translation>
    </message>
    <message>
        <source>Variation in the voice (0 = flattest)</source>
        <translation>声の変化の大きさ（0 = 最も平坦）</translation>
    </message>
    <message>
        <source>Choose each sound among this many likeliest ones</source>
        <translation>各音を、確率の高い上位この数の候補から選びます</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the likeliest sounds up to this share</source>
        <translation>Nucleus サンプリング：累積確率がこの割合に達するまでの候補を残します</translation>
    </message>
    <message>
        <source>Higher is livelier but less stable</source>
        <translation>高いほど生き生きしますが、不安定になります</translation>
    </message>
    <message>
        <source>Discourages repeating the same sounds</source>
        <translation>同じ音の繰り返しを抑えます</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>ランダム</translation>
    </message>
    <message>
        <source>A new seed for every take; untick to repeat a take exactly</source>
        <translation>テイクごとに新しいシードを使います。チェックを外すとテイクを正確に再現できます</translation>
    </message>
    <message>
        <source>Silence between pieces, in seconds</source>
        <translation>部分と部分の間の無音（秒）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速さ：</translation>
    </message>
    <message>
        <source>Noise scale:</source>
        <translation>ノイズスケール：</translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation>Top-k：</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p：</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>温度：</translation>
    </message>
    <message>
        <source>Repetition penalty:</source>
        <translation>繰り返しペナルティ：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>シード：</translation>
    </message>
    <message>
        <source>Pause between pieces (s):</source>
        <translation>部分間の間（秒）：</translation>
    </message>
    <message>
        <source>Nothing to speak: %1</source>
        <translation>読み上げる内容がありません：%1</translation>
    </message>
    <message>
        <source>Pieces: none yet</source>
        <translation>分割：まだありません</translation>
    </message>
    <message numerus="yes">
        <source>Pieces: %n</source>
        <translation>
            <numerusform>分割：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>timbre::gui::SettingsDialog</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Readings that override the built-in ones: a UTF-8 file with one &quot;language word reading&quot; per line, e.g. &quot;en timbre T AE1 M B ER0&quot;.</source>
        <translation>内蔵の読みを上書きします：1 行に「言語 単語 読み」を書いた UTF-8 ファイル（例：「en timbre T AE1 M B ER0」）。</translation>
    </message>
    <message>
        <source>Pronunciation &amp;dictionary:</source>
        <translation>発音辞書(&amp;D):</translation>
    </message>
    <message>
        <source>Choose a pronunciation dictionary</source>
        <translation>発音辞書を選択</translation>
    </message>
    <message>
        <source>Text files (*.txt *.dict *.tsv);;All files (*)</source>
        <translation>テキストファイル (*.txt *.dict *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA（NVIDIA GPU）</translation>
    </message>
    <message>
        <source>CUDA is not available: this build of libtorch has no CUDA support or no GPU is visible.</source>
        <translation>CUDA は使用できません：この libtorch は CUDA に対応していないか、GPU が見つかりません。</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <source>CPU threads for synthesis; 0 uses every core.</source>
        <translation>合成に使う CPU スレッド数。0 ですべてのコアを使います。</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32（単精度・フル精度）</translation>
    </message>
    <message>
        <source>fp16 (faster on GPU)</source>
        <translation>fp16（GPU で高速）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>デバイス(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>スレッド数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>出力フォルダー(&amp;O)：</translation>
    </message>
    <message>
        <source>fp16 needs the CUDA device.</source>
        <translation>fp16 には CUDA デバイスが必要です。</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>出力フォルダーを選択</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>空いている任意のポート</translation>
    </message>
    <message>
        <source>Port of the HTTP API on 127.0.0.1 (File → Serve API); GPT-SoVITS uses 9880.</source>
        <translation>127.0.0.1 上の HTTP API のポート（ファイル → API を提供）。GPT-SoVITS は 9880 を使います。</translation>
    </message>
    <message>
        <source>&amp;API port:</source>
        <translation>API ポート(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>timbre::gui::StudioView</name>
    <message>
        <source>Import models…</source>
        <translation>モデルを読み込む…</translation>
    </message>
    <message>
        <source>See what each file of a model folder is, and why one cannot be used</source>
        <translation>モデルフォルダーの各ファイルが何か、使えないものはその理由を確認します</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Play while generating</source>
        <translation>生成しながら再生</translation>
    </message>
    <message>
        <source>Start playing the take as soon as its first audio is ready</source>
        <translation>最初の音声ができしだい再生を始めます</translation>
    </message>
    <message>
        <source>No voice models</source>
        <translation>音声モデルがありません</translation>
    </message>
    <message>
        <source>Choose the folder with the voice models first.</source>
        <translation>先に音声モデルのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>声がありません</translation>
    </message>
    <message>
        <source>Import a recording of the voice to clone first.</source>
        <translation>先にクローンする声の録音を読み込んでください。</translation>
    </message>
    <message>
        <source>No script</source>
        <translation>台本がありません</translation>
    </message>
    <message>
        <source>Type what the voice should say.</source>
        <translation>声に話させる内容を入力してください。</translation>
    </message>
    <message>
        <source>Cannot prepare the reference</source>
        <translation>参照音声を準備できません</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>一時フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Cannot regenerate the piece</source>
        <translation>部分を再生成できません</translation>
    </message>
    <message>
        <source>Take %1 no longer has the reference recording it was made with.</source>
        <translation>テイク %1 の作成に使った参照音声がもうありません。</translation>
    </message>
    <message>
        <source>Regenerating piece %1 of take %2 with seed %3…</source>
        <translation>テイク %2 の第 %1 部分をシード %3 で再生成中…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <source>Import a recording of the voice first; the library keeps the selected part.</source>
        <translation>先に声の録音を読み込んでください。ライブラリには選択した部分が保存されます。</translation>
    </message>
    <message>
        <source>Cannot save the voice</source>
        <translation>声を保存できません</translation>
    </message>
    <message>
        <source>Saved the voice “%1”</source>
        <translation>声「%1」を保存しました</translation>
    </message>
    <message>
        <source>Cannot open the voice</source>
        <translation>声を開けません</translation>
    </message>
    <message>
        <source>Its recording could not be read; see the Voice panel.</source>
        <translation>録音を読み込めませんでした。「声」パネルを確認してください。</translation>
    </message>
    <message>
        <source>Opened the voice “%1”</source>
        <translation>声「%1」を開きました</translation>
    </message>
    <message>
        <source>Listening to the reference…</source>
        <translation>参照音声を解析しています…</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>テキストを処理しています…</translation>
    </message>
    <message>
        <source>Piece %1: speech tokens (step %2)</source>
        <translation>部分 %1：音声トークンを生成中（ステップ %2）</translation>
    </message>
    <message>
        <source>Piece %1: rendering audio</source>
        <translation>部分 %1：音声を合成中</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>仕上げています…</translation>
    </message>
    <message>
        <source>Done: piece %1 regenerated, %2 s of audio</source>
        <translation>完了：第 %1 部分を再生成、音声 %2 秒</translation>
    </message>
    <message>
        <source>New take with piece %1 of take %2 regenerated (seed %3)</source>
        <translation>新しいテイク：テイク %2 の第 %1 部分を再生成（シード %3）</translation>
    </message>
    <message>
        <source>Done: %1 s of audio</source>
        <translation>完了：%1 秒の音声</translation>
    </message>
    <message>
        <source>New take ready (seed %1)</source>
        <translation>新しいテイクができました（シード %1）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセルしました</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成に失敗しました</translation>
    </message>
    <message>
        <source>The reference cannot be used yet</source>
        <translation>この参照音声はまだ使えません</translation>
    </message>
    <message>
        <source>“%1” (the selected part) fails the quality report:
%2
Fix it or select another part, then generate.</source>
        <translation>「%1」（選択部分）は品質レポートで不合格です:
%2
修正するか別の部分を選んでから生成してください。</translation>
    </message>
    <message>
        <source>Chinese characters (Han)</source>
        <translation>漢字</translation>
    </message>
    <message>
        <source>Japanese kana</source>
        <translation>かな</translation>
    </message>
    <message>
        <source>Korean Hangul</source>
        <translation>ハングル</translation>
    </message>
    <message>
        <source>The script&apos;s language cannot read all of it</source>
        <translation>台本の言語では全文を読めません</translation>
    </message>
    <message>
        <source>The script holds %1 (%2 characters, e.g. “%3”) but its language is “%4”, which would skip them without a sound. Choose the language they are written in, or “auto”.</source>
        <translation>台本には%1（%2 文字、例:「%3」）が含まれていますが、言語は「%4」のため、これらは無音で飛ばされます。書かれている言語か「auto」を選んでください。</translation>
    </message>
    <message>
        <source>the recording take %1 was made from</source>
        <translation>テイク %1 の元になった録音</translation>
    </message>
    <message>
        <source>%1 — about %2 s left</source>
        <translation>%1 — 残り約 %2 秒</translation>
    </message>
</context>
<context>
    <name>timbre::gui::SynthesisWorker</name>
    <message>
        <source>The pronunciation dictionary could not be used: %1</source>
        <translation>発音辞書を使えません：%1</translation>
    </message>
    <message>
        <source>GPT-SoVITS %1 — GPT %2, SoVITS %3, HuBERT %4, BERT %5</source>
        <translation>GPT-SoVITS %1 — GPT %2、SoVITS %3、HuBERT %4、BERT %5</translation>
    </message>
    <message>
        <source>, speaker %1</source>
        <translation>、話者モデル %1</translation>
    </message>
    <message>
        <source>The voice models could not be loaded: %1</source>
        <translation>音声モデルを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>予期しないエラー：%1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TakesPanel</name>
    <message>
        <source>Takes</source>
        <translation>テイク</translation>
    </message>
    <message>
        <source>The selected take&apos;s pieces and where they start and end</source>
        <translation>選択したテイクの部分と、その開始・終了位置</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>音声を書き出す…</translation>
    </message>
    <message>
        <source>Export subtitles…</source>
        <translation>字幕を書き出す…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Play piece</source>
        <translation>部分を再生</translation>
    </message>
    <message>
        <source>Regenerate piece</source>
        <translation>部分を再生成</translation>
    </message>
    <message>
        <source>Synthesize this piece again with a new seed, as a new take; this take stays</source>
        <translation>この部分を新しいシードで合成し直し、新しいテイクにします（このテイクは残ります）</translation>
    </message>
    <message>
        <source>Compare A/B</source>
        <translation>A/B 比較</translation>
    </message>
    <message>
        <source>Select two takes, then listen to one or the other from the same point</source>
        <translation>テイクを 2 つ選ぶと、同じ位置からどちらかを聴き比べられます</translation>
    </message>
    <message>
        <source>Switch A/B (Tab)</source>
        <translation>A/B 切り替え (Tab)</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>再生できません</translation>
    </message>
    <message>
        <source>Take %1 (piece %2 regenerated) — %3 s, %4 piece(s), from take %5, new seed %6 — %7</source>
        <translation>テイク %1（第 %2 部分を再生成）— %3 秒、%4 部分、テイク %5 から、新シード %6 — %7</translation>
    </message>
    <message>
        <source>Take %1 — %2 s, %3 piece(s), seed %4 — %5</source>
        <translation>テイク %1 — %2 秒、%3 部分、シード %4 — %5</translation>
    </message>
    <message>
        <source>A = take %1, B = take %2 — %3 from %4 s. Tab or “Switch A/B” goes on with the other.</source>
        <translation>A = テイク %1、B = テイク %2 — %3 を %4 秒から再生。Tab か「A/B 切り替え」でもう一方に続けます。</translation>
    </message>
    <message>
        <source>Export take</source>
        <translation>テイクを書き出す</translation>
    </message>
    <message>
        <source>WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)</source>
        <translation>WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Export subtitles</source>
        <translation>字幕を書き出す</translation>
    </message>
    <message>
        <source>SubRip (*.srt);;WebVTT (*.vtt)</source>
        <translation>SubRip (*.srt);;WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>%1. %2–%3 s — %4 (regenerated, seed %5)</source>
        <translation>%1. %2–%3 秒 — %4（再生成、シード %5）</translation>
    </message>
    <message>
        <source>%1. %2–%3 s — %4</source>
        <translation>%1. %2–%3 秒 — %4</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>比較する相手</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>テイク %1</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>比較をやめる</translation>
    </message>
    <message>
        <source>Position in the selected take: drag or click to play from there (Left/Right in the list: ±2 s)</source>
        <translation>選択したテイク内の再生位置です。ドラッグまたはクリックでそこから再生します（リストで左右キー：±2 秒）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>書き出しました</translation>
    </message>
    <message>
        <source>%1 was saved as
%2</source>
        <translation>%1 を次の名前で保存しました
%2</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>The subtitles of take %1</source>
        <translation>テイク %1 の字幕</translation>
    </message>
    <message>
        <source>Each take you generate is drawn here, its pieces marked</source>
        <translation>生成したテイクはここに波形で表示され、区切りが示されます</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TrainingPage</name>
    <message>
        <source>Train</source>
        <translation>学習</translation>
    </message>
    <message>
        <source>Training runs on this computer. You can stop at any time: the last saved epoch is kept and Resume continues from it, even after closing Timbre.</source>
        <translation>学習はこのコンピューターで行われます。いつでも停止できます。最後に保存したエポックは残り、Timbre を閉じた後でも「再開」でそこから続けられます。</translation>
    </message>
    <message>
        <source>Stop (keeps the last saved epoch)</source>
        <translation>停止（最後に保存したエポックは残ります）</translation>
    </message>
    <message>
        <source>Preparing the clips</source>
        <translation>クリップの準備</translation>
    </message>
    <message>
        <source>SoVITS (the sound of the voice)</source>
        <translation>SoVITS（声の音色）</translation>
    </message>
    <message>
        <source>GPT (the way it speaks)</source>
        <translation>GPT（話し方）</translation>
    </message>
    <message>
        <source>SoVITS %1 epochs, then GPT %2 epochs, on the %3.</source>
        <translation>%3 で SoVITS を %1 エポック、続いて GPT を %2 エポック学習します。</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Training finished. Listen to the epochs on the next page.</source>
        <translation>学習が終わりました。次のページで各エポックを聴いてください。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>現在のステップの後で停止します…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>経過 %1</translation>
    </message>
    <message>
        <source>%1 — about %2 left in this stage</source>
        <translation>%1 — この段階の残り約 %2</translation>
    </message>
    <message>
        <source>Preparing the clips (%1 of %2)</source>
        <translation>クリップを準備中（%1/%2）</translation>
    </message>
    <message>
        <source>Clips ready: %1</source>
        <translation>クリップの準備完了: %1</translation>
    </message>
    <message>
        <source>Training SoVITS: epoch %1 of %2</source>
        <translation>SoVITS を学習中: エポック %1/%2</translation>
    </message>
    <message>
        <source>Training GPT: epoch %1 of %2</source>
        <translation>GPT を学習中: エポック %1/%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Made an audition of the saved epoch</source>
        <translation>保存したエポックの試聴を作りました</translation>
    </message>
    <message>
        <source>Stopped. What was saved is kept; Resume continues from the last saved epoch.</source>
        <translation>停止しました。保存済みのものは残ります。「再開」で最後に保存したエポックから続けます。</translation>
    </message>
    <message>
        <source>Training stopped: %1
Your recordings and the saved epochs are kept.</source>
        <translation>学習が止まりました: %1
録音と保存済みのエポックは残っています。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TrainingWizard</name>
    <message>
        <source>New voice model</source>
        <translation>新しい音声モデル</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoiceLibraryPanel</name>
    <message>
        <source>“%1” (%2)
Saved %3</source>
        <translation>「%1」（%2）
保存日時 %3</translation>
    </message>
    <message>
        <source>
Models: %1</source>
        <translation>
モデル：%1</translation>
    </message>
    <message>
        <source>Voice library</source>
        <translation>声のライブラリ</translation>
    </message>
    <message>
        <source>Search voices</source>
        <translation>声を検索</translation>
    </message>
    <message>
        <source>Save current voice…</source>
        <translation>現在の声を保存…</translation>
    </message>
    <message>
        <source>Keep the selected part of the recording, its transcript, the models and the settings</source>
        <translation>録音の選択部分、書き起こし、モデル、パラメーターを保存します</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Some voices cannot be read:
%1</source>
        <translation>読み込めない声があります：
%1</translation>
    </message>
    <message>
        <source>Cannot rename the voice</source>
        <translation>声の名前を変更できません</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”</source>
        <translation>「%1」の名前を「%2」に変更しました</translation>
    </message>
    <message>
        <source>Cannot delete the voice</source>
        <translation>声を削除できません</translation>
    </message>
    <message>
        <source>Deleted the voice “%1”</source>
        <translation>声「%1」を削除しました</translation>
    </message>
    <message>
        <source>Save current voice</source>
        <translation>現在の声を保存</translation>
    </message>
    <message>
        <source>Name of the voice:</source>
        <translation>声の名前：</translation>
    </message>
    <message>
        <source>Cannot save the voice</source>
        <translation>声を保存できません</translation>
    </message>
    <message>
        <source>Replace the voice?</source>
        <translation>声を置き換えますか？</translation>
    </message>
    <message>
        <source>A voice named “%1” exists. Replace it with the current voice?</source>
        <translation>「%1」という名前の声がすでにあります。現在の声で置き換えますか？</translation>
    </message>
    <message>
        <source>Rename voice</source>
        <translation>声の名前を変更</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」の新しい名前：</translation>
    </message>
    <message>
        <source>Delete the voice?</source>
        <translation>声を削除しますか？</translation>
    </message>
    <message>
        <source>Delete “%1” and its copy of the recording? This cannot be undone.</source>
        <translation>「%1」とその録音のコピーを削除しますか？この操作は元に戻せません。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>声</translation>
    </message>
    <message>
        <source>Import recording…</source>
        <translation>録音を読み込む…</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>録音がありません</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>録音…</translation>
    </message>
    <message>
        <source>Record the voice with the microphone</source>
        <translation>マイクで声を録音します</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>縮小（-）</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>拡大（+ または Ctrl+ホイール）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Show the whole recording (0)</source>
        <translation>録音全体を表示（0）</translation>
    </message>
    <message>
        <source>▶ Play selection</source>
        <translation>▶ 選択を再生</translation>
    </message>
    <message>
        <source>Listen to the selection (Space)</source>
        <translation>選択範囲を聴きます（Space）</translation>
    </message>
    <message>
        <source>Trim to selection</source>
        <translation>トリム</translation>
    </message>
    <message>
        <source>Keep only the selection (Ctrl+T)</source>
        <translation>選択範囲だけを残します（Ctrl+T）</translation>
    </message>
    <message>
        <source>Undo trim</source>
        <translation>トリムを戻す</translation>
    </message>
    <message>
        <source>Bring back what the last trim removed (Ctrl+Z)</source>
        <translation>直前の切り詰めで削除した部分を戻します（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Pick best 3–10 s</source>
        <translation>最適な 3〜10 秒を選ぶ</translation>
    </message>
    <message>
        <source>Select the stretch of 3 to 10 seconds with the most speech, cut at pauses</source>
        <translation>発話が最も多い 3〜10 秒の区間を、間の位置で区切って選択します</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>What is said in the selection, word for word (leave empty to clone without it)</source>
        <translation>選択範囲で話されている内容をそのまま入力（空欄なら書き起こしなしでクローン）</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>書き起こし：</translation>
    </message>
    <message>
        <source>Its language:</source>
        <translation>その言語：</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Import a recording of the voice</source>
        <translation>クローンする声の録音を読み込む</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)</source>
        <translation>音声 (*.wav *.flac *.ogg *.oga *.mp3);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not open this recording: %1</source>
        <translation>この録音を開けませんでした：%1</translation>
    </message>
    <message>
        <source>The recording is empty.</source>
        <translation>録音が空です。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>Unsaved recording</source>
        <translation>未保存の録音</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>録音を保存できませんでした：%1</translation>
    </message>
    <message>
        <source>%1 (trimmed)</source>
        <translation>%1（切り詰め済み）</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>Selection %1–%2 s (%3 s of %4 s)</source>
        <translation>選択範囲 %1〜%2 秒（全 %4 秒のうち %3 秒）</translation>
    </message>
    <message>
        <source>No transcript came with “%1”, so the previous clip&apos;s transcript was cleared. Type what is said in this recording and check its language, or leave it empty to clone without it.</source>
        <translation>「%1」には書き起こしが付いていなかったため、前のクリップの書き起こしを消去しました。この録音で話している内容を入力して言語を確認するか、空のままにして書き起こしなしで複製してください。</translation>
    </message>
    <message>
        <source>No transcript came with “%1”. Type what is said in it and check its language, or leave it empty to clone without it.</source>
        <translation>「%1」には書き起こしが付いていません。話している内容を入力して言語を確認するか、空のままにして書き起こしなしで複製してください。</translation>
    </message>
    <message>
        <source>Recent recordings</source>
        <translation>最近の録音</translation>
    </message>
    <message>
        <source>The takes recorded here, newest first</source>
        <translation>ここで録音したテイク（新しい順）</translation>
    </message>
    <message>
        <source>No pause found between 3 and 10 s: this selection may cut a word. Drag its edges to a quiet spot if you hear one cut.</source>
        <translation>3〜10 秒の範囲に区切りとなる無音が見つかりません。この選択範囲は単語の途中で切れている可能性があります。切れて聞こえる場合は、選択範囲の端を静かな箇所までドラッグしてください。</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s)</source>
        <translation>%1 %2（%3 秒）</translation>
    </message>
    <message>
        <source>No recordings yet</source>
        <translation>まだ録音がありません</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoiceSetupPage</name>
    <message>
        <source>New voice model</source>
        <translation>新しい音声モデル</translation>
    </message>
    <message>
        <source>Name the voice, say which language you will speak, and choose the pretrained models to start from.</source>
        <translation>声に名前を付け、話す言語を選び、出発点となる事前学習モデルを選んでください。</translation>
    </message>
    <message>
        <source>e.g. My voice</source>
        <translation>例: 私の声</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中国語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韓国語</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>広東語</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Base models:</source>
        <translation>ベースモデル(&amp;B):</translation>
    </message>
    <message>
        <source>Pretrained models</source>
        <translation>事前学習モデル</translation>
    </message>
    <message>
        <source>Choose the folder with the pretrained GPT-SoVITS models.</source>
        <translation>GPT-SoVITS の事前学習モデルがあるフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Ready: the pretrained GPT, SoVITS (with its discriminator), HuBERT and BERT are there.</source>
        <translation>準備完了: 事前学習済みの GPT、SoVITS（識別器付き）、HuBERT、BERT がそろっています。</translation>
    </message>
    <message>
        <source>These models cannot be trained from: %1</source>
        <translation>これらのモデルからは学習できません: %1</translation>
    </message>
    <message>
        <source>This name cannot be used: %1.</source>
        <translation>この名前は使えません: %1。</translation>
    </message>
    <message>
        <source>A voice named “%1” is already in your library; choose another name.</source>
        <translation>「%1」という声はすでにライブラリにあります。別の名前を選んでください。</translation>
    </message>
    <message>
        <source>The training folder cannot be created: %1</source>
        <translation>学習用フォルダーを作成できません: %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::WaveformView</name>
    <message>
        <source>Drag to select the part of the recording to use as the reference.
Ctrl+wheel or +/- zooms, 0 fits, the wheel or ←/→ scrolls, Space plays the selection.</source>
        <translation>ドラッグして、参照音声として使う録音の範囲を選択します。
Ctrl+ホイールまたは +/- で拡大縮小、0 で全体表示、ホイールまたは ←/→ でスクロール、Space で選択範囲を再生します。</translation>
    </message>
    <message>
        <source>Import, drop or record a voice (WAV, FLAC, OGG, MP3)</source>
        <translation>声を読み込む、ドロップする、または録音します（WAV・FLAC・OGG・MP3）</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ClipVerdict</name>
    <message>
        <source>Not usable</source>
        <translation>使用できません</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>長すぎます</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>無音</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>クリップしています</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>言語が違います</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>書き起こしなし</translation>
    </message>
    <message>
        <source>Bad transcript</source>
        <translation>書き起こしが不正です</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <source>Usable, retake advised</source>
        <translation>使用可、録り直し推奨</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ImportPanel</name>
    <message>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>フォルダーを追加…</translation>
    </message>
    <message>
        <source>Add long recording…</source>
        <translation>長い録音を追加…</translation>
    </message>
    <message>
        <source>A folder with an official .list file, or with a .txt or .lab transcript beside each clip</source>
        <translation>公式の .list ファイルがあるフォルダー、または各クリップの横に .txt か .lab の書き起こしがあるフォルダー</translation>
    </message>
    <message>
        <source>One recording with many sentences: it is cut at its pauses, one transcript line per piece</source>
        <translation>多くの文を含む 1 つの録音：間（ま）で切り分け、1 片につき書き起こし 1 行</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>クリップ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>長さ</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>書き起こし</translation>
    </message>
    <message>
        <source>Select a clip to see its waveform.</source>
        <translation>クリップを選ぶと波形が表示されます。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>ここで分割</translation>
    </message>
    <message>
        <source>Drag in the waveform from where the clip should be cut; the second part gets an empty transcript to fill in</source>
        <translation>波形上で切りたい位置からドラッグしてください。後半の書き起こしは空になるので入力してください</translation>
    </message>
    <message>
        <source>Add recordings</source>
        <translation>録音を追加</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3)</source>
        <translation>音声 (*.wav *.flac *.ogg *.oga *.mp3)</translation>
    </message>
    <message>
        <source>Add a folder of clips</source>
        <translation>クリップのフォルダーを追加</translation>
    </message>
    <message>
        <source>Add a long recording</source>
        <translation>長い録音を追加</translation>
    </message>
    <message>
        <source>Transcript of %1</source>
        <translation>%1 の書き起こし</translation>
    </message>
    <message>
        <source>What is said, one line per sentence, in order (the recording is cut at its pauses, one piece per line):</source>
        <translation>話している内容を順番に 1 文 1 行で（録音は間で切り分けられ、1 片が 1 行に対応します）：</translation>
    </message>
    <message>
        <source>marked in the list as another language than this voice&apos;s (%1): %2</source>
        <translation>リストでこの声の言語（%1）とは別の言語になっています：%2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 を読み込めません：%2</translation>
    </message>
    <message>
        <source>%1 has no audio clips to import.</source>
        <translation>%1 には読み込める音声クリップがありません。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1 からは何も読み込まれませんでした：%2</translation>
    </message>
    <message>
        <source>Clips imported from %1: %2.</source>
        <translation>%1 から読み込んだクリップ：%2 件。</translation>
    </message>
    <message>
        <source>Without a transcript: %1 (type it in the table).</source>
        <translation>書き起こしなし：%1 件（表に入力してください）。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>読み込まれなかったもの：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>書き起こしを保存できませんでした：%1</translation>
    </message>
    <message>
        <source>The clip could not be deleted: %1</source>
        <translation>クリップを削除できませんでした：%1</translation>
    </message>
    <message>
        <source>Drag in the waveform from where the clip should be split, then press Split here.</source>
        <translation>波形上で分割したい位置からドラッグしてから「ここで分割」を押してください。</translation>
    </message>
    <message>
        <source>The clip could not be split: %1</source>
        <translation>クリップを分割できませんでした：%1</translation>
    </message>
    <message>
        <source>Copying the clips into the voice&apos;s folder…</source>
        <translation>クリップを声のフォルダーにコピーしています…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Copying the clips into the voice&apos;s folder: %1 of %2, about %3 s left…</source>
        <translation>クリップを声のフォルダーにコピーしています：%2 件中 %1 件目、残り約 %3 秒…</translation>
    </message>
    <message>
        <source>Already in the set: %1.</source>
        <translation>すでにセットにあるもの：%1 件。</translation>
    </message>
    <message>
        <source>Stopped: add the same files again to import the rest.</source>
        <translation>停止しました。同じファイルをもう一度追加すると残りが読み込まれます。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ReadAloudPanel</name>
    <message>
        <source>Retake</source>
        <translation>録り直す</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>もう一度保存</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>The take of sentence %1 could not be saved: %2. It is kept here; free some space and press Save again.</source>
        <translation>文 %1 の録音を保存できませんでした：%2。録音はここに残っています。空き容量を確保して「もう一度保存」を押してください。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>まだ保存されていません。</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>まだ録音していません。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1（%2）。</translation>
    </message>
    <message>
        <source>%1 (%2): %3. A retake may sound better.</source>
        <translation>%1（%2）：%3。録り直すと良くなるかもしれません。</translation>
    </message>
    <message>
        <source>Not usable: %1 (%2). Please record it again.</source>
        <translation>使用できません：%1（%2）。もう一度録音してください。</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>%2 文中 %1 文目</translation>
    </message>
    <message>
        <source>There is no script to read in this language; import recordings instead.</source>
        <translation>この言語の読み上げ原稿はありません。録音を読み込んでください。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::SpeechGatherPage</name>
    <message>
        <source>Gather speech</source>
        <translation>音声を集める</translation>
    </message>
    <message>
        <source>Read the sentences aloud, or import recordings of the voice with what is said in them. 1 to 5 minutes of clean speech is recommended.</source>
        <translation>文を読み上げるか、この声の録音を話している内容と一緒に読み込んでください。きれいな音声が 1〜5 分あるのが理想です。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>読み上げ</translation>
    </message>
    <message>
        <source>Import and proofread</source>
        <translation>読み込みと校正</translation>
    </message>
    <message>
        <source>The clips in %1 cannot be opened: %2</source>
        <translation>%1 のクリップを開けません：%2</translation>
    </message>
    <message>
        <source>Nothing usable has been gathered yet: record or import at least one clip that passes the checks.</source>
        <translation>まだ使える音声がありません。チェックに合格するクリップを少なくとも 1 つ録音するか読み込んでください。</translation>
    </message>
    <message>
        <source>%1 has no transcript: type what is said in it, or delete the clip.</source>
        <translation>%1 には書き起こしがありません。話している内容を入力するか、クリップを削除してください。</translation>
    </message>
    <message>
        <source>The list of clips could not be written: %1</source>
        <translation>クリップのリストを書き込めませんでした：%1</translation>
    </message>
    <message>
        <source>%1 of %2–%3 minutes gathered</source>
        <translation>%1 分収集済み（推奨 %2〜%3 分）</translation>
    </message>
    <message>
        <source>usable clips: %1</source>
        <translation>使えるクリップ：%1</translation>
    </message>
    <message>
        <source>to fix or delete: %1</source>
        <translation>要修正・削除：%1</translation>
    </message>
</context>
</TS>
