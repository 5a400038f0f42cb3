// The homologation side of a design: its mass sheet (mass_balance.h) and the rule check
// (rules.h), built from the design and its evaluation so that the CLI, the GUI and build sheets
// check exactly the same thing.
#pragma once

#include "model/design.h"
#include "model/mass_balance.h"
#include "model/rules.h"
#include "model/vehicle_identity.h"

namespace remaster::model {

// Removed and added parts of the resolved design, placed, as mass-sheet items.
MassBalanceInput designMassBalanceInput(const RetrofitDesign &design, const ResolvedDesign &resolved);
MassBalanceResult designMassBalance(const RetrofitDesign &design, const ResolvedDesign &resolved);

// Registration identity of the diesel van: the design's identity fields completed by the
// catalog figures with the design's overrides (G, F.1, P.2).
VehicleIdentity designIdentity(const RetrofitDesign &design, const ResolvedDesign &resolved);

// Everything the rules need. `today` is the reference for dates in the future; the conversion
// date is the design's, or `today` when the design has none. Throws InputError on bad dates.
RuleInput designRuleInput(const RetrofitDesign &design, const DesignEvaluation &evaluation, const Date &today);

struct DesignCheck {
    MassBalanceResult massBalance;
    CheckReport report;
};
DesignCheck checkDesign(const RetrofitDesign &design, const DesignEvaluation &evaluation,
                        const RuleSetParameters &rules, const Date &today);

} // namespace remaster::model
