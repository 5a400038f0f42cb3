// French retrofit decree (arrêté du 13 mars 2020 as amended 12 septembre 2023): regulation.md
// §1.1, rules FR-01 … FR-21 where a design gives something to compute or to show evidence for.
// FR-15, FR-18, FR-20, FR-22 … FR-25 are outputs (plate text, attestation, certificate changes)
// or test lists, not checks of a design, and stay with the documents.
#include "model/rules_internal.h"

#include <algorithm>
#include <cmath>

namespace remaster::model {

using namespace rules_detail;

PowerWindowCheck checkPowerWindowWithLimits(units::Power peak, units::Power thirtyMinute, units::Power original,
                                            PowerBasis basis, double lowerFraction, double upperFraction)
{
    PowerWindowCheck c;
    c.basis = basis;
    c.electric = basis == PowerBasis::Peak ? peak : thirtyMinute;
    c.original = original;
    c.lower = lowerFraction * original;
    c.upper = upperFraction * original;
    c.ratio = c.electric / original;
    c.pass = atLeast(c.electric.value(), c.lower.value()) && atMost(c.electric.value(), c.upper.value());
    return c;
}

namespace rules_detail {
namespace {

const char *kArt2 = "Arrêté du 13 mars 2020, art. 2, 1°";

void fr01(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const std::string &j = c.in.identity.category;
    if (isMorN(j)) {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "Category %1 (M or N) is eligible for conversion."), { j });
    } else if (isL(j)) {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "Category %1 (L) is eligible; its minimum age is the L one."), { j });
    } else {
        r.status = RuleStatus::Fail;
        explain(r, QT_TRANSLATE_NOOP("Model", "Category %1 is not M, N or L: the retrofit decree does not cover it."),
                { j });
    }
    out.push_back(std::move(r));
}

void fr02(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const auto s = c.in.identity.registration;
    if (s == RegistrationStatus::FrenchDefinitive) {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "The vehicle is registered in France in a definitive series."));
    } else {
        r.status = RuleStatus::Fail;
        explain(r, QT_TRANSLATE_NOOP("Model", "Registration status %1 is not a French definitive registration."),
                { registrationStatusCode(s) });
    }
    out.push_back(std::move(r));
}

// FR-03 / FR-04: the age is compared on full dates: conversion ≥ B + N years (the anniversary
// itself passes: "at least N years").
struct AgeCheck {
    bool applicable = false;
    bool oldEnough = false;
    int years = 0;
    Date threshold;
};
AgeCheck ageCheck(const RuleContext &c)
{
    AgeCheck a;
    const std::string &j = c.in.identity.category;
    if (!isMorN(j) && !isL(j))
        return a;
    a.applicable = true;
    a.years = static_cast<int>(isL(j) ? c.p.minimumAgeYearsL.value : c.p.minimumAgeYearsMN.value);
    a.threshold = addYears(c.in.identity.firstRegistration, a.years);
    a.oldEnough = c.in.conversionDate >= a.threshold;
    return a;
}

void fr03(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const AgeCheck a = ageCheck(c);
    if (!a.applicable) {
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "No minimum age for a category outside M, N and L (see FR-01)."));
        out.push_back(std::move(r));
        return;
    }
    const bool l = isL(c.in.identity.category);
    uses(r, l ? "minimum_age_years_l" : "minimum_age_years_mn",
         (l ? c.p.minimumAgeYearsL : c.p.minimumAgeYearsMN).meta);
    const Date &b = c.in.identity.firstRegistration;
    const long long age = daysSinceEpoch(c.in.conversionDate) - daysSinceEpoch(b);
    const long long needed = daysSinceEpoch(a.threshold) - daysSinceEpoch(b);
    r.measured = RuleValue { static_cast<double>(age), "d" };
    r.limit = RuleValue { static_cast<double>(needed), "d" };
    r.margin = static_cast<double>(age - needed);
    const std::vector<std::string> args { toIsoString(b), num(a.years), toIsoString(a.threshold),
                                          toIsoString(c.in.conversionDate) };
    if (a.oldEnough) {
        r.status = RuleStatus::Pass;
        explain(r,
                QT_TRANSLATE_NOOP(
                    "Model", "First registered %1: %2 years are reached on %3, on or before the conversion date %4."),
                args);
    } else if (c.in.manufacturerAgreement) {
        r.status = RuleStatus::NotApplicable;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "First registered %1: %2 years are reached only on %3, after the conversion date %4; "
                                  "waived by the manufacturer's technical agreement (FR-04)."),
                args);
    } else {
        r.status = RuleStatus::Fail;
        explain(r,
                QT_TRANSLATE_NOOP(
                    "Model", "First registered %1: %2 years are reached only on %3, after the conversion date %4."),
                args);
    }
    out.push_back(std::move(r));
}

