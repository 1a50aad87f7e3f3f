<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>LanguageModes</name>
    <message>
        <source>Chinese (with English)</source>
        <translation>중국어(영어 혼용 가능)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Japanese (with English)</source>
        <translation>일본어(영어 혼용 가능)</translation>
    </message>
    <message>
        <source>Korean (with English)</source>
        <translation>한국어(영어 혼용 가능)</translation>
    </message>
    <message>
        <source>Cantonese (with English)</source>
        <translation>광둥어(영어 혼용 가능)</translation>
    </message>
    <message>
        <source>Automatic (mixed languages)</source>
        <translation>자동 인식(여러 언어 혼용)</translation>
    </message>
    <message>
        <source>Automatic, Chinese read as Cantonese</source>
        <translation>자동 인식(중국어는 광둥어로 읽기)</translation>
    </message>
    <message>
        <source>Chinese only</source>
        <translation>모두 중국어</translation>
    </message>
    <message>
        <source>Japanese only</source>
        <translation>모두 일본어</translation>
    </message>
    <message>
        <source>Korean only</source>
        <translation>모두 한국어</translation>
    </message>
    <message>
        <source>Cantonese only</source>
        <translation>모두 광둥어</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>재설정</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>기본값 복원</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ApiServerController</name>
    <message>
        <source>no model folder is chosen</source>
        <translation>모델 폴더가 선택되지 않았습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>timbre::gui::AudioPlayer</name>
    <message>
        <source>Cannot start audio output (%1)</source>
        <translation>오디오 출력을 시작할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>No audio output device was found.</source>
        <translation>오디오 출력 장치를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio device refused to play</source>
        <translation>오디오 장치가 재생을 거부했습니다</translation>
    </message>
</context>
<context>
    <name>timbre::gui::AudioRecorder</name>
    <message>
        <source>Cannot start audio input (%1)</source>
        <translation>오디오 입력을 시작할 수 없습니다(%1)</translation>
    </message>
    <message>
        <source>No microphone or other audio input device was found.</source>
        <translation>마이크 등 오디오 입력 장치를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio input device %1 does not exist (any more).</source>
        <translation>오디오 입력 장치 %1이(가) 없습니다(분리되었을 수 있습니다).</translation>
    </message>
    <message>
        <source>“%1” cannot record.</source>
        <translation>“%1”(으)로는 녹음할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio device “%1” refused to record</source>
        <translation>오디오 장치 “%1”이(가) 녹음을 거부했습니다</translation>
    </message>
    <message>
        <source>The audio input could not be started</source>
        <translation>오디오 입력을 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>Recording stopped: the audio input failed</source>
        <translation>녹음이 중지되었습니다: 오디오 입력에 오류가 발생했습니다</translation>
    </message>
</context>
<context>
    <name>timbre::gui::EpochChoice</name>
    <message>
        <source>base SoVITS</source>
        <translation>기본 SoVITS</translation>
    </message>
    <message>
        <source>SoVITS epoch %1</source>
        <translation>SoVITS 에폭 %1</translation>
    </message>
    <message>
        <source>base GPT</source>
        <translation>기본 GPT</translation>
    </message>
    <message>
        <source>GPT epoch %1</source>
        <translation>GPT 에폭 %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::LevelMeter</name>
    <message>
        <source>Input level: speak at your normal volume; the bar should reach the amber part but never red</source>
        <translation>입력 레벨: 평소 목소리 크기로 말하세요. 막대가 노란색 구간까지 오되 빨간색에는 닿지 않아야 합니다</translation>
    </message>
