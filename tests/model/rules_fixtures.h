// A converted Master that passes every computable rule (evidence aside), for the rule tests to
// move one figure at a time across a limit. Figures are the mass-balance hand calculation of
// tst_mass_balance.cpp: m_ro 2000 → 2190 kg (+9.5 %), GVW 3500 kg, P.2 92 kW.
#pragma once

#include "model/rules.h"

#include <QTest>

#include <string>

namespace rulefixtures {
using namespace remaster;
using namespace remaster::model;

inline MassBalanceInput massSheet()
{
    MassBalanceInput in;
    in.vehicle = { units::kilograms(2000), units::kilograms(1200), units::metres(3.5), units::kilograms(1850),
                   units::kilograms(2200), units::kilograms(3500), units::metres(3.0) };
    auto item = [](const char *id, double kg, double x, MassItemCategory c) {
        return MassItem { id, id, units::kilograms(kg), units::metres(x), std::nullopt, MassItemOrigin::Catalog, c };
    };
    const auto R = MassItemCategory::Removed;
    const auto A = MassItemCategory::Added;
    in.items = { item("engine", 200, -0.3, R), item("gearbox", 60, -0.1, R), item("tank", 40, 2.5, R),
                 item("motor", 70, -0.2, A),   item("battery", 400, 1.8, A), item("inverter", 12, -0.4, A),
                 item("charger", 8, 0.5, A) };
    return in;
}

inline RuleInput baseline()
{
    RuleInput in;
    auto &id = in.identity;
    id.vin = "VF1MA000012345678";
    id.firstRegistration = { 2015, 6, 15 };
    id.category = "N1";
    id.nationalGenre = "CTTE";
    id.bodyWork = "FOURGON";
    id.gvw = units::kilograms(3500);
    id.massInRunningOrder = units::kilograms(2000);
    id.maxNetPower = units::kilowatts(92);
    id.energy = "GO";
    id.seats = 3;
    in.conversionDate = { 2026, 11, 2 };
    in.evaluationDate = { 2026, 11, 2 };
    in.dimensionsBefore = { units::metres(5.548), units::metres(2.070), units::metres(2.307), units::metres(3.682) };
    in.dimensionsAfter = in.dimensionsBefore;
    in.gvwAfter = units::kilograms(3500);
    in.massBalance = computeMassBalance(massSheet());
    in.motorPeakPower = units::kilowatts(80);
    in.motorContinuousPower = units::kilowatts(57);
    in.maxVehicleSpeed = units::kilometresPerHour(130);
    in.packMaxVoltage = units::volts(400);
    in.installerHabilitationValidUntil = Date { 2027, 6, 30 };
    return in;
}

inline RuleSetParameters params()
{
    return defaultRuleSetParameters();
}

// The one result with this id and item; fails the test if there is not exactly one.
inline RuleResult result(const CheckReport &report, const char *id, const char *item = "")
{
    RuleResult found;
    int n = 0;
    for (const auto &r : report.results)
        if (r.ruleId == id && r.item == item) {
            found = r;
            ++n;
        }
    if (n != 1)
        qWarning("rule %s item '%s' found %d times", id, item, n);
    [&] { QCOMPARE(n, 1); }();
    return found;
}

inline RuleStatus status(const RuleInput &in, const char *id, const char *item = "",
                         const RuleSetParameters &p = defaultRuleSetParameters())
{
    return result(evaluateRules(in, p), id, item).status;
}

inline void provide(RuleInput &in, const char *evidenceId, std::optional<double> measured = std::nullopt,
                    std::optional<double> current = std::nullopt, bool provided = true)
{
    in.evidence[evidenceId] = EvidenceRecord { provided, measured, current, "" };
}

} // namespace rulefixtures

namespace QTest {
template<> inline char *toString(const remaster::model::RuleStatus &s)
{
    return qstrdup(remaster::model::ruleStatusCode(s));
}
} // namespace QTest
