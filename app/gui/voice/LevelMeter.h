#pragma once
// A horizontal input level meter: the RMS as a bar, the peak as a thin mark
// with a short hold, on a dBFS scale from kFloorDbfs to 0 (green, amber near
// the top, red at clipping).
#include <QWidget>

namespace timbre::gui {

class LevelMeter : public QWidget {
  Q_OBJECT

 public:
  static constexpr double kFloorDbfs = -60.0;
  static constexpr double kWarnDbfs = -12.0;  // amber above: loud enough, little headroom
  static constexpr double kClipDbfs = -0.5;   // red: (nearly) clipping

  explicit LevelMeter(QWidget* parent = nullptr);

  void setLevel(double peakDbfs, double rmsDbfs);
  void reset();
  double peakDbfs() const { return m_peak; }
  double rmsDbfs() const { return m_rms; }
  // Highest peak since reset(); the clip light stays on once it reached kClipDbfs.
  double maxPeakDbfs() const { return m_maxPeak; }
  bool clipped() const { return m_maxPeak >= kClipDbfs; }

  QSize sizeHint() const override { return {260, 22}; }
  QSize minimumSizeHint() const override { return {80, 14}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  double m_peak = kFloorDbfs, m_rms = kFloorDbfs, m_maxPeak = -1000.0;
  double m_heldPeak = kFloorDbfs;
  int m_holdUpdates = 0;  // updates left before the held peak falls
};

}  // namespace timbre::gui
