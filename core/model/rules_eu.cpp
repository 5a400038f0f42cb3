// EU rules (regulation.md §2): category and mass limits, N1 class, weighing tolerance, mass
// distribution of M1/N1 (incl. the 30 % front-axle minimum at GVW), maximum dimensions, tyres,
// driving licence B and the alternative-fuel derogation.
#include "model/rules_internal.h"

#include <cmath>

namespace remaster::model::rules_detail {
namespace {

// EU-01: N1 ≤ n1; n1 < N2 ≤ n2; N3 > n2 (Reg. (EU) 2018/858 art. 4).
void eu01(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    const std::string &j = c.categoryAfter;
    const double gvw = units::inKilograms(c.in.gvwAfter);
    const double n1 = c.p.n1MaxMass.value, n2 = c.p.n2MaxMass.value;
    uses(r, "n1_max_mass", c.p.n1MaxMass.meta);
    uses(r, "n2_max_mass", c.p.n2MaxMass.meta);
    r.measured = RuleValue { gvw, "kg" };
    bool ok = true;
    if (j == "N1") {
        r.boundary = Boundary::AtMost;
        r.limit = RuleValue { n1, "kg" };
        r.margin = n1 - gvw;
        ok = gvw <= n1;
    } else if (j == "N2") {
        // Two bounds of different kinds: report the one the GVW is nearer to.
        if (gvw <= n1) {
            r.boundary = Boundary::Above;
            r.limit = RuleValue { n1, "kg" };
            r.margin = gvw - n1;
            ok = false;
        } else {
            r.boundary = Boundary::AtMost;
            r.limit = RuleValue { n2, "kg" };
            r.margin = n2 - gvw;
            ok = gvw <= n2;
        }
    } else if (j == "N3") {
        r.boundary = Boundary::Above;
        r.limit = RuleValue { n2, "kg" };
        r.margin = gvw - n2;
        ok = gvw > n2;
    } else {
        r = makeResult(rule, c);
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "Category %1 is not a goods-vehicle category N."), { j });
        out.push_back(std::move(r));
        return;
    }
    r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
    explain(
        r,
        ok ? QT_TRANSLATE_NOOP("Model", "GVW %1 kg is consistent with category %2 (N1 ≤ %3 kg < N2 ≤ %4 kg < N3).")
           : QT_TRANSLATE_NOOP("Model", "GVW %1 kg is not consistent with category %2 (N1 ≤ %3 kg < N2 ≤ %4 kg < N3)."),
        { num(gvw), j, num(n1), num(n2) });
    out.push_back(std::move(r));
}

const char *n1Class(double rw, const RuleSetParameters &p)
{
    if (rw <= p.n1ClassIMaxReferenceMass.value)
        return "I";
    if (rw <= p.n1ClassIIMaxReferenceMass.value)
        return "II";
    return "III";
}

// EU-02 (informational): N1 class I ≤ 1305 kg < II ≤ 1760 kg < III, on RW = m_ro + offset.
void eu02(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    if (c.categoryAfter != "N1") {
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "N1 classes apply to category N1 only."));
        out.push_back(std::move(r));
        return;
    }
    uses(r, "n1_class_i_max_reference_mass", c.p.n1ClassIMaxReferenceMass.meta);
    uses(r, "n1_class_ii_max_reference_mass", c.p.n1ClassIIMaxReferenceMass.meta);
    uses(r, "reference_mass_offset", c.p.referenceMassOffset.meta);
    const double off = c.p.referenceMassOffset.value;
    const double before = units::inKilograms(c.in.identity.massInRunningOrder) + off;
    const double after = units::inKilograms(c.massInRunningOrderAfter) + off;
    r.measured = RuleValue { after, "kg" };
    r.limit = RuleValue { c.p.n1ClassIIMaxReferenceMass.value, "kg" };
    r.status = RuleStatus::Pass;
    explain(r,
            QT_TRANSLATE_NOOP("Model", "Reference mass %1 kg: N1 class %2 after conversion (class %3 before, %4 kg)."),
            { num(after), n1Class(after, c.p), n1Class(before, c.p), num(before) });
    out.push_back(std::move(r));
}

