#pragma once
// The reference quality report as a list: a coloured mark per check
// (green pass, amber warning, red problem), the measurement and what to do.
#include "audio/QualityReport.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace timbre::gui {

class QualityView : public QWidget {
  Q_OBJECT

 public:
  explicit QualityView(QWidget* parent = nullptr);

  void setReport(const audio::QualityReport& report);
  void clear();
  // The one-line verdict above the list (tests read it).
  QString summary() const;
  // Rows shown, one per check.
  int rowCount() const;
  // The level of row `row` (its mark's colour).
  audio::QualityLevel rowLevel(int row) const;

  // The first row of that level, or -1.
  int firstRowAt(audio::QualityLevel level) const;
  // Whether the row is wholly in sight in the list (tests read it).
  bool isRowVisible(int row) const;
  // The red rows as "Check: measurement — what to do", one per row.
  QStringList failingChecks() const;

  static QColor levelColor(audio::QualityLevel level);

 private:
  QLabel* m_summary = nullptr;
  QTreeWidget* m_list = nullptr;
};

}  // namespace timbre::gui