void fr04(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const AgeCheck a = ageCheck(c);
    if (c.in.manufacturerAgreement) {
        r.status = RuleStatus::Pass;
        explain(
            r,
            QT_TRANSLATE_NOOP(
                "Model", "The vehicle manufacturer's technical agreement is recorded: the age limit does not apply."));
    } else if (!a.applicable || a.oldEnough) {
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "No waiver needed: the vehicle meets the age limit."));
    } else {
        r.status = RuleStatus::NeedsEvidence;
        explain(
            r,
            QT_TRANSLATE_NOOP(
                "Model",
                "The vehicle is too young; only the manufacturer's technical agreement would allow the conversion."));
    }
    out.push_back(std::move(r));
}

void fr05(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const std::string &e = c.in.identity.energy;
    if (energyIsThermal(e)) {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "Original energy %1 includes a spark- or compression-ignition engine."),
                { e });
    } else if (e == "H2") {
        r.status = RuleStatus::NeedsEvidence;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "Energy %1 does not say whether the vehicle has a combustion engine or a fuel cell."),
                { e });
    } else {
        r.status = RuleStatus::Fail;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "Original energy %1 has no combustion engine: not a thermal-to-electric conversion."),
                { e });
    }
    out.push_back(std::move(r));
}

void fr06(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    if (c.in.identity.collectorVehicle) {
        r.status = RuleStatus::Fail;
        explain(
            r,
            QT_TRANSLATE_NOOP("Model", "The vehicle is registered as a collector vehicle, which the decree excludes."));
    } else {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "The vehicle is not registered as a collector vehicle."));
    }
    out.push_back(std::move(r));
}

void fr07(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const auto &p = c.p;
    uses(r, "power_window_lower", p.powerWindowLower.meta);
    uses(r, "power_window_upper", p.powerWindowUpper.meta);
    uses(r, "power_basis", p.powerBasis.meta);
    const PowerWindowCheck w
        = checkPowerWindowWithLimits(c.in.motorPeakPower, c.in.motorContinuousPower, c.in.identity.maxNetPower,
                                     p.powerBasis.value, p.powerWindowLower.value, p.powerWindowUpper.value);
    const double e = units::inKilowatts(w.electric);
    r.measured = RuleValue { e, "kW" };
    r.limit = RuleValue { units::inKilowatts(w.lower), "kW" };
    r.limitHigh = RuleValue { units::inKilowatts(w.upper), "kW" };
    r.margin = std::min(e - units::inKilowatts(w.lower), units::inKilowatts(w.upper) - e);
    const std::vector<std::string> args { powerBasisCode(w.basis),
                                          num(e, 1),
                                          num(w.ratio * 100.0, 1),
                                          num(units::inKilowatts(w.original), 1),
                                          num(p.powerWindowLower.value * 100.0),
                                          num(p.powerWindowUpper.value * 100.0) };
    r.status = w.pass ? RuleStatus::Pass : RuleStatus::Fail;
    explain(r,
            w.pass
                ? QT_TRANSLATE_NOOP("Model", "Electric %1 power %2 kW is %3 % of the original %4 kW, inside %5–%6 %.")
                : QT_TRANSLATE_NOOP("Model", "Electric %1 power %2 kW is %3 % of the original %4 kW, outside %5–%6 %."),
            args);
    out.push_back(std::move(r));
}

