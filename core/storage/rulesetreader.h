// Reads a rule-set file (format "remaster-ruleset", resources/rules/ruleset.json) into the
// model's RuleSetParameters.
//
// Unlike a catalog, a rule set is all or nothing: a file with any bad or missing parameter is
// refused as a whole (usable() is false) rather than silently completed with built-in figures,
// because every check result cites the rule-set version it was evaluated against. Each problem
// names the file, the parameter and the accepted values or range.
#pragma once

#include "model/rule_parameters.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace remaster::storage {

struct RuleSetIssue {
    QString file;
    QString parameter; // JSON key, e.g. "power_window_lower"; empty for file-level problems
    QString field; // "value", "unit", "confidence" …; empty when the whole entry is concerned
    QString message;
    QString accepted; // accepted values or range, may be empty

    QString toString() const;
};

struct RuleSetReadResult {
    QString rulesetVersion;
    QList<RuleSetIssue> issues;
    model::RuleSetParameters parameters; // meaningful only when usable()

    bool usable() const { return issues.isEmpty() && !rulesetVersion.isEmpty(); }
};

class RuleSetReader
{
    Q_DECLARE_TR_FUNCTIONS(RuleSetReader)
public:
    static constexpr int kFormatVersion = 1;

    // `fileName` is only used in messages.
    static RuleSetReadResult read(const QByteArray &json, const QString &fileName);
    static RuleSetReadResult readFile(const QString &path);
    static QString bundledPath(); // ":/rules/ruleset.json"
};

} // namespace remaster::storage
