// Rule results and the mass sheet as JSON (`remaster-cli check --json`, build-sheet snapshots)
// and as translated text for people.
#pragma once

#include "model/design_check.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace remaster::storage {

class CheckJson
{
    Q_DECLARE_TR_FUNCTIONS(CheckJson)
public:
    static QJsonObject writeReport(const model::CheckReport &report);
    static QJsonObject writeMassBalance(const model::MassBalanceResult &mass);
    // The rule's explanation in the current UI language, placeholders filled.
    static QString explanation(const model::RuleResult &result);
    static QString title(const model::RuleResult &result);
    static QString statusText(model::RuleStatus status);
};

} // namespace remaster::storage
