#include "ImportPanel.h"

#include "AudioPlayer.h"
#include "GatheredClips.h"
#include "TimeEstimate.h"
#include "WaveformView.h"
#include "audio/AudioFile.h"
#include "training/data/AtomicFile.h"
#include "training/data/PrepareDataset.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace timbre::gui {
namespace {

namespace data = training::data;

QString fromStd(const std::string& text) { return QString::fromStdString(text); }

// A transcript beside an audio file, as the folder import reads it (.txt, else .lab).
QString sidecarTranscript(const QString& audioPath) {
  const QFileInfo info(audioPath);
  for (const char* extension : {".txt", ".lab"}) {
    QFile file(info.dir().filePath(info.completeBaseName() + QLatin1String(extension)));
    if (file.open(QIODevice::ReadOnly)) return QString::fromUtf8(file.readAll()).simplified();
  }
  return {};
}

}  // namespace

ImportPanel::ImportPanel(GatheredClips* clips, QWidget* parent) : QWidget(parent), m_clips(clips) {
  auto* addFilesButton = new QPushButton(tr("Add files…"), this);
  auto* addFolderButton = new QPushButton(tr("Add folder…"), this);
  auto* addLongButton = new QPushButton(tr("Add long recording…"), this);
  addFolderButton->setToolTip(tr("A folder with an official .list file, or with a .txt or .lab transcript beside "
                                 "each clip"));
  addLongButton->setToolTip(tr("One recording with many sentences: it is cut at its pauses, one transcript line "
                               "per piece"));
  connect(addFilesButton, &QPushButton::clicked, this, &ImportPanel::chooseFiles);
  connect(addFolderButton, &QPushButton::clicked, this, &ImportPanel::chooseFolder);
  connect(addLongButton, &QPushButton::clicked, this, &ImportPanel::chooseLongRecording);
  auto* addRow = new QHBoxLayout;
  addRow->addWidget(addFilesButton);
  addRow->addWidget(addFolderButton);
  addRow->addWidget(addLongButton);
  addRow->addStretch(1);

  m_table = new QTableWidget(0, 4, this);
  m_table->setObjectName(QStringLiteral("clipTable"));
  m_table->setHorizontalHeaderLabels({tr("Clip"), tr("Length"), tr("Check"), tr("Transcript")});
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
  m_table->horizontalHeader()->setSectionResizeMode(TranscriptColumn, QHeaderView::Stretch);
  m_table->verticalHeader()->hide();
  connect(m_table, &QTableWidget::cellChanged, this, &ImportPanel::transcriptEdited);
  connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportPanel::showSelected);

  m_waveform = new WaveformView(this);
  m_waveform->setObjectName(QStringLiteral("clipWaveform"));
  m_waveform->setPlaceholderText(tr("Select a clip to see its waveform."));
  m_play = new QPushButton(tr("Play"), this);
  m_delete = new QPushButton(tr("Delete"), this);
  m_split = new QPushButton(tr("Split here"), this);
  m_split->setToolTip(tr("Drag in the waveform from where the clip should be cut; the second part gets an empty "
                         "transcript to fill in"));
  m_player = new AudioPlayer(this);  // opens the device only when something plays
  connect(m_player, &AudioPlayer::failed, this, &ImportPanel::failed);
  connect(m_play, &QPushButton::clicked, this, &ImportPanel::playSelected);
  connect(m_delete, &QPushButton::clicked, this, &ImportPanel::deleteSelected);
  connect(m_split, &QPushButton::clicked, this, &ImportPanel::splitSelected);
  auto* clipRow = new QHBoxLayout;
  clipRow->addWidget(m_play);
  clipRow->addWidget(m_split);
  clipRow->addStretch(1);
  clipRow->addWidget(m_delete);
  for (QPushButton* b : {addFilesButton, addFolderButton, addLongButton, m_play, m_delete, m_split}) b->setAutoDefault(false);

  auto* layout = new QVBoxLayout(this);
  layout->addLayout(addRow);
  layout->addWidget(m_table, 1);
  layout->addWidget(m_waveform);
  layout->addLayout(clipRow);
  refresh();
}

