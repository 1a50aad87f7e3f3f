#include "ModelGuideDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace timbre::gui {

ModelGuideDialog::ModelGuideDialog(QWidget* parent) : QDialog(parent) {
  setObjectName(QStringLiteral("modelGuide"));
  setWindowTitle(tr("Voice models for Timbre"));
  auto* text = new QLabel(guideText(), this);
  text->setObjectName(QStringLiteral("modelGuideText"));
  text->setWordWrap(true);
  text->setTextFormat(Qt::RichText);
  text->setOpenExternalLinks(true);  // only on the user's click
  text->setTextInteractionFlags(Qt::TextBrowserInteraction);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setWidget(text);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton* choose = buttons->addButton(tr("Choose folder…"), QDialogButtonBox::ActionRole);
  choose->setObjectName(QStringLiteral("modelGuideChoose"));
  choose->setDefault(true);
  connect(choose, &QPushButton::clicked, this, &ModelGuideDialog::chooseFolder);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(scroll, 1);
  layout->addWidget(buttons);
  resize(720, 560);
}

QString ModelGuideDialog::guideText() {
  // File names and folders as the GPT-SoVITS project publishes them.
  return tr("<h3>Timbre speaks with GPT-SoVITS voice models</h3>"
            "<p>A voice needs two model files trained by GPT-SoVITS: a <b>GPT model (.ckpt)</b>, which turns text "
            "into speech tokens, and a <b>SoVITS model (.pth)</b>, which turns them into sound. Two helper models "
            "are shared by every version: <b>chinese-hubert-base</b> (listens to your reference recording) and "
            "<b>chinese-roberta-wwm-ext-large</b> (reads Chinese text).</p>"
            "<p>The official pretrained models are published by the GPT-SoVITS project on Hugging Face: "
            "<a href=\"https://huggingface.co/lj1995/GPT-SoVITS\">huggingface.co/lj1995/GPT-SoVITS</a>. "
            "Voices fine-tuned with GPT-SoVITS are in its <i>GPT_weights</i> and <i>SoVITS_weights</i> folders.</p>"
            "<table border=\"0\" cellspacing=\"0\" cellpadding=\"3\">"
            "<tr><th align=\"left\">Version</th><th align=\"left\">GPT</th><th align=\"left\">SoVITS</th>"
            "<th align=\"left\">Also needed</th></tr>"
            "<tr><td>v1</td><td>s1bert25hz-2kh-longer-epoch=68e-step=50232.ckpt</td><td>s2G488k.pth</td><td>—</td></tr>"
            "<tr><td>v2</td><td>gsv-v2final-pretrained/s1bert25hz-5kh-longer-epoch=12-step=369668.ckpt</td>"
            "<td>gsv-v2final-pretrained/s2G2333k.pth</td><td>—</td></tr>"
            "<tr><td>v2Pro, v2ProPlus</td><td>s1v3.ckpt</td><td>v2Pro/s2Gv2Pro.pth, v2Pro/s2Gv2ProPlus.pth</td>"
            "<td>sv/pretrained_eres2netv2w24s4ep4.ckpt (speaker model)</td></tr>"
            "<tr><td>v3, v4</td><td colspan=\"3\">not supported yet</td></tr>"
            "</table>"
            "<p>Put one GPT file, one SoVITS file and the folders chinese-hubert-base and "
            "chinese-roberta-wwm-ext-large (and, for v2Pro, the sv folder) in one folder — or choose a GPT-SoVITS "
            "checkout as it is. Timbre recognises every file by its content and shows what it found and why a "
            "file cannot be used. Timbre itself downloads nothing.</p>");
}

void ModelGuideDialog::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the folder with the voice models"));
  if (folder.isEmpty()) return;
  emit folderChosen(folder);
  accept();
}

}  // namespace timbre::gui
