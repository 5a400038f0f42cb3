// The homologation rule engine: every computable rule of ../shared/regulation.md (FR-xx French
// retrofit decree, EU-xx masses/categories/licence, WL-xx WLTP class, EL-xx UN R100) evaluated
// against one design, with the result, the figures and the legal reference of each.
//
// Rules are objects (RuleDefinition + an evaluate function) in rules_fr.cpp, rules_eu.cpp and
// rules_el.cpp; their limits are NOT in the code but in RuleSetParameters (rule_parameters.h),
// loaded from a versioned data file. The boundary of each rule (≤ vs <) is written in its
// definition, as regulation.md states it, and the tests check each side of it.
//
// Explanations are constant English sentences marked QT_TRANSLATE_NOOP("Model", …) with %1, %2 … placeholders; the
// values are in RuleResult::arguments (Qt edge: translate("Model", text) then .arg() each one).
#pragma once

#include "model/mass_balance.h"
#include "model/rule_parameters.h"
#include "model/units.h"
#include "model/vehicle_identity.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace remaster::model {

enum class RuleStatus { Pass, Warning, Fail, NeedsEvidence, NotApplicable };
const char *ruleStatusCode(RuleStatus s); // "pass", "warning", "fail", "needs-evidence", "not-applicable"

// How the measured value is compared with the limit, as the rule's text says it.
enum class Boundary {
    None, // informational or checklist item
    AtLeast, // measured ≥ limit passes (limit itself passes)
    Above, // measured > limit passes (limit itself fails)
    AtMost, // measured ≤ limit passes (limit itself passes)
    Below, // measured < limit passes (limit itself fails)
    ClosedRange, // limit ≤ measured ≤ limitHigh (both ends pass)
    Equal, // measured = limit (relative tolerance 1e-9 for binary rounding)
};
const char *boundaryCode(Boundary b); // "none", ">=", ">", "<=", "<", "[]", "=="

enum class RuleKind { Check, Informational, Evidence };

struct RuleDefinition {
    std::string id; // "FR-07"
    const char *title = ""; // QT_TRANSLATE_NOOP("Model", …) constant
    std::string legalReference;
    Boundary boundary = Boundary::None;
    const char *boundaryText = ""; // QT_TRANSLATE_NOOP("Model", …): the rule's comparison in words/symbols
    RuleKind kind = RuleKind::Check;
    LegalConfidence confidence = LegalConfidence::High; // of the rule's principle in regulation.md
    std::string jumpTarget; // the design field that drives it
};

struct RuleValue {
    double value = 0;
    std::string unit; // "kW", "kg", "m", "kOhm", "W/kg", "d", "1" …
};

struct RuleResult {
    std::string ruleId;
    std::string item; // sub-check, e.g. "gvw-load-centre.rear-axle"; empty if single
    std::string title; // QT_TRANSLATE_NOOP("Model", …) constant (the definition's title)
    RuleStatus status = RuleStatus::NotApplicable;
    Boundary boundary = Boundary::None;
    std::optional<RuleValue> measured;
    std::optional<RuleValue> limit; // lower limit for a range
    std::optional<RuleValue> limitHigh; // upper limit for a range
    std::optional<double> margin; // in the measured unit; ≥ 0 on the passing side
    std::string explanation; // QT_TRANSLATE_NOOP("Model", …) constant with %1 … placeholders
    std::vector<std::string> arguments; // values for the placeholders
    std::string legalReference;
    bool limitPendingConfirmation = false; // a limit used is a parameter pending legal confirmation
    std::vector<std::string> parameterKeys; // ruleset parameters the result used
    std::string jumpTarget;
    std::string rulesetVersion;

    std::string explanationText() const; // placeholders replaced (untranslated; CLI, logs)
};

struct CheckReport {
    std::string rulesetVersion;
    std::vector<RuleResult> results; // in rule order (FR, EU, WL, EL)
    int passCount = 0, warningCount = 0, failCount = 0, needsEvidenceCount = 0, notApplicableCount = 0;
    bool anyFail = false;
};
// Fail, then warning, needs-evidence, pass, not-applicable; rule order kept within a status.
std::vector<RuleResult> sortedFailingFirst(const std::vector<RuleResult> &results);

// ---- Inputs ----

struct Dimensions { // overall, without mirrors; metres
    units::Length length, width, height, wheelbase;
};

// One item of evidence (test report, inspection, photo …) recorded for the design.
struct EvidenceRecord {
    bool provided = false; // the document is on file
    std::optional<double> measuredValue; // SI value when the item is a measurement (Ω for EL-02/03/06)
    std::optional<double> testCurrent; // A, for the bonding test (EL-06)
    std::string note;
};