</context>
<context>
    <name>timbre::gui::LossChart</name>
    <message>
        <source>Training losses per step</source>
        <translation>스텝별 학습 손실</translation>
    </message>
    <message>
        <source>The losses appear here once training runs.</source>
        <translation>학습이 시작되면 여기에 손실이 표시됩니다.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>스텝 %1</translation>
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
        <translation>준비됨</translation>
    </message>
    <message>
        <source>&amp;Import Reference…</source>
        <translation>참조 음성 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Import a recording of the voice to clone (Ctrl+O)</source>
        <translation>복제할 목소리의 녹음을 가져옵니다(Ctrl+O)</translation>
    </message>
    <message>
        <source>Choose &amp;Model Folder…</source>
        <translation>모델 폴더 선택(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Export Take…</source>
        <translation>테이크 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected take (Ctrl+E)</source>
        <translation>선택한 테이크를 내보냅니다(Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>생성(&amp;G)</translation>
    </message>
    <message>
        <source>Generate a take (Ctrl+Enter)</source>
        <translation>테이크를 생성합니다(Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running generation (Esc)</source>
        <translation>진행 중인 생성을 중지합니다(Esc)</translation>
    </message>
    <message>
        <source>&amp;Play / Stop Take</source>
        <translation>테이크 재생 / 정지(&amp;P)</translation>
    </message>
    <message>
        <source>Play or stop the selected take (Space)</source>
        <translation>선택한 테이크를 재생하거나 정지합니다(Space)</translation>
    </message>
    <message>
        <source>&amp;About Timbre</source>
        <translation>Timbre 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>음성 모델 폴더 선택</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>테이크(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>버전 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;Runs GPT-SoVITS voice models natively, without Python.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Speech generated by Timbre is AI-generated.&lt;/b&gt; Exported takes are tagged as AI-generated speech with the voice&apos;s name. Clone only voices you have permission to use, and do not present the result as a real recording.&lt;/p&gt;&lt;p&gt;Licences: built with Qt %2 (LGPL-3.0) and libtorch (BSD-3-Clause). Voice models belong to their authors and keep their own licences.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Timbre %1&lt;/b&gt;&lt;p&gt;GPT-SoVITS 음성 모델을 Python 없이 네이티브로 실행합니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Timbre로 만든 음성은 AI가 생성한 음성입니다.&lt;/b&gt; 내보낸 테이크에는 AI 생성 음성이라는 표시와 목소리 이름이 태그로 기록됩니다. 사용 허락을 받은 목소리만 복제하고, 결과물을 실제 녹음처럼 제시하지 마세요.&lt;/p&gt;&lt;p&gt;라이선스: Qt %2(LGPL-3.0)와 libtorch(BSD-3-Clause)로 빌드되었습니다. 음성 모델의 권리는 제작자에게 있으며 각자의 라이선스를 따릅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import a recording of the voice</source>
        <translation>복제할 목소리의 녹음 가져오기</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)</source>
        <translation>오디오 (*.wav *.flac *.ogg *.oga *.mp3);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>No take to export: generate one first.</source>
        <translation>내보낼 테이크가 없습니다. 먼저 생성하세요.</translation>
    </message>
    <message>
        <source>No take to play: generate one first.</source>
        <translation>재생할 테이크가 없습니다. 먼저 생성하세요.</translation>
    </message>
    <message>
        <source>About Timbre</source>
        <translation>Timbre 정보</translation>
    </message>
    <message>
        <source>Serve &amp;API</source>
        <translation>API 제공(&amp;A)</translation>
    </message>
    <message>
        <source>Serve the GPT-SoVITS-compatible HTTP API (/tts) on 127.0.0.1 with the current models</source>
        <translation>현재 모델로 127.0.0.1에서 GPT-SoVITS 호환 HTTP API(/tts)를 제공합니다</translation>
    </message>
    <message>
        <source>API on %1</source>
        <translation>API 실행 중: %1</translation>
    </message>
    <message>
        <source>API off: %1</source>
        <translation>API 꺼짐: %1</translation>
    </message>
    <message>
        <source>API stopped by a client (/control)</source>
        <translation>클라이언트가 API를 중지했습니다(/control)</translation>
    </message>
    <message>
        <source>Starting the API…</source>
        <translation>API를 시작하는 중…</translation>
    </message>
    <message>
        <source>&amp;New Project</source>
        <translation>새 프로젝트(&amp;N)</translation>
    </message>
    <message>
        <source>Keep this project and start an empty one</source>
        <translation>이 프로젝트를 보관하고 빈 프로젝트를 시작합니다</translation>
    </message>
    <message>
        <source>Open &amp;Project…</source>
        <translation>프로젝트 열기(&amp;P)…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>다른 이름으로 프로젝트 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Give this project a name; the studio saves it by itself as you work</source>
        <translation>이 프로젝트에 이름을 붙입니다. 작업하는 동안 스튜디오가 자동으로 저장합니다</translation>
    </message>
    <message>
        <source>%1 — Timbre</source>
        <translation>%1 — Timbre</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>프로젝트 폴더 열기</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>프로젝트를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>프로젝트를 다른 이름으로 저장</translation>
    </message>
    <message>
        <source>Cannot save the project</source>
        <translation>프로젝트를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Project saved in %1</source>
        <translation>프로젝트를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Where to Get Voice &amp;Models…</source>
        <translation>음성 모델 구하는 곳(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Recent Model Folders</source>
        <translation>최근 모델 폴더(&amp;R)</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>New &amp;Voice Model…</source>
        <translation>새 음성 모델(&amp;V)…</translation>
    </message>
    <message>
        <source>Train a voice model of your own from your recordings</source>
        <translation>내 녹음으로 나만의 음성 모델을 학습합니다</translation>
    </message>
    <message>
        <source>New voice model</source>
        <translation>새 음성 모델</translation>
    </message>
    <message>
        <source>The training of “%1” is not finished. Continue it?</source>
        <translation>“%1”의 학습이 아직 끝나지 않았습니다. 계속할까요?</translation>
    </message>
    <message>
        <source>Continue “%1”</source>
        <translation>“%1” 계속</translation>
    </message>
    <message>
        <source>Start a new voice</source>
        <translation>새 음성 시작</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelFolderPanel</name>
    <message>
        <source>A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT</source>
        <translation>GPT-SoVITS 폴더, 또는 .ckpt, .pth, HuBERT, BERT가 들어 있는 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>No voice models chosen yet.</source>
        <translation>아직 음성 모델을 선택하지 않았습니다.</translation>
    </message>
    <message>
        <source>Voice models:</source>
        <translation>음성 모델:</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>음성 모델 폴더 선택</translation>
    </message>
    <message>
        <source>Loading the models in %1…</source>
        <translation>%1의 모델을 불러오는 중…</translation>
    </message>
    <message>
        <source>Ready: %1</source>
        <translation>준비됨: %1</translation>
    </message>
    <message>
        <source>These models cannot be used: %1</source>
        <translation>이 모델은 사용할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelGuideDialog</name>
    <message>
        <source>Voice models for Timbre</source>
        <translation>Timbre용 음성 모델</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Timbre speaks with GPT-SoVITS voice models&lt;/h3&gt;&lt;p&gt;A voice needs two model files trained by GPT-SoVITS: a &lt;b&gt;GPT model (.ckpt)&lt;/b&gt;, which turns text into speech tokens, and a &lt;b&gt;SoVITS model (.pth)&lt;/b&gt;, which turns them into sound. Two helper models are shared by every version: &lt;b&gt;chinese-hubert-base&lt;/b&gt; (listens to your reference recording) and &lt;b&gt;chinese-roberta-wwm-ext-large&lt;/b&gt; (reads Chinese text).&lt;/p&gt;&lt;p&gt;The official pretrained models are published by the GPT-SoVITS project on Hugging Face: &lt;a href=&quot;https://huggingface.co/lj1995/GPT-SoVITS&quot;&gt;huggingface.co/lj1995/GPT-SoVITS&lt;/a&gt;. Voices fine-tuned with GPT-SoVITS are in its &lt;i&gt;GPT_weights&lt;/i&gt; and &lt;i&gt;SoVITS_weights&lt;/i&gt; folders.&lt;/p&gt;&lt;table border=&quot;0&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;Version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;GPT&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;SoVITS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;Also needed&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v1&lt;/td&gt;&lt;td&gt;s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt&lt;/td&gt;&lt;td&gt;s2G488k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s2G2333k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2Pro, v2ProPlus&lt;/td&gt;&lt;td&gt;s1v3.ckpt&lt;/td&gt;&lt;td&gt;v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth&lt;/td&gt;&lt;td&gt;sv/pretrained_eres2netv2w24s4ep4.ckpt (speaker model)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v3, v4&lt;/td&gt;&lt;td colspan=&quot;3&quot;&gt;not supported yet&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Put one GPT file, one SoVITS file and the folders chinese-hubert-base and chinese-roberta-wwm-ext-large (and, for v2Pro, the sv folder) in one folder — or choose a GPT-SoVITS checkout as it is. Timbre recognises every file by its content and shows what it found and why a file cannot be used. Timbre itself downloads nothing.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Timbre는 GPT-SoVITS 음성 모델로 말합니다&lt;/h3&gt;&lt;p&gt;목소리에는 GPT-SoVITS로 학습한 모델 파일 두 개가 필요합니다. 텍스트를 음성 토큰으로 바꾸는 &lt;b&gt;GPT 모델(.ckpt)&lt;/b&gt;과 이를 소리로 바꾸는 &lt;b&gt;SoVITS 모델(.pth)&lt;/b&gt;입니다. 모든 버전이 함께 쓰는 보조 모델도 두 개 있습니다: &lt;b&gt;chinese-hubert-base&lt;/b&gt;(참조 녹음을 분석)와 &lt;b&gt;chinese-roberta-wwm-ext-large&lt;/b&gt;(중국어 텍스트를 읽음).&lt;/p&gt;&lt;p&gt;공식 사전 학습 모델은 GPT-SoVITS 프로젝트가 Hugging Face에 공개합니다: &lt;a href=&quot;https://huggingface.co/lj1995/GPT-SoVITS&quot;&gt;huggingface.co/lj1995/GPT-SoVITS&lt;/a&gt;. GPT-SoVITS로 미세 조정한 목소리는 &lt;i&gt;GPT_weights&lt;/i&gt;와 &lt;i&gt;SoVITS_weights&lt;/i&gt; 폴더에 있습니다.&lt;/p&gt;&lt;table border=&quot;0&quot; cellspacing=&quot;0&quot; cellpadding=&quot;3&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;버전&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;GPT&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;SoVITS&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;추가로 필요&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v1&lt;/td&gt;&lt;td&gt;s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt&lt;/td&gt;&lt;td&gt;s2G488k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt&lt;/td&gt;&lt;td&gt;gsv-v2final-pretrained/s2G2333k.pth&lt;/td&gt;&lt;td&gt;—&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v2Pro, v2ProPlus&lt;/td&gt;&lt;td&gt;s1v3.ckpt&lt;/td&gt;&lt;td&gt;v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth&lt;/td&gt;&lt;td&gt;sv/pretrained_eres2netv2w24s4ep4.ckpt (화자 모델)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;v3, v4&lt;/td&gt;&lt;td colspan=&quot;3&quot;&gt;아직 지원하지 않음&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;GPT 파일 하나, SoVITS 파일 하나, chinese-hubert-base와 chinese-roberta-wwm-ext-large 폴더(v2Pro는 sv 폴더도)를 한 폴더에 넣거나 GPT-SoVITS 폴더를 그대로 선택하세요. Timbre는 각 파일을 내용으로 알아보고 무엇을 찾았는지, 어떤 파일을 왜 쓸 수 없는지 보여 줍니다. Timbre 자체는 아무것도 내려받지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose the folder with the voice models</source>
        <translation>음성 모델이 있는 폴더 선택</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ModelManagerDialog</name>
    <message>
        <source>Import voice models</source>
        <translation>음성 모델 가져오기</translation>
    </message>
    <message>
        <source>A GPT-SoVITS folder, or a folder with a .ckpt, a .pth, HuBERT and BERT</source>
        <translation>GPT-SoVITS 폴더, 또는 .ckpt, .pth, HuBERT, BERT가 들어 있는 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>용도</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Choose a folder to see what is in it.</source>
        <translation>폴더를 선택하면 안에 무엇이 있는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Use this folder</source>
        <translation>이 폴더 사용</translation>
    </message>
    <message>
        <source>GPT: turns text into speech tokens</source>
        <translation>GPT: 텍스트를 음성 토큰으로 변환</translation>
    </message>
    <message>
        <source>SoVITS: turns tokens into the voice</source>
        <translation>SoVITS: 토큰을 목소리로 변환</translation>
    </message>
    <message>
        <source>HuBERT: listens to the reference recording</source>
        <translation>HuBERT: 참조 녹음을 분석</translation>
    </message>
    <message>
        <source>BERT: reads Chinese text</source>
        <translation>BERT: 중국어 텍스트를 읽음</translation>
    </message>
    <message>
        <source>Speaker model (ERes2NetV2, for v2Pro)</source>
        <translation>화자 모델(ERes2NetV2, v2Pro용)</translation>
    </message>
    <message>
        <source>Vocoder (SoVITS v3/v4 only)</source>
        <translation>보코더(SoVITS v3/v4 전용)</translation>
    </message>
    <message>
        <source>Not a model file Timbre knows</source>
        <translation>Timbre가 알지 못하는 모델 파일입니다</translation>
    </message>
    <message>
        <source>Choose the voice model folder</source>
        <translation>음성 모델 폴더 선택</translation>
    </message>
    <message>
        <source>Looking at the files in %1…</source>
        <translation>%1의 파일을 확인하는 중…</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>사용할 수 없음: %1</translation>
    </message>
    <message>
        <source>used</source>
        <translation>사용됨</translation>
    </message>
    <message>
        <source>used; %1</source>
        <translation>사용됨; %1</translation>
    </message>
    <message>
        <source>Ready to use: %1.</source>
        <translation>사용 가능: %1.</translation>
    </message>
    <message>
        <source>This folder cannot be used as it is: %1</source>
        <translation>이 폴더는 그대로 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>“%1” is not a GPT-SoVITS model file (neither a PyTorch checkpoint nor a safetensors file).</source>
        <translation>“%1”은(는) GPT-SoVITS 모델 파일이 아닙니다(PyTorch 체크포인트도 safetensors 파일도 아닙니다).</translation>
    </message>
</context>
<context>
    <name>timbre::gui::PieceRegeneration</name>
    <message>
        <source>The take has no piece %1.</source>
        <translation>이 테이크에는 %1번째 부분이 없습니다.</translation>
    </message>
    <message>
        <source>The regenerated piece has %1 Hz, %2 channel(s); the take has %3 Hz, %4 channel(s).</source>
        <translation>다시 생성한 부분은 %1 Hz, %2채널이고 테이크는 %3 Hz, %4채널입니다.</translation>
    </message>
    <message>
        <source>The take&apos;s piece %1 spans frames %2 to %3 of %4.</source>
        <translation>테이크의 %1번째 부분은 %2~%3 프레임입니다(전체 %4 프레임).</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ProjectSession</name>
    <message>
        <source>Take %1 could not be saved to the project: %2</source>
        <translation>테이크 %1을(를) 프로젝트에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The project could not be saved: %1</source>
        <translation>프로젝트를 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The last project could not be reopened: %1</source>
        <translation>지난 프로젝트를 다시 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is not a Timbre project (it has no %2).</source>
        <translation>%1은(는) Timbre 프로젝트가 아닙니다(%2이(가) 없습니다).</translation>
    </message>
    <message>
        <source>%1 already holds a project; choose another name.</source>
        <translation>%1에 이미 프로젝트가 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>timbre::gui::QualityView</name>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>샘플링 레이트</translation>
    </message>
    <message>
        <source>Clipping</source>
        <translation>클리핑</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Background noise</source>
        <translation>배경 잡음</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>음성 비율</translation>
    </message>
    <message>
        <source>DC offset</source>
        <translation>DC 오프셋</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사 항목</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정값</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>조언</translation>
    </message>
    <message>
        <source>Good reference: every check passed.</source>
        <translation>좋은 참조 음성입니다: 모든 검사를 통과했습니다.</translation>
    </message>
    <message>
        <source>Usable, but see the amber notes below.</source>
        <translation>사용할 수 있지만 아래의 노란색 안내를 확인하세요.</translation>
    </message>
    <message>
        <source>Fix the problems marked red before cloning this voice.</source>
        <translation>이 목소리를 복제하기 전에 빨간색으로 표시된 문제를 해결하세요.</translation>
    </message>
    <message>
        <source>No reference yet.</source>
        <translation>아직 참조 음성이 없습니다.</translation>
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
        <translation>목소리 녹음</translation>
    </message>
    <message>
        <source>Looking for inputs…</source>
        <translation>입력 장치를 찾는 중…</translation>
    </message>
    <message>
        <source>Input:</source>
        <translation>입력:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>레벨:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>녹음</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Use this take</source>
        <translation>이 녹음 사용</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1(기본값)</translation>
    </message>
    <message>
        <source>No input found</source>
        <translation>입력 장치를 찾을 수 없음</translation>
    </message>
    <message>
        <source>Record again</source>
        <translation>다시 녹음</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Get ready…</source>
        <translation>준비하세요…</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 녹음 중</translation>
    </message>
    <message>
        <source>Opening the input…</source>
        <translation>입력 장치를 여는 중…</translation>
    </message>
    <message>
        <source>The recorder is still busy; try again.</source>
        <translation>녹음기가 아직 사용 중입니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Recording (%1 Hz) — speak now. It stops by itself after %2 s.</source>
        <translation>녹음 중(%1 Hz) — 지금 말하세요. %2초 후 자동으로 멈춥니다.</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>아무것도 녹음되지 않았습니다.</translation>
    </message>
    <message>
        <source>Stopped at the %1 s limit.</source>
        <translation>최대 %1초에 도달해 멈췄습니다.</translation>
    </message>
    <message>
        <source>The level reached full scale (clipping): lower the input volume or move back a little, then record again.</source>
        <translation>레벨이 최대치에 도달했습니다(클리핑). 입력 볼륨을 낮추거나 조금 떨어진 뒤 다시 녹음하세요.</translation>
    </message>
    <message>
        <source>Very quiet: move closer or raise the input volume.</source>
        <translation>소리가 너무 작습니다. 마이크에 더 가까이 가거나 입력 볼륨을 높이세요.</translation>
    </message>
    <message>
        <source>Use this take, or record again.</source>
        <translation>이 녹음을 사용하거나 다시 녹음하세요.</translation>
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
        <translation>듣고 고르기</translation>
    </message>
    <message>
        <source>Each saved epoch spoke the same sentence. Play them, choose the one that sounds most like you, and Finish saves it to your voice library.</source>
        <translation>저장된 각 에폭이 같은 문장을 말했습니다. 재생해 보고 가장 나와 닮은 것을 고르면 '완료'로 음성 라이브러리에 저장됩니다.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Play %1</source>
        <translation>%1 재생</translation>
    </message>
    <message>
        <source>The training saved no epoch with an audition yet; go back and train.</source>
        <translation>아직 시청 음성이 있는 저장된 에폭이 없습니다. 돌아가서 학습하세요.</translation>
    </message>
    <message>
        <source>None of your clips is 3–10 seconds long, so the voice has no reference clip yet. Go back and record a sentence of about six seconds.</source>
        <translation>3–10초 길이의 클립이 없어 이 음성에는 아직 참조 클립이 없습니다. 돌아가서 6초 정도의 문장을 녹음하세요.</translation>
    </message>
    <message>
        <source>Reference clip: %1 (%2 s): “%3”</source>
        <translation>참조 클립: %1 (%2초): “%3”</translation>
    </message>
    <message>
        <source>The base models are no longer usable: %1</source>
        <translation>기본 모델을 더 이상 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The voice could not be saved: %1</source>
        <translation>음성을 저장할 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ScriptPanel</name>
    <message>
        <source>Script</source>
        <translation>대본</translation>
    </message>
    <message>
        <source>Type or paste what the voice should say.</source>
        <translation>목소리가 말할 내용을 입력하거나 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>cut0 — do not cut</source>
        <translation>cut0 — 나누지 않음</translation>
    </message>
    <message>
        <source>cut1 — every 4 sentences</source>
        <translation>cut1 — 4문장마다</translation>
    </message>
    <message>
        <source>cut2 — about every 50 characters</source>
        <translation>cut2 — 약 50자마다</translation>
    </message>
    <message>
        <source>cut3 — at Chinese full stops (。)</source>
        <translation>cut3 — 중국어 마침표(。)에서</translation>
    </message>
    <message>
        <source>cut4 — at English full stops (.)</source>
        <translation>cut4 — 영어 마침표(.)에서</translation>
    </message>
    <message>
        <source>cut5 — at every punctuation mark</source>
        <translation>cut5 — 모든 문장 부호에서</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Cut into pieces:</source>
        <translation>나누는 방식:</translation>
    </message>
    <message>
        <source>Each piece is spoken separately, with a pause after it</source>
        <translation>각 부분은 따로 합성되며 뒤에 쉼이 들어갑니다</translation>
    </message>
    <message>
        <source>Speaking rate (1 = as the model speaks)</source>
        <translation>말하기 속도(1 = 모델 본래 속도)</translation>
    </message>
    <message>
        <source>Variation in the voice (0 = flattest)</source>
        <translation>목소리 변화 정도(0 = 가장 평탄)</translation>
    </message>
    <message>
        <source>Choose each sound among this many likeliest ones</source>
        <translation>각 소리를 확률이 높은 상위 이 개수의 후보 중에서 고릅니다</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the likeliest sounds up to this share</source>
        <translation>뉴클리어스 샘플링: 누적 확률이 이 비율에 이를 때까지의 후보를 남깁니다</translation>
    </message>
    <message>
        <source>Higher is livelier but less stable</source>
        <translation>높을수록 생동감 있지만 덜 안정적입니다</translation>
    </message>
    <message>
        <source>Discourages repeating the same sounds</source>
        <translation>같은 소리가 반복되는 것을 억제합니다</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>A new seed for every take; untick to repeat a take exactly</source>
        <translation>테이크마다 새 시드를 사용합니다. 체크를 해제하면 테이크를 정확히 재현할 수 있습니다</translation>
    </message>
    <message>
        <source>Silence between pieces, in seconds</source>
        <translation>부분 사이의 무음(초)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <source>Noise scale:</source>
        <translation>노이즈 스케일:</translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>온도:</translation>
    </message>
    <message>
        <source>Repetition penalty:</source>
        <translation>반복 페널티:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>Pause between pieces (s):</source>
        <translation>부분 사이 쉼(초):</translation>
    </message>
    <message>
        <source>Nothing to speak: %1</source>
        <translation>읽을 내용이 없습니다: %1</translation>
    </message>
    <message>
        <source>Pieces: none yet</source>
        <translation>부분: 아직 없음</translation>
    </message>
    <message numerus="yes">
        <source>Pieces: %n</source>
        <translation>
            <numerusform>부분: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>timbre::gui::SettingsDialog</name>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Readings that override the built-in ones: a UTF-8 file with one &quot;language word reading&quot; per line, e.g. &quot;en timbre T AE1 M B ER0&quot;.</source>
        <translation>기본 발음을 덮어씁니다: 한 줄에 &quot;언어 단어 발음&quot;을 적은 UTF-8 파일 (예: &quot;en timbre T AE1 M B ER0&quot;).</translation>
    </message>
    <message>
        <source>Pronunciation &amp;dictionary:</source>
        <translation>발음 사전(&amp;D):</translation>
    </message>
    <message>
        <source>Choose a pronunciation dictionary</source>
        <translation>발음 사전 선택</translation>
    </message>
    <message>
        <source>Text files (*.txt *.dict *.tsv);;All files (*)</source>
        <translation>텍스트 파일 (*.txt *.dict *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA(NVIDIA GPU)</translation>
    </message>
    <message>
        <source>CUDA is not available: this build of libtorch has no CUDA support or no GPU is visible.</source>
        <translation>CUDA를 사용할 수 없습니다: 이 libtorch 빌드가 CUDA를 지원하지 않거나 GPU가 보이지 않습니다.</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>자동(%1)</translation>
    </message>
    <message>
        <source>CPU threads for synthesis; 0 uses every core.</source>
        <translation>합성에 사용할 CPU 스레드 수. 0이면 모든 코어를 사용합니다.</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32(전체 정밀도)</translation>
    </message>
    <message>
        <source>fp16 (faster on GPU)</source>
        <translation>fp16(GPU에서 더 빠름)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>장치(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>스레드 수(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>정밀도(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>출력 폴더(&amp;O):</translation>
    </message>
    <message>
        <source>fp16 needs the CUDA device.</source>
        <translation>fp16은 CUDA 장치가 필요합니다.</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>출력 폴더 선택</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>사용 가능한 아무 포트</translation>
    </message>
    <message>
        <source>Port of the HTTP API on 127.0.0.1 (File → Serve API); GPT-SoVITS uses 9880.</source>
        <translation>127.0.0.1의 HTTP API 포트(파일 → API 제공). GPT-SoVITS는 9880을 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;API port:</source>
        <translation>API 포트(&amp;A):</translation>
    </message>
</context>
<context>
    <name>timbre::gui::StudioView</name>
    <message>
        <source>Import models…</source>
        <translation>모델 가져오기…</translation>
    </message>
    <message>
        <source>See what each file of a model folder is, and why one cannot be used</source>
        <translation>모델 폴더의 각 파일이 무엇인지, 사용할 수 없는 파일은 그 이유를 확인합니다</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Play while generating</source>
        <translation>생성하면서 재생</translation>
    </message>
    <message>
        <source>Start playing the take as soon as its first audio is ready</source>
        <translation>첫 오디오가 준비되는 대로 재생을 시작합니다</translation>
    </message>
    <message>
        <source>No voice models</source>
        <translation>음성 모델 없음</translation>
    </message>
    <message>
        <source>Choose the folder with the voice models first.</source>
        <translation>먼저 음성 모델 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>No voice</source>
        <translation>목소리 없음</translation>
    </message>
    <message>
        <source>Import a recording of the voice to clone first.</source>
        <translation>먼저 복제할 목소리의 녹음을 가져오세요.</translation>
    </message>
    <message>
        <source>No script</source>
        <translation>대본 없음</translation>
    </message>
    <message>
        <source>Type what the voice should say.</source>
        <translation>목소리가 말할 내용을 입력하세요.</translation>
    </message>
    <message>
        <source>Cannot prepare the reference</source>
        <translation>참조 음성을 준비할 수 없습니다</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>임시 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Cannot regenerate the piece</source>
        <translation>부분을 다시 생성할 수 없습니다</translation>
    </message>
    <message>
        <source>Take %1 no longer has the reference recording it was made with.</source>
        <translation>테이크 %1을(를) 만들 때 사용한 참조 녹음이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Regenerating piece %1 of take %2 with seed %3…</source>
        <translation>테이크 %2의 %1번째 부분을 시드 %3(으)로 다시 생성하는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Import a recording of the voice first; the library keeps the selected part.</source>
        <translation>먼저 목소리 녹음을 가져오세요. 라이브러리에는 선택한 부분이 저장됩니다.</translation>
    </message>
    <message>
        <source>Cannot save the voice</source>
        <translation>목소리를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Saved the voice “%1”</source>
        <translation>목소리 “%1”을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Cannot open the voice</source>
        <translation>목소리를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Its recording could not be read; see the Voice panel.</source>
        <translation>녹음을 읽을 수 없습니다. 목소리 패널을 확인하세요.</translation>
    </message>
    <message>
        <source>Opened the voice “%1”</source>
        <translation>목소리 “%1”을(를) 열었습니다</translation>
    </message>
    <message>
        <source>Listening to the reference…</source>
        <translation>참조 음성을 분석하는 중…</translation>
    </message>
    <message>
        <source>Reading the text…</source>
        <translation>텍스트를 처리하는 중…</translation>
    </message>
    <message>
        <source>Piece %1: speech tokens (step %2)</source>
        <translation>부분 %1: 음성 토큰 생성 중(단계 %2)</translation>
    </message>
    <message>
        <source>Piece %1: rendering audio</source>
        <translation>부분 %1: 오디오 합성 중</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>마무리하는 중…</translation>
    </message>
    <message>
        <source>Done: piece %1 regenerated, %2 s of audio</source>
        <translation>완료: %1번째 부분을 다시 생성함, 오디오 %2초</translation>
    </message>
    <message>
        <source>New take with piece %1 of take %2 regenerated (seed %3)</source>
        <translation>새 테이크: 테이크 %2의 %1번째 부분을 다시 생성함(시드 %3)</translation>
    </message>
    <message>
        <source>Done: %1 s of audio</source>
        <translation>완료: %1초 분량의 오디오</translation>
    </message>
    <message>
        <source>New take ready (seed %1)</source>
        <translation>새 테이크가 준비되었습니다(시드 %1)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>생성 실패</translation>
    </message>
    <message>
        <source>The reference cannot be used yet</source>
        <translation>참조 음성을 아직 사용할 수 없습니다</translation>
    </message>
    <message>
        <source>“%1” (the selected part) fails the quality report:
%2
Fix it or select another part, then generate.</source>
        <translation>“%1”(선택한 부분)이(가) 품질 검사를 통과하지 못했습니다:
%2
고치거나 다른 부분을 선택한 뒤 생성하세요.</translation>
    </message>
    <message>
        <source>Chinese characters (Han)</source>
        <translation>한자</translation>
    </message>
    <message>
        <source>Japanese kana</source>
        <translation>일본어 가나</translation>
    </message>
    <message>
        <source>Korean Hangul</source>
        <translation>한글</translation>
    </message>
    <message>
        <source>The script&apos;s language cannot read all of it</source>
        <translation>대본 언어로 전부 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>The script holds %1 (%2 characters, e.g. “%3”) but its language is “%4”, which would skip them without a sound. Choose the language they are written in, or “auto”.</source>
        <translation>대본에 %1(%2자, 예: “%3”)이(가) 있지만 언어가 “%4”(으)로 되어 있어 소리 없이 건너뜁니다. 해당 언어나 “auto”를 선택하세요.</translation>
    </message>
    <message>
        <source>the recording take %1 was made from</source>
        <translation>테이크 %1을(를) 만든 녹음</translation>
    </message>
    <message>
        <source>%1 — about %2 s left</source>
        <translation>%1 — 약 %2초 남음</translation>
    </message>
</context>
<context>
    <name>timbre::gui::SynthesisWorker</name>
    <message>
        <source>The pronunciation dictionary could not be used: %1</source>
        <translation>발음 사전을 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>GPT-SoVITS %1 — GPT %2, SoVITS %3, HuBERT %4, BERT %5</source>
        <translation>GPT-SoVITS %1 — GPT %2, SoVITS %3, HuBERT %4, BERT %5</translation>
    </message>
    <message>
        <source>, speaker %1</source>
        <translation>, 화자 모델 %1</translation>
    </message>
    <message>
        <source>The voice models could not be loaded: %1</source>
        <translation>음성 모델을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>예기치 않은 오류: %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TakesPanel</name>
    <message>
        <source>Takes</source>
        <translation>테이크</translation>
    </message>
    <message>
        <source>The selected take&apos;s pieces and where they start and end</source>
        <translation>선택한 테이크의 부분과 각각의 시작·끝 위치</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Export audio…</source>
        <translation>오디오 내보내기…</translation>
    </message>
    <message>
        <source>Export subtitles…</source>
        <translation>자막 내보내기…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Play piece</source>
        <translation>부분 재생</translation>
    </message>
    <message>
        <source>Regenerate piece</source>
        <translation>부분 다시 생성</translation>
    </message>
    <message>
        <source>Synthesize this piece again with a new seed, as a new take; this take stays</source>
        <translation>이 부분을 새 시드로 다시 합성해 새 테이크로 만듭니다. 이 테이크는 그대로 남습니다</translation>
    </message>
    <message>
        <source>Compare A/B</source>
        <translation>A/B 비교</translation>
    </message>
    <message>
        <source>Select two takes, then listen to one or the other from the same point</source>
        <translation>테이크 두 개를 선택하면 같은 지점에서 둘 중 하나를 번갈아 들을 수 있습니다</translation>
    </message>
    <message>
        <source>Switch A/B (Tab)</source>
        <translation>A/B 전환 (Tab)</translation>
    </message>
    <message>
        <source>Cannot play</source>
        <translation>재생할 수 없음</translation>
    </message>
    <message>
        <source>Take %1 (piece %2 regenerated) — %3 s, %4 piece(s), from take %5, new seed %6 — %7</source>
        <translation>테이크 %1(%2번째 부분 다시 생성) — %3초, 부분 %4개, 테이크 %5에서, 새 시드 %6 — %7</translation>
    </message>
    <message>
        <source>Take %1 — %2 s, %3 piece(s), seed %4 — %5</source>
        <translation>테이크 %1 — %2초, %3개 부분, 시드 %4 — %5</translation>
    </message>
    <message>
        <source>A = take %1, B = take %2 — %3 from %4 s. Tab or “Switch A/B” goes on with the other.</source>
        <translation>A = 테이크 %1, B = 테이크 %2 — %3을(를) %4초부터 재생. Tab 또는 “A/B 전환”으로 다른 쪽을 이어서 듣습니다.</translation>
    </message>
    <message>
        <source>Export take</source>
        <translation>테이크 내보내기</translation>
    </message>
    <message>
        <source>WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)</source>
        <translation>WAV (*.wav);;FLAC (*.flac);;MP3 (*.mp3);;Ogg Vorbis (*.ogg)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
    <message>
        <source>Export subtitles</source>
        <translation>자막 내보내기</translation>
    </message>
    <message>
        <source>SubRip (*.srt);;WebVTT (*.vtt)</source>
        <translation>SubRip (*.srt);;WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>%1. %2–%3 s — %4 (regenerated, seed %5)</source>
        <translation>%1. %2–%3초 — %4 (다시 생성, 시드 %5)</translation>
    </message>
    <message>
        <source>%1. %2–%3 s — %4</source>
        <translation>%1. %2–%3초 — %4</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 대상</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>테이크 %1</translation>
    </message>
    <message>
        <source>Stop comparing</source>
        <translation>비교 중지</translation>
    </message>
    <message>
        <source>Position in the selected take: drag or click to play from there (Left/Right in the list: ±2 s)</source>
        <translation>선택한 테이크의 재생 위치입니다. 드래그하거나 클릭하면 그 지점부터 재생합니다(목록에서 왼쪽/오른쪽 키: ±2초)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>내보냈습니다</translation>
    </message>
    <message>
        <source>%1 was saved as
%2</source>
        <translation>%1을(를) 다음으로 저장했습니다
%2</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>The subtitles of take %1</source>
        <translation>테이크 %1의 자막</translation>
    </message>
    <message>
        <source>Each take you generate is drawn here, its pieces marked</source>
        <translation>생성한 테이크가 여기에 그려지고 부분이 표시됩니다</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TrainingPage</name>
    <message>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Training runs on this computer. You can stop at any time: the last saved epoch is kept and Resume continues from it, even after closing Timbre.</source>
        <translation>학습은 이 컴퓨터에서 실행됩니다. 언제든 멈출 수 있습니다. 마지막으로 저장된 에폭은 보존되며, Timbre를 닫은 뒤에도 '재개'로 거기서부터 이어집니다.</translation>
    </message>
    <message>
        <source>Stop (keeps the last saved epoch)</source>
        <translation>중지 (마지막 저장 에폭 유지)</translation>
    </message>
    <message>
        <source>Preparing the clips</source>
        <translation>클립 준비</translation>
    </message>
    <message>
        <source>SoVITS (the sound of the voice)</source>
        <translation>SoVITS (목소리의 음색)</translation>
    </message>
    <message>
        <source>GPT (the way it speaks)</source>
        <translation>GPT (말하는 방식)</translation>
    </message>
    <message>
        <source>SoVITS %1 epochs, then GPT %2 epochs, on the %3.</source>
        <translation>%3에서 SoVITS %1 에폭, 이어서 GPT %2 에폭을 학습합니다.</translation>
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
        <translation>재개</translation>
    </message>
    <message>
        <source>Training finished. Listen to the epochs on the next page.</source>
        <translation>학습이 끝났습니다. 다음 페이지에서 에폭들을 들어 보세요.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>현재 스텝이 끝나면 중지합니다…</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>경과 %1</translation>
    </message>
    <message>
        <source>%1 — about %2 left in this stage</source>
        <translation>%1 — 이 단계 약 %2 남음</translation>
    </message>
    <message>
        <source>Preparing the clips (%1 of %2)</source>
        <translation>클립 준비 중 (%1/%2)</translation>
    </message>
    <message>
        <source>Clips ready: %1</source>
        <translation>클립 준비 완료: %1</translation>
    </message>
    <message>
        <source>Training SoVITS: epoch %1 of %2</source>
        <translation>SoVITS 학습 중: 에폭 %1/%2</translation>
    </message>
    <message>
        <source>Training GPT: epoch %1 of %2</source>
        <translation>GPT 학습 중: 에폭 %1/%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Made an audition of the saved epoch</source>
        <translation>저장된 에폭의 시청 음성을 만들었습니다</translation>
    </message>
    <message>
        <source>Stopped. What was saved is kept; Resume continues from the last saved epoch.</source>
        <translation>중지했습니다. 저장된 것은 보존되며, '재개'로 마지막 저장 에폭부터 이어집니다.</translation>
    </message>
    <message>
        <source>Training stopped: %1
Your recordings and the saved epochs are kept.</source>
        <translation>학습이 중지되었습니다: %1
녹음과 저장된 에폭은 보존됩니다.</translation>
    </message>
</context>
<context>
    <name>timbre::gui::TrainingWizard</name>
    <message>
        <source>New voice model</source>
        <translation>새 음성 모델</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoiceLibraryPanel</name>
    <message>
        <source>“%1” (%2)
Saved %3</source>
        <translation>“%1”(%2)
저장: %3</translation>
    </message>
    <message>
        <source>
Models: %1</source>
        <translation>
모델: %1</translation>
    </message>
    <message>
        <source>Voice library</source>
        <translation>목소리 라이브러리</translation>
    </message>
    <message>
        <source>Search voices</source>
        <translation>목소리 검색</translation>
    </message>
    <message>
        <source>Save current voice…</source>
        <translation>현재 목소리 저장…</translation>
    </message>
    <message>
        <source>Keep the selected part of the recording, its transcript, the models and the settings</source>
        <translation>녹음의 선택 부분, 받아쓰기, 모델과 설정을 저장합니다</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>삭제…</translation>
    </message>
    <message>
        <source>Some voices cannot be read:
%1</source>
        <translation>일부 목소리를 읽을 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Cannot rename the voice</source>
        <translation>목소리 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”</source>
        <translation>“%1”의 이름을 “%2”(으)로 바꿨습니다</translation>
    </message>
    <message>
        <source>Cannot delete the voice</source>
        <translation>목소리를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Deleted the voice “%1”</source>
        <translation>목소리 “%1”을(를) 삭제했습니다</translation>
    </message>
    <message>
        <source>Save current voice</source>
        <translation>현재 목소리 저장</translation>
    </message>
    <message>
        <source>Name of the voice:</source>
        <translation>목소리 이름:</translation>
    </message>
    <message>
        <source>Cannot save the voice</source>
        <translation>목소리를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>Replace the voice?</source>
        <translation>목소리를 바꿀까요?</translation>
    </message>
    <message>
        <source>A voice named “%1” exists. Replace it with the current voice?</source>
        <translation>“%1”(이)라는 목소리가 이미 있습니다. 현재 목소리로 바꿀까요?</translation>
    </message>
    <message>
        <source>Rename voice</source>
        <translation>목소리 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”의 새 이름:</translation>
    </message>
    <message>
        <source>Delete the voice?</source>
        <translation>목소리를 삭제할까요?</translation>
    </message>
    <message>
        <source>Delete “%1” and its copy of the recording? This cannot be undone.</source>
        <translation>“%1”과(와) 녹음 사본을 삭제할까요? 되돌릴 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoicePanel</name>
    <message>
        <source>Voice</source>
        <translation>목소리</translation>
    </message>
    <message>
        <source>Import recording…</source>
        <translation>녹음 가져오기…</translation>
    </message>
    <message>
        <source>No recording</source>
        <translation>녹음 없음</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>녹음…</translation>
    </message>
    <message>
        <source>Record the voice with the microphone</source>
        <translation>마이크로 목소리를 녹음합니다</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>축소(-)</translation>
    </message>
    <message>
        <source>Zoom in (+, or Ctrl+wheel)</source>
        <translation>확대(+ 또는 Ctrl+휠)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>Show the whole recording (0)</source>
        <translation>녹음 전체 보기(0)</translation>
    </message>
    <message>
        <source>▶ Play selection</source>
        <translation>▶ 선택 구간 재생</translation>
    </message>
    <message>
        <source>Listen to the selection (Space)</source>
        <translation>선택 구간을 들어 봅니다(Space)</translation>
    </message>
    <message>
        <source>Trim to selection</source>
        <translation>선택 구간만 남기기</translation>
    </message>
    <message>
        <source>Keep only the selection (Ctrl+T)</source>
        <translation>선택 구간만 남깁니다(Ctrl+T)</translation>
    </message>
    <message>
        <source>Undo trim</source>
        <translation>자르기 취소</translation>
    </message>
    <message>
        <source>Bring back what the last trim removed (Ctrl+Z)</source>
        <translation>마지막으로 잘라 낸 부분을 되돌립니다(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Pick best 3–10 s</source>
        <translation>최적의 3–10초 선택</translation>
    </message>
    <message>
        <source>Select the stretch of 3 to 10 seconds with the most speech, cut at pauses</source>
        <translation>말소리가 가장 많은 3~10초 구간을 쉼 위치에서 잘라 선택합니다</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>What is said in the selection, word for word (leave empty to clone without it)</source>
        <translation>선택 구간에서 말한 내용을 그대로 입력(비워 두면 대본 없이 복제)</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>받아쓰기:</translation>
    </message>
    <message>
        <source>Its language:</source>
        <translation>그 언어:</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Import a recording of the voice</source>
        <translation>복제할 목소리의 녹음 가져오기</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3);;All files (*)</source>
        <translation>오디오 (*.wav *.flac *.ogg *.oga *.mp3);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Could not open this recording: %1</source>
        <translation>이 녹음을 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The recording is empty.</source>
        <translation>녹음이 비어 있습니다.</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>Unsaved recording</source>
        <translation>저장되지 않은 녹음</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>녹음을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 (trimmed)</source>
        <translation>%1(잘라 냄)</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ 정지</translation>
    </message>
    <message>
        <source>Selection %1–%2 s (%3 s of %4 s)</source>
        <translation>선택 구간 %1–%2초(전체 %4초 중 %3초)</translation>
    </message>
    <message>
        <source>No transcript came with “%1”, so the previous clip&apos;s transcript was cleared. Type what is said in this recording and check its language, or leave it empty to clone without it.</source>
        <translation>“%1”에는 전사가 없어 이전 클립의 전사를 지웠습니다. 이 녹음에서 말한 내용을 입력하고 언어를 확인하거나, 비워 두어 전사 없이 복제하세요.</translation>
    </message>
    <message>
        <source>No transcript came with “%1”. Type what is said in it and check its language, or leave it empty to clone without it.</source>
        <translation>“%1”에는 전사가 없습니다. 말한 내용을 입력하고 언어를 확인하거나, 비워 두어 전사 없이 복제하세요.</translation>
    </message>
    <message>
        <source>Recent recordings</source>
        <translation>최근 녹음</translation>
    </message>
    <message>
        <source>The takes recorded here, newest first</source>
        <translation>여기서 녹음한 테이크(최신순)</translation>
    </message>
    <message>
        <source>No pause found between 3 and 10 s: this selection may cut a word. Drag its edges to a quiet spot if you hear one cut.</source>
        <translation>3~10초 사이에서 쉼을 찾지 못했습니다. 이 선택 구간은 단어 중간을 자를 수 있습니다. 잘린 단어가 들리면 선택 구간의 가장자리를 조용한 곳으로 끌어 옮기세요.</translation>
    </message>
    <message>
        <source>%1 %2 (%3 s)</source>
        <translation>%1 %2(%3초)</translation>
    </message>
    <message>
        <source>No recordings yet</source>
        <translation>아직 녹음이 없습니다</translation>
    </message>
</context>
<context>
    <name>timbre::gui::VoiceSetupPage</name>
    <message>
        <source>New voice model</source>
        <translation>새 음성 모델</translation>
    </message>
    <message>
        <source>Name the voice, say which language you will speak, and choose the pretrained models to start from.</source>
        <translation>음성의 이름을 정하고, 말할 언어를 고르고, 시작점이 될 사전 학습 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>e.g. My voice</source>
        <translation>예: 내 목소리</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>광둥어</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Base models:</source>
        <translation>기본 모델(&amp;B):</translation>
    </message>
    <message>
        <source>Pretrained models</source>
        <translation>사전 학습 모델</translation>
    </message>
    <message>
        <source>Choose the folder with the pretrained GPT-SoVITS models.</source>
        <translation>GPT-SoVITS 사전 학습 모델이 있는 폴더를 선택하세요.</translation>
    </message>
    <message>
        <source>Ready: the pretrained GPT, SoVITS (with its discriminator), HuBERT and BERT are there.</source>
        <translation>준비 완료: 사전 학습된 GPT, SoVITS(판별기 포함), HuBERT, BERT가 모두 있습니다.</translation>
    </message>
    <message>
        <source>These models cannot be trained from: %1</source>
        <translation>이 모델로는 학습할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This name cannot be used: %1.</source>
        <translation>이 이름은 사용할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>A voice named “%1” is already in your library; choose another name.</source>
        <translation>“%1”이라는 음성이 이미 라이브러리에 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The training folder cannot be created: %1</source>
        <translation>학습 폴더를 만들 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>timbre::gui::WaveformView</name>
    <message>
        <source>Drag to select the part of the recording to use as the reference.
Ctrl+wheel or +/- zooms, 0 fits, the wheel or ←/→ scrolls, Space plays the selection.</source>
        <translation>드래그하여 녹음에서 참조 음성으로 쓸 부분을 선택하세요.
Ctrl+휠 또는 +/-로 확대·축소, 0으로 전체 보기, 휠 또는 ←/→로 스크롤, Space로 선택 구간을 재생합니다.</translation>
    </message>
    <message>
        <source>Import, drop or record a voice (WAV, FLAC, OGG, MP3)</source>
        <translation>목소리를 가져오거나 끌어다 놓거나 녹음하세요(WAV, FLAC, OGG, MP3)</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ClipVerdict</name>
    <message>
        <source>Not usable</source>
        <translation>사용할 수 없음</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>너무 짧음</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>너무 김</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>무음</translation>
    </message>
    <message>
        <source>Clipped</source>
        <translation>클리핑됨</translation>
    </message>
    <message>
        <source>Wrong language</source>
        <translation>언어가 다름</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>대본 없음</translation>
    </message>
    <message>
        <source>Bad transcript</source>
        <translation>잘못된 대본</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Usable, retake advised</source>
        <translation>사용 가능, 다시 녹음 권장</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>좋음</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ImportPanel</name>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Add long recording…</source>
        <translation>긴 녹음 추가…</translation>
    </message>
    <message>
        <source>A folder with an official .list file, or with a .txt or .lab transcript beside each clip</source>
        <translation>공식 .list 파일이 있는 폴더, 또는 각 클립 옆에 .txt나 .lab 대본이 있는 폴더</translation>
    </message>
    <message>
        <source>One recording with many sentences: it is cut at its pauses, one transcript line per piece</source>
        <translation>여러 문장이 담긴 하나의 녹음: 쉼에서 잘라 조각마다 대본 한 줄</translation>
    </message>
    <message>
        <source>Clip</source>
        <translation>클립</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>대본</translation>
    </message>
    <message>
        <source>Select a clip to see its waveform.</source>
        <translation>클립을 선택하면 파형이 표시됩니다.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>여기서 나누기</translation>
    </message>
    <message>
        <source>Drag in the waveform from where the clip should be cut; the second part gets an empty transcript to fill in</source>
        <translation>파형에서 자를 위치부터 드래그하세요. 뒷부분의 대본은 비어 있으니 입력하세요</translation>
    </message>
    <message>
        <source>Add recordings</source>
        <translation>녹음 추가</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.oga *.mp3)</source>
        <translation>오디오 (*.wav *.flac *.ogg *.oga *.mp3)</translation>
    </message>
    <message>
        <source>Add a folder of clips</source>
        <translation>클립 폴더 추가</translation>
    </message>
    <message>
        <source>Add a long recording</source>
        <translation>긴 녹음 추가</translation>
    </message>
    <message>
        <source>Transcript of %1</source>
        <translation>%1의 대본</translation>
    </message>
    <message>
        <source>What is said, one line per sentence, in order (the recording is cut at its pauses, one piece per line):</source>
        <translation>말한 내용을 순서대로 한 문장에 한 줄씩 (녹음은 쉼에서 잘리며 조각 하나가 한 줄에 해당합니다):</translation>
    </message>
    <message>
        <source>marked in the list as another language than this voice&apos;s (%1): %2</source>
        <translation>목록에 이 목소리의 언어(%1)와 다른 언어로 표시됨: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1을(를) 가져올 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 has no audio clips to import.</source>
        <translation>%1에 가져올 오디오 클립이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>%1에서 아무것도 가져오지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Clips imported from %1: %2.</source>
        <translation>%1에서 가져온 클립: %2개.</translation>
    </message>
    <message>
        <source>Without a transcript: %1 (type it in the table).</source>
        <translation>대본 없음: %1개 (표에 입력하세요).</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>가져오지 못함: %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>The transcript could not be saved: %1</source>
        <translation>대본을 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The clip could not be deleted: %1</source>
        <translation>클립을 삭제할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Drag in the waveform from where the clip should be split, then press Split here.</source>
        <translation>파형에서 나눌 위치부터 드래그한 뒤 &apos;여기서 나누기&apos;를 누르세요.</translation>
    </message>
    <message>
        <source>The clip could not be split: %1</source>
        <translation>클립을 나눌 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Copying the clips into the voice&apos;s folder…</source>
        <translation>클립을 목소리 폴더로 복사하는 중…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Copying the clips into the voice&apos;s folder: %1 of %2, about %3 s left…</source>
        <translation>클립을 목소리 폴더로 복사하는 중: %2개 중 %1번째, 약 %3초 남음…</translation>
    </message>
    <message>
        <source>Already in the set: %1.</source>
        <translation>이미 세트에 있음: %1개.</translation>
    </message>
    <message>
        <source>Stopped: add the same files again to import the rest.</source>
        <translation>중지됨: 같은 파일을 다시 추가하면 나머지를 가져옵니다.</translation>
    </message>
</context>
<context>
    <name>timbre::gui::ReadAloudPanel</name>
    <message>
        <source>Retake</source>
        <translation>다시 녹음</translation>
    </message>
    <message>
        <source>Save again</source>
        <translation>다시 저장</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>건너뛰기</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>The take of sentence %1 could not be saved: %2. It is kept here; free some space and press Save again.</source>
        <translation>%1번 문장의 녹음을 저장할 수 없습니다: %2. 녹음은 여기 남아 있으니 공간을 확보한 뒤 &apos;다시 저장&apos;을 누르세요.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>아직 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not recorded yet.</source>
        <translation>아직 녹음하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>%1 (%2): %3. A retake may sound better.</source>
        <translation>%1 (%2): %3. 다시 녹음하면 더 좋아질 수 있습니다.</translation>
    </message>
    <message>
        <source>Not usable: %1 (%2). Please record it again.</source>
        <translation>사용할 수 없음: %1 (%2). 다시 녹음하세요.</translation>
    </message>
    <message>
        <source>Sentence %1 of %2</source>
        <translation>%2문장 중 %1번째</translation>
    </message>
    <message>
        <source>There is no script to read in this language; import recordings instead.</source>
        <translation>이 언어에는 읽을 원고가 없습니다. 대신 녹음을 가져오세요.</translation>
    </message>
</context>
<context>
    <name>timbre::gui::SpeechGatherPage</name>
    <message>
        <source>Gather speech</source>
        <translation>음성 모으기</translation>
    </message>
    <message>
        <source>Read the sentences aloud, or import recordings of the voice with what is said in them. 1 to 5 minutes of clean speech is recommended.</source>
        <translation>문장을 소리 내어 읽거나, 이 목소리의 녹음을 말한 내용과 함께 가져오세요. 깨끗한 음성 1~5분을 권장합니다.</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>소리 내어 읽기</translation>
    </message>
    <message>
        <source>Import and proofread</source>
        <translation>가져오기와 교정</translation>
    </message>
    <message>
        <source>The clips in %1 cannot be opened: %2</source>
        <translation>%1의 클립을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Nothing usable has been gathered yet: record or import at least one clip that passes the checks.</source>
        <translation>아직 사용할 수 있는 음성이 없습니다. 검사를 통과하는 클립을 하나 이상 녹음하거나 가져오세요.</translation>
    </message>
    <message>
        <source>%1 has no transcript: type what is said in it, or delete the clip.</source>
        <translation>%1에 대본이 없습니다. 말한 내용을 입력하거나 클립을 삭제하세요.</translation>
    </message>
    <message>
        <source>The list of clips could not be written: %1</source>
        <translation>클립 목록을 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 of %2–%3 minutes gathered</source>
        <translation>%1분 모음 (권장 %2–%3분)</translation>
    </message>
    <message>
        <source>usable clips: %1</source>
        <translation>사용 가능한 클립: %1</translation>
    </message>
    <message>
        <source>to fix or delete: %1</source>
        <translation>수정 또는 삭제 필요: %1</translation>
    </message>
</context>
</TS>
