#include "rulevaluetext.h"

#include "documentlanguage.h"

#include <QCoreApplication>

namespace remaster::documents {

namespace {

// Passed as a variable: lupdate would read a literal in `language.tr(...)` as a source text.
constexpr const char *kContext = "RuleUnits";

// Unit codes that are abbreviations of words, so differ between languages.
const char *unitWordSource(const QString &unitCode)
{
    if (unitCode == QLatin1String("d"))
        //: Unit symbol of a number of days (a vehicle's age, a habilitation's validity).
        return QT_TRANSLATE_NOOP("RuleUnits", "d");
    if (unitCode == QLatin1String("pp"))
        //: Unit of a difference between two percentages: percentage points.
        return QT_TRANSLATE_NOOP("RuleUnits", "pp");
    return nullptr;
}

QString symbolOnly(const QString &unitCode)
{
    if (unitCode == QLatin1String("kOhm"))
        return QStringLiteral("kΩ");
    if (unitCode == QLatin1String("Ohm"))
        return QStringLiteral("Ω");
    if (unitCode == QLatin1String("1"))
        return QString();
    return unitCode;
}

} // namespace

QString ruleUnitSymbol(const QString &unitCode)
{
    const char *word = unitWordSource(unitCode);
    return word ? QCoreApplication::translate(kContext, word) : symbolOnly(unitCode);
}

QString ruleUnitSymbol(const QString &unitCode, const DocumentLanguage &language)
{
    const char *word = unitWordSource(unitCode);
    return word ? language.tr(kContext, word) : symbolOnly(unitCode);
}

QString boundarySymbol(const QString &boundaryCode)
{
    if (boundaryCode == QLatin1String(">="))
        return QStringLiteral("≥");
    if (boundaryCode == QLatin1String("<="))
        return QStringLiteral("≤");
    if (boundaryCode == QLatin1String("=="))
        return QStringLiteral("=");
    if (boundaryCode == QLatin1String("none"))
        return QString();
    return boundaryCode; // ">" and "<" read as they are
}

} // namespace remaster::documents
