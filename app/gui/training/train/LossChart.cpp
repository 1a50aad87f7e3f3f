#include "LossChart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace timbre::gui {

LossChart::LossChart(QWidget* parent) : QWidget(parent) {
  setMinimumHeight(140);
  setAccessibleName(tr("Training losses per step"));
}

void LossChart::addPoint(const QString& series, double step, double value) {
  if (!std::isfinite(value)) return;  // a skipped step (NaN) has nothing to draw
  if (!m_series.contains(series)) m_order << series;
  m_series[series].append(QPointF(step, value));
  update();
}

void LossChart::clear() {
  m_series.clear();
  m_order.clear();
  update();
}

void LossChart::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  const QRectF plot = QRectF(rect()).adjusted(44, 8, -8, -22);
  p.setPen(palette().color(QPalette::Mid));
  p.drawRect(plot);

  double x0 = std::numeric_limits<double>::max(), x1 = std::numeric_limits<double>::lowest();
  double y0 = x0, y1 = x1;
  for (const auto& points : m_series)
    for (const QPointF& pt : points) {
      x0 = std::min(x0, pt.x()), x1 = std::max(x1, pt.x());
      y0 = std::min(y0, pt.y()), y1 = std::max(y1, pt.y());
    }
  p.setPen(palette().color(QPalette::Text));
  if (m_order.isEmpty()) {
    p.drawText(plot, Qt::AlignCenter, tr("The losses appear here once training runs."));
    return;
  }
  if (x1 <= x0) x1 = x0 + 1;
  if (y1 <= y0) y1 = y0 + 1;
  p.drawText(QRectF(0, plot.top() - 6, plot.left() - 4, 14), Qt::AlignRight, QString::number(y1, 'g', 3));
  p.drawText(QRectF(0, plot.bottom() - 8, plot.left() - 4, 14), Qt::AlignRight, QString::number(y0, 'g', 3));
  p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), 16), Qt::AlignRight, tr("step %1").arg(x1));

  auto map = [&](const QPointF& pt) {
    return QPointF(plot.left() + (pt.x() - x0) / (x1 - x0) * plot.width(),
                   plot.bottom() - (pt.y() - y0) / (y1 - y0) * plot.height());
  };
  static const QColor colours[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                                   QColor(0x9467bd), QColor(0x8c564b)};
  double legendX = plot.left() + 6;
  for (int i = 0; i < m_order.size(); ++i) {
    const QVector<QPointF>& points = m_series[m_order[i]];
    const QColor colour = colours[i % std::size(colours)];
    QPainterPath path(map(points.front()));
    for (const QPointF& pt : points) path.lineTo(map(pt));
    p.setPen(QPen(colour, 1.5));
    p.drawPath(path);
    p.drawText(QPointF(legendX, plot.top() + 14), m_order[i]);
    legendX += p.fontMetrics().horizontalAdvance(m_order[i]) + 12;
  }
}

}  // namespace timbre::gui
