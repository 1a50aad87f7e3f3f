#pragma once
// The texts Qt puts on standard dialog buttons (OK, Cancel, Yes...). Qt looks
// them up in the context "QPlatformTheme"; Debian ships Qt's own translations
// separately (qt6-translations-l10n), so without them every dialog showed
// English buttons in a translated studio. Listing them here puts them in
// Timbre's .ts files, and the studio's translator answers for them.
#include <QStringList>

namespace timbre::gui {

// The English source texts, as Qt asks for them.
QStringList standardButtonSourceTexts();

}  // namespace timbre::gui
