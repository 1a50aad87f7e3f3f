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
    <name>timbre::gui::AudioPlayer</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Cannot start audio output</source>
        <translation>无法启动音频输出</translation>
    </message>
    <message>
        <source>No audio output device was found.</source>
        <translation>没有找到音频输出设备。</translation>
    </message>
    <message>
        <source>The audio device refused to play</source>
        <translation>音频设备拒绝播放</translation>
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
        <source>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;Runs GPT-SoVITS voice models natively, without Python.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;原生运行 GPT-SoVITS 语音模型，无需 Python。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Import Voice Recording…</source>
        <translation>导入声音录音(&amp;I)…</translation>
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
</context>
<context>
    <name>timbre::gui::SynthesisWorker</name>
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
        <source>Cannot play</source>
        <translation>无法播放</translation>
    </message>
    <message>
        <source>Take %1 — %2 s, %3 piece(s), seed %4 — %5</source>
        <translation>结果 %1 — %2 秒，%3 段，种子 %4 — %5</translation>
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
</context>
<context>
    <name>timbre::gui::WaveformView</name>
    <message>
        <source>Drag to select the part of the recording to use as the reference</source>
        <translation>拖动以选择录音中用作参考的部分</translation>
    </message>
    <message>
        <source>Import or drop a recording of the voice (WAV, FLAC, OGG, MP3)</source>
        <translation>导入或拖入声音录音（WAV、FLAC、OGG、MP3）</translation>
    </message>
</context>
</TS>