// FR-08: |Δm| ≤ tol·m₀, ends included. Above the upper bound fails (certain); below the lower
// bound only warns, because regulation.md words the lower bound as less certain.
void fr08(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    uses(r, "mass_change_tolerance", c.p.massChangeTolerance.meta);
    const double m0 = units::inKilograms(c.in.identity.massInRunningOrder);
    const double m1 = units::inKilograms(c.massInRunningOrderAfter);
    const double tol = c.p.massChangeTolerance.value;
    const double lo = (1.0 - tol) * m0, hi = (1.0 + tol) * m0;
    r.measured = RuleValue { m1, "kg" };
    r.limit = RuleValue { lo, "kg" };
    r.limitHigh = RuleValue { hi, "kg" };
    r.margin = std::min(m1 - lo, hi - m1);
    const std::vector<std::string> args { num(m1), num((m1 / m0 - 1.0) * 100.0, 1), num(m0), num(tol * 100.0) };
    if (!atMost(m1, hi)) {
        r.status = RuleStatus::Fail;
        explain(r,
                QT_TRANSLATE_NOOP("Model", "Mass in running order %1 kg is %2 % from the original %3 kg, above +%4 %."),
                args);
    } else if (!atLeast(m1, lo)) {
        r.status = RuleStatus::Warning;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "Mass in running order %1 kg is %2 % from the original %3 kg, below −%4 % "
                                  "(the lower bound is not confirmed)."),
                args);
    } else {
        r.status = RuleStatus::Pass;
        explain(
            r, QT_TRANSLATE_NOOP("Model", "Mass in running order %1 kg is %2 % from the original %3 kg, within ±%4 %."),
            args);
    }
    out.push_back(std::move(r));
}

void fr09(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const double before = units::inKilograms(c.in.identity.gvw);
    const double after = units::inKilograms(c.in.gvwAfter);
    r.measured = RuleValue { after, "kg" };
    r.limit = RuleValue { before, "kg" };
    const bool same = atLeast(after, before) && atMost(after, before);
    r.margin = same ? 0.0 : -std::fabs(after - before);
    r.status = same ? RuleStatus::Pass : RuleStatus::Fail;
    explain(r,
            same ? QT_TRANSLATE_NOOP("Model", "GVW %1 kg is unchanged from F.1 %2 kg.")
                 : QT_TRANSLATE_NOOP("Model", "GVW %1 kg differs from F.1 %2 kg: the decree forbids changing it."),
            { num(after), num(before) });
    out.push_back(std::move(r));
}

void fr10(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    const auto &b = c.in.dimensionsBefore;
    const auto &a = c.in.dimensionsAfter;
    const struct {
        const char *item;
        units::Length before, after;
    } dims[] = { { "length", b.length, a.length },
                 { "width", b.width, a.width },
                 { "height", b.height, a.height },
                 { "wheelbase", b.wheelbase, a.wheelbase } };
    const double tol = c.p.dimensionChangeTolerance.value;
    for (const auto &d : dims) {
        RuleResult r = makeResult(rule, c, d.item);
        uses(r, "dimension_change_tolerance", c.p.dimensionChangeTolerance.meta);
        r.jumpTarget = std::string("vehicle.dimensions_after.") + d.item;
        // Compared in millimetres, the unit of the type data, so that 3.682 m typed twice
        // compares equal whatever the binary rounding of the metre value.
        const double change = std::fabs(units::inMillimetres(d.after) - units::inMillimetres(d.before));
        const double changeM = std::round(change * 1000.0) / 1e6; // 1 µm resolution
        r.measured = RuleValue { changeM, "m" };
        r.limit = RuleValue { tol, "m" };
        r.margin = tol - changeM;
        const bool ok = changeM <= tol;
        r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
        explain(
            r,
            ok ? QT_TRANSLATE_NOOP("Model", "%1 %2 m after conversion, %3 m before: unchanged.")
               : QT_TRANSLATE_NOOP("Model", "%1 %2 m after conversion, %3 m before: the decree requires it unchanged."),
            { d.item, num(units::inMetres(d.after), 3), num(units::inMetres(d.before), 3) });
        out.push_back(std::move(r));
    }
}

