<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LanguageModes</name>
    <message>
        <source>Chinese (with English)</source>
        <translation>中文（可夹英文）</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Japanese (with English)</source>
        <translation>日文（可夹英文）</translation>
    </message>
    <message>
        <source>Korean (with English)</source>
        <translation>韩文（可夹英文）</translation>
    </message>
    <message>
        <source>Cantonese (with English)</source>
        <translation>粤语（可夹英文）</translation>
    </message>
    <message>
        <source>Automatic (mixed languages)</source>
        <translation>自动识别（多语种混合）</translation>
    </message>
    <message>
        <source>Automatic, Chinese read as Cantonese</source>
        <translation>自动识别，中文按粤语读</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>全部按中文</translation>
    </message>
    <message>
        <source>Japanese only</source>
        <translation>全部按日文</translation>
    </message>
    <message>
        <source>Korean only</source>
        <translation>全部按韩文</translation>
    </message>
    <message>
        <source>Cantonese only</source>
        <translation>全部按粤语</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ApiServerController</name>
    <message>
        <source>no model folder is chosen</source>
        <translation>未选择模型文件夹</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::AudioPlayer</name>
    <message>
        <source>No audio output device was found.</source>
        <translation>没有找到音频输出设备。</translation>
    </message>
    <message>
        <source>The audio device refused to play</source>
        <translation>音频设备拒绝播放</translation>
    </message>
    <message>
        <source>Cannot start audio output (%1)</source>
        <translation>无法启动音频输出（%1）</translation>
    </message>
</context>
<context>
    <name>timbre::gui::AudioRecorder</name>
    <message>
        <source>Cannot start audio input (%1)</source>
        <translation>无法启动音频输入（%1）</translation>
    </message>
    <message>
        <source>No microphone or other audio input device was found.</source>
        <translation>没有找到麦克风或其他音频输入设备。</translation>
    </message>
    <message>
        <source>The audio input device %1 does not exist (any more).</source>
        <translation>音频输入设备 %1 不存在（或已被移除）。</translation>
    </message>
    <message>
        <source>“%1” cannot record.</source>
        <translation>“%1”无法录音。</translation>
    </message>
    <message>
        <source>The audio device “%1” refused to record</source>
        <translation>音频设备“%1”拒绝录音</translation>
    </message>
    <message>
        <source>The audio input could not be started</source>
        <translation>无法启动音频输入</translation>
    </message>
    <message>
        <source>Recording stopped: the audio input failed</source>
        <translation>录音已停止：音频输入出错</translation>
    </message>
</context>
<context>
    <name>timbre::gui::EpochChoice</name>
    <message>
        <source>base SoVITS</source>
        <translation>基础 SoVITS</translation>
    </message>
    <message>
        <source>SoVITS epoch %1</source>
        <translation>SoVITS 第 %1 轮</translation>
    </message>
    <message>
        <source>base GPT</source>
        <translation>基础 GPT</translation>
    </message>
    <message>
        <source>GPT epoch %1</source>
        <translation>GPT 第 %1 轮</translation>
    </message>
</context>
<context>
    <name>timbre::gui::LevelMeter</name>
    <message>
        <source>Input level: speak at your normal volume; the bar should reach the amber part but never red</source>
        <translation>输入电平：用平常的音量说话；电平条应达到黄色区域，但不要进入红色区域</translation>
    </message>
</context>
<context>
    <name>timbre::gui::LossChart</name>
    <message>
        <source>Training losses per step</source>
        <translation>每步的训练损失</translation>
    </message>
    <message>
        <source>The losses appear here once training runs.</source>
        <translation>训练开始后，损失曲线会显示在这里。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
