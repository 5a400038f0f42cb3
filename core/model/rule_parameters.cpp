#include "model/rule_parameters.h"

#include "model/road_load.h" // detail::requireRange

#include <cmath>

namespace remaster::model {

const char *legalConfidenceCode(LegalConfidence c)
{
    switch (c) {
    case LegalConfidence::High: return "high";
    case LegalConfidence::Medium: return "medium";
    case LegalConfidence::Low: return "low";
    }
    return "";
}

bool legalConfidenceFromCode(const std::string &s, LegalConfidence &out)
{
    for (auto c : { LegalConfidence::High, LegalConfidence::Medium, LegalConfidence::Low })
        if (s == legalConfidenceCode(c)) {
            out = c;
            return true;
        }
    return false;
}

namespace {
using C = LegalConfidence;
// pendingConfirmation follows regulation.md: anything below "high" awaits the legal text.
NumericParameter num(double v, const char *rule, const char *ref, C c, const char *note = "")
{
    return { v, { rule, ref, c, c != C::High, note } };
}
} // namespace

RuleSetParameters defaultRuleSetParameters()
{
    RuleSetParameters p;
    p.version = "FR-2026.11-1";
    const char *art2 = "Arrêté du 13 mars 2020, art. 2, 1° c)";
    p.minimumAgeYearsMN = num(5, "FR-03", art2, C::High, "M and N vehicles");
    p.minimumAgeYearsL = num(3, "FR-03", art2, C::High, "L vehicles");
    const char *a43 = "Arrêté du 13 mars 2020, Annex III point 4.3 (per secondary source); UN R85";
    p.powerWindowLower
        = num(0.65, "FR-07", a43, C::Medium, "65 % of P.2, closed range; Annex III §4 not read in the legal text");
    p.powerWindowUpper = num(1.00, "FR-07", a43, C::Medium, "100 % of P.2, closed range");
    p.powerBasis = { PowerBasis::Peak,
                     { "FR-07", a43, C::Low, true, "R85 maximum net power (peak) or 30-minute power: open point" } };
    p.massChangeTolerance = num(0.20, "FR-08", "Arrêté du 13 mars 2020, Annex III point 4.6 (per secondary source)",
                                C::Medium, "upper bound (+20 %) more certain than the lower (−20 %)");
    p.dimensionChangeTolerance = num(0.0, "FR-10", "Arrêté du 13 mars 2020, Annex III point 4 (sub-point not read)",
                                     C::Medium, "dimensions unchanged; > 0 only if the CNRV accepts a tolerance");
    p.axleSplitWarningThreshold
        = num(0.10, "FR-11", "Arrêté du 13 mars 2020, Annex III point 4.7 (per secondary source)", C::Low,
              "no figure confirmed; 0.10 after the Belgian ±10 % (other jurisdiction), change of the "
              "unladen front share in percentage points");
    const char *eu01 = "Reg. (EU) 2018/858 art. 4 / Annex I";
    p.n1MaxMass = num(3500, "EU-01", eu01, C::High);
    p.n2MaxMass = num(12000, "EU-01", eu01, C::High);
    const char *eu02 = "Reg. (EC) 715/2007 Annex I";
    p.n1ClassIMaxReferenceMass = num(1305, "EU-02", eu02, C::High);
    p.n1ClassIIMaxReferenceMass = num(1760, "EU-02", eu02, C::High);
    p.referenceMassOffset = num(25, "EU-02", "Reg. (EC) 715/2007 (reference-mass definition, not re-read)", C::Low,
                                "RW = m_ro − 75 kg + 100 kg");
    p.weighingTolerance = num(0.03, "EU-04", "Reg. (EU) 1230/2012 Annex I Appendix 2 point 1.2", C::High,
                              "M, N, O; 5 % for special-purpose and multi-stage vehicles");
    const char *eu05 = "Reg. (EU) 1230/2012 Annex I Part A point 2.4";
    p.frontAxleMinShare = num(0.30, "EU-05", eu05, C::High, "M1 and N1, at the TPMLM");
    p.passengerMass = num(75, "EU-05", "Reg. (EU) 1230/2012 Annex I Part A point 2.6.2", C::High);
    const char *eu06 = "Reg. (EU) 1230/2012 Annex I Part A point 1";
    p.maxLength = num(12.0, "EU-06", eu06, C::High);
    p.maxWidth = num(2.55, "EU-06", eu06, C::High, "2.60 m for N1 with insulated walls ≥ 45 mm");
    p.maxHeight = num(4.0, "EU-06", eu06, C::High);
    p.licenceBMaxMass = num(3500, "EU-10", "Dir. 2006/126/EC art. 4; Code de la route R. 221-4", C::High);
    p.licenceBDerogationMaxMass = num(4250, "EU-11", "Dir. (EU) 2018/645 amending Dir. 2006/126/EC", C::Medium,
                                      "alternatively fuelled goods vehicles; conditions not re-read");
    p.licenceBDerogationTransposed = { false,
                                       { "EU-11", "Dir. (EU) 2018/645; French transposition", C::Low, true,
                                         "French transposition not confirmed" } };
    const char *el01 = "UN R100 definition of high voltage; ISO 6469-3 voltage class B";
    p.hvDcMin = num(60, "EL-01", el01, C::Medium);
    p.hvDcMax = num(1500, "EL-01", el01, C::Medium);
    p.hvAcMin = num(30, "EL-01", el01, C::Medium, "rms");
    p.hvAcMax = num(1000, "EL-01", el01, C::Medium, "rms");
    p.isolationDcOhmPerVolt = num(100, "EL-02", "UN R100 §5.1.3.1", C::High);
    p.isolationAcOhmPerVolt = num(500, "EL-02", "UN R100 §5.1.3.1 and §5.1.3.2", C::High,
                                  "also for galvanically connected DC and AC buses (EL-03)");
    const char *el06 = "UN R100 §5.1.2 (read in AIS-038, which reproduces it)";
    p.bondingMaxResistance = num(0.1, "EL-06", el06, C::Medium, "medium-high in regulation.md");
    p.bondingMinTestCurrent = num(0.2, "EL-06", el06, C::Medium, "medium-high in regulation.md");
    return p;
}

const std::vector<ParameterSpec> &ruleSetParameterSpecs()
{
    using P = RuleSetParameters;
    auto n = [](const char *key, NumericParameter P::*m, const char *unit, double lo, double hi, bool whole = false) {
        ParameterSpec s;
        s.key = key;
        s.number = m;
        s.unit = unit;
        s.minimum = lo;
        s.maximum = hi;
        s.wholeNumber = whole;
        return s;
    };
    static const std::vector<ParameterSpec> specs = [&] {
        std::vector<ParameterSpec> v {
            n("minimum_age_years_mn", &P::minimumAgeYearsMN, "year", 0, 50, true),
            n("minimum_age_years_l", &P::minimumAgeYearsL, "year", 0, 50, true),
            n("power_window_lower", &P::powerWindowLower, "1", 0.0, 1.0),
            n("power_window_upper", &P::powerWindowUpper, "1", 0.1, 2.0),
            n("mass_change_tolerance", &P::massChangeTolerance, "1", 0.0, 1.0),
            n("dimension_change_tolerance", &P::dimensionChangeTolerance, "m", 0.0, 0.5),
            n("axle_split_warning_threshold", &P::axleSplitWarningThreshold, "1", 0.0, 1.0),
            n("n1_max_mass", &P::n1MaxMass, "kg", 1000, 10000),
            n("n2_max_mass", &P::n2MaxMass, "kg", 3500, 40000),
            n("n1_class_i_max_reference_mass", &P::n1ClassIMaxReferenceMass, "kg", 500, 5000),
            n("n1_class_ii_max_reference_mass", &P::n1ClassIIMaxReferenceMass, "kg", 500, 5000),
            n("reference_mass_offset", &P::referenceMassOffset, "kg", -200, 200),
            n("weighing_tolerance", &P::weighingTolerance, "1", 0.0, 0.2),
            n("front_axle_min_share", &P::frontAxleMinShare, "1", 0.0, 1.0),
            n("passenger_mass", &P::passengerMass, "kg", 0, 200),
            n("max_length", &P::maxLength, "m", 2.0, 30.0),
            n("max_width", &P::maxWidth, "m", 1.0, 4.0),
            n("max_height", &P::maxHeight, "m", 1.0, 6.0),
            n("licence_b_max_mass", &P::licenceBMaxMass, "kg", 1000, 10000),
            n("licence_b_derogation_max_mass", &P::licenceBDerogationMaxMass, "kg", 1000, 10000),
            n("hv_dc_min", &P::hvDcMin, "V", 1, 2000),
            n("hv_dc_max", &P::hvDcMax, "V", 1, 5000),
            n("hv_ac_min", &P::hvAcMin, "V", 1, 2000),
            n("hv_ac_max", &P::hvAcMax, "V", 1, 5000),
            n("isolation_dc_ohm_per_volt", &P::isolationDcOhmPerVolt, "Ohm/V", 1, 10000),
            n("isolation_ac_ohm_per_volt", &P::isolationAcOhmPerVolt, "Ohm/V", 1, 10000),
            n("bonding_max_resistance", &P::bondingMaxResistance, "Ohm", 0.001, 10),
            n("bonding_min_test_current", &P::bondingMinTestCurrent, "A", 0.001, 100),
        };
        ParameterSpec basis;
        basis.key = "power_basis";
        basis.kind = ParameterKind::PowerBasisChoice;
        basis.basis = &P::powerBasis;
        v.push_back(basis);
        ParameterSpec flag;
        flag.key = "licence_b_derogation_transposed";
        flag.kind = ParameterKind::Flag;
        flag.flag = &P::licenceBDerogationTransposed;
        v.push_back(flag);
        return v;
    }();
    return specs;
}

const ParameterMeta &parameterMeta(const RuleSetParameters &p, const ParameterSpec &spec)
{
    switch (spec.kind) {
    case ParameterKind::Number: return (p.*spec.number).meta;
    case ParameterKind::Flag: return (p.*spec.flag).meta;
    case ParameterKind::PowerBasisChoice: return (p.*spec.basis).meta;
    }
    return (p.*spec.number).meta;
}

std::vector<FieldError> ruleSetErrors(const RuleSetParameters &p)
{
    std::vector<FieldError> errs;
    if (p.version.empty())
        errs.push_back({ "ruleset.ruleset_version", QT_TRANSLATE_NOOP("Model", "is missing"), "", "" });
    for (const auto &s : ruleSetParameterSpecs()) {
        const std::string field = std::string("ruleset.") + s.key;
        if (parameterMeta(p, s).legalReference.empty())
            errs.push_back({ field + ".legal_reference", QT_TRANSLATE_NOOP("Model", "is missing"), "", "" });
        if (s.kind != ParameterKind::Number)
            continue;
        const double v = (p.*s.number).value;
        // "1" is the file's mark for a plain ratio; it reads badly after a number.
        detail::requireRange(errs, field, v, s.minimum, s.maximum, std::string(s.unit) == "1" ? "" : s.unit);
        if (s.wholeNumber && std::isfinite(v) && std::floor(v) != v)
            errs.push_back({ field, QT_TRANSLATE_NOOP("Model", "must be a whole number"),
                             detail::fmt(s.minimum) + " … " + detail::fmt(s.maximum), detail::fmt(v) });
    }
    // Consistency between parameters: each pair must keep its order, or a rule's range is empty.
    auto ordered = [&](const char *field, const NumericParameter &lo, const NumericParameter &hi, const char *loKey) {
        if (!(lo.value < hi.value))
            errs.push_back({ std::string("ruleset.") + field,
                             QT_TRANSLATE_NOOP("Model", "must be greater than the parameter it bounds"),
                             std::string("> ") + loKey + " (" + detail::fmt(lo.value) + ")", detail::fmt(hi.value) });
    };
    ordered("power_window_upper", p.powerWindowLower, p.powerWindowUpper, "power_window_lower");
    ordered("n2_max_mass", p.n1MaxMass, p.n2MaxMass, "n1_max_mass");
    ordered("n1_class_ii_max_reference_mass", p.n1ClassIMaxReferenceMass, p.n1ClassIIMaxReferenceMass,
            "n1_class_i_max_reference_mass");
    ordered("licence_b_derogation_max_mass", p.licenceBMaxMass, p.licenceBDerogationMaxMass, "licence_b_max_mass");
    ordered("hv_dc_max", p.hvDcMin, p.hvDcMax, "hv_dc_min");
    ordered("hv_ac_max", p.hvAcMin, p.hvAcMax, "hv_ac_min");
    return errs;
}

} // namespace remaster::model
