// The rule SET: every figure the homologation rules compare against, as versioned data.
//
// The figures of the retrofit decree's Annex III §4–8 could not be read in the legal text
// (regulation.md, "How to read this note"): they come from secondary sources and may change when
// someone reads the consolidated Légifrance text. So no limit is hard-coded in a rule: each is a
// parameter here with its legal reference, the confidence regulation.md gives it and a
// pendingConfirmation flag (true for medium/low confidence), shown next to every result that
// uses it. The bundled data file resources/rules/ruleset.json carries the same defaults; a new
// file changes the limits without a rebuild, and every CheckReport records the version it used.
#pragma once

#include "model/errors.h"
#include "model/motor_sizing.h" // PowerBasis

#include <string>
#include <vector>

namespace remaster::model {

// regulation.md confidence marks (not the catalog's A/B/C marks).
enum class LegalConfidence { High, Medium, Low };
const char *legalConfidenceCode(LegalConfidence c); // "high", "medium", "low"
bool legalConfidenceFromCode(const std::string &s, LegalConfidence &out);

struct ParameterMeta {
    std::string ruleId; // "FR-07"
    std::string legalReference; // "Arrêté 13/03/2020 Annex III point 4.3"
    LegalConfidence confidence = LegalConfidence::High;
    bool pendingConfirmation = false; // legal figure not confirmed: shown as such in results
    std::string note;
};

struct NumericParameter {
    double value = 0; // in the spec's unit (kg, m, V, Ω/V, Ω, A, year, 1)
    ParameterMeta meta;
};
struct FlagParameter {
    bool value = false;
    ParameterMeta meta;
};
struct PowerBasisParameter {
    PowerBasis value = PowerBasis::Peak;
    ParameterMeta meta;
};

struct RuleSetParameters {
    std::string version; // "FR-2026.11-1"

    // FR-03 minimum age from first registration to conversion (art. 2, 1° c)).
    NumericParameter minimumAgeYearsMN, minimumAgeYearsL;
    // FR-07 power window, fractions of P.2, closed range; and which electric power is compared.
    NumericParameter powerWindowLower, powerWindowUpper;
    PowerBasisParameter powerBasis;
    // FR-08 change of mass in running order, fraction of the original.
    NumericParameter massChangeTolerance;
    // FR-10 accepted change of a dimension (m); the decree says "unchanged".
    NumericParameter dimensionChangeTolerance;
    // FR-11 warning threshold on the change of the unladen front-axle share (fraction, i.e.
    // 0.10 = 10 percentage points).
    NumericParameter axleSplitWarningThreshold;
    // EU-01 category mass limits (kg).
    NumericParameter n1MaxMass, n2MaxMass;
    // EU-02 N1 classes by reference mass (kg); RW = m_ro + offset (−75 kg driver + 100 kg).
    NumericParameter n1ClassIMaxReferenceMass, n1ClassIIMaxReferenceMass, referenceMassOffset;
    // EU-04 tolerance of the weighed mass in running order vs the declared one (fraction).
    NumericParameter weighingTolerance;
    // EU-05 (M1/N1): front axle ≥ share × TPMLM at TPMLM; 75 kg per passenger.
    NumericParameter frontAxleMinShare, passengerMass;
    // EU-06 maximum dimensions (m).
    NumericParameter maxLength, maxWidth, maxHeight;
    // EU-10/EU-11 driving licence B (kg) and the alternative-fuel derogation.
    NumericParameter licenceBMaxMass, licenceBDerogationMaxMass;
    FlagParameter licenceBDerogationTransposed;
    // EL-01 high voltage (voltage class B): > min and ≤ max (V).
    NumericParameter hvDcMin, hvDcMax, hvAcMin, hvAcMax;
    // EL-02/EL-03 minimum isolation resistance (Ω/V of working voltage).
    NumericParameter isolationDcOhmPerVolt, isolationAcOhmPerVolt;
    // EL-06 bonding: resistance < max (Ω) measured with a current ≥ min (A).
    NumericParameter bondingMaxResistance, bondingMinTestCurrent;
};

// The figures of regulation.md as of this build; identical to resources/rules/ruleset.json
// (a storage test checks that they stay identical).
RuleSetParameters defaultRuleSetParameters();

// Table that the JSON reader and the validation share: one row per parameter.
enum class ParameterKind { Number, Flag, PowerBasisChoice };
struct ParameterSpec {
    const char *key; // JSON key, e.g. "power_window_lower"
    ParameterKind kind = ParameterKind::Number;
    NumericParameter RuleSetParameters::*number = nullptr;
    FlagParameter RuleSetParameters::*flag = nullptr;
    PowerBasisParameter RuleSetParameters::*basis = nullptr;
    const char *unit = ""; // the only unit accepted in the file
    double minimum = 0, maximum = 0; // accepted range of a number
    bool wholeNumber = false;
};
const std::vector<ParameterSpec> &ruleSetParameterSpecs();
const ParameterMeta &parameterMeta(const RuleSetParameters &p, const ParameterSpec &spec);

// Range problems of every parameter ("ruleset.<key>") plus consistency between them
// (lower < upper, class I < class II …). Empty when the set is usable.
std::vector<FieldError> ruleSetErrors(const RuleSetParameters &p);

} // namespace remaster::model