void ImportPanel::chooseFiles() {
  const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add recordings"), QString(),
                                                          tr("Audio (*.wav *.flac *.ogg *.oga *.mp3)"));
  if (!paths.isEmpty()) addFiles(paths);
}

void ImportPanel::chooseFolder() {
  const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder of clips"));
  if (!folder.isEmpty()) addFolder(folder);
}

void ImportPanel::chooseLongRecording() {
  const QString path = QFileDialog::getOpenFileName(this, tr("Add a long recording"), QString(),
                                                    tr("Audio (*.wav *.flac *.ogg *.oga *.mp3)"));
  if (path.isEmpty()) return;
  QFile beside(QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".txt")));
  const QString known = beside.open(QIODevice::ReadOnly) ? QString::fromUtf8(beside.readAll()) : QString();
  bool ok = false;
  const QString text = QInputDialog::getMultiLineText(
      this, tr("Transcript of %1").arg(QFileInfo(path).fileName()),
      tr("What is said, one line per sentence, in order (the recording is cut at its pauses, one piece per line):"),
      known, &ok);
  if (ok) addLongRecording(path, text.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
}

bool ImportPanel::addFiles(const QStringList& paths) {
  std::vector<std::pair<QString, QString>> found;
  for (const QString& path : paths) found.emplace_back(path, sidecarTranscript(path));
  return importCollected(paths.size() == 1 ? paths.front() : QFileInfo(paths.value(0)).absolutePath(), found, {});
}

bool ImportPanel::addFolder(const QString& folder) {
  data::DatasetSource source;
  source.language = m_clips->language().toStdString();
  source.path = folder.toStdString();
  source.kind = data::DatasetSource::Kind::Folder;
  const QStringList lists = QDir(folder).entryList({QStringLiteral("*.list")}, QDir::Files, QDir::Name);
  if (!lists.isEmpty()) {
    // Listed paths are often another machine's: look each clip up by name in this folder, as the WebUI does.
    source.kind = data::DatasetSource::Kind::ListFile;
    source.path = QDir(folder).filePath(lists.front()).toStdString();
    source.audioFolder = folder.toStdString();
  }
  std::vector<std::pair<QString, QString>> found;
  QStringList problems;
  try {
    const data::CollectedClips collected = data::collectClips(source, {});
    QStringList otherLanguages;
    for (const data::ClipEntry& entry : collected.entries) {
      found.emplace_back(fromStd(entry.audioPath), fromStd(entry.text));
      if (entry.language != source.language) otherLanguages << fromStd(entry.name);
    }
    for (const data::DroppedClip& dropped : collected.dropped) {
      // A clip without a transcript is still taken: its transcript can be typed in the table.
      if (dropped.reason == data::DropReason::MissingTranscript) found.emplace_back(fromStd(dropped.source), QString());
      else problems << fromStd(dropped.message);
    }
    if (!otherLanguages.isEmpty())
      problems << tr("marked in the list as another language than this voice's (%1): %2")
                      .arg(m_clips->language(), otherLanguages.join(QStringLiteral(", ")));
  } catch (const std::exception& e) {
    emit failed(tr("%1 cannot be imported: %2").arg(folder, fromStd(e.what())));
    return false;
  }
  return importCollected(folder, found, problems);
}

