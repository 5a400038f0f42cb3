// Electrical safety (UN R100, regulation.md §4): high-voltage class, minimum isolation
// resistance for the pack's maximum voltage, and the checklist items that only a test report or
// an inspection can close (direct contact, bonding, marking, REESS).
#include "model/rules_internal.h"

#include <algorithm>

namespace remaster::model::rules_detail {
namespace {

const EvidenceRecord *findEvidence(const RuleContext &c, const char *id)
{
    const auto it = c.in.evidence.find(id);
    return it == c.in.evidence.end() ? nullptr : &it->second;
}

// EL-01: > min and ≤ max is high voltage (class B); the minimum itself is class A.
bool dcIsHighVoltage(const RuleContext &c)
{
    return units::inVolts(c.in.packMaxVoltage) > c.p.hvDcMin.value;
}
bool acIsHighVoltage(const RuleContext &c)
{
    return c.in.acBusMaxVoltage && units::inVolts(*c.in.acBusMaxVoltage) > c.p.hvAcMin.value;
}
bool isHighVoltage(const RuleContext &c)
{
    return dcIsHighVoltage(c) || acIsHighVoltage(c);
}

void notHighVoltage(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    r.status = RuleStatus::NotApplicable;
    explain(r, QT_TRANSLATE_NOOP("Model", "No high-voltage bus (EL-01): this requirement does not apply."));
    out.push_back(std::move(r));
}

void el01(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    uses(r, "hv_dc_min", c.p.hvDcMin.meta);
    uses(r, "hv_dc_max", c.p.hvDcMax.meta);
    const double u = units::inVolts(c.in.packMaxVoltage);
    r.measured = RuleValue { u, "V" };
    r.limit = RuleValue { c.p.hvDcMin.value, "V" };
    r.limitHigh = RuleValue { c.p.hvDcMax.value, "V" };
    const std::vector<std::string> args { num(u), num(c.p.hvDcMin.value), num(c.p.hvDcMax.value) };
    if (u > c.p.hvDcMax.value) {
        r.status = RuleStatus::Fail;
        r.margin = c.p.hvDcMax.value - u;
        explain(r, QT_TRANSLATE_NOOP("Model", "Pack maximum %1 V DC is above %3 V, outside R100's high-voltage class."),
                args);
    } else if (dcIsHighVoltage(c)) {
        r.status = RuleStatus::Pass;
        r.margin = std::min(u - c.p.hvDcMin.value, c.p.hvDcMax.value - u);
        explain(
            r,
            QT_TRANSLATE_NOOP(
                "Model", "Pack maximum %1 V DC is high voltage (> %2 V, ≤ %3 V): the R100 rules EL-02 to EL-08 apply."),
            args);
    } else if (acIsHighVoltage(c)) {
        uses(r, "hv_ac_min", c.p.hvAcMin.meta);
        r.status = RuleStatus::Pass;
        explain(
            r,
            QT_TRANSLATE_NOOP("Model", "The AC bus is high voltage (> %1 V rms): the R100 rules EL-02 to EL-08 apply."),
            { num(c.p.hvAcMin.value) });
    } else {
        r.status = RuleStatus::Pass;
        explain(
            r,
            QT_TRANSLATE_NOOP(
                "Model",
                "Pack maximum %1 V DC is not above %2 V: voltage class A, the R100 high-voltage rules do not apply."),
            args);
    }
    if (c.in.acBusMaxVoltage && units::inVolts(*c.in.acBusMaxVoltage) > c.p.hvAcMax.value) {
        uses(r, "hv_ac_max", c.p.hvAcMax.meta);
        r.status = RuleStatus::Fail;
        explain(r, QT_TRANSLATE_NOOP("Model", "AC bus %1 V rms is above %2 V, outside R100's high-voltage class."),
                { num(units::inVolts(*c.in.acBusMaxVoltage)), num(c.p.hvAcMax.value) });
    }
    out.push_back(std::move(r));
}

// Isolation resistance: required = Ω/V × working voltage; R ≥ required passes (the limit itself
// passes: "≥ 100 Ω/V"). Reported in kΩ.
void isolationItem(const RuleContext &c, const Rule &rule, const std::string &item, const char *evidenceId,
                   double ohmPerVolt, const char *key, const ParameterMeta &meta, double volts,
                   std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c, item);
    uses(r, key, meta);
    r.jumpTarget = std::string("evidence.") + evidenceId;
    const double requiredKOhm = ohmPerVolt * volts / 1000.0;
    r.limit = RuleValue { requiredKOhm, "kOhm" };
    const std::vector<std::string> base { num(ohmPerVolt), num(volts), num(requiredKOhm, 1) };
    const EvidenceRecord *e = findEvidence(c, evidenceId);
    if (!e || !e->measuredValue) {
        r.status = RuleStatus::NeedsEvidence;
        explain(r, QT_TRANSLATE_NOOP("Model", "Needs an isolation measurement of at least %1 Ω/V × %2 V = %3 kΩ."),
                base);
        out.push_back(std::move(r));
        return;
    }
    const double measuredKOhm = *e->measuredValue / 1000.0;
    r.measured = RuleValue { measuredKOhm, "kOhm" };
    r.margin = measuredKOhm - requiredKOhm;
    std::vector<std::string> args = base;
    args.push_back(num(measuredKOhm, 1));
    if (!atLeast(measuredKOhm, requiredKOhm)) {
        r.status = RuleStatus::Fail; // a measured value below the limit fails, report or not
        explain(r, QT_TRANSLATE_NOOP("Model", "Measured %4 kΩ is below the required %1 Ω/V × %2 V = %3 kΩ."), args);
    } else if (!e->provided) {
        r.status = RuleStatus::NeedsEvidence;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "Measured %4 kΩ meets %1 Ω/V × %2 V = %3 kΩ, but the test report is not recorded."),
                args);
    } else {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "Measured %4 kΩ meets the required %1 Ω/V × %2 V = %3 kΩ."), args);
    }
    out.push_back(std::move(r));
}

