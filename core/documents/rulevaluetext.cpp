#include "rulevaluetext.h"

namespace remaster::documents {

QString ruleUnitSymbol(const QString &unitCode)
{
    if (unitCode == QLatin1String("kOhm"))
        return QStringLiteral("kΩ");
    if (unitCode == QLatin1String("Ohm"))
        return QStringLiteral("Ω");
    if (unitCode == QLatin1String("1"))
        return QString();
    return unitCode;
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