// EU-04: weighed mass within ±tol of the declared mass in running order (ends included).
void eu04(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    uses(r, "weighing_tolerance", c.p.weighingTolerance.meta);
    const double declared = units::inKilograms(c.massInRunningOrderAfter);
    const double tol = c.p.weighingTolerance.value;
    r.limit = RuleValue { (1.0 - tol) * declared, "kg" };
    r.limitHigh = RuleValue { (1.0 + tol) * declared, "kg" };
    if (!c.in.weighedMassInRunningOrder) {
        r.status = RuleStatus::NeedsEvidence;
        explain(r, QT_TRANSLATE_NOOP("Model", "The converted van has not been weighed; declared mass %1 kg."),
                { num(declared) });
        out.push_back(std::move(r));
        return;
    }
    const double w = units::inKilograms(*c.in.weighedMassInRunningOrder);
    r.measured = RuleValue { w, "kg" };
    r.margin = std::min(w - r.limit->value, r.limitHigh->value - w);
    const bool ok = atLeast(w, r.limit->value) && atMost(w, r.limitHigh->value);
    r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
    explain(r,
            ok ? QT_TRANSLATE_NOOP("Model", "Weighed %1 kg is within ±%3 % of the declared %2 kg.")
               : QT_TRANSLATE_NOOP("Model", "Weighed %1 kg is outside ±%3 % of the declared %2 kg."),
            { num(w), num(declared), num(tol * 100.0, 1) });
    out.push_back(std::move(r));
}

// EU-05, Reg. (EU) 1230/2012 Annex I Part A (M1 and N1). 2.3 (no axle above its permissible
// mass at GVW) is the same arithmetic as FR-11 and is reported there.
void eu05(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (c.categoryAfter != "M1" && c.categoryAfter != "N1") {
        RuleResult r = makeResult(rule, c);
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "Part A mass distribution applies to M1 and N1; category %1."),
                { c.categoryAfter });
        out.push_back(std::move(r));
        return;
    }
    const auto &mb = c.in.massBalance;
    const auto &gvwCase = mb.loadCase(LoadCaseId::GvwAtLoadCentre);
    const double gvw = units::inKilograms(c.in.gvwAfter);

    RuleResult a = makeResult(rule, c, "2.1-axle-sum");
    a.legalReference = "Reg. (EU) 1230/2012 Annex I Part A point 2.1";
    a.boundary = Boundary::AtLeast;
    const double sum = units::inKilograms(gvwCase.front.limit + gvwCase.rear.limit);
    a.measured = RuleValue { sum, "kg" };
    a.limit = RuleValue { gvw, "kg" };
    a.margin = sum - gvw;
    const bool okA = atLeast(sum, gvw);
    a.status = okA ? RuleStatus::Pass : RuleStatus::Fail;
    explain(a,
            okA ? QT_TRANSLATE_NOOP("Model", "Permissible axle masses add up to %1 kg, at least the GVW %2 kg.")
                : QT_TRANSLATE_NOOP("Model", "Permissible axle masses add up to %1 kg, less than the GVW %2 kg."),
            { num(sum), num(gvw) });
    out.push_back(std::move(a));

    RuleResult b = makeResult(rule, c, "2.2-gvw-covers-occupants");
    b.legalReference = "Reg. (EU) 1230/2012 Annex I Part A points 2.2 and 2.6.2";
    b.boundary = Boundary::AtLeast;
    uses(b, "passenger_mass", c.p.passengerMass.meta);
    const std::optional<int> seats = c.in.seatsAfter ? c.in.seatsAfter : c.in.identity.seats;
    const int passengers = seats ? std::max(0, *seats - 1) : 0; // m_ro already holds the driver
    const double needed = units::inKilograms(c.massInRunningOrderAfter) + passengers * c.p.passengerMass.value;
    b.measured = RuleValue { gvw, "kg" };
    b.limit = RuleValue { needed, "kg" };
    b.margin = gvw - needed;
    const bool okB = atLeast(gvw, needed);
    b.status = okB ? RuleStatus::Pass : RuleStatus::Fail;
    explain(b,
            okB ? QT_TRANSLATE_NOOP("Model", "GVW %1 kg covers the mass in running order plus %2 passengers (%3 kg).")
                : QT_TRANSLATE_NOOP("Model",
                                    "GVW %1 kg does not cover the mass in running order plus %2 passengers (%3 kg)."),
            { num(gvw), std::to_string(passengers), num(needed) });
    out.push_back(std::move(b));

    // 2.4: at GVW (payload at the load-space centre) front axle ≥ 30 % of the TPMLM, 30 % itself passes.
    RuleResult d = makeResult(rule, c, "2.4-front-axle-share");
    d.boundary = Boundary::AtLeast;
    uses(d, "front_axle_min_share", c.p.frontAxleMinShare.meta);
    const double share = units::inKilograms(gvwCase.front.load) / gvw * 100.0;
    const double min = c.p.frontAxleMinShare.value * 100.0;
    d.measured = RuleValue { share, "%" };
    d.limit = RuleValue { min, "%" };
    d.margin = share - min;
    const bool okD = atLeast(share, min);
    d.status = okD ? RuleStatus::Pass : RuleStatus::Fail;
    explain(d,
            okD ? QT_TRANSLATE_NOOP("Model", "At GVW the front axle carries %1 kg, %2 % of the GVW, at least %3 %.")
                : QT_TRANSLATE_NOOP("Model", "At GVW the front axle carries %1 kg, %2 % of the GVW, below %3 %."),
            { num(units::inKilograms(gvwCase.front.load)), num(share, 1), num(min) });
    out.push_back(std::move(d));
}

