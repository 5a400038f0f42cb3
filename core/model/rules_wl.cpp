// WLTP drive-cycle class of the converted van (regulation.md WL-01/WL-02), informational: it says
// which cycle the range and consumption figures must be computed on. The arithmetic is
// selectWltcClass() (drive_cycle.h), whose boundaries follow GTR 15: PMR ≤ 22 → 1, ≤ 34 → 2,
// > 34 → 3a/3b at 120 km/h. Its figures are high-confidence and fixed by the GTR, so they are
// not rule-set parameters.
#include "model/drive_cycle.h"
#include "model/rules_internal.h"

namespace remaster::model::rules_detail {
namespace {

const char *className(WltcClass c)
{
    switch (c) {
    case WltcClass::Class1: return "1";
    case WltcClass::Class2: return "2";
    case WltcClass::Class3a: return "3a";
    case WltcClass::Class3b: return "3b";
    }
    return "";
}

void wl02(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    // Without a top speed the 3a/3b split is unknown; 300 km/h only picks a branch, reported below.
    const units::Velocity vmax = c.in.maxVehicleSpeed ? *c.in.maxVehicleSpeed : units::kilometresPerHour(300.0);
    // R85 maximum net power as the GTR's rated power of a pure EV (regulation.md WL-01: low confidence).
    const WltcSelection after = selectWltcClass(c.in.motorPeakPower, c.massInRunningOrderAfter, vmax);
    const WltcSelection before = selectWltcClass(c.in.identity.maxNetPower, c.in.identity.massInRunningOrder, vmax);
    r.measured = RuleValue { after.pmrWattsPerKilogram, "W/kg" };
    const bool class3 = after.wltcClass == WltcClass::Class3a || after.wltcClass == WltcClass::Class3b;
    r.boundary = class3 ? Boundary::Above : Boundary::AtMost;
    const double edge = after.wltcClass == WltcClass::Class1 ? 22.0 : 34.0;
    r.limit = RuleValue { edge, "W/kg" };
    r.margin = class3 ? after.pmrWattsPerKilogram - edge : edge - after.pmrWattsPerKilogram;
    const std::vector<std::string> args { num(after.pmrWattsPerKilogram, 1), className(after.wltcClass), after.cycleId,
                                          className(before.wltcClass) };
    if (class3 && !c.in.maxVehicleSpeed) {
        r.status = RuleStatus::Warning;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "PMR %1 W/kg: WLTC class 3; 3a or 3b depends on the top speed, which is not given."),
                args);
    } else {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "PMR %1 W/kg: WLTC class %2 (%3); the diesel van was class %4."), args);
    }
    out.push_back(std::move(r));
}

} // namespace

std::vector<Rule> wlRules(const RuleSetParameters &)
{
    return {
        { { "WL-02", QT_TRANSLATE_NOOP("Model", "WLTC class by power-to-mass ratio"),
            "UN GTR 15 Annex 1 §1–2 (Amendment 2); Reg. (EU) 2017/1151 Annex XXI", Boundary::AtMost,
            QT_TRANSLATE_NOOP("Model", "PMR = P / (m_ro − 75 kg); class 1 ≤ 22 W/kg < class 2 ≤ 34 W/kg < class 3"),
            RuleKind::Informational, LegalConfidence::High, "kit.motor_id" },
          wl02 }
    };
}

} // namespace remaster::model::rules_detail