// Evidence ids (keys of RuleInput::evidence).
namespace evidence {
inline constexpr const char *kIsolationDcBus = "EL-02.dc-bus"; // measured: Ω
inline constexpr const char *kIsolationAcBus = "EL-02.ac-bus"; // measured: Ω
inline constexpr const char *kIsolationCombined = "EL-03.combined"; // measured: Ω
inline constexpr const char *kAcDoubleProtection = "EL-03.double-protection";
inline constexpr const char *kDirectContactCabin = "EL-05.ipxxd"; // IPXXD inside the cab/load space
inline constexpr const char *kDirectContactElsewhere = "EL-05.ipxxb";
inline constexpr const char *kBonding = "EL-06.bonding"; // measured: Ω, testCurrent: A
inline constexpr const char *kChargingEarth = "EL-06.charging-earth";
inline constexpr const char *kHvMarking = "EL-07.hv-symbol";
inline constexpr const char *kOrangeCables = "EL-07.orange-cables";
inline constexpr const char *kReessApproval = "EL-08.reess";
inline constexpr const char *kObdLamp = "FR-13.obd-lamp";
inline constexpr const char *kAntiTampering = "FR-14.anti-tampering";
inline constexpr const char *kPrototypeApproval = "FR-16.agrement";
inline constexpr const char *kReportR10 = "FR-17.r10";
inline constexpr const char *kReportR85 = "FR-17.r85";
inline constexpr const char *kReportR100 = "FR-17.r100";
inline constexpr const char *kReportR13 = "FR-17.r13";
} // namespace evidence

// Tyre load capacity per tyre from the load index (EU-08), kg. Rear twin: dual-fitment index.
struct TyreFitment {
    units::Mass frontLoadPerTyre;
    units::Mass rearLoadPerTyre;
    bool rearTwin = false;
};

struct RuleInput {
    VehicleIdentity identity; // registration certificate of the diesel van (before)
    Date conversionDate;
    Date evaluationDate; // "today": first registration may not be after it
    bool manufacturerAgreement = false; // FR-04: Renault's technical agreement on file

    Dimensions dimensionsBefore;
    Dimensions dimensionsAfter;
    units::Mass gvwAfter; // F.1 after conversion
    // Declared mass in running order after conversion; absent → massBalance.massInRunningOrder.
    std::optional<units::Mass> massInRunningOrderAfter;
    std::optional<units::Mass> weighedMassInRunningOrder; // EU-04, legal-metrology scale
    std::string categoryAfter; // J after conversion; empty → unchanged
    std::optional<int> seatsAfter; // S.1 after conversion
    MassBalanceResult massBalance; // computeMassBalance() of the design

    units::Power motorPeakPower; // R85 maximum net power
    units::Power motorContinuousPower; // R85 30-minute power
    std::optional<units::Velocity> maxVehicleSpeed; // for the WLTC 3a/3b split

    units::Voltage packMaxVoltage; // REESS maximum (full charge) voltage
    std::optional<units::Voltage> acBusMaxVoltage; // rms; absent → pack voltage (conservative)
    bool acDcGalvanicallyConnected = true; // inverter-fed motor: connected
    bool acDoubleProtection = false; // EL-03: AC buses with ≥ 2 independent protections
    bool conductiveCharging = true; // EL-06: earth connection before voltage is applied

    std::optional<TyreFitment> tyres;
    std::optional<Date> installerHabilitationValidUntil; // FR-19
    std::map<std::string, EvidenceRecord> evidence;
};

// Validates the input (identity with identityErrors(), ranges of the figures, the rule set with
// ruleSetErrors()) and throws InputError naming every bad field; then evaluates every rule.
CheckReport evaluateRules(const RuleInput &input, const RuleSetParameters &parameters);

// FR-07 with the rule set's bounds. The comparison is checkPowerWindow()'s (motor_sizing.h:
// closed range, relative tolerance 1e-9 at both ends), which equals this function at 0.65/1.00;
// here the bounds come from the rule set and only the two R85 powers are needed, not a motor map.
PowerWindowCheck checkPowerWindowWithLimits(units::Power peak, units::Power thirtyMinute, units::Power original,
                                            PowerBasis basis, double lowerFraction, double upperFraction);

// Every rule the engine knows, in evaluation order (for documentation and the UI).
std::vector<RuleDefinition> ruleDefinitions(const RuleSetParameters &parameters);

} // namespace remaster::model