void fr11(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    for (const auto &lc : c.in.massBalance.loadCases) {
        for (const auto *axle : { &lc.front, &lc.rear }) {
            const bool front = axle == &lc.front;
            RuleResult r
                = makeResult(rule, c, std::string(loadCaseCode(lc.id)) + (front ? ".front-axle" : ".rear-axle"));
            r.boundary = Boundary::AtMost;
            const double load = units::inKilograms(axle->load), limit = units::inKilograms(axle->limit);
            r.measured = RuleValue { load, "kg" };
            r.limit = RuleValue { limit, "kg" };
            r.margin = limit - load;
            const bool ok = atMost(load, limit);
            r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
            const std::vector<std::string> args { front ? "front" : "rear", loadCaseCode(lc.id), num(load),
                                                  num(limit) };
            explain(
                r,
                ok ? QT_TRANSLATE_NOOP("Model", "The %1 axle carries %3 kg in case %2, within its permissible %4 kg.")
                   : QT_TRANSLATE_NOOP("Model", "The %1 axle carries %3 kg in case %2, above its permissible %4 kg."),
                args);
            out.push_back(std::move(r));
        }
    }
    // Change of the unladen front/rear split, in percentage points of the front share; warning
    // only "beyond" the threshold (strict >), the figure being unconfirmed (regulation.md FR-11).
    RuleResult r = makeResult(rule, c, "unladen-split");
    r.boundary = Boundary::AtMost;
    uses(r, "axle_split_warning_threshold", c.p.axleSplitWarningThreshold.meta);
    const auto &mb = c.in.massBalance;
    const double change = mb.frontShareChange * 100.0;
    const double thr = c.p.axleSplitWarningThreshold.value * 100.0;
    r.measured = RuleValue { change, "pp" };
    r.limit = RuleValue { thr, "pp" };
    r.margin = thr - std::fabs(change);
    const bool ok = atMost(std::fabs(change), thr);
    r.status = ok ? RuleStatus::Pass : RuleStatus::Warning;
    const std::vector<std::string> args { num(mb.originalFrontShare * 100.0, 1), num(mb.frontShare * 100.0, 1),
                                          num(change, 1), num(thr, 1) };
    explain(r,
            ok ? QT_TRANSLATE_NOOP("Model",
                                   "Unladen front-axle share goes from %1 % to %2 % (%3 points), within ±%4 points.")
               : QT_TRANSLATE_NOOP("Model",
                                   "Unladen front-axle share goes from %1 % to %2 % (%3 points), beyond ±%4 points."),
            args);
    out.push_back(std::move(r));
}

void fr12(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c, "category");
    const std::string &before = c.in.identity.category;
    const bool same = c.categoryAfter == before;
    r.status = same ? RuleStatus::Pass : RuleStatus::Warning;
    explain(r,
            same ? QT_TRANSLATE_NOOP("Model", "Category %1 is unchanged.")
                 : QT_TRANSLATE_NOOP(
                     "Model",
                     "Category changes from %2 to %1: outside the retrofit approval, another reception is needed."),
            { c.categoryAfter, before });
    out.push_back(std::move(r));

    RuleResult s = makeResult(rule, c, "seats");
    s.jumpTarget = "vehicle.seats_after";
    if (!c.in.identity.seats || !c.in.seatsAfter) {
        s.status = RuleStatus::NotApplicable;
        explain(s, QT_TRANSLATE_NOOP("Model", "Seat counts (S.1) before and after are not both given."));
    } else {
        const bool sameSeats = *c.in.identity.seats == *c.in.seatsAfter;
        s.measured = RuleValue { static_cast<double>(*c.in.seatsAfter), "1" };
        s.limit = RuleValue { static_cast<double>(*c.in.identity.seats), "1" };
        s.status = sameSeats ? RuleStatus::Pass : RuleStatus::Warning;
        explain(
            s,
            sameSeats
                ? QT_TRANSLATE_NOOP("Model", "Seats %1 unchanged.")
                : QT_TRANSLATE_NOOP(
                    "Model", "Seats change from %2 to %1: outside the retrofit approval, another reception is needed."),
            { std::to_string(*c.in.seatsAfter), std::to_string(*c.in.identity.seats) });
    }
    out.push_back(std::move(s));
}

void fr13(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    evidenceItem(c, rule, {}, evidence::kObdLamp, out);
}
void fr14(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    evidenceItem(c, rule, {}, evidence::kAntiTampering, out);
}
void fr16(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    evidenceItem(c, rule, {}, evidence::kPrototypeApproval, out);
}
void fr17(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    evidenceItem(c, rule, "r10-emc", evidence::kReportR10, out);
    evidenceItem(c, rule, "r85-power", evidence::kReportR85, out);
    evidenceItem(c, rule, "r100-electrical-safety", evidence::kReportR100, out);
    evidenceItem(c, rule, "r13-braking", evidence::kReportR13, out);
}