double acVolts(const RuleContext &c)
{
    // Without the AC bus voltage, the pack voltage bounds it (an inverter's rms output stays
    // below its DC input), so the requirement is conservative.
    return units::inVolts(c.in.acBusMaxVoltage ? *c.in.acBusMaxVoltage : c.in.packMaxVoltage);
}

// EL-02: DC and AC buses galvanically isolated from each other.
void el02(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!isHighVoltage(c))
        return notHighVoltage(c, rule, out);
    if (c.in.acDcGalvanicallyConnected) {
        RuleResult r = makeResult(rule, c);
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "DC and AC buses are galvanically connected: EL-03 applies."));
        out.push_back(std::move(r));
        return;
    }
    isolationItem(c, rule, "dc-bus", evidence::kIsolationDcBus, c.p.isolationDcOhmPerVolt.value,
                  "isolation_dc_ohm_per_volt", c.p.isolationDcOhmPerVolt.meta, units::inVolts(c.in.packMaxVoltage),
                  out);
    isolationItem(c, rule, "ac-bus", evidence::kIsolationAcBus, c.p.isolationAcOhmPerVolt.value,
                  "isolation_ac_ohm_per_volt", c.p.isolationAcOhmPerVolt.meta, acVolts(c), out);
}

// EL-03: buses connected → 500 Ω/V, or 100 Ω/V when every AC bus is doubly protected.
void el03(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!isHighVoltage(c))
        return notHighVoltage(c, rule, out);
    if (!c.in.acDcGalvanicallyConnected) {
        RuleResult r = makeResult(rule, c);
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "DC and AC buses are galvanically isolated: EL-02 applies."));
        out.push_back(std::move(r));
        return;
    }
    const double volts = std::max(units::inVolts(c.in.packMaxVoltage), acVolts(c));
    if (c.in.acDoubleProtection) {
        isolationItem(c, rule, "combined", evidence::kIsolationCombined, c.p.isolationDcOhmPerVolt.value,
                      "isolation_dc_ohm_per_volt", c.p.isolationDcOhmPerVolt.meta, volts, out);
        // The 100 Ω/V relief holds only with the double protection documented.
        evidenceItem(c, rule, "double-protection", evidence::kAcDoubleProtection, out);
    } else {
        isolationItem(c, rule, "combined", evidence::kIsolationCombined, c.p.isolationAcOhmPerVolt.value,
                      "isolation_ac_ohm_per_volt", c.p.isolationAcOhmPerVolt.meta, volts, out);
    }
}

void el05(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!isHighVoltage(c))
        return notHighVoltage(c, rule, out);
    evidenceItem(c, rule, "ipxxd-cab-and-load-space", evidence::kDirectContactCabin, out);
    evidenceItem(c, rule, "ipxxb-elsewhere", evidence::kDirectContactElsewhere, out);
}