bool ImportPanel::addLongRecording(const QString& path, const QStringList& lines) {
  const QString slicing = QDir(m_clips->workspace()).filePath(QStringLiteral("slicing"));
  data::DatasetSource source;
  source.kind = data::DatasetSource::Kind::LongRecording;
  source.path = path.toStdString();
  source.language = m_clips->language().toStdString();
  data::PrepareOptions options;  // the official slicer's defaults
  options.workFolder = slicing.toStdString();
  std::vector<std::pair<QString, QString>> found;
  try {
    QDir().mkpath(slicing);
    const QString transcript = QDir(slicing).filePath(QFileInfo(path).fileName() + QStringLiteral(".txt"));
    data::writeFileAtomically(transcript.toStdString(), lines.join(QLatin1Char('\n')).toStdString());
    source.transcriptPath = transcript.toStdString();
    for (const data::ClipEntry& entry : data::collectClips(source, options).entries)
      found.emplace_back(fromStd(entry.audioPath), fromStd(entry.text));
  } catch (const std::exception& e) {
    QDir(slicing).removeRecursively();
    emit failed(tr("%1 cannot be imported: %2").arg(path, fromStd(e.what())));
    return false;
  }
  const bool ok = importCollected(path, found, {});
  QDir(slicing).removeRecursively();  // the pieces are in clips/ now
  return ok;
}

bool ImportPanel::importCollected(const QString& source, const std::vector<std::pair<QString, QString>>& clips,
                                  const QStringList& problems) {
  int copied = 0, withoutText = 0, alreadyThere = 0;
  QStringList failures = problems;
  const int total = int(clips.size());
  QProgressDialog progress(tr("Copying the clips into the voice's folder…"), tr("Stop"), 0, total, this);
  progress.setWindowModality(Qt::WindowModal);
  progress.setMinimumDuration(1000);
  QElapsedTimer clock;
  clock.start();
  for (int i = 0; i < total && !progress.wasCanceled(); ++i) {
    const double left = estimateSecondsLeft(clock.elapsed() / 1000.0, double(i) / total);
    if (left >= 0)
      progress.setLabelText(tr("Copying the clips into the voice's folder: %1 of %2, about %3 s left…")
                                .arg(i + 1)
                                .arg(total)
                                .arg(std::ceil(left)));
    progress.setValue(i);
    const auto& [path, text] = clips[std::size_t(i)];
    if (m_clips->holdsCopyOf(path)) {  // the same folder added again, e.g. after Stop
      ++alreadyThere;
      continue;
    }
    try {
      m_clips->importFile(path, text);
      ++copied;
      withoutText += text.trimmed().isEmpty();
    } catch (const std::exception& e) {
      failures << fromStd(e.what());
    }
  }
  const bool stopped = progress.wasCanceled();
  progress.setValue(total);
  refresh();
  if (copied > 0) emit clipsChanged();
  if (copied == 0 && alreadyThere == 0 && !stopped) {
    emit failed(failures.isEmpty() ? tr("%1 has no audio clips to import.").arg(source)
                                   : tr("Nothing was imported from %1: %2").arg(source, failures.join(QStringLiteral("; "))));
    return false;
  }
  QStringList summary;
  summary << tr("Clips imported from %1: %2.").arg(source).arg(copied);
  if (alreadyThere > 0) summary << tr("Already in the set: %1.").arg(alreadyThere);
  if (withoutText > 0) summary << tr("Without a transcript: %1 (type it in the table).").arg(withoutText);
  if (!failures.isEmpty()) summary << tr("Not imported: %1").arg(failures.join(QStringLiteral("; ")));
  if (stopped) summary << tr("Stopped: add the same files again to import the rest.");
  emit imported(summary.join(QLatin1Char(' ')));
  return true;
}

void ImportPanel::refresh() {
  const int keep = selectedRow();
  m_filling = true;
  m_table->setRowCount(int(m_clips->clips().size()));
  for (int row = 0; row < m_table->rowCount(); ++row) fillRow(row);
  m_filling = false;
  if (keep >= 0 && keep < m_table->rowCount()) m_table->selectRow(keep);
  showSelected();
}

