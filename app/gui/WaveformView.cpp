#include "WaveformView.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace timbre::gui {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("waveformView"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  setMouseTracking(false);
  setToolTip(tr("Drag to select the part of the recording to use as the reference"));
}

void WaveformView::setAudio(const std::vector<float>& mono, int rateHz) {
  m_samples = mono;
  m_rateHz = rateHz;
  rebuildColumns();
  setSelection(0, m_samples.size());
}

void WaveformView::clear() {
  m_samples.clear();
  m_rateHz = 0;
  m_columns.clear();
  setSelection(0, 0);
}

void WaveformView::setSelection(std::size_t begin, std::size_t end) {
  end = std::min(end, m_samples.size());
  begin = std::min(begin, end);
  if (begin == m_selBegin && end == m_selEnd) return;
  m_selBegin = begin;
  m_selEnd = end;
  update();
  emit selectionChanged(begin, end);
}

void WaveformView::rebuildColumns() {
  m_columns.clear();
  const int width = std::max(1, this->width());
  if (m_samples.empty()) return;
  m_columns.resize(std::size_t(width));
  const double perColumn = double(m_samples.size()) / width;
  for (int x = 0; x < width; ++x) {
    auto first = std::size_t(x * perColumn);
    auto last = std::max(first + 1, std::size_t((x + 1) * perColumn));
    last = std::min(last, m_samples.size());
    if (first >= last) {
      m_columns[std::size_t(x)] = {0.f, 0.f};
      continue;
    }
    const auto [lo, hi] = std::minmax_element(m_samples.begin() + std::ptrdiff_t(first), m_samples.begin() + std::ptrdiff_t(last));
    m_columns[std::size_t(x)] = {*lo, *hi};
  }
}

std::size_t WaveformView::sampleAt(double x) const {
  if (m_samples.empty() || width() <= 0) return 0;
  const double f = std::clamp(x / width(), 0.0, 1.0);
  return std::size_t(std::llround(f * double(m_samples.size())));
}

double WaveformView::xOf(std::size_t sample) const {
  return m_samples.empty() ? 0.0 : double(sample) / double(m_samples.size()) * width();
}

void WaveformView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const QPalette& pal = palette();
  p.fillRect(rect(), pal.color(QPalette::Base));
  const double mid = height() / 2.0;
  if (m_samples.empty()) {
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter, tr("Import or drop a recording of the voice (WAV, FLAC, OGG, MP3)"));
    return;
  }
  if (m_selEnd > m_selBegin) {
    QColor sel = pal.color(QPalette::Highlight);
    sel.setAlpha(60);
    p.fillRect(QRectF(xOf(m_selBegin), 0, xOf(m_selEnd) - xOf(m_selBegin), height()), sel);
  }
  p.setPen(pal.color(QPalette::Mid));
  p.drawLine(QPointF(0, mid), QPointF(width(), mid));
  p.setPen(pal.color(QPalette::Text));
  const double scale = mid * 0.95;
  for (std::size_t x = 0; x < m_columns.size(); ++x) {
    const auto [lo, hi] = m_columns[x];
    // At least one pixel tall so silence still shows as a line.
    p.drawLine(QPointF(double(x) + 0.5, mid - hi * scale), QPointF(double(x) + 0.5, mid - lo * scale + 0.5));
  }
  // Time at the edges of the selection.
  p.setPen(pal.color(QPalette::Highlight));
  const auto seconds = [this](std::size_t s) { return QString::number(double(s) / m_rateHz, 'f', 2) + QStringLiteral(" s"); };
  p.drawText(QRectF(4, 2, width() - 8, 16), Qt::AlignLeft, seconds(m_selBegin));
  p.drawText(QRectF(4, 2, width() - 8, 16), Qt::AlignRight, seconds(m_selEnd));
}

void WaveformView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  rebuildColumns();
}

void WaveformView::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || m_samples.empty()) return;
  m_dragging = true;
  m_dragAnchor = sampleAt(event->position().x());
}

void WaveformView::mouseMoveEvent(QMouseEvent* event) {
  if (!m_dragging) return;
  const std::size_t at = sampleAt(event->position().x());
  setSelection(std::min(at, m_dragAnchor), std::max(at, m_dragAnchor));
}

void WaveformView::mouseReleaseEvent(QMouseEvent* event) {
  if (!m_dragging) return;
  m_dragging = false;
  const std::size_t at = sampleAt(event->position().x());
  // A click without a drag selects everything again.
  if (at == m_dragAnchor) setSelection(0, m_samples.size());
  else setSelection(std::min(at, m_dragAnchor), std::max(at, m_dragAnchor));
}

}  // namespace timbre::gui
