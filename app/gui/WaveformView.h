#pragma once
// The reference recording drawn as min/max per pixel column, with a selection
// the user drags out with the mouse (the part used as the reference).
#include <QWidget>

#include <cstddef>
#include <vector>

namespace timbre::gui {

class WaveformView : public QWidget {
  Q_OBJECT

 public:
  explicit WaveformView(QWidget* parent = nullptr);

  // mono samples at rateHz (copied); selects everything.
  void setAudio(const std::vector<float>& mono, int rateHz);
  void clear();
  // Selection in samples, [begin, end); clamped to the audio.
  void setSelection(std::size_t begin, std::size_t end);
  std::size_t selectionBegin() const { return m_selBegin; }
  std::size_t selectionEnd() const { return m_selEnd; }
  std::size_t sampleCount() const { return m_samples.size(); }
  int sampleRateHz() const { return m_rateHz; }

  QSize sizeHint() const override { return {480, 120}; }
  QSize minimumSizeHint() const override { return {160, 60}; }

 signals:
  // Emitted for every change, by mouse or by setSelection().
  void selectionChanged(std::size_t begin, std::size_t end);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;

 private:
  std::size_t sampleAt(double x) const;
  double xOf(std::size_t sample) const;
  void rebuildColumns();

  std::vector<float> m_samples;
  int m_rateHz = 0;
  // Per pixel column: the smallest and largest sample it covers (recomputed on resize).
  std::vector<std::pair<float, float>> m_columns;
  std::size_t m_selBegin = 0, m_selEnd = 0;
  std::size_t m_dragAnchor = 0;
  bool m_dragging = false;
};

}  // namespace timbre::gui