void eu06(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    const auto &a = c.in.dimensionsAfter;
    const struct {
        const char *item;
        const char *key;
        units::Length value;
        const NumericParameter *max;
    } dims[] = { { "length", "max_length", a.length, &c.p.maxLength },
                 { "width", "max_width", a.width, &c.p.maxWidth },
                 { "height", "max_height", a.height, &c.p.maxHeight } };
    for (const auto &d : dims) {
        RuleResult r = makeResult(rule, c, d.item);
        uses(r, d.key, d.max->meta);
        r.jumpTarget = std::string("vehicle.dimensions_after.") + d.item;
        const double v = units::inMetres(d.value);
        r.measured = RuleValue { v, "m" };
        r.limit = RuleValue { d.max->value, "m" };
        r.margin = d.max->value - v;
        const bool ok = atMost(v, d.max->value);
        r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
        explain(r,
                ok ? QT_TRANSLATE_NOOP("Model", "%1 %2 m is within the maximum %3 m.")
                   : QT_TRANSLATE_NOOP("Model", "%1 %2 m is above the maximum %3 m."),
                { d.item, num(v, 3), num(d.max->value, 2) });
        out.push_back(std::move(r));
    }
}

// EU-08: tyre capacity ≥ permissible axle mass: 2 × single load per tyre; twin rear: 4 × the
// dual-fitment load per tyre (inspectors' practical rule; formula for twins from recollection).
void eu08(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    if (!c.in.tyres) {
        RuleResult r = makeResult(rule, c);
        r.status = RuleStatus::NeedsEvidence;
        explain(r, QT_TRANSLATE_NOOP("Model", "Tyre load indices are not recorded."));
        out.push_back(std::move(r));
        return;
    }
    const auto &lc = c.in.massBalance.loadCase(LoadCaseId::Unladen);
    const auto &t = *c.in.tyres;
    const struct {
        const char *item;
        double capacity;
        double axleLimit;
        int tyres;
    } axles[] = { { "front-axle", units::inKilograms(t.frontLoadPerTyre) * 2, units::inKilograms(lc.front.limit), 2 },
                  { "rear-axle", units::inKilograms(t.rearLoadPerTyre) * (t.rearTwin ? 4 : 2),
                    units::inKilograms(lc.rear.limit), t.rearTwin ? 4 : 2 } };
    for (const auto &a : axles) {
        RuleResult r = makeResult(rule, c, a.item);
        r.limitPendingConfirmation = true; // regulation.md: principle medium, twin formula low
        r.measured = RuleValue { a.capacity, "kg" };
        r.limit = RuleValue { a.axleLimit, "kg" };
        r.margin = a.capacity - a.axleLimit;
        const bool ok = atLeast(a.capacity, a.axleLimit);
        r.status = ok ? RuleStatus::Pass : RuleStatus::Fail;
        explain(
            r,
            ok ? QT_TRANSLATE_NOOP("Model", "%1 tyres carry %2 kg together, at least the permissible axle mass %3 kg.")
               : QT_TRANSLATE_NOOP("Model",
                                   "%1 tyres carry %2 kg together, less than the permissible axle mass %3 kg."),
            { std::to_string(a.tyres), num(a.capacity), num(a.axleLimit) });
        out.push_back(std::move(r));
    }
}

// EU-10: licence B up to 3500 kg included. Above, the van needs C1 (or the derogation, EU-11):
// a warning about who may drive it, not a failure of the retrofit.
void eu10(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    uses(r, "licence_b_max_mass", c.p.licenceBMaxMass.meta);
    const double gvw = units::inKilograms(c.in.gvwAfter);
    const double lim = c.p.licenceBMaxMass.value;
    r.measured = RuleValue { gvw, "kg" };
    r.limit = RuleValue { lim, "kg" };
    r.margin = lim - gvw;
    const bool ok = gvw <= lim;
    r.status = ok ? RuleStatus::Pass : RuleStatus::Warning;
    explain(
        r,
        ok ? QT_TRANSLATE_NOOP("Model", "GVW %1 kg: drivable with licence B (≤ %2 kg).")
           : QT_TRANSLATE_NOOP(
               "Model", "GVW %1 kg is above %2 kg: licence C1 needed unless a national derogation applies (EU-11)."),
        { num(gvw), num(lim) });
    out.push_back(std::move(r));
}