</context>
<context>
    <name>timbre::gui::MainWindow</name>
    <message>
        <source>Timbre</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Timbre</source>
        <translation>关于 Timbre(&amp;A)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>About Timbre</source>
        <translation>关于 Timbre</translation>
    </message>
    <message>
        <source>Import a recording of the voice</source>
        <translation>导入要克隆的声音录音</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.ogg *.oga *.mp3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose &amp;Model Folder…</source>
        <translation>选择模型文件夹(&amp;M)…</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>选择语音模型文件夹</translation>
    </message>
    <message>
        <source>&amp;Import Reference…</source>
        <translation>导入参考音频(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a recording of the voice to clone (Ctrl+O)</source>
        <translation>导入要克隆的声音录音（Ctrl+O）</translation>
    </message>
    <message>
        <source>&amp;Export Take…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected take (Ctrl+E)</source>
        <translation>导出选中的结果（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a take (Ctrl+Enter)</source>
        <translation>生成一条结果（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running generation (Esc)</source>
        <translation>停止正在进行的生成（Esc）</translation>
    </message>
    <message>
        <source>&amp;Play / Stop Take</source>
        <translation>播放 / 停止结果(&amp;P)</translation>
    </message>
    <message>
        <source>Play or stop the selected take (Space)</source>
        <translation>播放或停止选中的结果（空格键）</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>结果(&amp;T)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;Runs GPT-SoVITS voice models natively, without Python.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Speech generated by Timbre is AI-generated.&lt;/b&gt; Exported takes are tagged as AI-generated speech with the voice&apos;s name. Clone only voices you have permission to use, and do not present the result as a real recording.&lt;/p&gt;&lt;p&gt;Licences: built with Qt %2 (LGPL-3.0) and libtorch (BSD-3-Clause). Voice models belong to their authors and keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;原生运行 GPT-SoVITS 语音模型，无需 Python。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Timbre 生成的语音是 AI 生成的。&lt;/b&gt;导出的结果会标注为 AI 生成的语音，并附上声音的名称。请只克隆你已获授权使用的声音，也不要把结果当作真实录音展示。&lt;/p&gt;&lt;p&gt;许可：使用 Qt %2（LGPL-3.0）和 libtorch（BSD-3-Clause）构建。语音模型归其作者所有，适用其各自的许可。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No take to export: generate one first.</source>
        <translation>没有可导出的结果：请先生成。</translation>
    </message>
    <message>
        <source>No take to play: generate one first.</source>
        <translation>没有可播放的结果：请先生成。</translation>
    </message>
    <message>
        <source>Serve &amp;API</source>
        <translation>提供 API 服务(&amp;A)</translation>
    </message>
    <message>
        <source>Serve the GPT-SoVITS-compatible HTTP API (/tts) on 127.0.0.1 with the current models</source>
        <translation>用当前模型在 127.0.0.1 上提供兼容 GPT-SoVITS 的 HTTP API（/tts）</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>API 运行于 %1</translation>
    </message>
    <message>
        <source>API off: %1</source>
        <translation>API 已关闭：%1</translation>
    </message>
    <message>
        <source>API stopped by a client (/control)</source>
        <translation>API 已被客户端停止（/control）</translation>
    </message>
    <message>
        <source>Starting the API…</source>
        <translation>正在启动 API…</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>新建项目(&amp;N)</translation>
    </message>
    <message>
        <source>Keep this project and start an empty one</source>
        <translation>保留当前项目并新建一个空项目</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>打开项目(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Give this project a name; the studio saves it by itself as you work</source>
        <translation>为此项目命名；工作室会在你工作时自动保存</translation>
    </message>
    <message>
        <source>%1 — Timbre</source>
        <translation>%1 — Timbre</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>打开项目文件夹</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>无法保存项目</translation>
    </message>
    <message>
        <source>Project saved in %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <source>Where to Get Voice &amp;Models…</source>
        <translation>从哪里获取语音模型(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Recent Model Folders</source>
        <translation>最近的模型文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>New &amp;Voice Model…</source>
        <translation>新建声音模型(&amp;V)…</translation>
    </message>
    <message>
        <source>Train a voice model of your own from your recordings</source>
        <translation>用你的录音训练属于你自己的声音模型</translation>
    </message>
    <message>
        <source>New voice model</source>
        <translation>新建声音模型</translation>
    </message>
    <message>
        <source>The training of “%1” is not finished. Continue it?</source>
        <translation>“%1”的训练尚未完成。要继续吗？</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>继续“%1”</translation>
    </message>
    <message>
        <source>Start a new voice</source>
        <translation>开始新的声音</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelFolderPanel</name>
    <message>
        <source>A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT</source>
        <translation>GPT-SoVITS 文件夹，或包含 .ckpt、.pth、HuBERT 和 BERT 的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>No voice models chosen yet.</source>
        <translation>尚未选择语音模型。</translation>
    </message>
    <message>
        <source>Voice models:</source>
        <translation>语音模型：</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>选择语音模型文件夹</translation>
    </message>
    <message>
        <source>Loading the models in %1…</source>
        <translation>正在加载 %1 中的模型…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>就绪：%1</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>无法使用这些模型：%1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelGuideDialog</name>
    <message>
        <source>Voice models for Timbre</source>
        <translation>Timbre 的语音模型</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Timbre speaks with GPT-SoVITS voice models&lt;/h3&gt;&lt;p&gt;A voice needs two model files trained by GPT-SoVITS: a &lt;b&gt;GPT model (.ckpt)&lt;/b&gt;, which turns text into speech tokens, and a &lt;b&gt;SoVITS model (.pth)&lt;/b&gt;, which turns them into sound. Two helper models are shared by every version: &lt;b&gt;chinese-hubert-base&lt;/b&gt; (listens to your reference recording) and &lt;b&gt;chinese-roberta-wwm-ext-large&lt;/b&gt; (reads Chinese text).&lt;/p&gt;&lt;p&gt;The official pretrained models are published by the GPT-SoVITS project on Hugging Face: &lt;a href=&quot;https://huggingface.co/lj1995/GPT-SoVITS&quot;&gt;huggingface.co/lj1995/GPT-SoVITS&lt;/a&gt;. Voices fine-tuned with GPT-SoVITS are in its &lt;i&gt;GPT_weights&lt;/i&gt; and &lt;i&gt;SoVITS_weights&lt;/i&gt; folders.&lt;/p&gt;&lt;table border=&quot;0&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;GPT&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;SoVITS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Also needed&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v1&lt;/td&gt;&lt;td&gt;s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt&lt;/td&gt;&lt;td&gt;s2G488k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s2G2333k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2Pro, v2ProPlus&lt;/td&gt;&lt;td&gt;s1v3.ckpt&lt;/td&gt;&lt;td&gt;v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth&lt;/td&gt;&lt;td&gt;sv/pretrained_eres2netv2w24s4ep4.ckpt (speaker model)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v3, v4&lt;/td&gt;&lt;td colspan=&quot;3&quot;&gt;not supported yet&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Put one GPT file, one SoVITS file and the folders chinese-hubert-base and chinese-roberta-wwm-ext-large (and, for v2Pro, the sv folder) in one folder — or choose a GPT-SoVITS checkout as it is. Timbre recognises every file by its content and shows what it found and why a file cannot be used. Timbre itself downloads nothing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Timbre 使用 GPT-SoVITS 语音模型发声&lt;/h3&gt;&lt;p&gt;一个声音需要两个由 GPT-SoVITS 训练的模型文件：&lt;b&gt;GPT 模型（.ckpt）&lt;/b&gt;把文字变成语音标记，&lt;b&gt;SoVITS 模型（.pth）&lt;/b&gt;再把它们变成声音。另有两个所有版本共用的辅助模型：&lt;b&gt;chinese-hubert-base&lt;/b&gt;（分析你的参考录音）和 &lt;b&gt;chinese-roberta-wwm-ext-large&lt;/b&gt;（理解中文文本）。&lt;/p&gt;&lt;p&gt;官方预训练模型由 GPT-SoVITS 项目发布在 Hugging Face 上：&lt;a href=&quot;https://huggingface.co/lj1995/GPT-SoVITS&quot;&gt;huggingface.co/lj1995/GPT-SoVITS&lt;/a&gt;。用 GPT-SoVITS 微调的声音位于其 &lt;i&gt;GPT_weights&lt;/i&gt; 和 &lt;i&gt;SoVITS_weights&lt;/i&gt; 文件夹中。&lt;/p&gt;&lt;table border=&quot;0&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;版本&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;GPT&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;SoVITS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;另需&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v1&lt;/td&gt;&lt;td&gt;s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt&lt;/td&gt;&lt;td&gt;s2G488k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s2G2333k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2Pro, v2ProPlus&lt;/td&gt;&lt;td&gt;s1v3.ckpt&lt;/td&gt;&lt;td&gt;v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth&lt;/td&gt;&lt;td&gt;sv/pretrained_eres2netv2w24s4ep4.ckpt (说话人模型)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v3, v4&lt;/td&gt;&lt;td colspan=&quot;3&quot;&gt;暂不支持&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;把一个 GPT 文件、一个 SoVITS 文件以及 chinese-hubert-base 和 chinese-roberta-wwm-ext-large 文件夹（v2Pro 还需 sv 文件夹）放进同一个文件夹，或直接选择 GPT-SoVITS 的程序目录。Timbre 按内容识别每个文件，并显示找到了什么、某个文件为何不能使用。Timbre 自身不会下载任何内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the folder with the voice models</source>
        <translation>选择存放语音模型的文件夹</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelManagerDialog</name>
    <message>
        <source>Import voice models</source>
        <translation>导入语音模型</translation>
    </message>
    <message>
        <source>A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT</source>
        <translation>GPT-SoVITS 文件夹，或包含 .ckpt、.pth、HuBERT 和 BERT 的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose a folder to see what is in it.</source>
        <translation>选择一个文件夹，查看其中的内容。</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>使用此文件夹</translation>
    </message>
    <message>
        <source>GPT: turns text into speech tokens</source>
        <translation>GPT：把文本变成语音标记</translation>
    </message>
    <message>
        <source>SoVITS: turns tokens into the voice</source>
        <translation>SoVITS：把标记变成声音</translation>
    </message>
    <message>
        <source>HuBERT: listens to the reference recording</source>
        <translation>HuBERT：分析参考录音</translation>
    </message>
    <message>
        <source>BERT: reads Chinese text</source>
        <translation>BERT：理解中文文本</translation>
    </message>
    <message>
        <source>Speaker model (ERes2NetV2, for v2Pro)</source>
        <translation>说话人模型（ERes2NetV2，用于 v2Pro）</translation>
    </message>
    <message>
        <source>Vocoder (SoVITS v3/v4 only)</source>
        <translation>声码器（仅 SoVITS v3/v4）</translation>
    </message>
    <message>
        <source>Not a model file Timbre knows</source>
        <translation>不是 Timbre 认识的模型文件</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>选择语音模型文件夹</translation>
    </message>
    <message>
        <source>Looking at the files in %1…</source>
        <translation>正在检查 %1 中的文件…</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>used; %1</source>
        <translation>已使用；%1</translation>
    </message>
    <message>
        <source>Ready to use: %1.</source>
        <translation>可以使用：%1。</translation>
    </message>
    <message>
        <source>This folder cannot be used as it is: %1</source>
        <translation>此文件夹无法直接使用：%1</translation>
    </message>
    <message>
        <source>“%1” is not a GPT-SoVITS model file (neither a PyTorch checkpoint nor a safetensors file).</source>
        <translation>“%1”不是 GPT-SoVITS 模型文件（既不是 PyTorch 检查点，也不是 safetensors 文件）。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::PieceRegeneration</name>
    <message>
        <source>The take has no piece %1.</source>
        <translation>该结果没有第 %1 段。</translation>
    </message>
    <message>
        <source>The regenerated piece has %1 Hz, %2 channel(s); the take has %3 Hz, %4 channel(s).</source>
        <translation>重新生成的这一段为 %1 Hz、%2 声道；该结果为 %3 Hz、%4 声道。</translation>
    </message>
    <message>
        <source>The take&apos;s piece %1 spans frames %2 to %3 of %4.</source>
        <translation>该结果的第 %1 段位于第 %2 至 %3 帧（共 %4 帧）。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ProjectSession</name>
    <message>
        <source>Take %1 could not be saved to the project: %2</source>
        <translation>结果 %1 无法保存到项目：%2</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>项目无法保存：%1</translation>
    </message>
    <message>
        <source>The last project could not be reopened: %1</source>
        <translation>上次的项目无法重新打开：%1</translation>
    </message>
    <message>
        <source>%1 is not a Timbre project (it has no %2).</source>
        <translation>%1 不是 Timbre 项目（其中没有 %2）。</translation>
    </message>
    <message>
        <source>%1 already holds a project; choose another name.</source>
        <translation>%1 中已有项目，请换一个名称。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::QualityView</name>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>采样率</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>削波</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>响度</translation>
    </message>
    <message>
        <source>Background noise</source>
        <translation>背景噪声</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>语音占比</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>直流偏移</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Good reference: every check passed.</source>
        <translation>参考音频良好：所有检查均通过。</translation>
    </message>
    <message>
        <source>Usable, but see the amber notes below.</source>
        <translation>可以使用，但请留意下方黄色提示。</translation>
    </message>
    <message>
        <source>Fix the problems marked red before cloning this voice.</source>
        <translation>请先解决标红的问题再克隆这个声音。</translation>
    </message>
    <message>
        <source>No reference yet.</source>
        <translation>尚无参考音频。</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
</context>
<context>
    <name>timbre::gui::RecordDialog</name>
    <message>
        <source>Record a voice</source>
        <translation>录制声音</translation>
    </message>
    <message>
        <source>Looking for inputs…</source>
        <translation>正在查找输入设备…</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>电平：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Use this take</source>
        <translation>使用这段录音</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>No input found</source>
        <translation>未找到输入设备</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>重新录音</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>准备…</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 录音中</translation>
    </message>
    <message>
        <source>Opening the input…</source>
        <translation>正在打开输入设备…</translation>
    </message>
    <message>
        <source>The recorder is still busy; try again.</source>
        <translation>录音器仍在忙碌，请重试。</translation>
    </message>
    <message>
        <source>Recording (%1 Hz) — speak now. It stops by itself after %2 s.</source>
        <translation>正在录音（%1 Hz）— 请开始说话。%2 秒后自动停止。</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>没有录到任何声音。</translation>
    </message>
    <message>
        <source>Stopped at the %1 s limit.</source>
        <translation>已达到 %1 秒上限，录音停止。</translation>
    </message>
    <message>
        <source>The level reached full scale (clipping): lower the input volume or move back a little, then record again.</source>
        <translation>电平达到满刻度（削波）：请调低输入音量或离麦克风稍远一些，然后重新录音。</translation>
    </message>
    <message>
        <source>Very quiet: move closer or raise the input volume.</source>
        <translation>声音很小：请靠近麦克风或调高输入音量。</translation>
    </message>
    <message>
        <source>Use this take, or record again.</source>
        <translation>使用这段录音，或重新录音。</translation>
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
        <translation>试听并保留</translation>
    </message>
    <message>
        <source>Each saved epoch spoke the same sentence. Play them, choose the one that sounds most like you, and Finish saves it to your voice library.</source>
        <translation>每个保存的轮次都说了同一句话。播放它们，选出最像你的那个，点击“完成”即可保存到你的声音库。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>播放 %1</translation>
    </message>
    <message>
        <source>The training saved no epoch with an audition yet; go back and train.</source>
        <translation>训练还没有保存任何带试听的轮次；请返回并训练。</translation>
    </message>
    <message>
        <source>None of your clips is 3–10 seconds long, so the voice has no reference clip yet. Go back and record a sentence of about six seconds.</source>
        <translation>你的片段中没有 3–10 秒长的，所以这个声音还没有参考片段。请返回并录一句约六秒的话。</translation>
    </message>
    <message>
        <source>Reference clip: %1 (%2 s): “%3”</source>
        <translation>参考片段：%1（%2 秒）：“%3”</translation>
    </message>
    <message>
        <source>The base models are no longer usable: %1</source>
        <translation>基础模型已无法使用：%1</translation>
    </message>
    <message>
        <source>The voice could not be saved: %1</source>
        <translation>无法保存该声音：%1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ScriptPanel</name>
    <message>
        <source>Script</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Type or paste what the voice should say.</source>
        <translation>输入或粘贴要让这个声音说的话。</translation>
    </message>
    <message>
        <source>cut0 — do not cut</source>
        <translation>cut0 — 不切分</translation>
    </message>
    <message>
        <source>cut1 — every 4 sentences</source>
        <translation>cut1 — 每四句一切</translation>
    </message>
    <message>
        <source>cut2 — about every 50 characters</source>
        <translation>cut2 — 约每 50 字一切</translation>
    </message>
    <message>
        <source>cut3 — at Chinese full stops (。)</source>
        <translation>cut3 — 按中文句号（。）切</translation>
    </message>
    <message>
        <source>cut4 — at English full stops (.)</source>
        <translation>cut4 — 按英文句号（.）切</translation>
    </message>
    <message>
        <source>cut5 — at every punctuation mark</source>
        <translation>cut5 — 按所有标点切</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Cut into pieces:</source>
        <translation>切分方式：</translation>
    </message>
    <message>
        <source>Each piece is spoken separately, with a pause after it</source>
        <translation>每一段单独合成，段后留有停顿</translation>
    </message>
    <message>
        <source>Speaking rate (1 = as the model speaks)</source>
        <translation>语速（1 = 模型原本的语速）</translation>
    </message>
    <message>
        <source>Variation in the voice (0 = flattest)</source>
        <translation>声音的变化程度（0 = 最平稳）</translation>
    </message>
    <message>
        <source>Choose each sound among this many likeliest ones</source>
        <translation>每个音从最可能的这么多个候选中选取</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the likeliest sounds up to this share</source>
        <translation>核采样：保留累计概率达到该比例的候选</translation>
    </message>
    <message>
        <source>Higher is livelier but less stable</source>
        <translation>越高越生动，但越不稳定</translation>
    </message>
    <message>
        <source>Discourages repeating the same sounds</source>
        <translation>抑制重复相同的音</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A new seed for every take; untick to repeat a take exactly</source>
        <translation>每次生成都用新种子；取消勾选可精确复现某次结果</translation>
    </message>
    <message>
        <source>Silence between pieces, in seconds</source>
        <translation>段与段之间的静音（秒）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>语速：</translation>
    </message>
    <message>
        <source>Noise scale:</source>
        <translation>噪声比例：</translation>
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
        <translation>重复惩罚：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Pause between pieces (s):</source>
        <translation>段间停顿（秒）：</translation>
    </message>
    <message>
        <source>Nothing to speak: %1</source>
        <translation>没有可朗读的内容：%1</translation>
    </message>
    <message>
        <source>Pieces: none yet</source>
        <translation>分段：暂无</translation>
    </message>
    <message numerus="yes">
        <source>Pieces: %n</source>
        <translation>
            <numerusform>分段：%n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>timbre::gui::SettingsDialog</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Readings that override the built-in ones: a UTF-8 file with one &quot;language word reading&quot; per line, e.g. &quot;en timbre T AE1 M B ER0&quot;.</source>
        <translation>覆盖内置读音：UTF-8 文本文件，每行一条“语言 词 读音”，例如“en timbre T AE1 M B ER0”。</translation>
    </message>
    <message>
        <source>Pronunciation &amp;dictionary:</source>
        <translation>发音词典(&amp;D)：</translation>
    </message>
    <message>
        <source>Choose a pronunciation dictionary</source>
        <translation>选择发音词典</translation>
    </message>
    <message>
        <source>Text files (*.txt *.dict *.tsv);;All files (*)</source>
        <translation>文本文件 (*.txt *.dict *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
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
        <translation>CUDA 不可用：此版本的 libtorch 不支持 CUDA，或者找不到 GPU。</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自动（%1）</translation>
    </message>
    <message>
        <source>CPU threads for synthesis; 0 uses every core.</source>
        <translation>用于合成的 CPU 线程数；0 表示使用所有核心。</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32（全精度）</translation>
    </message>
    <message>
        <source>fp16 (faster on GPU)</source>
        <translation>fp16（在 GPU 上更快）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>fp16 needs the CUDA device.</source>
        <translation>fp16 需要 CUDA 设备。</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Port of the HTTP API on 127.0.0.1 (File → Serve API); GPT-SoVITS uses 9880.</source>
        <translation>127.0.0.1 上 HTTP API 的端口（文件 → 提供 API 服务）；GPT-SoVITS 使用 9880。</translation>
    </message>
    <message>
        <source>&amp;API port:</source>
        <translation>API 端口(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>timbre::gui::StudioView</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Play while generating</source>
        <translation>边生成边播放</translation>
    </message>
    <message>
        <source>Start playing the take as soon as its first audio is ready</source>
        <translation>第一段音频就绪后立即开始播放</translation>
    </message>
    <message>
        <source>No voice models</source>
        <translation>没有语音模型</translation>
    </message>
    <message>
        <source>Choose the folder with the voice models first.</source>
        <translation>请先选择语音模型所在的文件夹。</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>没有声音</translation>
    </message>
    <message>
        <source>Import a recording of the voice to clone first.</source>
        <translation>请先导入要克隆的声音录音。</translation>
    </message>
    <message>
        <source>No script</source>
        <translation>没有文本</translation>
    </message>
    <message>
        <source>Type what the voice should say.</source>
        <translation>请输入要让这个声音说的话。</translation>
    </message>
    <message>
        <source>Cannot prepare the reference</source>
        <translation>无法准备参考音频</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Cannot regenerate the piece</source>
        <translation>无法重新生成该段</translation>
    </message>
    <message>
        <source>Take %1 no longer has the reference recording it was made with.</source>
        <translation>结果 %1 生成时所用的参考录音已不存在。</translation>
    </message>
    <message>
        <source>Regenerating piece %1 of take %2 with seed %3…</source>
        <translation>正在用种子 %3 重新生成结果 %2 的第 %1 段…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Listening to the reference…</source>
        <translation>正在分析参考音频…</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>正在处理文本…</translation>
    </message>
    <message>
        <source>Piece %1: speech tokens (step %2)</source>
        <translation>第 %1 段：生成语音标记（第 %2 步）</translation>
    </message>
    <message>
        <source>Piece %1: rendering audio</source>
        <translation>第 %1 段：合成音频</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>即将完成…</translation>
    </message>
    <message>
        <source>Done: piece %1 regenerated, %2 s of audio</source>
        <translation>完成：第 %1 段已重新生成，音频共 %2 秒</translation>
    </message>
    <message>
        <source>New take with piece %1 of take %2 regenerated (seed %3)</source>
        <translation>新结果：结果 %2 的第 %1 段已重新生成（种子 %3）</translation>
    </message>
    <message>
        <source>Done: %1 s of audio</source>
        <translation>完成：%1 秒音频</translation>
    </message>
    <message>
        <source>New take ready (seed %1)</source>
        <translation>新的结果已生成（种子 %1）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>生成失败</translation>
    </message>
    <message>
        <source>Import models…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <source>See what each file of a model folder is, and why one cannot be used</source>
        <translation>查看模型文件夹中每个文件的用途，以及某个文件无法使用的原因</translation>
    </message>
    <message>
        <source>Import a recording of the voice first; the library keeps the selected part.</source>
        <translation>请先导入声音录音；声音库会保存选中的部分。</translation>
    </message>
    <message>
        <source>Cannot save the voice</source>
        <translation>无法保存声音</translation>
    </message>
    <message>
        <source>Saved the voice “%1”</source>
        <translation>已保存声音“%1”</translation>
    </message>
    <message>
        <source>Cannot open the voice</source>
        <translation>无法打开声音</translation>
    </message>
    <message>
        <source>Its recording could not be read; see the Voice panel.</source>
        <translation>无法读取它的录音；请查看“声音”面板。</translation>
    </message>
    <message>
        <source>Opened the voice “%1”</source>
        <translation>已打开声音“%1”</translation>
    </message>
    <message>
        <source>The reference cannot be used yet</source>
        <translation>参考音频暂时无法使用</translation>
    </message>
    <message>
        <source>“%1” (the selected part) fails the quality report:
%2
Fix it or select another part, then generate.</source>
        <translation>“%1”（选中的部分）未通过质量检查：
%2
请修正或选择其他部分后再生成。</translation>
    </message>
    <message>
        <source>Chinese characters (Han)</source>
        <translation>汉字</translation>
    </message>
    <message>
        <source>Japanese kana</source>
        <translation>日文假名</translation>
    </message>
    <message>
        <source>Korean Hangul</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>The script&apos;s language cannot read all of it</source>
        <translation>文本语言无法读出全部内容</translation>
    </message>
    <message>
        <source>The script holds %1 (%2 characters, e.g. “%3”) but its language is “%4”, which would skip them without a sound. Choose the language they are written in, or “auto”.</source>
        <translation>文本中含有%1（%2 个字符，例如“%3”），但文本语言是“%4”，这些字符会被无声跳过。请选择它们所用的语言，或选择“auto”。</translation>
    </message>
    <message>
        <source>the recording take %1 was made from</source>
        <translation>生成结果 %1 时所用的录音</translation>
    </message>
    <message>
        <source>%1 — about %2 s left</source>
        <translation>%1 — 约剩 %2 秒</translation>
    </message>
</context>
<context>
    <name>timbre::gui::SynthesisWorker</name>
    <message>
        <source>The pronunciation dictionary could not be used: %1</source>
        <translation>无法使用发音词典：%1</translation>
    </message>
    <message>
        <source>GPT-SoVITS %1 — GPT %2, SoVITS %3, HuBERT %4, BERT %5</source>
        <translation>GPT-SoVITS %1 — GPT %2，SoVITS %3，HuBERT %4，BERT %5</translation>
    </message>
    <message>
        <source>, speaker %1</source>
        <translation>，说话人模型 %1</translation>
    </message>
    <message>
        <source>The voice models could not be loaded: %1</source>
        <translation>无法加载语音模型：%1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TakesPanel</name>
    <message>
        <source>Takes</source>
        <translation>生成结果</translation>
    </message>
    <message>
        <source>The selected take&apos;s pieces and where they start and end</source>
        <translation>所选结果的各段及其起止时间</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>导出音频…</translation>
    </message>
    <message>
        <source>Export subtitles…</source>
        <translation>导出字幕…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Play piece</source>
        <translation>播放该段</translation>
    </message>
    <message>
        <source>Regenerate piece</source>
        <translation>重新生成该段</translation>
    </message>
    <message>
        <source>Synthesize this piece again with a new seed, as a new take; this take stays</source>
        <translation>用新种子重新合成此段，生成新的结果；当前结果保留不变</translation>
    </message>
    <message>
        <source>Compare A/B</source>
        <translation>A/B 对比</translation>
    </message>
    <message>
        <source>Select two takes, then listen to one or the other from the same point</source>
        <translation>选择两个结果，即可从同一位置切换收听其中之一</translation>
    </message>
    <message>
        <source>Switch A/B (Tab)</source>
        <translation>切换 A/B (Tab)</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>无法播放</translation>
    </message>
    <message>
        <source>Take %1 (piece %2 regenerated) — %3 s, %4 piece(s), from take %5, new seed %6 — %7</source>
        <translation>结果 %1（第 %2 段已重新生成）— %3 秒，%4 段，来自结果 %5，新种子 %6 — %7</translation>
    </message>
    <message>
        <source>Take %1 — %2 s, %3 piece(s), seed %4 — %5</source>
        <translation>结果 %1 — %2 秒，%3 段，种子 %4 — %5</translation>
    </message>
    <message>
        <source>A = take %1, B = take %2 — %3 from %4 s. Tab or “Switch A/B” goes on with the other.</source>
        <translation>A = 结果 %1，B = 结果 %2 — 正在从 %4 秒播放 %3。按 Tab 或“切换 A/B”可接着播放另一个。</translation>
    </message>
    <message>
        <source>Export take</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)</source>
        <translation>WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export subtitles</source>
        <translation>导出字幕</translation>
    </message>
    <message>
        <source>SubRip (*.srt);;WebVTT (*.vtt)</source>
        <translation>SubRip (*.srt);;WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>%1. %2–%3 s — %4 (regenerated, seed %5)</source>
        <translation>%1. %2–%3 秒 — %4（已重新生成，种子 %5）</translation>
    </message>
    <message>
        <source>%1. %2–%3 s — %4</source>
        <translation>%1. %2–%3 秒 — %4</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>与…对比</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>结果 %1</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>停止对比</translation>
    </message>
    <message>
        <source>Position in the selected take: drag or click to play from there (Left/Right in the list: ±2 s)</source>
        <translation>选中结果中的播放位置：拖动或点击即从该处播放（在列表中按左/右方向键：±2 秒）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>已导出</translation>
    </message>
    <message>
        <source>%1 was saved as
%2</source>
        <translation>%1 已保存为
%2</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>The subtitles of take %1</source>
        <translation>结果 %1 的字幕</translation>
    </message>
    <message>
        <source>Each take you generate is drawn here, its pieces marked</source>
        <translation>生成的每条结果都会画在这里，并标出各段</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TrainingPage</name>
    <message>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Training runs on this computer. You can stop at any time: the last saved epoch is kept and Resume continues from it, even after closing Timbre.</source>
        <translation>训练在这台电脑上进行。你可以随时停止：最后保存的轮次会被保留，“继续”会从那里接着训练，即使关闭了 Timbre 也可以。</translation>
    </message>
    <message>
        <source>Stop (keeps the last saved epoch)</source>
        <translation>停止（保留最后保存的轮次）</translation>
    </message>
    <message>
        <source>Preparing the clips</source>
        <translation>准备片段</translation>
    </message>
    <message>
        <source>SoVITS (the sound of the voice)</source>
        <translation>SoVITS（声音的音色）</translation>
    </message>
    <message>
        <source>GPT (the way it speaks)</source>
        <translation>GPT（说话的方式）</translation>
    </message>
    <message>
        <source>SoVITS %1 epochs, then GPT %2 epochs, on the %3.</source>
        <translation>在%3上先训练 SoVITS %1 轮，再训练 GPT %2 轮。</translation>
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
        <translation>继续</translation>
    </message>
    <message>
        <source>Training finished. Listen to the epochs on the next page.</source>
        <translation>训练完成。请在下一页试听各轮次。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>将在当前步骤完成后停止…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
    <message>
        <source>%1 — about %2 left in this stage</source>
        <translation>%1 — 本阶段约剩 %2</translation>
    </message>
    <message>
        <source>Preparing the clips (%1 of %2)</source>
        <translation>正在准备片段（%1/%2）</translation>
    </message>
    <message>
        <source>Clips ready: %1</source>
        <translation>片段已就绪：%1</translation>
    </message>
    <message>
        <source>Training SoVITS: epoch %1 of %2</source>
        <translation>正在训练 SoVITS：第 %1/%2 轮</translation>
    </message>
    <message>
        <source>Training GPT: epoch %1 of %2</source>
        <translation>正在训练 GPT：第 %1/%2 轮</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Made an audition of the saved epoch</source>
        <translation>已为保存的轮次生成试听</translation>
    </message>
    <message>
        <source>Stopped. What was saved is kept; Resume continues from the last saved epoch.</source>
        <translation>已停止。已保存的内容都会保留；“继续”会从最后保存的轮次接着训练。</translation>
    </message>
    <message>
        <source>Training stopped: %1
Your recordings and the saved epochs are kept.</source>
        <translation>训练已停止：%1
你的录音和已保存的轮次都会保留。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TrainingWizard</name>
    <message>
        <source>New voice model</source>
        <translation>新建声音模型</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoiceLibraryPanel</name>
    <message>
        <source>“%1” (%2)
Saved %3</source>
        <translation>“%1”（%2）
保存于 %3</translation>
    </message>
    <message>
        <source>
Models: %1</source>
        <translation>
模型：%1</translation>
    </message>
    <message>
        <source>Voice library</source>
        <translation>声音库</translation>
    </message>
    <message>
        <source>Search voices</source>
        <translation>搜索声音</translation>
    </message>
    <message>
        <source>Save current voice…</source>
        <translation>保存当前声音…</translation>
    </message>
    <message>
        <source>Keep the selected part of the recording, its transcript, the models and the settings</source>
        <translation>保存录音的选中部分、参考文本、模型和参数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Some voices cannot be read:
%1</source>
        <translation>有些声音无法读取：
%1</translation>
    </message>
    <message>
        <source>Cannot rename the voice</source>
        <translation>无法重命名声音</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”</source>
        <translation>已将“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>Cannot delete the voice</source>
        <translation>无法删除声音</translation>
    </message>
    <message>
        <source>Deleted the voice “%1”</source>
        <translation>已删除声音“%1”</translation>
    </message>
    <message>
        <source>Save current voice</source>
        <translation>保存当前声音</translation>
    </message>
    <message>
        <source>Name of the voice:</source>
        <translation>声音名称：</translation>
    </message>
    <message>
        <source>Cannot save the voice</source>
        <translation>无法保存声音</translation>
    </message>
    <message>
        <source>Replace the voice?</source>
        <translation>替换这个声音？</translation>
    </message>
    <message>
        <source>A voice named “%1” exists. Replace it with the current voice?</source>
        <translation>已存在名为“%1”的声音。要用当前声音替换它吗？</translation>
    </message>
    <message>
        <source>Rename voice</source>
        <translation>重命名声音</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Delete the voice?</source>
        <translation>删除这个声音？</translation>
    </message>
    <message>
        <source>Delete “%1” and its copy of the recording? This cannot be undone.</source>
        <translation>删除“%1”及其录音副本？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Import recording…</source>
        <translation>导入录音…</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>没有录音</translation>
    </message>
    <message>
        <source>Pick best 3–10 s</source>
        <translation>自动选取最佳 3–10 秒</translation>
    </message>
    <message>
        <source>Select the stretch of 3 to 10 seconds with the most speech, cut at pauses</source>
        <translation>选取语音最多的 3 到 10 秒片段，并在停顿处切开</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>What is said in the selection, word for word (leave empty to clone without it)</source>
        <translation>所选片段中说的话，逐字填写（留空则不使用参考文本）</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>参考文本：</translation>
    </message>
    <message>
        <source>Its language:</source>
        <translation>参考文本语言：</translation>
    </message>
    <message>
        <source>Import a recording of the voice</source>
        <translation>导入要克隆的声音录音</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)</source>
        <translation>音频 (*.wav *.flac *.ogg *.oga *.mp3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open this recording: %1</source>
        <translation>无法打开这段录音：%1</translation>
    </message>
    <message>
        <source>Selection %1–%2 s (%3 s of %4 s)</source>
        <translation>选区 %1–%2 秒（共 %4 秒中的 %3 秒）</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>录音…</translation>
    </message>
    <message>
        <source>Record the voice with the microphone</source>
        <translation>用麦克风录制声音</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>放大（+ 或 Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show the whole recording (0)</source>
        <translation>显示整段录音（0）</translation>
    </message>
    <message>
        <source>▶ Play selection</source>
        <translation>▶ 播放选区</translation>
    </message>
    <message>
        <source>Listen to the selection (Space)</source>
        <translation>试听选区（空格键）</translation>
    </message>
    <message>
        <source>Trim to selection</source>
        <translation>裁剪为选区</translation>
    </message>
    <message>
        <source>Keep only the selection (Ctrl+T)</source>
        <translation>只保留选区（Ctrl+T）</translation>
    </message>
    <message>
        <source>Undo trim</source>
        <translation>撤销裁剪</translation>
    </message>
    <message>
        <source>Bring back what the last trim removed (Ctrl+Z)</source>
        <translation>恢复上次裁剪掉的部分（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>The recording is empty.</source>
        <translation>录音是空的。</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>Unsaved recording</source>
        <translation>未保存的录音</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>无法保存录音：%1</translation>
    </message>
    <message>
        <source>%1 (trimmed)</source>
        <translation>%1（已裁剪）</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 停止</translation>
    </message>
    <message>
        <source>No transcript came with “%1”, so the previous clip&apos;s transcript was cleared. Type what is said in this recording and check its language, or leave it empty to clone without it.</source>
        <translation>“%1”没有附带参考文本，因此已清除上一段录音的参考文本。请输入这段录音中说的话并确认其语言，或留空以不使用参考文本克隆。</translation>
    </message>
    <message>
        <source>No transcript came with “%1”. Type what is said in it and check its language, or leave it empty to clone without it.</source>
        <translation>“%1”没有附带参考文本。请输入其中说的话并确认其语言，或留空以不使用参考文本克隆。</translation>
    </message>
    <message>
        <source>Recent recordings</source>
        <translation>最近的录音</translation>
    </message>
    <message>
        <source>The takes recorded here, newest first</source>
        <translation>在这里录制的录音，最新的在前</translation>
    </message>
    <message>
        <source>No pause found between 3 and 10 s: this selection may cut a word. Drag its edges to a quiet spot if you hear one cut.</source>
        <translation>在 3 到 10 秒之间找不到停顿：此选区可能会截断一个词。如果听到有词被截断，请把选区边缘拖到安静处。</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s)</source>
        <translation>%1 %2（%3 秒）</translation>
    </message>
    <message>
        <source>No recordings yet</source>
        <translation>暂无录音</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoiceSetupPage</name>
    <message>
        <source>New voice model</source>
        <translation>新建声音模型</translation>
    </message>
    <message>
        <source>Name the voice, say which language you will speak, and choose the pretrained models to start from.</source>
        <translation>给声音起个名字，选择你要说的语言，并选择作为起点的预训练模型。</translation>
    </message>
    <message>
        <source>e.g. My voice</source>
        <translation>例如：我的声音</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日语</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩语</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>粤语</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Base models:</source>
        <translation>基础模型(&amp;B)：</translation>
    </message>
    <message>
        <source>Pretrained models</source>
        <translation>预训练模型</translation>
    </message>
    <message>
        <source>Choose the folder with the pretrained GPT-SoVITS models.</source>
        <translation>请选择存放 GPT-SoVITS 预训练模型的文件夹。</translation>
    </message>
    <message>
        <source>Ready: the pretrained GPT, SoVITS (with its discriminator), HuBERT and BERT are there.</source>
        <translation>就绪：预训练的 GPT、SoVITS（含判别器）、HuBERT 和 BERT 都已找到。</translation>
    </message>
    <message>
        <source>These models cannot be trained from: %1</source>
        <translation>无法从这些模型开始训练：%1</translation>
    </message>
    <message>
        <source>This name cannot be used: %1.</source>
        <translation>不能使用这个名称：%1。</translation>
    </message>
    <message>
        <source>A voice named “%1” is already in your library; choose another name.</source>
        <translation>你的声音库中已有名为“%1”的声音；请换一个名称。</translation>
    </message>
    <message>
        <source>The training folder cannot be created: %1</source>
        <translation>无法创建训练文件夹：%1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::WaveformView</name>
    <message>
        <source>Drag to select the part of the recording to use as the reference.
Ctrl+wheel or +/- zooms, 0 fits, the wheel or ←/→ scrolls, Space plays the selection.</source>
        <translation>拖动以选择录音中用作参考的部分。
Ctrl+滚轮或 +/- 缩放，0 适应窗口，滚轮或 ←/→ 滚动，空格键播放选区。</translation>
    </message>
    <message>
        <source>Import, drop or record a voice (WAV, FLAC, OGG, MP3)</source>
        <translation>导入、拖放或录制声音（WAV、FLAC、OGG、MP3）</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ClipVerdict</name>
    <message>
        <source>Not usable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>无声</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>削波</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>语言不符</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>没有文本</translation>
    </message>
    <message>
        <source>Bad transcript</source>
        <translation>文本无效</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Usable, retake advised</source>
        <translation>可用，建议重录</translation>
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
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add long recording…</source>
        <translation>添加长录音…</translation>
    </message>
    <message>
        <source>A folder with an official .list file, or with a .txt or .lab transcript beside each clip</source>
        <translation>包含官方 .list 文件的文件夹，或每个片段旁都有 .txt 或 .lab 文本的文件夹</translation>
    </message>
    <message>
        <source>One recording with many sentences: it is cut at its pauses, one transcript line per piece</source>
        <translation>包含多句话的一段录音：在停顿处切开，每段对应一行文本</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Select a clip to see its waveform.</source>
        <translation>选择一个片段以查看其波形。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>在此切分</translation>
    </message>
    <message>
        <source>Drag in the waveform from where the clip should be cut; the second part gets an empty transcript to fill in</source>
        <translation>在波形中从要切开的位置开始拖动；后半段的文本为空，需要填写</translation>
    </message>
    <message>
        <source>Add recordings</source>
        <translation>添加录音</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3)</source>
        <translation>音频 (*.wav *.flac *.ogg *.oga *.mp3)</translation>
    </message>
    <message>
        <source>Add a folder of clips</source>
        <translation>添加片段文件夹</translation>
    </message>
    <message>
        <source>Add a long recording</source>
        <translation>添加长录音</translation>
    </message>
    <message>
        <source>Transcript of %1</source>
        <translation>%1 的文本</translation>
    </message>
    <message>
        <source>What is said, one line per sentence, in order (the recording is cut at its pauses, one piece per line):</source>
        <translation>录音中说的内容，按顺序每句一行（录音在停顿处切开，每段对应一行）：</translation>
    </message>
    <message>
        <source>marked in the list as another language than this voice&apos;s (%1): %2</source>
        <translation>列表中标记的语言与此声音的语言（%1）不同：%2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no audio clips to import.</source>
        <translation>%1 中没有可导入的音频片段。</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>未从 %1 导入任何内容：%2</translation>
    </message>
    <message>
        <source>Clips imported from %1: %2.</source>
        <translation>从 %1 导入的片段：%2 个。</translation>
    </message>
    <message>
        <source>Without a transcript: %1 (type it in the table).</source>
        <translation>没有文本：%1 个（请在表格中输入）。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>无法保存文本：%1</translation>
    </message>
    <message>
        <source>The clip could not be deleted: %1</source>
        <translation>无法删除片段：%1</translation>
    </message>
    <message>
        <source>Drag in the waveform from where the clip should be split, then press Split here.</source>
        <translation>先在波形中从要切分的位置开始拖动，再点击“在此切分”。</translation>
    </message>
    <message>
        <source>The clip could not be split: %1</source>
        <translation>无法切分片段：%1</translation>
    </message>
    <message>
        <source>Copying the clips into the voice&apos;s folder…</source>
        <translation>正在把片段复制到声音的文件夹…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Copying the clips into the voice&apos;s folder: %1 of %2, about %3 s left…</source>
        <translation>正在把片段复制到声音的文件夹：第 %1 个，共 %2 个，约剩 %3 秒…</translation>
    </message>
    <message>
        <source>Already in the set: %1.</source>
        <translation>已在集合中：%1 个。</translation>
    </message>
    <message>
        <source>Stopped: add the same files again to import the rest.</source>
        <translation>已停止：再次添加相同的文件即可导入其余部分。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ReadAloudPanel</name>
    <message>
        <source>Retake</source>
        <translation>重录</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>再次保存</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一句</translation>
    </message>
    <message>
        <source>The take of sentence %1 could not be saved: %2. It is kept here; free some space and press Save again.</source>
        <translation>第 %1 句的录音无法保存：%2。录音仍保留在这里；请腾出一些空间后点击“再次保存”。</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>尚未录音。</translation>
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
        <translation>%1（%2）：%3。重录一次可能效果更好。</translation>
    </message>
    <message>
        <source>Not usable: %1 (%2). Please record it again.</source>
        <translation>不可用：%1（%2）。请重新录制。</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>第 %1 句，共 %2 句</translation>
    </message>
    <message>
        <source>There is no script to read in this language; import recordings instead.</source>
        <translation>此语言没有朗读稿；请改为导入录音。</translation>
    </message>
</context>
<context>
    <name>timbre::gui::SpeechGatherPage</name>
    <message>
        <source>Gather speech</source>
        <translation>收集语音</translation>
    </message>
    <message>
        <source>Read the sentences aloud, or import recordings of the voice with what is said in them. 1 to 5 minutes of clean speech is recommended.</source>
        <translation>朗读这些句子，或导入这个声音的录音及其文本。建议准备 1 到 5 分钟干净的语音。</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
    <message>
        <source>Import and proofread</source>
        <translation>导入与校对</translation>
    </message>
    <message>
        <source>The clips in %1 cannot be opened: %2</source>
        <translation>无法打开 %1 中的片段：%2</translation>
    </message>
    <message>
        <source>Nothing usable has been gathered yet: record or import at least one clip that passes the checks.</source>
        <translation>还没有收集到可用的内容：请录制或导入至少一个通过检查的片段。</translation>
    </message>
    <message>
        <source>%1 has no transcript: type what is said in it, or delete the clip.</source>
        <translation>%1 没有文本：请输入其中说的内容，或删除该片段。</translation>
    </message>
    <message>
        <source>The list of clips could not be written: %1</source>
        <translation>无法写入片段列表：%1</translation>
    </message>
    <message>
        <source>%1 of %2–%3 minutes gathered</source>
        <translation>已收集 %1 分钟（建议 %2–%3 分钟）</translation>
    </message>
    <message>
        <source>usable clips: %1</source>
        <translation>可用片段：%1</translation>
    </message>
    <message>
        <source>to fix or delete: %1</source>
        <translation>需修正或删除：%1</translation>
    </message>
</context>
</TS>
