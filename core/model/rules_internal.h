// Shared machinery of the rule files (rules_fr.cpp, rules_eu.cpp, rules_wl.cpp, rules_el.cpp).
// Not part of the model's API.
#pragma once

#include "model/rules.h"

#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace remaster::model::rules_detail {

struct RuleContext {
    const RuleInput &in;
    const RuleSetParameters &p;
    units::Mass massInRunningOrderAfter; // declared, or the mass balance's figure
    std::string categoryAfter; // J after conversion (identity's when unchanged)
};

struct Rule;
using EvaluateFn = void (*)(const RuleContext &, const Rule &, std::vector<RuleResult> &);
struct Rule {
    RuleDefinition def;
    EvaluateFn evaluate = nullptr;
};

inline Rule rule(const char *id, const char *title, std::string ref, Boundary b, const char *boundaryText,
                 RuleKind kind, LegalConfidence conf, const char *jump, EvaluateFn fn)
{
    return { { id, title, std::move(ref), b, boundaryText, kind, conf, jump }, fn };
}

std::vector<Rule> frRules(const RuleSetParameters &p);
std::vector<Rule> euRules(const RuleSetParameters &p);
std::vector<Rule> wlRules(const RuleSetParameters &p);
std::vector<Rule> elRules(const RuleSetParameters &p);

// A result pre-filled from the rule's definition and the context.
inline RuleResult makeResult(const Rule &rule, const RuleContext &c, std::string item = {})
{
    RuleResult r;
    r.ruleId = rule.def.id;
    r.item = std::move(item);
    r.title = rule.def.title;
    r.boundary = rule.def.boundary;
    r.legalReference = rule.def.legalReference;
    r.jumpTarget = rule.def.jumpTarget;
    r.rulesetVersion = c.p.version;
    return r;
}

// Records that the result used a rule-set parameter (and so inherits its pending flag).
inline void uses(RuleResult &r, const char *key, const ParameterMeta &meta)
{
    r.parameterKeys.emplace_back(key);
    r.limitPendingConfirmation = r.limitPendingConfirmation || meta.pendingConfirmation;
}

inline void explain(RuleResult &r, const char *text, std::vector<std::string> args = {})
{
    r.explanation = text;
    r.arguments = std::move(args);
}

// Fixed-point text for the explanation arguments.
inline std::string num(double v, int decimals = 0)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// Inclusive comparisons tolerate binary rounding of products like 0.65 × P (relative 1e-9), as
// checkPowerWindow() does; strict comparisons (<, >) take the value as it is, so the limit
// itself stays on the failing side.
inline bool atLeast(double measured, double limit)
{
    return measured >= limit - 1e-9 * std::fabs(limit);
}
inline bool atMost(double measured, double limit)
{
    return measured <= limit + 1e-9 * std::fabs(limit);
}

// A checklist item: passes when the evidence is recorded.
void evidenceItem(const RuleContext &c, const Rule &rule, const std::string &item, const char *evidenceId,
                  std::vector<RuleResult> &out);

bool isMorN(const std::string &category);
bool isL(const std::string &category);

} // namespace remaster::model::rules_detail