// EL-06: bonding resistance < 0.1 Ω (0.1 itself fails) at a test current ≥ 0.2 A (0.2 passes).
void el06(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!isHighVoltage(c))
        return notHighVoltage(c, rule, out);
    RuleResult r = makeResult(rule, c, "bonding");
    r.jumpTarget = std::string("evidence.") + evidence::kBonding;
    uses(r, "bonding_max_resistance", c.p.bondingMaxResistance.meta);
    uses(r, "bonding_min_test_current", c.p.bondingMinTestCurrent.meta);
    const double maxR = c.p.bondingMaxResistance.value, minI = c.p.bondingMinTestCurrent.value;
    r.limit = RuleValue { maxR, "Ohm" };
    const EvidenceRecord *e = findEvidence(c, evidence::kBonding);
    std::vector<std::string> args { num(maxR, 3), num(minI, 2) };
    if (!e || !e->measuredValue) {
        r.status = RuleStatus::NeedsEvidence;
        explain(
            r, QT_TRANSLATE_NOOP("Model", "Needs a bonding measurement below %1 Ω at a test current of at least %2 A."),
            args);
    } else {
        const double ohm = *e->measuredValue;
        r.measured = RuleValue { ohm, "Ohm" };
        r.margin = maxR - ohm;
        args.push_back(num(ohm, 3));
        args.push_back(e->testCurrent ? num(*e->testCurrent, 2) : std::string("?"));
        if (!(ohm < maxR)) {
            r.status = RuleStatus::Fail;
            explain(r, QT_TRANSLATE_NOOP("Model", "Bonding %3 Ω is not below %1 Ω."), args);
        } else if (!e->testCurrent || !atLeast(*e->testCurrent, minI)) {
            r.status = RuleStatus::NeedsEvidence;
            explain(r,
                    QT_TRANSLATE_NOOP("Model", "Bonding %3 Ω was not measured with at least %2 A (test current %4 A)."),
                    args);
        } else if (!e->provided) {
            r.status = RuleStatus::NeedsEvidence;
            explain(
                r,
                QT_TRANSLATE_NOOP("Model", "Bonding %3 Ω at %4 A meets < %1 Ω, but the test report is not recorded."),
                args);
        } else {
            r.status = RuleStatus::Pass;
            explain(r, QT_TRANSLATE_NOOP("Model", "Bonding %3 Ω at %4 A is below %1 Ω."), args);
        }
    }
    out.push_back(std::move(r));
    if (c.in.conductiveCharging) {
        evidenceItem(c, rule, "charging-earth", evidence::kChargingEarth, out);
    }
}

void el07(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!isHighVoltage(c))
        return notHighVoltage(c, rule, out);
    evidenceItem(c, rule, "hv-symbol", evidence::kHvMarking, out);
    evidenceItem(c, rule, "orange-cables", evidence::kOrangeCables, out);
}

void el08(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!isHighVoltage(c))
        return notHighVoltage(c, rule, out);
    evidenceItem(c, rule, {}, evidence::kReessApproval, out);
}

} // namespace

std::vector<Rule> elRules(const RuleSetParameters &p)
{
    using B = Boundary;
    using K = RuleKind;
    using C = LegalConfidence;
    return {
        rule("EL-01", QT_TRANSLATE_NOOP("Model", "High-voltage class"), p.hvDcMin.meta.legalReference, B::Above,
             QT_TRANSLATE_NOOP("Model", "high voltage: > 60 V and ≤ 1500 V DC, or > 30 V and ≤ 1000 V AC rms"),
             K::Informational, C::Medium, "kit.battery.max_voltage", el01),
        rule("EL-02", QT_TRANSLATE_NOOP("Model", "Isolation resistance, separate buses"),
             p.isolationDcOhmPerVolt.meta.legalReference, B::AtLeast,
             QT_TRANSLATE_NOOP("Model", "R_iso ≥ 100 Ω/V (DC bus), ≥ 500 Ω/V (AC bus) × working voltage"), K::Check,
             C::High, "kit.battery.max_voltage", el02),
        rule("EL-03", QT_TRANSLATE_NOOP("Model", "Isolation resistance, connected buses"), "UN R100 §5.1.3.2",
             B::AtLeast,
             QT_TRANSLATE_NOOP("Model", "R_iso ≥ 500 Ω/V × working voltage (100 Ω/V with AC double protection)"),
             K::Check, C::High, "kit.battery.max_voltage", el03),
        rule("EL-05", QT_TRANSLATE_NOOP("Model", "Protection against direct contact"),
             "UN R100 §5.1.1.1–5.1.1.2; ISO 20653", B::None,
             QT_TRANSLATE_NOOP("Model", "IPXXD inside cab and load space, IPXXB elsewhere: evidence recorded"),
             K::Evidence, C::Medium, "evidence.EL-05", el05),
        rule("EL-06", QT_TRANSLATE_NOOP("Model", "Protection against indirect contact (bonding)"),
             p.bondingMaxResistance.meta.legalReference, B::Below,
             QT_TRANSLATE_NOOP("Model", "bonding resistance < 0.1 Ω at a test current ≥ 0.2 A"), K::Evidence, C::Medium,
             "evidence.EL-06.bonding", el06),
        rule("EL-07", QT_TRANSLATE_NOOP("Model", "High-voltage marking and orange cables"), "UN R100 §5.1.1.5", B::None,
             QT_TRANSLATE_NOOP("Model", "HV symbols and orange cable coverings: evidence recorded"), K::Evidence,
             C::High, "evidence.EL-07", el07),
        rule("EL-08", QT_TRANSLATE_NOOP("Model", "REESS approval or test reports"), "UN R100 §5.2 / Part II", B::None,
             QT_TRANSLATE_NOOP("Model", "evidence recorded"), K::Evidence, C::Medium, "evidence.EL-08.reess", el08),
    };
}

} // namespace remaster::model::rules_detail
