// How rule values read on screen and on paper: the JSON keeps ASCII codes ("kOhm", ">=") that
// scripts match on; people read "kΩ" and "≥".
#pragma once

#include <QString>

namespace remaster::documents {

QString ruleUnitSymbol(const QString &unitCode); // "kOhm" → "kΩ", "Ohm" → "Ω", "1" → "" (a ratio)
QString boundarySymbol(const QString &boundaryCode); // ">=" → "≥", "<=" → "≤", "==" → "="

} // namespace remaster::documents