void fr19(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    if (!c.in.installerHabilitationValidUntil) {
        r.status = RuleStatus::NeedsEvidence;
        explain(r, QT_TRANSLATE_NOOP("Model", "The installer's habilitation and its validity date are not recorded."));
        out.push_back(std::move(r));
        return;
    }
    const Date &until = *c.in.installerHabilitationValidUntil;
    const long long margin = daysSinceEpoch(until) - daysSinceEpoch(c.in.conversionDate);
    r.margin = static_cast<double>(margin);
    r.measured = RuleValue { static_cast<double>(margin), "d" };
    r.limit = RuleValue { 0.0, "d" };
    const bool ok = margin >= 0; // valid until that day included
    r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
    explain(r,
            ok ? QT_TRANSLATE_NOOP("Model",
                                   "The installer's habilitation is valid until %1, covering the conversion on %2.")
               : QT_TRANSLATE_NOOP("Model", "The installer's habilitation expired on %1, before the conversion on %2."),
            { toIsoString(until), toIsoString(c.in.conversionDate) });
    out.push_back(std::move(r));
}

void fr21(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const bool vasp = c.in.identity.nationalGenre == "VASP";
    const bool tow = c.in.identity.bodyWork.find("DEPANNAGE") != std::string::npos;
    if (vasp && tow) {
        r.status = RuleStatus::Warning;
        explain(r,
                QT_TRANSLATE_NOOP(
                    "Model", "VASP tow vehicle: a new authorisation to operate it as a tow vehicle must be issued."));
    } else {
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "Not a VASP tow vehicle."));
    }
    out.push_back(std::move(r));
}

} // namespace

