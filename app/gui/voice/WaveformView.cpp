#include "WaveformView.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace timbre::gui {

WaveformView::WaveformView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("waveformView"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
  setMouseTracking(false);
  setFocusPolicy(Qt::StrongFocus);
  setToolTip(tr("Drag to select the part of the recording to use as the reference.\n"
                "Ctrl+wheel or +/- zooms, 0 fits, the wheel or ←/→ scrolls, Space plays the selection."));
}

void WaveformView::setAudio(const std::vector<float>& mono, int rateHz) {
  m_samples = mono;
  m_rateHz = rateHz;
  m_cursor = -1;
  m_viewBegin = 0;
  m_viewEnd = m_samples.size();
  rebuildColumns();
  update();
  emit viewChanged(m_viewBegin, m_viewEnd);
  setSelection(0, m_samples.size());
}

void WaveformView::clear() {
  m_samples.clear();
  m_rateHz = 0;
  m_columns.clear();
  m_viewBegin = m_viewEnd = 0;
  m_cursor = -1;
  setSelection(0, 0);
  update();
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

std::size_t WaveformView::minimumSpan() const {
  return std::min(m_samples.size(), std::size_t(std::max(1, width())));
}

void WaveformView::setView(std::size_t begin, std::size_t end) {
  const std::size_t n = m_samples.size();
  const std::size_t span = std::clamp(end > begin ? end - begin : 0, minimumSpan(), n);
  begin = std::min(begin, n - span);
  if (begin == m_viewBegin && begin + span == m_viewEnd) return;
  m_viewBegin = begin;
  m_viewEnd = begin + span;
  rebuildColumns();
  update();
  emit viewChanged(m_viewBegin, m_viewEnd);
}

double WaveformView::zoomFactor() const {
  return m_viewEnd > m_viewBegin ? double(m_samples.size()) / double(m_viewEnd - m_viewBegin) : 1.0;
}

bool WaveformView::canZoomIn() const { return m_viewEnd - m_viewBegin > minimumSpan(); }

void WaveformView::zoomBy(double factor, double anchorX) {
  if (m_samples.empty() || factor <= 0 || width() <= 0) return;
  const double span = double(m_viewEnd - m_viewBegin);
  const double f = std::clamp(anchorX / width(), 0.0, 1.0);
  const double anchor = m_viewBegin + f * span;
  const double newSpan = std::clamp(span / factor, double(minimumSpan()), double(m_samples.size()));
  const double begin = std::max(0.0, anchor - f * newSpan);
  setView(std::size_t(std::llround(begin)), std::size_t(std::llround(begin + newSpan)));
}

void WaveformView::zoomIn() {
  // Zoom towards the selection when part of it is visible: that is what one wants to look at.
  double anchorX = width() / 2.0;
  const bool partial = m_selEnd > m_selBegin && (m_selBegin > 0 || m_selEnd < m_samples.size());
  const std::size_t centre = (m_selBegin + m_selEnd) / 2;
  if (partial && centre >= m_viewBegin && centre < m_viewEnd) anchorX = xOf(centre);
  zoomBy(kZoomStep, anchorX);
}

void WaveformView::zoomOut() { zoomBy(1.0 / kZoomStep, width() / 2.0); }

void WaveformView::zoomToFit() { setView(0, m_samples.size()); }

void WaveformView::scrollBy(double pixels) {
  const double perPixel = double(m_viewEnd - m_viewBegin) / std::max(1, width());
  const double begin = std::max(0.0, double(m_viewBegin) + pixels * perPixel);
  const auto b = std::size_t(std::llround(begin));
  setView(b, b + (m_viewEnd - m_viewBegin));
}

void WaveformView::setPlayCursor(long long sample) {
  if (sample == m_cursor) return;
  m_cursor = sample < 0 ? -1 : std::min<long long>(sample, (long long)m_samples.size());
  // Page along with playback when zoomed in.
  if (m_cursor >= 0 && (std::size_t(m_cursor) < m_viewBegin || std::size_t(m_cursor) >= m_viewEnd) && zoomFactor() > 1.0) {
    const std::size_t span = m_viewEnd - m_viewBegin;
    const std::size_t begin = std::size_t(m_cursor) > span / 10 ? std::size_t(m_cursor) - span / 10 : 0;
    setView(begin, begin + span);
  }
  update();
}

void WaveformView::rebuildColumns() {
  m_columns.clear();
  const int width = std::max(1, this->width());
  if (m_samples.empty() || m_viewEnd <= m_viewBegin) return;
  m_columns.resize(std::size_t(width));
  const double perColumn = double(m_viewEnd - m_viewBegin) / width;
  for (int x = 0; x < width; ++x) {
    const auto first = m_viewBegin + std::size_t(x * perColumn);
    auto last = std::max(first + 1, m_viewBegin + std::size_t((x + 1) * perColumn));
    last = std::min(last, m_viewEnd);
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
  return m_viewBegin + std::size_t(std::llround(f * double(m_viewEnd - m_viewBegin)));
}

double WaveformView::xOf(std::size_t sample) const {
  if (m_viewEnd <= m_viewBegin) return 0.0;
  return (double(sample) - double(m_viewBegin)) / double(m_viewEnd - m_viewBegin) * width();
}

void WaveformView::setPlaceholderText(const QString& text) {
  m_placeholder = text;
  update();
}

void WaveformView::setMarkers(std::vector<std::size_t> samples) {
  m_markers = std::move(samples);
  update();
}

void WaveformView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const QPalette& pal = palette();
  p.fillRect(rect(), pal.color(QPalette::Base));
  const double mid = height() / 2.0;
  if (m_samples.empty()) {
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(rect(), Qt::AlignCenter,
               m_placeholder.isEmpty() ? tr("Import, drop or record a voice (WAV, FLAC, OGG, MP3)") : m_placeholder);
    return;
  }
  if (m_selEnd > m_selBegin) {
    QColor sel = pal.color(QPalette::Highlight);
    sel.setAlpha(60);
    const double x0 = std::max(-1.0, xOf(m_selBegin)), x1 = std::min(width() + 1.0, xOf(m_selEnd));
    if (x1 > x0) p.fillRect(QRectF(x0, 0, x1 - x0, height()), sel);
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
  if (!m_markers.empty()) {
    QPen pen(pal.color(QPalette::PlaceholderText), 1, Qt::DashLine);
    p.setPen(pen);
    for (const std::size_t marker : m_markers) {
      const double x = xOf(marker);
      if (x >= 0 && x <= width()) p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
  }
  const auto seconds = [this](std::size_t s) { return QString::number(double(s) / m_rateHz, 'f', 2) + QStringLiteral(" s"); };
  if (m_cursor >= 0) {
    p.setPen(QPen(pal.color(QPalette::Link), 2));
    const double x = xOf(std::size_t(m_cursor));
    p.drawLine(QPointF(x, 0), QPointF(x, height()));
  }
  // Time at the edges of the selection.
  p.setPen(pal.color(QPalette::Highlight));
  p.drawText(QRectF(4, 2, width() - 8, 16), Qt::AlignLeft, seconds(m_selBegin));
  p.drawText(QRectF(4, 2, width() - 8, 16), Qt::AlignRight, seconds(m_selEnd));
  // Zoomed in: where the view is in the clip (a bar at the bottom) and its edges' times.
  if (zoomFactor() > 1.0) {
    const double n = double(m_samples.size());
    QColor bar = pal.color(QPalette::Text);
    bar.setAlpha(90);
    p.fillRect(QRectF(m_viewBegin / n * width(), height() - 3, (m_viewEnd - m_viewBegin) / n * width(), 3), bar);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(4, height() - 20, width() - 8, 16), Qt::AlignLeft, seconds(m_viewBegin));
    p.drawText(QRectF(4, height() - 20, width() - 8, 16), Qt::AlignRight, seconds(m_viewEnd));
  }
}

void WaveformView::resizeEvent(QResizeEvent* event) {
  QWidget::resizeEvent(event);
  const bool fit = m_viewBegin == 0 && m_viewEnd == m_samples.size();
  if (fit) {
    rebuildColumns();
  } else {
    // Re-clamp (the narrowest span depends on the width), then redraw the columns.
    const std::size_t b = m_viewBegin, e = m_viewEnd;
    m_viewEnd = m_viewBegin;  // forces setView() to rebuild
    setView(b, e);
  }
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

void WaveformView::wheelEvent(QWheelEvent* event) {
  if (m_samples.empty()) return QWidget::wheelEvent(event);
  const QPoint delta = event->angleDelta();
  if (event->modifiers() & Qt::ControlModifier) {
    // One notch: √2 closer or farther, around the mouse.
    zoomBy(std::pow(2.0, delta.y() / 240.0), event->position().x());
    event->accept();
    return;
  }
  if (zoomFactor() <= 1.0) return QWidget::wheelEvent(event);  // nothing to scroll: let the page scroll
  const int d = delta.x() != 0 ? delta.x() : delta.y();
  scrollBy(-d / 120.0 * width() / 8.0);
  event->accept();
}

void WaveformView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
      zoomIn();
      break;
    case Qt::Key_Minus:
      zoomOut();
      break;
    case Qt::Key_0:
      zoomToFit();
      break;
    case Qt::Key_Left:
      scrollBy(-width() / 4.0);
      break;
    case Qt::Key_Right:
      scrollBy(width() / 4.0);
      break;
    case Qt::Key_Space:
      emit playToggleRequested();
      break;
    default:
      return QWidget::keyPressEvent(event);
  }
  event->accept();
}

}  // namespace timbre::gui
