#include "LanguageModes.h"

#include <QComboBox>
#include <QCoreApplication>

namespace timbre::gui {

void fillLanguageCombo(QComboBox* combo, const QString& current) {
  struct Mode {
    const char* code;
    const char* label;
  };
  // Mixed modes read English words inside the main language; "all_" modes read
  // everything as that one language.
  static const Mode kModes[] = {
      {"zh", QT_TRANSLATE_NOOP("LanguageModes", "Chinese (with English)")},
      {"en", QT_TRANSLATE_NOOP("LanguageModes", "English")},
      {"ja", QT_TRANSLATE_NOOP("LanguageModes", "Japanese (with English)")},
      {"ko", QT_TRANSLATE_NOOP("LanguageModes", "Korean (with English)")},
      {"yue", QT_TRANSLATE_NOOP("LanguageModes", "Cantonese (with English)")},
      {"auto", QT_TRANSLATE_NOOP("LanguageModes", "Automatic (mixed languages)")},
      {"auto_yue", QT_TRANSLATE_NOOP("LanguageModes", "Automatic, Chinese read as Cantonese")},
      {"all_zh", QT_TRANSLATE_NOOP("LanguageModes", "Chinese only")},
      {"all_ja", QT_TRANSLATE_NOOP("LanguageModes", "Japanese only")},
      {"all_ko", QT_TRANSLATE_NOOP("LanguageModes", "Korean only")},
      {"all_yue", QT_TRANSLATE_NOOP("LanguageModes", "Cantonese only")},
  };
  combo->clear();
  for (const Mode& m : kModes)
    combo->addItem(QStringLiteral("%1 — %2").arg(QString::fromLatin1(m.code),
                                                  QCoreApplication::translate("LanguageModes", m.label)),
                   QString::fromLatin1(m.code));
  const int index = combo->findData(current);
  combo->setCurrentIndex(index >= 0 ? index : 0);
}

}  // namespace timbre::gui
