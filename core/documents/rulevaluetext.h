// How rule values read on screen and on paper: the JSON keeps ASCII codes ("kOhm", ">=") that
// scripts match on; people read "kΩ" and "≥".
#pragma once

#include <QString>

namespace remaster::documents {

class DocumentLanguage;

// "kOhm" → "kΩ", "Ohm" → "Ω", "1" → "" (a ratio); words ("d" for days, "pp" for percentage
// points) in the UI language, or in a document's language with the second overload.
QString ruleUnitSymbol(const QString &unitCode);
QString ruleUnitSymbol(const QString &unitCode, const DocumentLanguage &language);
QString boundarySymbol(const QString &boundaryCode); // ">=" → "≥", "<=" → "≤", "==" → "="

} // namespace remaster::documents
