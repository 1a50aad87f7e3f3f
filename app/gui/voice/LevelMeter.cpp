#include "LevelMeter.h"

#include <QPainter>

#include <algorithm>

namespace timbre::gui {

namespace {
constexpr int kHoldUpdates = 20;  // ~1 s at the recorder's 20 updates per second
constexpr double kFallDbPerUpdate = 1.5;
}  // namespace

LevelMeter::LevelMeter(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("levelMeter"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  setToolTip(tr("Input level: speak at your normal volume; the bar should reach the amber part but never red"));
}

void LevelMeter::setLevel(double peakDbfs, double rmsDbfs) {
  m_peak = peakDbfs;
  m_rms = rmsDbfs;
  m_maxPeak = std::max(m_maxPeak, peakDbfs);
  if (peakDbfs >= m_heldPeak) {
    m_heldPeak = peakDbfs;
    m_holdUpdates = kHoldUpdates;
  } else if (m_holdUpdates > 0) {
    --m_holdUpdates;
  } else {
    m_heldPeak = std::max(peakDbfs, m_heldPeak - kFallDbPerUpdate);
  }
  update();
}

void LevelMeter::reset() {
  m_peak = m_rms = m_heldPeak = kFloorDbfs;
  m_maxPeak = -1000.0;
  m_holdUpdates = 0;
  update();
}

void LevelMeter::paintEvent(QPaintEvent*) {
  QPainter p(this);
  const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
  p.fillRect(r, palette().color(QPalette::Base));
  const double clipLight = std::min(12.0, r.height());  // square at the right end
  const double w = r.width() - clipLight - 2;
  const auto xOf = [&](double db) { return r.left() + w * (std::clamp(db, kFloorDbfs, 0.0) - kFloorDbfs) / -kFloorDbfs; };
  const QColor green(0x2e, 0xa0, 0x43), amber(0xd8, 0x9b, 0x1a), red(0xd0, 0x3a, 0x2f);
  // The RMS bar, coloured by zone.
  const double x = xOf(m_rms);
  const double warnX = xOf(kWarnDbfs), clipX = xOf(kClipDbfs);
  p.fillRect(QRectF(r.left(), r.top(), std::min(x, warnX) - r.left(), r.height()), green);
  if (x > warnX) p.fillRect(QRectF(warnX, r.top(), std::min(x, clipX) - warnX, r.height()), amber);
  if (x > clipX) p.fillRect(QRectF(clipX, r.top(), x - clipX, r.height()), red);
  // Held peak.
  const double px = xOf(m_heldPeak);
  p.setPen(QPen(m_heldPeak >= kClipDbfs ? red : m_heldPeak >= kWarnDbfs ? amber : palette().color(QPalette::Text), 2));
  if (m_heldPeak > kFloorDbfs) p.drawLine(QPointF(px, r.top()), QPointF(px, r.bottom()));
  // Ticks every 12 dB.
  p.setPen(palette().color(QPalette::Mid));
  for (double db = kFloorDbfs; db <= 0; db += 12) p.drawLine(QPointF(xOf(db), r.bottom() - 3), QPointF(xOf(db), r.bottom()));
  p.drawRect(QRectF(r.left(), r.top(), w, r.height()));
  // Clip light: stays on once clipping happened.
  const QRectF light(r.right() - clipLight, r.top(), clipLight, r.height());
  p.fillRect(light, clipped() ? red : palette().color(QPalette::Button));
  p.drawRect(light);
}

}  // namespace timbre::gui
