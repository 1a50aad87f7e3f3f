<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>timbre::gui::MainWindow</name>
    <message>
        <source>Timbre</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Timbre&lt;/h1&gt;&lt;p&gt;Clone a voice from a few seconds of speech, offline.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Timbre&lt;/h1&gt;&lt;p&gt;只需几秒钟的语音即可离线克隆声音。&lt;/p&gt;</translation>
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
</context>
</TS>
