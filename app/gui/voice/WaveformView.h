#pragma once
// The reference recording drawn as min/max per pixel column, with a selection
// the user drags out with the mouse (the part used as the reference), zoom
// (Ctrl+wheel, + / - keys, fit with 0), horizontal scrolling when zoomed in
// (wheel, Shift+wheel, Left / Right) and a play cursor.
#include <QWidget>

#include <cstddef>
#include <vector>

namespace timbre::gui {

class WaveformView : public QWidget {
  Q_OBJECT

 public:
  static constexpr double kZoomStep = 2.0;  // zoomIn()/zoomOut() factor

  explicit WaveformView(QWidget* parent = nullptr);

  // mono samples at rateHz (copied); selects everything and fits the view.
  void setAudio(const std::vector<float>& mono, int rateHz);
  void clear();
  // Selection in samples, [begin, end); clamped to the audio.
  void setSelection(std::size_t begin, std::size_t end);
  std::size_t selectionBegin() const { return m_selBegin; }
  std::size_t selectionEnd() const { return m_selEnd; }
  std::size_t sampleCount() const { return m_samples.size(); }
  int sampleRateHz() const { return m_rateHz; }

  // The visible samples, [viewBegin, viewEnd). Never narrower than one sample
  // per pixel column; clamped to the audio.
  void setView(std::size_t begin, std::size_t end);
  std::size_t viewBegin() const { return m_viewBegin; }
  std::size_t viewEnd() const { return m_viewEnd; }
  // How many times the whole clip is magnified (1 = fit).
  double zoomFactor() const;
  // factor > 1 zooms in, keeping the sample under x (pixels) where it is.
  void zoomBy(double factor, double anchorX);
  void zoomIn();   // around the selection's centre when it is in view, else the view's
  void zoomOut();
  void zoomToFit();
  bool canZoomIn() const;

  // The play cursor at `sample`; a negative value hides it. The view follows
  // the cursor when it leaves the visible part.
  void setPlayCursor(long long sample);
  long long playCursor() const { return m_cursor; }

  // What an empty view says (the Voice panel's invitation by default).
  void setPlaceholderText(const QString& text);

  // Thin vertical lines at these samples (a take's piece boundaries).
  void setMarkers(std::vector<std::size_t> samples);
  const std::vector<std::size_t>& markers() const { return m_markers; }

  QSize sizeHint() const override { return {480, 120}; }
  QSize minimumSizeHint() const override { return {160, 60}; }

 signals:
  // Emitted for every change, by mouse or by setSelection().
  void selectionChanged(std::size_t begin, std::size_t end);
  void viewChanged(std::size_t begin, std::size_t end);
  // Space pressed: play or stop the selection.
  void playToggleRequested();

 protected:
  void paintEvent(QPaintEvent* event) override;
  void resizeEvent(QResizeEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;
  void keyPressEvent(QKeyEvent* event) override;

 private:
  std::size_t sampleAt(double x) const;
  double xOf(std::size_t sample) const;
  std::size_t minimumSpan() const;
  void scrollBy(double pixels);
  void rebuildColumns();

  std::vector<float> m_samples;
  int m_rateHz = 0;
  // Per pixel column of the visible part: the smallest and largest sample it
  // covers (recomputed when the view or the size changes, never while painting).
  std::vector<std::pair<float, float>> m_columns;
  std::size_t m_viewBegin = 0, m_viewEnd = 0;
  std::size_t m_selBegin = 0, m_selEnd = 0;
  std::size_t m_dragAnchor = 0;
  long long m_cursor = -1;
  std::vector<std::size_t> m_markers;
  QString m_placeholder;
  bool m_dragging = false;
};

}  // namespace timbre::gui