// EU-11: 3500 < GVW ≤ 4250 kg with licence B, only where the option is transposed.
void eu11(const RuleContext &c, const Rule &rule, std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c);
    uses(r, "licence_b_derogation_max_mass", c.p.licenceBDerogationMaxMass.meta);
    uses(r, "licence_b_derogation_transposed", c.p.licenceBDerogationTransposed.meta);
    const double gvw = units::inKilograms(c.in.gvwAfter);
    const double b = c.p.licenceBMaxMass.value, lim = c.p.licenceBDerogationMaxMass.value;
    r.measured = RuleValue { gvw, "kg" };
    r.limit = RuleValue { lim, "kg" };
    r.margin = lim - gvw;
    const std::vector<std::string> args { num(gvw), num(b), num(lim) };
    if (gvw <= b) {
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "GVW %1 kg is within licence B (%2 kg): no derogation needed."), args);
    } else if (gvw > lim) {
        r.status = RuleStatus::NotApplicable;
        explain(r, QT_TRANSLATE_NOOP("Model", "GVW %1 kg is above the derogation's %3 kg."), args);
    } else if (c.p.licenceBDerogationTransposed.value) {
        r.status = RuleStatus::Pass;
        explain(r,
                QT_TRANSLATE_NOOP("Model",
                                  "GVW %1 kg is within the %2–%3 kg derogation for alternatively fuelled vans: "
                                  "licence B under conditions."),
                args);
    } else {
        r.status = RuleStatus::Warning;
        explain(r,
                QT_TRANSLATE_NOOP(
                    "Model", "GVW %1 kg is within the %2–%3 kg derogation, but its transposition is not confirmed."),
                args);
    }
    out.push_back(std::move(r));
}

} // namespace

std::vector<Rule> euRules(const RuleSetParameters &p)
{
    using B = Boundary;
    using K = RuleKind;
    using C = LegalConfidence;
    return {
        rule("EU-01", QT_TRANSLATE_NOOP("Model", "Category consistent with GVW"), p.n1MaxMass.meta.legalReference,
             B::AtMost, QT_TRANSLATE_NOOP("Model", "N1 ≤ 3500 kg < N2 ≤ 12000 kg < N3 (parameters)"), K::Check, C::High,
             "vehicle.category_after", eu01),
        rule("EU-02", QT_TRANSLATE_NOOP("Model", "N1 class by reference mass"),
             p.n1ClassIMaxReferenceMass.meta.legalReference, B::AtMost,
             QT_TRANSLATE_NOOP("Model", "class I: RW ≤ 1305 kg; II: ≤ 1760 kg; III above"), K::Informational, C::High,
             "mass_balance.items", eu02),
        rule("EU-04", QT_TRANSLATE_NOOP("Model", "Weighed mass within tolerance"),
             p.weighingTolerance.meta.legalReference, B::ClosedRange,
             QT_TRANSLATE_NOOP("Model", "(1 − tol) × declared ≤ weighed ≤ (1 + tol) × declared"), K::Check, C::High,
             "vehicle.weighed_mass_in_running_order", eu04),
        rule(
            "EU-05", QT_TRANSLATE_NOOP("Model", "Mass distribution (M1, N1)"), p.frontAxleMinShare.meta.legalReference,
            B::AtLeast,
            QT_TRANSLATE_NOOP("Model", "Σ axle masses ≥ GVW; GVW ≥ m_ro + passengers; front axle ≥ 30 % of GVW at GVW"),
            K::Check, C::High, "mass_balance.items", eu05),
        rule("EU-06", QT_TRANSLATE_NOOP("Model", "Maximum dimensions"), p.maxLength.meta.legalReference, B::AtMost,
             QT_TRANSLATE_NOOP("Model", "length ≤ 12 m, width ≤ 2.55 m, height ≤ 4 m"), K::Check, C::High,
             "vehicle.dimensions_after", eu06),
        rule("EU-08", QT_TRANSLATE_NOOP("Model", "Tyre load capacity"), "Reg. (EU) 458/2011 Annex II; UN R30/R54",
             B::AtLeast, QT_TRANSLATE_NOOP("Model", "tyres' load capacity on an axle ≥ permissible axle mass"),
             K::Check, C::Medium, "vehicle.tyres", eu08),
        rule("EU-10", QT_TRANSLATE_NOOP("Model", "Driving licence B"), p.licenceBMaxMass.meta.legalReference, B::AtMost,
             QT_TRANSLATE_NOOP("Model", "GVW ≤ 3500 kg (3500 included)"), K::Informational, C::High,
             "vehicle.gvw_after", eu10),
        rule("EU-11", QT_TRANSLATE_NOOP("Model", "Licence B derogation for alternatively fuelled vans"),
             p.licenceBDerogationMaxMass.meta.legalReference, B::AtMost,
             QT_TRANSLATE_NOOP("Model", "3500 kg < GVW ≤ 4250 kg, where transposed"), K::Informational, C::Medium,
             "vehicle.gvw_after", eu11),
    };
}

} // namespace remaster::model::rules_detail
