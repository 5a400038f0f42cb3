// The rule engine: input validation, evaluation of every rule, the report.
#include "model/rules.h"

#include "model/road_load.h" // detail::requireRange
#include "model/rules_internal.h"

#include <algorithm>
#include <cmath>

namespace remaster::model {

using detail::requireRange;
using namespace rules_detail;

const char *ruleStatusCode(RuleStatus s)
{
    switch (s) {
    case RuleStatus::Pass: return "pass";
    case RuleStatus::Warning: return "warning";
    case RuleStatus::Fail: return "fail";
    case RuleStatus::NeedsEvidence: return "needs-evidence";
    case RuleStatus::NotApplicable: return "not-applicable";
    }
    return "";
}

const char *boundaryCode(Boundary b)
{
    switch (b) {
    case Boundary::None: return "none";
    case Boundary::AtLeast: return ">=";
    case Boundary::Above: return ">";
    case Boundary::AtMost: return "<=";
    case Boundary::Below: return "<";
    case Boundary::ClosedRange: return "[]";
    case Boundary::Equal: return "==";
    }
    return "";
}

std::string RuleResult::explanationText() const
{
    // Qt-style placeholders %1 … %9, replaced in one pass so an argument containing '%' is safe.
    std::string out;
    for (std::size_t i = 0; i < explanation.size(); ++i) {
        const char ch = explanation[i];
        if (ch == '%' && i + 1 < explanation.size() && explanation[i + 1] >= '1' && explanation[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(explanation[i + 1] - '1');
            if (index < arguments.size()) {
                out += arguments[index];
                ++i;
                continue;
            }
        }
        out += ch;
    }
    return out;
}

std::vector<RuleResult> sortedFailingFirst(const std::vector<RuleResult> &results)
{
    auto rank = [](RuleStatus s) {
        switch (s) {
        case RuleStatus::Fail: return 0;
        case RuleStatus::Warning: return 1;
        case RuleStatus::NeedsEvidence: return 2;
        case RuleStatus::Pass: return 3;
        case RuleStatus::NotApplicable: return 4;
        }
        return 5;
    };
    std::vector<RuleResult> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [&](const RuleResult &a, const RuleResult &b) { return rank(a.status) < rank(b.status); });
    return sorted;
}

namespace rules_detail {

void evidenceItem(const RuleContext &c, const Rule &rule, const std::string &item, const char *evidenceId,
                  std::vector<RuleResult> &out)
{
    RuleResult r = makeResult(rule, c, item);
    r.jumpTarget = std::string("evidence.") + evidenceId;
    const auto it = c.in.evidence.find(evidenceId);
    if (it != c.in.evidence.end() && it->second.provided) {
        r.status = RuleStatus::Pass;
        explain(r, QT_TRANSLATE_NOOP("Model", "Evidence %1 is recorded."), { evidenceId });
    } else {
        r.status = RuleStatus::NeedsEvidence;
        explain(r, QT_TRANSLATE_NOOP("Model", "Evidence %1 is not recorded yet."), { evidenceId });
    }
    out.push_back(std::move(r));
}

bool isMorN(const std::string &j)
{
    return j.size() == 2 && (j[0] == 'M' || j[0] == 'N');
}
bool isL(const std::string &j)
{
    return !j.empty() && j[0] == 'L';
}

} // namespace rules_detail

namespace {

std::vector<Rule> allRules(const RuleSetParameters &p)
{
    std::vector<Rule> rules;
    for (auto part : { frRules(p), euRules(p), wlRules(p), elRules(p) })
        rules.insert(rules.end(), part.begin(), part.end());
    return rules;
}

void requireDimensions(std::vector<FieldError> &errs, const std::string &prefix, const Dimensions &d)
{
    requireRange(errs, prefix + ".length", units::inMetres(d.length), 2.0, 30.0, "m");
    requireRange(errs, prefix + ".width", units::inMetres(d.width), 1.0, 4.0, "m");
    requireRange(errs, prefix + ".height", units::inMetres(d.height), 1.0, 6.0, "m");
    requireRange(errs, prefix + ".wheelbase", units::inMetres(d.wheelbase), 1.0, 10.0, "m");
}

void validate(const RuleInput &in, const RuleSetParameters &p)
{
    std::vector<FieldError> errs;
    if (!isValidDate(in.evaluationDate))
        errs.push_back({ "evaluation_date", QT_TRANSLATE_NOOP("Model", "is not a valid calendar date"),
                         "1900-01-01 … 2200-12-31", toIsoString(in.evaluationDate) });
    else {
        auto idErrs = identityErrors(in.identity, in.evaluationDate, in.conversionDate);
        errs.insert(errs.end(), idErrs.begin(), idErrs.end());
    }
    requireDimensions(errs, "vehicle.dimensions_before", in.dimensionsBefore);
    requireDimensions(errs, "vehicle.dimensions_after", in.dimensionsAfter);
    requireRange(errs, "vehicle.gvw_after", units::inKilograms(in.gvwAfter), 400.0, 44000.0, "kg");
    if (in.massInRunningOrderAfter)
        requireRange(errs, "vehicle.mass_in_running_order_after", units::inKilograms(*in.massInRunningOrderAfter),
                     300.0, 44000.0, "kg");
    if (in.weighedMassInRunningOrder)
        requireRange(errs, "vehicle.weighed_mass_in_running_order", units::inKilograms(*in.weighedMassInRunningOrder),
                     300.0, 44000.0, "kg");
    if (!in.categoryAfter.empty() && !isKnownCategory(in.categoryAfter))
        errs.push_back({ "vehicle.category_after", QT_TRANSLATE_NOOP("Model", "is not an EU vehicle category"),
                         "M1, M2, M3, N1, N2, N3, O1…O4, L1e…L7e", in.categoryAfter });
    if (in.seatsAfter)
        requireRange(errs, "vehicle.seats_after", *in.seatsAfter, 1.0, 100.0, "");
    if (in.massBalance.loadCases.size() < 2)
        errs.push_back({ "mass_balance", QT_TRANSLATE_NOOP("Model", "has not been computed"), "", "" });
    requireRange(errs, "kit.motor.peak_power", units::inKilowatts(in.motorPeakPower), 1.0, 1000.0, "kW");
    requireRange(errs, "kit.motor.continuous_power", units::inKilowatts(in.motorContinuousPower), 1.0, 1000.0, "kW");
    if (in.maxVehicleSpeed)
        requireRange(errs, "performance.max_speed", units::inKilometresPerHour(*in.maxVehicleSpeed), 10.0, 300.0,
                     "km/h");
    requireRange(errs, "kit.battery.max_voltage", units::inVolts(in.packMaxVoltage), 0.0, 5000.0, "V");
    if (in.acBusMaxVoltage)
        requireRange(errs, "kit.ac_bus_max_voltage", units::inVolts(*in.acBusMaxVoltage), 0.0, 5000.0, "V");
    if (in.tyres) {
        requireRange(errs, "vehicle.tyres.front_load_per_tyre", units::inKilograms(in.tyres->frontLoadPerTyre), 50.0,
                     10000.0, "kg");
        requireRange(errs, "vehicle.tyres.rear_load_per_tyre", units::inKilograms(in.tyres->rearLoadPerTyre), 50.0,
                     10000.0, "kg");
    }
    if (in.installerHabilitationValidUntil && !isValidDate(*in.installerHabilitationValidUntil))
        errs.push_back({ "design.installer.habilitation_valid_until",
                         QT_TRANSLATE_NOOP("Model", "is not a valid calendar date"), "1900-01-01 … 2200-12-31",
                         toIsoString(*in.installerHabilitationValidUntil) });
    for (const auto &[id, rec] : in.evidence) {
        if (rec.measuredValue)
            requireRange(errs, "evidence." + id + ".measured_value", *rec.measuredValue, 0.0, 1e12, "");
        if (rec.testCurrent)
            requireRange(errs, "evidence." + id + ".test_current", *rec.testCurrent, 0.0, 1000.0, "A");
    }
    auto setErrs = ruleSetErrors(p);
    errs.insert(errs.end(), setErrs.begin(), setErrs.end());
    detail::throwIf(errs);
}

} // namespace

std::vector<RuleDefinition> ruleDefinitions(const RuleSetParameters &parameters)
{
    std::vector<RuleDefinition> defs;
    for (const auto &r : allRules(parameters))
        defs.push_back(r.def);
    return defs;
}

CheckReport evaluateRules(const RuleInput &input, const RuleSetParameters &parameters)
{
    validate(input, parameters);
    const RuleContext ctx { input, parameters,
                            input.massInRunningOrderAfter ? *input.massInRunningOrderAfter
                                                          : input.massBalance.massInRunningOrder,
                            input.categoryAfter.empty() ? input.identity.category : input.categoryAfter };
    CheckReport report;
    report.rulesetVersion = parameters.version;
    for (const auto &rule : allRules(parameters))
        rule.evaluate(ctx, rule, report.results);
    for (const auto &r : report.results) {
        switch (r.status) {
        case RuleStatus::Pass: ++report.passCount; break;
        case RuleStatus::Warning: ++report.warningCount; break;
        case RuleStatus::Fail: ++report.failCount; break;
        case RuleStatus::NeedsEvidence: ++report.needsEvidenceCount; break;
        case RuleStatus::NotApplicable: ++report.notApplicableCount; break;
        }
    }
    report.anyFail = report.failCount > 0;
    return report;
}

} // namespace remaster::model
