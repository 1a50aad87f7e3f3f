#pragma once
// A live chart of the training losses per step, drawn with QPainter (Qt Charts
// is not among the build's packages): one line per loss of the current stage
// (SoVITS: generator, discriminator, mel…; GPT: its loss), a shared y axis
// scaled to what has been seen, and a legend.
#include <QMap>
#include <QPointF>
#include <QVector>
#include <QWidget>

namespace timbre::gui {

class LossChart : public QWidget {
  Q_OBJECT

 public:
  explicit LossChart(QWidget* parent = nullptr);

  void addPoint(const QString& series, double step, double value);
  void clear();
  QStringList seriesNames() const { return m_order; }
  int pointCount(const QString& series) const { return int(m_series.value(series).size()); }
  QSize sizeHint() const override { return {420, 180}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QMap<QString, QVector<QPointF>> m_series;
  QStringList m_order;  // first-seen order: stable colours
};

}  // namespace timbre::gui
