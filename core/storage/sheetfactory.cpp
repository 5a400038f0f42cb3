#include "sheetfactory.h"

#include "checkjson.h"
#include "designjson.h"
#include "evaluationjson.h"
#include "rulesetreader.h"
#include "worksteps.h"

#include "model/design_check.h"

#include <QJsonArray>

namespace remaster::storage {

namespace u = remaster::units;

SheetFactory::Result SheetFactory::fromDesign(const model::RetrofitDesign &design, const model::DesignEvaluation &ev,
                                              const model::CatalogSet &catalog, const QDate &today,
                                              const std::optional<model::RuleSetParameters> &rules)
{
    Result out;
    SheetRevision r;
    r.vin = QString::fromStdString(design.identity.vin);
    r.registration = QString::fromStdString(design.identity.registration);
    r.firstRegistrationDate = QString::fromStdString(design.identity.firstRegistrationDate);
    r.variantId = QString::fromStdString(design.variantId);
    r.design = DesignJson::write(design);
    r.snapshot = EvaluationJson::write(design, ev, catalog);
    r.vehiclesCatalogVersion = QString::fromStdString(catalog.vehiclesVersion);
    r.componentsCatalogVersion = QString::fromStdString(catalog.componentsVersion);

    // Freeze the rule results with the rule-set version. A design whose registration data is
    // incomplete cannot be checked: the sheet says so (and cannot be approved) instead of
    // inventing results.
    std::optional<model::RuleSetParameters> parameters = rules;
    if (!parameters) {
        const auto bundled = RuleSetReader::readFile(RuleSetReader::bundledPath());
        if (bundled.usable())
            parameters = bundled.parameters;
        else
            out.warnings << tr("the bundled rule set cannot be read");
    }
    QJsonArray results;
    QJsonArray ruleErrors;
    bool evaluated = false;
    if (parameters) {
        try {
            const auto check
                = model::checkDesign(design, ev, *parameters, model::Date { today.year(), today.month(), today.day() });
            const QJsonObject report = CheckJson::writeReport(check.report);
            results = report.value(QLatin1String("results")).toArray();
            r.snapshot.insert(QStringLiteral("rule_counts"), report.value(QLatin1String("counts")));
            r.rulesetVersion = QString::fromStdString(check.report.rulesetVersion);
            evaluated = true;
        } catch (const model::InputError &e) {
            for (const auto &issue : DesignJson::fromInputError(e)) {
                ruleErrors.append(issue.toString());
                out.warnings << tr("rules not evaluated: %1").arg(issue.toString());
            }
        }
    }
    r.snapshot.insert(QStringLiteral("rules"), results);
    r.snapshot.insert(QStringLiteral("rules_evaluated"), evaluated);
    r.snapshot.insert(QStringLiteral("ruleset_version"), r.rulesetVersion);
    if (!ruleErrors.isEmpty())
        r.snapshot.insert(QStringLiteral("rules_errors"), ruleErrors);

    const int modules = design.kit.modulesInSeries * design.kit.stringsInParallel;
    for (const auto &p : ev.resolved.addedParts) {
        BomLine line;
        line.partNumber = QString::fromStdString(p.id);
        line.description = QString::fromStdString(p.name);
        line.quantity = p.id == "battery" ? modules : 1;
        if (p.id == "battery" && ev.resolved.secondLife) {
            // Each graded module's serial, string by string in series order: where it goes.
            for (const auto &string : ev.resolved.secondLife->strings)
                for (int m : string.modules)
                    line.serialNumbers << QString::fromStdString(
                        design.kit.measuredModules[static_cast<std::size_t>(m)].serial);
        }
        line.massKg = u::inKilograms(p.mass);
        line.positionMm = u::inMillimetres(p.positionFromFrontAxle);
        r.bom.append(line);
    }
    WorkStepParameters params;
    params.packMaxVoltageV = u::inVolts(ev.result.battery.inverterWindow.packFull);
    params.acDcGalvanicallyConnected = design.homologation.acDcGalvanicallyConnected;
    params.acDoubleProtection = design.homologation.acDoubleProtection;
    QString stepError;
    r.steps = WorkSteps::load(WorkSteps::bundledPath(), params, &stepError);
    if (r.steps.isEmpty()) {
        out.error = stepError;
        return out;
    }
    out.revision = r;
    return out;
}

} // namespace remaster::storage
