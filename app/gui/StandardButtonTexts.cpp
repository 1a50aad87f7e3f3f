#include "StandardButtonTexts.h"

#include <QtGlobal>

namespace timbre::gui {

namespace {
// QT_TRANSLATE_NOOP marks them for lupdate under Qt's own context.
const char* const kTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),      QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),   QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};
}  // namespace

QStringList standardButtonSourceTexts() {
  QStringList texts;
  for (const char* text : kTexts) texts << QString::fromLatin1(text);
  return texts;
}

}  // namespace timbre::gui
