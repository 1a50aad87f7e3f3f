#include "QualityView.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace timbre::gui {

namespace {

constexpr int kLevelRole = Qt::UserRole + 1;

QIcon levelIcon(audio::QualityLevel level) {
  QPixmap pixmap(14, 14);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  p.setBrush(QualityView::levelColor(level));
  p.drawEllipse(QRectF(1, 1, 12, 12));
  return QIcon(pixmap);
}

// The check names are shown translated; values and hints come from the engine.
QString checkTitle(audio::QualityCheck check) {
  using C = audio::QualityCheck;
  switch (check) {
    case C::Duration: return QualityView::tr("Duration");
    case C::Format: return QualityView::tr("Sample rate");
    case C::Clipping: return QualityView::tr("Clipping");
    case C::Loudness: return QualityView::tr("Loudness");
    case C::Noise: return QualityView::tr("Background noise");
    case C::Speech: return QualityView::tr("Speech");
    case C::DcOffset: return QualityView::tr("DC offset");
  }
  return {};
}

}  // namespace

QualityView::QualityView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("qualityView"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_summary = new QLabel(this);
  m_summary->setObjectName(QStringLiteral("qualitySummary"));
  m_summary->setWordWrap(true);
  m_list = new QTreeWidget(this);
  m_list->setObjectName(QStringLiteral("qualityList"));
  m_list->setColumnCount(3);
  m_list->setHeaderLabels({tr("Check"), tr("Measured"), tr("Advice")});
  m_list->setRootIsDecorated(false);
  m_list->setSelectionMode(QAbstractItemView::NoSelection);
  m_list->setWordWrap(true);
  m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  m_list->header()->setStretchLastSection(true);
  layout->addWidget(m_summary);
  layout->addWidget(m_list);
  clear();
}

QColor QualityView::levelColor(audio::QualityLevel level) {
  switch (level) {
    case audio::QualityLevel::Pass: return QColor(0x2e, 0x9d, 0x4a);
    case audio::QualityLevel::Warn: return QColor(0xe0, 0x9b, 0x12);
    case audio::QualityLevel::Fail: return QColor(0xd0, 0x31, 0x2d);
  }
  return Qt::gray;
}

void QualityView::setReport(const audio::QualityReport& report) {
  m_list->clear();
  for (const audio::QualityItem& item : report.items) {
    auto* row = new QTreeWidgetItem(m_list);
    row->setIcon(0, levelIcon(item.level));
    row->setText(0, checkTitle(item.check));
    row->setData(0, kLevelRole, int(item.level));
    row->setText(1, QString::fromStdString(item.value));
    row->setText(2, QString::fromStdString(item.hint));
    row->setToolTip(2, QString::fromStdString(item.hint));
    if (item.level != audio::QualityLevel::Pass) row->setForeground(2, levelColor(item.level));
  }
  // The list shows a few rows at a time: the first red (else amber) row is brought into sight.
  for (const auto level : {audio::QualityLevel::Fail, audio::QualityLevel::Warn}) {
    const int row = firstRowAt(level);
    if (row >= 0) {
      m_list->scrollToItem(m_list->topLevelItem(row));
      break;
    }
  }
  switch (report.overall()) {
    case audio::QualityLevel::Pass: m_summary->setText(tr("Good reference: every check passed.")); break;
    case audio::QualityLevel::Warn: m_summary->setText(tr("Usable, but see the amber notes below.")); break;
    case audio::QualityLevel::Fail: m_summary->setText(tr("Fix the problems marked red before cloning this voice.")); break;
  }
  m_summary->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(levelColor(report.overall()).name()));
}

void QualityView::clear() {
  m_list->clear();
  m_summary->setStyleSheet({});
  m_summary->setText(tr("No reference yet."));
}

QString QualityView::summary() const { return m_summary->text(); }

int QualityView::rowCount() const { return m_list->topLevelItemCount(); }

audio::QualityLevel QualityView::rowLevel(int row) const {
  return audio::QualityLevel(m_list->topLevelItem(row)->data(0, kLevelRole).toInt());
}

int QualityView::firstRowAt(audio::QualityLevel level) const {
  for (int i = 0; i < rowCount(); ++i)
    if (rowLevel(i) == level) return i;
  return -1;
}

bool QualityView::isRowVisible(int row) const {
  const QRect rect = m_list->visualItemRect(m_list->topLevelItem(row));
  return rect.isValid() && m_list->viewport()->rect().contains(rect);
}

QStringList QualityView::failingChecks() const {
  QStringList problems;
  for (int i = 0; i < rowCount(); ++i) {
    if (rowLevel(i) != audio::QualityLevel::Fail) continue;
    const QTreeWidgetItem* row = m_list->topLevelItem(i);
    problems << tr("%1: %2 — %3").arg(row->text(0), row->text(1), row->text(2));
  }
  return problems;
}

}  // namespace timbre::gui
