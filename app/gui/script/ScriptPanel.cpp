#include "ScriptPanel.h"

#include "LanguageModes.h"

#include "text/segmentation/SentenceSplitter.h"
#include "text/segmentation/TextPreprocessor.h"
#include "timbre/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

QDoubleSpinBox* doubleSpin(QWidget* parent, const char* name, double min, double max, double step, int decimals,
                           double value, const QString& tip) {
  auto* s = new QDoubleSpinBox(parent);
  s->setObjectName(QString::fromLatin1(name));
  s->setRange(min, max);
  s->setSingleStep(step);
  s->setDecimals(decimals);
  s->setValue(value);
  s->setToolTip(tip);
  return s;
}

}  // namespace

ScriptPanel::ScriptPanel(QWidget* parent) : QGroupBox(tr("Script"), parent) {
  setObjectName(QStringLiteral("scriptPanel"));

  m_text = new QPlainTextEdit(this);
  m_text->setObjectName(QStringLiteral("scriptEdit"));
  m_text->setPlaceholderText(tr("Type or paste what the voice should say."));

  m_lang = new QComboBox(this);
  m_lang->setObjectName(QStringLiteral("scriptLanguage"));
  fillLanguageCombo(m_lang, QStringLiteral("zh"));
  m_split = new QComboBox(this);
  m_split->setObjectName(QStringLiteral("splitMethod"));
  m_split->addItem(tr("cut0 — do not cut"), QStringLiteral("cut0"));
  m_split->addItem(tr("cut1 — every 4 sentences"), QStringLiteral("cut1"));
  m_split->addItem(tr("cut2 — about every 50 characters"), QStringLiteral("cut2"));
  m_split->addItem(tr("cut3 — at Chinese full stops (。)"), QStringLiteral("cut3"));
  m_split->addItem(tr("cut4 — at English full stops (.)"), QStringLiteral("cut4"));
  m_split->addItem(tr("cut5 — at every punctuation mark"), QStringLiteral("cut5"));
  m_split->setCurrentIndex(5);
  // Narrow when they must be (the popups still show the whole names): the label
  // goes above its field then.
  for (QComboBox* combo : {m_lang, m_split}) {
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
  }
  auto* choices = new QFormLayout;
  choices->setRowWrapPolicy(QFormLayout::WrapLongRows);
  choices->addRow(tr("Language:"), m_lang);
  choices->addRow(tr("Cut into pieces:"), m_split);

  m_previewLabel = new QLabel(this);
  m_previewLabel->setObjectName(QStringLiteral("previewLabel"));
  // A long reason (a piece too long, text that cannot be read) wraps inside
  // the column instead of widening it past the window.
  m_previewLabel->setWordWrap(true);
  m_previewLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  m_preview = new QListWidget(this);
  m_preview->setObjectName(QStringLiteral("piecesPreview"));
  m_preview->setToolTip(tr("Each piece is spoken separately, with a pause after it"));
  // The column is narrow: a long piece wraps instead of running out of sight.
  m_preview->setWordWrap(true);
  m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_preview->setResizeMode(QListView::Adjust);
  // Wide enough to read a piece (it was squeezed to ~70 px beside the settings).
  m_preview->setMinimumWidth(m_preview->fontMetrics().averageCharWidth() * 22);

  // Generation settings, with the official defaults.
  m_speed = doubleSpin(this, "speed", 0.25, 4.0, 0.05, 2, 1.0, tr("Speaking rate (1 = as the model speaks)"));
  m_noise = doubleSpin(this, "noiseScale", 0.0, 1.0, 0.05, 2, 0.5, tr("Variation in the voice (0 = flattest)"));
  m_topK = new QSpinBox(this);
  m_topK->setObjectName(QStringLiteral("topK"));
  m_topK->setRange(1, 100);
  m_topK->setValue(15);
  m_topK->setToolTip(tr("Choose each sound among this many likeliest ones"));
  m_topP = doubleSpin(this, "topP", 0.01, 1.0, 0.05, 2, 1.0, tr("Nucleus sampling: keep the likeliest sounds up to this share"));
  m_temperature = doubleSpin(this, "temperature", 0.01, 2.0, 0.05, 2, 1.0, tr("Higher is livelier but less stable"));
  m_repetition = doubleSpin(this, "repetitionPenalty", 1.0, 2.0, 0.05, 2, 1.35, tr("Discourages repeating the same sounds"));
  m_seed = new QSpinBox(this);
  m_seed->setObjectName(QStringLiteral("seed"));
  m_seed->setRange(0, 2147483647);
  m_seed->setValue(1234);
  m_seed->setEnabled(false);
  m_randomSeed = new QCheckBox(tr("Random"), this);
  m_randomSeed->setObjectName(QStringLiteral("randomSeed"));
  m_randomSeed->setChecked(true);
  m_randomSeed->setToolTip(tr("A new seed for every take; untick to repeat a take exactly"));
  auto* seedRow = new QHBoxLayout;
  seedRow->addWidget(m_seed, 1);
  seedRow->addWidget(m_randomSeed);
  m_pause = doubleSpin(this, "pause", 0.0, 10.0, 0.05, 2, 0.3, tr("Silence between pieces, in seconds"));

  auto* settingsBox = new QGroupBox(tr("Settings"), this);
  // Two label/field pairs a row: half the height of one long form, so the
  // studio fits a 1280x800 screen.
  auto* form = new QGridLayout(settingsBox);
  // The wide seed field gets a row of its own, across both pairs.
  const auto addPair = [settingsBox, form](int row, int column, const QString& text, QWidget* field,
                                           QLayout* fieldRow = nullptr) {
    auto* label = new QLabel(text, settingsBox);
    label->setBuddy(field);
    form->addWidget(label, row, column * 2);
    if (fieldRow) form->addLayout(fieldRow, row, 1, 1, 3);
    else form->addWidget(field, row, column * 2 + 1);
  };
  addPair(0, 0, tr("Speed:"), m_speed);
  addPair(0, 1, tr("Noise scale:"), m_noise);
  addPair(1, 0, tr("Top-k:"), m_topK);
  addPair(1, 1, tr("Top-p:"), m_topP);
  addPair(2, 0, tr("Temperature:"), m_temperature);
  addPair(2, 1, tr("Repetition penalty:"), m_repetition);
  addPair(3, 0, tr("Pause between pieces (s):"), m_pause);
  addPair(4, 0, tr("Seed:"), m_seed, seedRow);

  auto* previewBox = new QVBoxLayout;
  previewBox->addWidget(m_previewLabel);
  previewBox->addWidget(m_preview, 1);
  auto* lower = new QHBoxLayout;
  lower->addLayout(previewBox, 1);
  lower->addWidget(settingsBox);

  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_text, 2);
  layout->addLayout(choices);
  layout->addLayout(lower, 2);

  m_previewTimer = new QTimer(this);
  m_previewTimer->setSingleShot(true);
  m_previewTimer->setInterval(150);  // coalesce keystrokes
  connect(m_previewTimer, &QTimer::timeout, this, &ScriptPanel::refreshPreview);
  connect(m_text, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
  connect(m_lang, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
  connect(m_split, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
  connect(m_randomSeed, &QCheckBox::toggled, m_seed, [this](bool random) { m_seed->setEnabled(!random); });
  refreshPreview();
}

SynthesisSettings ScriptPanel::settings() const {
  SynthesisSettings s;
  s.text = m_text->toPlainText();
  s.textLang = m_lang->currentData().toString().toStdString();
  s.splitMethod = m_split->currentData().toString().toStdString();
  s.speed = m_speed->value();
  s.noiseScale = m_noise->value();
  s.topK = m_topK->value();
  s.topP = m_topP->value();
  s.temperature = m_temperature->value();
  s.repetitionPenalty = m_repetition->value();
  s.seed = m_randomSeed->isChecked() ? -1 : m_seed->value();
  s.pauseSeconds = m_pause->value();
  return s;
}

void ScriptPanel::setText(const QString& text) { m_text->setPlainText(text); }

void ScriptPanel::setLanguage(const QString& code) {
  const int i = m_lang->findData(code);
  if (i >= 0) m_lang->setCurrentIndex(i);
}

void ScriptPanel::setSplitMethod(const QString& method) {
  const int i = m_split->findData(method);
  if (i >= 0) m_split->setCurrentIndex(i);
}

void ScriptPanel::setSeed(qint64 seed) {
  m_randomSeed->setChecked(seed < 0);
  if (seed >= 0) m_seed->setValue(int(std::min<qint64>(seed, m_seed->maximum())));
}

void ScriptPanel::setGenerationSettings(const library::VoiceSettings& s) {
  setLanguage(QString::fromStdString(s.textLang));
  setSplitMethod(QString::fromStdString(s.splitMethod));
  m_speed->setValue(s.speed);
  m_noise->setValue(s.noiseScale);
  m_topK->setValue(s.topK);
  m_topP->setValue(s.topP);
  m_temperature->setValue(s.temperature);
  m_repetition->setValue(s.repetitionPenalty);
  setSeed(s.seed);
  m_pause->setValue(s.pauseSeconds);
}

QStringList ScriptPanel::previewPieces() const { return m_pieces; }

// The same cutting the engine does before synthesis, so what is listed is what is spoken.
void ScriptPanel::refreshPreview() {
  m_previewTimer->stop();
  m_pieces.clear();
  m_preview->clear();
  const QString text = m_text->toPlainText();
  QString problem;
  if (!text.trimmed().isEmpty()) {
    try {
      const auto method = text::parseSplitMethod(m_split->currentData().toString().toStdString());
      for (const std::string& piece : text::preprocessTargetText(text.toStdString(),
                                                                 m_lang->currentData().toString().toStdString(), *method))
        m_pieces << QString::fromStdString(piece);
    } catch (const timbre::Error& e) {
      problem = QString::fromStdString(e.what());
    }
  }
  for (int i = 0; i < m_pieces.size(); ++i) m_preview->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(m_pieces[i]));
  if (!problem.isEmpty()) m_previewLabel->setText(tr("Nothing to speak: %1").arg(problem));
  else if (m_pieces.isEmpty()) m_previewLabel->setText(tr("Pieces: none yet"));
  else m_previewLabel->setText(tr("Pieces: %n", nullptr, int(m_pieces.size())));
  emit previewUpdated(int(m_pieces.size()));
}

}  // namespace timbre::gui
