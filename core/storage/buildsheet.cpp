#include "buildsheet.h"

#include <QRegularExpression>

namespace remaster::storage {

QString sheetStatusCode(SheetStatus s)
{
    switch (s) {
    case SheetStatus::Draft: return QStringLiteral("draft");
    case SheetStatus::InReview: return QStringLiteral("in-review");
    case SheetStatus::Approved: return QStringLiteral("approved");
    case SheetStatus::Built: return QStringLiteral("built");
    case SheetStatus::Archived: return QStringLiteral("archived");
    }
    return {};
}

std::optional<SheetStatus> sheetStatusFromCode(const QString &code)
{
    for (SheetStatus s : { SheetStatus::Draft, SheetStatus::InReview, SheetStatus::Approved, SheetStatus::Built,
                           SheetStatus::Archived })
        if (sheetStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QString sheetStatusLabel(SheetStatus s)
{
    switch (s) {
    case SheetStatus::Draft: return SheetText::tr("Draft");
    case SheetStatus::InReview: return SheetText::tr("In review");
    case SheetStatus::Approved: return SheetText::tr("Approved");
    case SheetStatus::Built: return SheetText::tr("Built");
    case SheetStatus::Archived: return SheetText::tr("Archived");
    }
    return {};
}

bool isSealedStatus(SheetStatus s)
{
    return s == SheetStatus::Approved || s == SheetStatus::Built || s == SheetStatus::Archived;
}

bool isAllowedTransition(SheetStatus from, SheetStatus to)
{
    using S = SheetStatus;
    return (from == S::Draft && to == S::InReview) || (from == S::InReview && to == S::Draft)
        || (from == S::InReview && to == S::Approved) || (from == S::Approved && to == S::Built)
        || (from == S::Built && to == S::Archived) || (from == S::Draft && to == S::Archived);
}

QList<SheetStatus> allowedTransitions(SheetStatus from)
{
    QList<SheetStatus> out;
    for (SheetStatus s : { SheetStatus::Draft, SheetStatus::InReview, SheetStatus::Approved, SheetStatus::Built,
                           SheetStatus::Archived })
        if (isAllowedTransition(from, s))
            out.append(s);
    return out;
}

QString signOffRoleCode(SignOffRole r)
{
    switch (r) {
    case SignOffRole::Engineer: return QStringLiteral("engineer");
    case SignOffRole::WorkshopLead: return QStringLiteral("workshop-lead");
    case SignOffRole::Homologation: return QStringLiteral("homologation");
    }
    return {};
}

std::optional<SignOffRole> signOffRoleFromCode(const QString &code)
{
    for (SignOffRole r : { SignOffRole::Engineer, SignOffRole::WorkshopLead, SignOffRole::Homologation })
        if (signOffRoleCode(r) == code)
            return r;
    return std::nullopt;
}

QStringList SheetRevision::failingRules() const
{
    QStringList failing;
    const QJsonArray rules = snapshot.value(QLatin1String("rules")).toArray();
    for (const QJsonValue &v : rules) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("status")).toString() == QLatin1String("fail"))
            failing.append(o.value(QLatin1String("rule_id")).toString());
    }
    return failing;
}

bool SheetText::isValidNumber(const QString &number)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]{4}-[0-9]{4,6}$"));
    return re.match(number).hasMatch();
}

} // namespace remaster::storage