void ImportPanel::fillRow(int row) {
  const GatheredClip& clip = m_clips->clips().at(std::size_t(row));
  const ClipVerdict verdict = m_clips->verdict(std::size_t(row));
  const bool wasFilling = m_filling;
  m_filling = true;
  // Items are updated in place: this also runs inside the table's own cellChanged.
  const auto cell = [this, row](int column, const QString& text, bool editable) {
    QTableWidgetItem* item = m_table->item(row, column);
    if (!item) {
      item = new QTableWidgetItem;
      if (!editable) item->setFlags(item->flags() & ~Qt::ItemIsEditable);
      m_table->setItem(row, column, item);
    }
    item->setText(text);
    return item;
  };
  cell(FileColumn, clip.fileName, false);
  cell(LengthColumn, tr("%1 s").arg(clip.audio.seconds, 0, 'f', 1), false)
      ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  QTableWidgetItem* check = cell(VerdictColumn, verdict.title, false);
  check->setToolTip(verdict.detail);
  check->setForeground(verdict.level == ClipVerdict::Level::Unusable ? QColor(0xc0, 0x20, 0x20)
                       : verdict.level == ClipVerdict::Level::Warn   ? QColor(0xb0, 0x70, 0x00)
                                                                     : palette().color(QPalette::Text));
  cell(TranscriptColumn, clip.text, true);
  m_filling = wasFilling;
}

void ImportPanel::transcriptEdited(int row, int column) {
  if (m_filling || column != TranscriptColumn) return;
  try {
    m_clips->setText(std::size_t(row), m_table->item(row, column)->text());
  } catch (const std::exception& e) {
    emit failed(tr("The transcript could not be saved: %1").arg(fromStd(e.what())));
  }
  fillRow(row);  // the verdict may change with the text (empty, another language)
  emit clipsChanged();
}

int ImportPanel::selectedRow() const {
  const QList<QTableWidgetItem*> items = m_table->selectedItems();
  return items.isEmpty() ? -1 : items.front()->row();
}

void ImportPanel::showSelected() {
  const int row = selectedRow();
  m_play->setEnabled(row >= 0);
  m_delete->setEnabled(row >= 0);
  m_split->setEnabled(row >= 0);
  if (row < 0) {
    m_waveform->clear();
    return;
  }
  try {
    const audio::AudioBuffer mono = audio::mixToMono(audio::readAudioFile(m_clips->clipPath(std::size_t(row)).toStdString()));
    m_waveform->setAudio(mono.samples, mono.sampleRateHz);
  } catch (const std::exception&) {
    m_waveform->clear();  // the verdict already says the clip cannot be read
  }
}

void ImportPanel::deleteSelected() {
  const int row = selectedRow();
  if (row < 0) return;
  try {
    m_clips->remove(std::size_t(row));
  } catch (const std::exception& e) {
    emit failed(tr("The clip could not be deleted: %1").arg(fromStd(e.what())));
    return;
  }
  refresh();
  emit clipsChanged();
}

void ImportPanel::splitSelected() {
  const int row = selectedRow();
  if (row < 0) return;
  std::size_t at = m_waveform->selectionBegin();
  if (at == 0 && m_waveform->playCursor() > 0) at = std::size_t(m_waveform->playCursor());
  if (at == 0 || at >= m_waveform->sampleCount()) {
    emit failed(tr("Drag in the waveform from where the clip should be split, then press Split here."));
    return;
  }
  try {
    m_clips->split(std::size_t(row), at);
  } catch (const std::exception& e) {
    emit failed(tr("The clip could not be split: %1").arg(fromStd(e.what())));
    return;
  }
  refresh();
  m_table->selectRow(row + 1);  // the second part: its transcript is still to be typed
  emit clipsChanged();
}

void ImportPanel::playSelected() {
  const int row = selectedRow();
  if (row < 0) return;
  try {
    m_player->play(audio::mixToMono(audio::readAudioFile(m_clips->clipPath(std::size_t(row)).toStdString())));
  } catch (const std::exception& e) {
    emit failed(fromStd(e.what()));
  }
}

}  // namespace timbre::gui