std::vector<Rule> frRules(const RuleSetParameters &p)
{
    using B = Boundary;
    using K = RuleKind;
    using C = LegalConfidence;
    const std::string art2 = kArt2;
    return {
        rule("FR-01", QT_TRANSLATE_NOOP("Model", "Eligible vehicle category"), art2 + " a)", B::None,
             QT_TRANSLATE_NOOP("Model", "J is M, N or L"), K::Check, C::High, "vehicle.identity.category", fr01),
        rule("FR-02", QT_TRANSLATE_NOOP("Model", "Definitive French registration"), art2 + " b)", B::None,
             QT_TRANSLATE_NOOP("Model", "registered in France in a definitive series"), K::Check, C::High,
             "vehicle.identity.registration", fr02),
        rule("FR-03", QT_TRANSLATE_NOOP("Model", "Minimum vehicle age"), p.minimumAgeYearsMN.meta.legalReference,
             B::AtLeast, QT_TRANSLATE_NOOP("Model", "conversion date ≥ B + N years (anniversary included)"), K::Check,
             C::High, "vehicle.identity.first_registration", fr03),
        rule("FR-04", QT_TRANSLATE_NOOP("Model", "Age waiver by manufacturer agreement"),
             "Arrêté du 13 mars 2020, art. 3, 1°", B::None,
             QT_TRANSLATE_NOOP("Model", "manufacturer's technical agreement recorded"), K::Evidence, C::High,
             "design.manufacturer_agreement", fr04),
        rule("FR-05", QT_TRANSLATE_NOOP("Model", "Original powertrain is thermal"), art2 + " d)", B::None,
             QT_TRANSLATE_NOOP("Model", "P.3 includes a spark- or compression-ignition engine"), K::Check, C::High,
             "vehicle.identity.energy", fr05),
        rule("FR-06", QT_TRANSLATE_NOOP("Model", "Collector vehicles excluded"), art2 + " e)", B::None,
             QT_TRANSLATE_NOOP("Model", "not registered as véhicule de collection"), K::Check, C::High,
             "vehicle.identity.collector_vehicle", fr06),
        rule("FR-07", QT_TRANSLATE_NOOP("Model", "Electric power window"), p.powerWindowLower.meta.legalReference,
             B::ClosedRange, QT_TRANSLATE_NOOP("Model", "lower × P.2 ≤ P_electric ≤ upper × P.2 (both ends included)"),
             K::Check, C::Medium, "kit.motor_id", fr07),
        rule("FR-08", QT_TRANSLATE_NOOP("Model", "Change of mass in running order"),
             p.massChangeTolerance.meta.legalReference, B::ClosedRange,
             QT_TRANSLATE_NOOP("Model", "|m_ro,after − m_ro,before| ≤ tolerance × m_ro,before (ends included)"),
             K::Check, C::Medium, "mass_balance.items", fr08),
        rule("FR-09", QT_TRANSLATE_NOOP("Model", "GVW unchanged"),
             "Arrêté du 13 mars 2020, Annex III point 4 (sub-point not read)", B::Equal,
             QT_TRANSLATE_NOOP("Model", "F.1 after = F.1 before"), K::Check, C::Medium, "vehicle.gvw_after", fr09),
        rule("FR-10", QT_TRANSLATE_NOOP("Model", "Dimensions unchanged"),
             p.dimensionChangeTolerance.meta.legalReference, B::AtMost,
             QT_TRANSLATE_NOOP("Model", "|after − before| ≤ tolerance (0 m: unchanged)"), K::Check, C::Medium,
             "vehicle.dimensions_after", fr10),
        rule("FR-11", QT_TRANSLATE_NOOP("Model", "Axle loads and mass distribution"),
             p.axleSplitWarningThreshold.meta.legalReference, B::AtMost,
             QT_TRANSLATE_NOOP("Model",
                               "axle load ≤ permissible axle mass (reaching it passes); split change ≤ threshold"),
             K::Check, C::Medium, "mass_balance.items", fr11),
        rule("FR-12", QT_TRANSLATE_NOOP("Model", "Category and seats unchanged"),
             "Arrêté du 13 mars 2020, art. 2, 2° and 3° (definitions)", B::Equal,
             QT_TRANSLATE_NOOP("Model", "J and S.1 after = before"), K::Check, C::Low, "vehicle.category_after", fr12),
        rule("FR-13", QT_TRANSLATE_NOOP("Model", "No OBD malfunction lamp after conversion"),
             "Arrêté du 13 mars 2020, Annex III point 3.1", B::None, QT_TRANSLATE_NOOP("Model", "evidence recorded"),
             K::Evidence, C::High, "evidence.FR-13.obd-lamp", fr13),
        rule("FR-14", QT_TRANSLATE_NOOP("Model", "Anti-tampering provisions"),
             "Arrêté du 13 mars 2020, Annex III point 3.2", B::None, QT_TRANSLATE_NOOP("Model", "evidence recorded"),
             K::Evidence, C::Medium, "evidence.FR-14.anti-tampering", fr14),
        rule("FR-16", QT_TRANSLATE_NOOP("Model", "Prototype approval (agrément) of the conversion type"),
             "Arrêté du 13 mars 2020, art. 3, 2° and 3°; art. 4", B::None,
             QT_TRANSLATE_NOOP("Model", "evidence recorded"), K::Evidence, C::High, "evidence.FR-16.agrement", fr16),
        rule("FR-17", QT_TRANSLATE_NOOP("Model", "Test reports"),
             "Arrêté du 13 mars 2020, art. 4; Annex III points 4–8", B::None,
             QT_TRANSLATE_NOOP("Model", "evidence recorded"), K::Evidence, C::High, "evidence", fr17),
        rule("FR-19", QT_TRANSLATE_NOOP("Model", "Installer habilitation valid"),
             "Arrêté du 13 mars 2020, art. 3, 4° (as amended 2023)", B::AtLeast,
             QT_TRANSLATE_NOOP("Model", "habilitation valid until ≥ conversion date (that day included)"), K::Check,
             C::High, "design.installer.habilitation_valid_until", fr19),
        rule("FR-21", QT_TRANSLATE_NOOP("Model", "VASP tow vehicle authorisation"),
             "Arrêté du 13 mars 2020, art. 3, 10° (added 2023)", B::None,
             QT_TRANSLATE_NOOP("Model", "J.1 VASP with DEPANNAGE body → new authorisation"), K::Informational, C::High,
             "vehicle.identity.national_genre", fr21),
    };
}

} // namespace rules_detail
} // namespace remaster::model
