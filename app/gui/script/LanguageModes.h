#pragma once
// The engine's language modes with names a person understands, shared by the
// script and prompt language pickers.
class QComboBox;
class QString;

namespace timbre::gui {

// Fills `combo` with every mode (zh en ja ko yue auto auto_yue all_zh all_ja
// all_ko all_yue); the item data is the engine's code. Selects `current`.
void fillLanguageCombo(QComboBox* combo, const QString& current);

}  // namespace timbre::gui
