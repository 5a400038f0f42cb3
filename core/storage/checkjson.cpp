#include "checkjson.h"

#include <QJsonArray>

#include <cmath>

namespace remaster::storage {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

QJsonValue finite(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonValue value(const std::optional<RuleValue> &v)
{
    if (!v)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject { { QStringLiteral("value"), finite(v->value) },
                         { QStringLiteral("unit"), QString::fromStdString(v->unit) } };
}

QJsonObject axle(const AxleCheck &a)
{
    return { { QStringLiteral("load_kg"), u::inKilograms(a.load) },
             { QStringLiteral("limit_kg"), u::inKilograms(a.limit) },
             { QStringLiteral("margin_kg"), u::inKilograms(a.margin) },
             { QStringLiteral("pass"), a.pass } };
}

QJsonObject capacity(const PayloadCapacity &c)
{
    return { { QStringLiteral("position_mm"), u::inMillimetres(c.position) },
             { QStringLiteral("by_gvw_kg"), finite(u::inKilograms(c.byGvw)) },
             { QStringLiteral("by_front_axle_kg"), finite(u::inKilograms(c.byFrontAxle)) },
             { QStringLiteral("by_rear_axle_kg"), finite(u::inKilograms(c.byRearAxle)) },
             { QStringLiteral("usable_kg"), finite(u::inKilograms(c.usable)) },
             { QStringLiteral("limited_by"), QLatin1String(payloadLimitCode(c.limitedBy)) } };
}

} // namespace

QString CheckJson::explanation(const RuleResult &r)
{
    QString text = QCoreApplication::translate("Model", r.explanation.c_str());
    // One-pass replacement like RuleResult::explanationText(), on the translated template.
    QString out;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1')
            && text.at(i + 1) <= QLatin1Char('9')) {
            const auto index = static_cast<std::size_t>(text.at(i + 1).unicode() - '1');
            if (index < r.arguments.size()) {
                out += QString::fromStdString(r.arguments[index]);
                ++i;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString CheckJson::title(const RuleResult &r)
{
    return QCoreApplication::translate("Model", r.title.c_str());
}

QString CheckJson::statusText(RuleStatus s)
{
    switch (s) {
    case RuleStatus::Pass: return tr("pass");
    case RuleStatus::Warning: return tr("warning");
    case RuleStatus::Fail: return tr("FAIL");
    case RuleStatus::NeedsEvidence: return tr("needs evidence");
    case RuleStatus::NotApplicable: return tr("not applicable");
    }
    return {};
}

QJsonObject CheckJson::writeReport(const CheckReport &report)
{
    QJsonArray results;
    for (const auto &r : sortedFailingFirst(report.results)) {
        QJsonArray keys;
        for (const auto &k : r.parameterKeys)
            keys.append(QString::fromStdString(k));
        results.append(
            QJsonObject { { QStringLiteral("rule_id"), QString::fromStdString(r.ruleId) },
                          { QStringLiteral("item"), QString::fromStdString(r.item) },
                          { QStringLiteral("title"), QString::fromStdString(r.title) },
                          { QStringLiteral("status"), QLatin1String(ruleStatusCode(r.status)) },
                          { QStringLiteral("boundary"), QLatin1String(boundaryCode(r.boundary)) },
                          { QStringLiteral("measured"), value(r.measured) },
                          { QStringLiteral("limit"), value(r.limit) },
                          { QStringLiteral("limit_high"), value(r.limitHigh) },
                          { QStringLiteral("margin"), r.margin ? finite(*r.margin) : QJsonValue(QJsonValue::Null) },
                          { QStringLiteral("explanation"), QString::fromStdString(r.explanationText()) },
                          { QStringLiteral("legal_reference"), QString::fromStdString(r.legalReference) },
                          { QStringLiteral("limit_pending_confirmation"), r.limitPendingConfirmation },
                          { QStringLiteral("parameters"), keys },
                          { QStringLiteral("jump_target"), QString::fromStdString(r.jumpTarget) },
                          { QStringLiteral("ruleset_version"), QString::fromStdString(r.rulesetVersion) } });
    }
    return { { QStringLiteral("ruleset_version"), QString::fromStdString(report.rulesetVersion) },
             { QStringLiteral("any_fail"), report.anyFail },
             { QStringLiteral("counts"),
               QJsonObject { { QStringLiteral("pass"), report.passCount },
                             { QStringLiteral("warning"), report.warningCount },
                             { QStringLiteral("fail"), report.failCount },
                             { QStringLiteral("needs_evidence"), report.needsEvidenceCount },
                             { QStringLiteral("not_applicable"), report.notApplicableCount } } },
             { QStringLiteral("results"), results } };
}

QJsonObject CheckJson::writeMassBalance(const MassBalanceResult &m)
{
    QJsonArray cases;
    for (const auto &c : m.loadCases)
        cases.append(QJsonObject { { QStringLiteral("id"), QLatin1String(loadCaseCode(c.id)) },
                                   { QStringLiteral("payload_kg"), u::inKilograms(c.payload) },
                                   { QStringLiteral("payload_position_mm"), u::inMillimetres(c.payloadPosition) },
                                   { QStringLiteral("total_kg"), u::inKilograms(c.total) },
                                   { QStringLiteral("front_axle"), axle(c.front) },
                                   { QStringLiteral("rear_axle"), axle(c.rear) },
                                   { QStringLiteral("front_share_of_total_percent"), c.frontShareOfTotal * 100.0 },
                                   { QStringLiteral("front_share_of_gvw_percent"), c.frontShareOfGvw * 100.0 },
                                   { QStringLiteral("pass"), c.pass() } });
    QJsonObject out { { QStringLiteral("original_centre_of_mass_mm"), u::inMillimetres(m.originalCentreOfMass) },
                      { QStringLiteral("original_front_share_percent"), m.originalFrontShare * 100.0 },
                      { QStringLiteral("removed_mass_kg"), u::inKilograms(m.removedMass) },
                      { QStringLiteral("added_mass_kg"), u::inKilograms(m.addedMass) },
                      { QStringLiteral("mass_in_running_order_kg"), u::inKilograms(m.massInRunningOrder) },
                      { QStringLiteral("mass_change_percent"), m.massChangeRatio * 100.0 },
                      { QStringLiteral("centre_of_mass_mm"), u::inMillimetres(m.centreOfMass) },
                      { QStringLiteral("front_share_percent"), m.frontShare * 100.0 },
                      { QStringLiteral("front_share_change_points"), m.frontShareChange * 100.0 },
                      { QStringLiteral("load_cases"), cases },
                      { QStringLiteral("payload_at_load_centre"), capacity(m.capacityAtLoadCentre) } };
    if (m.capacityAtCustomPosition)
        out.insert(QStringLiteral("payload_at_custom_position"), capacity(*m.capacityAtCustomPosition));
    return out;
}

} // namespace remaster::storage
