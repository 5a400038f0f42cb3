#include "designcommand.h"

#include "model/design_check.h"
#include "storage/checkjson.h"
#include "storage/cyclelibrary.h"
#include "storage/designjson.h"
#include "storage/evaluationjson.h"
#include "storage/modulecsv.h"
#include "storage/rulesetreader.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QLocale>

namespace remaster::cli {

using namespace remaster::model;
namespace u = remaster::units;

std::optional<RetrofitDesign> DesignCommand::readDesign(const QString &path, storage::DesignJson::KitPart kit,
                                                        bool *hasKit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_app.fail(kInputError, tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const auto result = storage::DesignJson::read(file.readAll(), kit);
    if (hasKit)
        *hasKit = result.hasKit;
    if (!result.design) {
        m_app.err << tr("%1 is not a valid design:").arg(path) << Qt::endl;
        for (const auto &issue : result.issues)
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return std::nullopt;
    }
    return result.design;
}

int DesignCommand::exampleDesign()
{
    m_app.printJson(QJsonDocument(storage::DesignJson::write(model::exampleDesign())));
    return kOk;
}

int DesignCommand::check(QStringList args)
{
    QString rulesetPath = storage::RuleSetReader::bundledPath();
    const int i = args.indexOf(QStringLiteral("--ruleset"));
    if (i >= 0) {
        if (i + 1 >= args.size())
            return m_app.fail(kUsage, tr("--ruleset needs a file"));
        rulesetPath = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("check needs one design file"));
    const auto ruleset = storage::RuleSetReader::readFile(rulesetPath);
    if (!ruleset.usable()) {
        m_app.err << tr("The rule set %1 cannot be used:").arg(rulesetPath) << Qt::endl;
        for (const auto &issue : ruleset.issues)
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return kInputError;
    }
    RetrofitDesign design;
    CatalogSet catalog;
    DesignEvaluation ev;
    if (const int code = evaluateFile(args.first(), design, catalog, ev); code != kOk)
        return code;
    const QDate today = QDate::currentDate();
    DesignCheck result;
    try {
        result = checkDesign(design, ev, ruleset.parameters, Date { today.year(), today.month(), today.day() });
    } catch (const InputError &e) {
        m_app.err << tr("%1 cannot be checked:").arg(args.first()) << Qt::endl;
        for (const auto &issue : storage::DesignJson::fromInputError(e))
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return kInputError;
    }
    const CheckReport &report = result.report;
    if (m_app.json) {
        QJsonObject out = storage::CheckJson::writeReport(report);
        out.insert(QStringLiteral("format"), QStringLiteral("remaster-check"));
        out.insert(QStringLiteral("format_version"), 1);
        out.insert(QStringLiteral("design_name"), QString::fromStdString(design.name));
        out.insert(QStringLiteral("mass_balance"), storage::CheckJson::writeMassBalance(result.massBalance));
        m_app.printJson(QJsonDocument(out));
        return report.anyFail ? kCheckFailed : kOk;
    }
    const QLocale l;
    auto valueText = [&](const std::optional<RuleValue> &v) {
        return v ? l.toString(v->value, 'g', 6) + QLatin1Char(' ') + QString::fromStdString(v->unit) : QString();
    };
    QTextStream &o = m_app.out;
    o << QString::fromStdString(design.name) << '\n'
      << tr("Rule set %1 — %2 fail, %3 warning, %4 need evidence, %5 pass, %6 not applicable")
             .arg(QString::fromStdString(report.rulesetVersion))
             .arg(report.failCount)
             .arg(report.warningCount)
             .arg(report.needsEvidenceCount)
             .arg(report.passCount)
             .arg(report.notApplicableCount)
      << "\n\n";
    for (const auto &r : sortedFailingFirst(report.results)) {
        QString head = storage::CheckJson::statusText(r.status).toUpper().leftJustified(20)
            + QString::fromStdString(r.ruleId).leftJustified(7) + storage::CheckJson::title(r);
        if (!r.item.empty())
            head += QStringLiteral(" [") + QString::fromStdString(r.item) + QLatin1Char(']');
        o << head << '\n';
        QStringList figures;
        if (r.measured)
            figures << tr("measured %1").arg(valueText(r.measured));
        if (r.limit)
            figures << (r.limitHigh
                            ? tr("limits %1 … %2").arg(valueText(r.limit), valueText(r.limitHigh))
                            : tr("limit %1 %2").arg(QLatin1String(boundaryCode(r.boundary)), valueText(r.limit)));
        if (r.margin)
            figures << tr("margin %1").arg(l.toString(*r.margin, 'g', 4));
        if (!figures.isEmpty())
            o << QStringLiteral("                ") << figures.join(QStringLiteral(", ")) << '\n';
        o << QStringLiteral("                ") << storage::CheckJson::explanation(r) << '\n';
        o << QStringLiteral("                ") << QString::fromStdString(r.legalReference);
        if (r.limitPendingConfirmation)
            o << tr(" (limit pending legal confirmation)");
        o << '\n';
    }
    const auto &m = result.massBalance;
    o << '\n'
      << tr("Mass in running order %1 kg (%2 %), usable payload %3 kg, limited by %4")
             .arg(l.toString(units::inKilograms(m.massInRunningOrder), 'f', 0),
                  l.toString(m.massChangeRatio * 100, 'f', 1),
                  l.toString(units::inKilograms(m.capacityAtLoadCentre.usable), 'f', 0),
                  QLatin1String(payloadLimitCode(m.capacityAtLoadCentre.limitedBy)))
      << '\n';
    return report.anyFail ? kCheckFailed : kOk;
}

int DesignCommand::gradeModules(QStringList args)
{
    auto take = [&](const QString &name) -> std::optional<QString> {
        const int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size())
            return std::nullopt;
        const QString v = args.at(i + 1);
        args.remove(i, 2);
        return v;
    };
    const auto moduleId = take(QStringLiteral("--module"));
    const auto series = take(QStringLiteral("--series"));
    const auto parallel = take(QStringLiteral("--parallel"));
    const auto capSpread = take(QStringLiteral("--max-capacity-spread"));
    const auto resSpread = take(QStringLiteral("--max-resistance-spread"));
    const auto minSoh = take(QStringLiteral("--min-soh"));
    if (args.size() != 1 || !moduleId || !series || !parallel)
        return m_app.fail(kUsage, tr("grade-modules needs MODULES.csv --module ID --series N --parallel N"));
    bool okS = false, okP = false;
    const int s = series->toInt(&okS);
    const int p = parallel->toInt(&okP);
    if (!okS || s < 1 || s > 400)
        return m_app.fail(kUsage, tr("--series accepts 1 … 400, not '%1'").arg(*series));
    if (!okP || p < 1 || p > 20)
        return m_app.fail(kUsage, tr("--parallel accepts 1 … 20, not '%1'").arg(*parallel));
    AcceptanceThresholds thresholds;
    auto percent = [&](const std::optional<QString> &v, double &target, const QString &name, double max) {
        if (!v)
            return true;
        bool ok = false;
        const double d = v->toDouble(&ok);
        if (!ok || d < 0 || d > max) {
            m_app.fail(kUsage, tr("%1 accepts 0 … %2 %, not '%3'").arg(name).arg(max).arg(*v));
            return false;
        }
        target = d / 100.0;
        return true;
    };
    if (!percent(capSpread, thresholds.maxCapacitySpread, QStringLiteral("--max-capacity-spread"), 100)
        || !percent(resSpread, thresholds.maxResistanceSpread, QStringLiteral("--max-resistance-spread"), 1000)
        || !percent(minSoh, thresholds.minStateOfHealth, QStringLiteral("--min-soh"), 100))
        return kUsage;

    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return m_app.fail(kInputError, tr("cannot read %1: %2").arg(args.first(), file.errorString()));
    QStringList problems;
    const auto modules = storage::ModuleCsv::read(file.readAll(), &problems);
    if (!modules) {
        m_app.err << tr("%1 is not a valid module list:").arg(args.first()) << Qt::endl;
        for (const auto &x : problems)
            m_app.err << QStringLiteral("  ") << x << Qt::endl;
        return kInputError;
    }
    if (!m_app.openDatabase())
        return kDatabaseError;
    const CatalogSet catalog = m_app.catalog().load();
    const auto *module = catalog.batteryModule(moduleId->toStdString());
    if (!module)
        return m_app.fail(
            kInputError,
            tr("there is no battery module '%1' (see: remaster-cli catalog list battery-modules)").arg(*moduleId));
    SecondLifeResult result;
    try {
        result = assignModules(*modules, s, p, module->capacity.value, module->nominalVoltage.value, thresholds);
    } catch (const InputError &e) {
        for (const auto &issue : storage::DesignJson::fromInputError(e))
            m_app.err << issue.toString() << Qt::endl;
        return kInputError;
    }
    const QLocale l;
    auto serial = [&](int index) { return QString::fromStdString((*modules)[static_cast<std::size_t>(index)].serial); };
    if (m_app.json) {
        QJsonArray strings;
        for (const auto &st : result.strings) {
            QJsonArray serials;
            for (int m : st.modules)
                serials.append(serial(m));
            strings.append(QJsonObject { { QStringLiteral("modules"), serials },
                                         { QStringLiteral("capacity_ah"), units::inAmpereHours(st.capacity) },
                                         { QStringLiteral("resistance_mohm"), units::inMilliohms(st.resistance) },
                                         { QStringLiteral("capacity_spread_percent"), st.capacitySpread * 100 },
                                         { QStringLiteral("resistance_spread_percent"), st.resistanceSpread * 100 },
                                         { QStringLiteral("min_state_of_health_percent"), st.minStateOfHealth * 100 },
                                         { QStringLiteral("pass"), st.pass() } });
        }
        QJsonArray leftover;
        for (int m : result.leftover)
            leftover.append(serial(m));
        m_app.printJson(QJsonDocument(
            QJsonObject { { QStringLiteral("module_id"), *moduleId },
                          { QStringLiteral("series"), s },
                          { QStringLiteral("parallel"), p },
                          { QStringLiteral("strings"), strings },
                          { QStringLiteral("leftover"), leftover },
                          { QStringLiteral("pack_capacity_ah"), units::inAmpereHours(result.packCapacity) },
                          { QStringLiteral("pack_energy_kwh"), units::inKilowattHours(result.packEnergy) },
                          { QStringLiteral("pass"), result.pass() } }));
        return result.pass() ? kOk : kCheckFailed;
    }
    QTextStream &o = m_app.out;
    o << tr("%1 modules graded for %2 in series × %3 strings (%4)")
             .arg(modules->size())
             .arg(s)
             .arg(p)
             .arg(QString::fromStdString(module->info.label))
      << '\n';
    for (std::size_t i = 0; i < result.strings.size(); ++i) {
        const auto &st = result.strings[i];
        QStringList serials;
        for (int m : st.modules)
            serials << serial(m);
        o << tr("String %1: %2 Ah, spread %3 % capacity / %4 % resistance, lowest SOH %5 %: %6")
                 .arg(i + 1)
                 .arg(l.toString(units::inAmpereHours(st.capacity), 'f', 1),
                      l.toString(st.capacitySpread * 100, 'f', 1), l.toString(st.resistanceSpread * 100, 'f', 1),
                      l.toString(st.minStateOfHealth * 100, 'f', 0), st.pass() ? tr("accepted") : tr("NOT ACCEPTED"))
          << '\n'
          << QStringLiteral("  ") << serials.join(QStringLiteral(" → ")) << '\n';
    }
    QStringList left;
    for (int m : result.leftover)
        left << serial(m);
    if (!left.isEmpty())
        o << tr("Not used: %1").arg(left.join(QStringLiteral(", "))) << '\n';
    o << tr("Pack: %1 Ah, %2 kWh")
             .arg(l.toString(units::inAmpereHours(result.packCapacity), 'f', 1),
                  l.toString(units::inKilowattHours(result.packEnergy), 'f', 1))
      << '\n';
    return result.pass() ? kOk : kCheckFailed;
}

int DesignCommand::cycles()
{
    const auto list = storage::CycleLibrary::bundled();
    if (m_app.json) {
        QJsonArray a;
        for (const auto &c : list)
            a.append(QJsonObject { { QStringLiteral("id"), c.id },
                                   { QStringLiteral("name"), c.name },
                                   { QStringLiteral("reference"), c.reference },
                                   { QStringLiteral("duration_s"), c.durationS },
                                   { QStringLiteral("distance_km"), c.distanceKm },
                                   { QStringLiteral("max_speed_kmh"), c.maxSpeedKmh } });
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("cycles"), a } }));
        return kOk;
    }
    const QLocale l;
    for (const auto &c : list)
        m_app.out
            << c.id.leftJustified(30) << c.name.leftJustified(49)
            << tr("%1 km, %2 s, max %3 km/h").arg(l.toString(c.distanceKm, 'f', 3)).arg(c.durationS).arg(c.maxSpeedKmh)
            << '\n';
    m_app.out << tr("Also accepted in a design: \"wltc-auto\" (the class the regulation assigns) and a path to a "
                    "CSV file with columns time_s,speed_kmh[,grade_percent].")
              << '\n';
    return kOk;
}

int DesignCommand::evaluateFile(const QString &path, RetrofitDesign &design, CatalogSet &catalog, DesignEvaluation &ev)
{
    const auto read = readDesign(path);
    if (!read)
        return kInputError;
    design = *read;
    if (!m_app.openDatabase())
        return kDatabaseError;
    catalog = m_app.catalog().load();
    try {
        ev = evaluateDesign(design, catalog, [](const std::string &id) {
            return storage::CycleLibrary::load(QString::fromStdString(id));
        });
    } catch (const InputError &e) {
        m_app.err << tr("%1 cannot be evaluated:").arg(path) << Qt::endl;
        for (const auto &issue : storage::DesignJson::fromInputError(e))
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return kInputError;
    }
    return kOk;
}

int DesignCommand::evaluate(const QStringList &args)
{
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("evaluate needs one design file (see: remaster-cli example-design)"));
    RetrofitDesign designValue;
    CatalogSet catalog;
    DesignEvaluation ev;
    if (const int code = evaluateFile(args.first(), designValue, catalog, ev); code != kOk)
        return code;
    const RetrofitDesign *design = &designValue;

    // A pack outside the inverter's DC range is bad input: say which field and what fits, but
    // still show the evaluation so the engineer sees the consequences.
    const auto problems = storage::DesignJson::fromInputError(InputError(designErrors(ev.resolved)));
    const int status = problems.isEmpty() ? kOk : kInputError;
    for (const auto &p : problems)
        m_app.err << tr("error: %1").arg(p.toString()) << Qt::endl;

    if (m_app.json) {
        QJsonObject out = storage::EvaluationJson::write(*design, ev, catalog);
        QJsonArray errors;
        for (const auto &p : problems)
            errors.append(QJsonObject { { QStringLiteral("field"), p.field },
                                        { QStringLiteral("message"), p.message },
                                        { QStringLiteral("accepted"), p.accepted } });
        out.insert(QStringLiteral("errors"), errors);
        m_app.printJson(QJsonDocument(out));
        return status;
    }

    const QLocale l;
    auto num = [&](double v, int d) { return l.toString(v, 'f', d); };
    auto ok = [&](bool pass) { return pass ? tr("ok") : tr("NOT MET"); };
    const auto &r = ev.result;
    const auto &in = ev.resolved.input;
    QTextStream &o = m_app.out;
    o << QString::fromStdString(design->name) << '\n'
      << tr("Vehicle: %1 (%2)")
             .arg(QString::fromStdString(ev.resolved.variant.label), QString::fromStdString(ev.resolved.engine.label))
      << '\n';
    o << tr("Mass in running order: %1 kg → %2 kg (%3 %), removed %4 kg, kit %5 kg, GVW %6 kg")
             .arg(num(u::inKilograms(in.vehicle.originalMassInRunningOrder), 0),
                  num(u::inKilograms(r.convertedMassInRunningOrder), 0), num((r.massChangeRatio.value() - 1) * 100, 1),
                  num(u::inKilograms(in.vehicle.removedMass), 0), num(u::inKilograms(r.kitMass), 0),
                  num(u::inKilograms(in.vehicle.gvw), 0))
      << '\n';
    o << tr("WLTC class %1 (PMR %2 W/kg)")
             .arg(QString::fromStdString(r.wltc.cycleId), num(r.wltc.pmrWattsPerKilogram, 1))
      << "\n\n";
    const auto &pw = r.motor.powerWindow;
    o << tr("Power window (FR-07, %1): %2 kW of %3 kW = %4 % (65–100 %): %5")
             .arg(QLatin1String(powerBasisCode(pw.basis)), num(u::inKilowatts(pw.electric), 1),
                  num(u::inKilowatts(pw.original), 1), num(pw.ratio * 100, 1), ok(pw.pass))
      << '\n';
    for (const auto *c : { &r.motor.hillStart, &r.motor.sustainedGrade, &r.motor.topSpeed, &r.motor.acceleration })
        o << tr("  %1: margin %2 %: %3")
                 .arg(QString::fromStdString(c->id).leftJustified(16), num(c->marginPercent, 1), ok(c->pass))
          << '\n';
    o << tr("  top speed %1 km/h, 0–%2 km/h in %3 s, ratio %4 (feasible %5 … %6)")
             .arg(num(u::inKilometresPerHour(r.motor.reachableTopSpeed), 0),
                  num(u::inKilometresPerHour(in.requirements.accelerationTargetSpeed), 0),
                  num(u::inSeconds(r.motor.accelerationTime), 1), num(in.kit.reducerRatio.value(), 3),
                  num(r.motor.ratioRange.minimum.value(), 2), num(r.motor.ratioRange.maximum.value(), 2))
      << "\n\n";
    const auto &b = r.battery;
    o << tr("Battery: %1 × %2 modules, %3–%4 V (inverter %5–%6 V: %7), %8 kWh usable of %9 kWh, %10 kg")
             .arg(in.kit.modulesInSeries)
             .arg(in.kit.stringsInParallel)
             .arg(num(u::inVolts(b.inverterWindow.packEmpty), 0), num(u::inVolts(b.inverterWindow.packFull), 0),
                  num(u::inVolts(b.inverterWindow.rangeMin), 0), num(u::inVolts(b.inverterWindow.rangeMax), 0),
                  ok(b.inverterWindow.pass), num(u::inKilowattHours(b.usableEnergy), 1),
                  num(u::inKilowattHours(b.grossEnergy), 1))
             .arg(num(u::inKilograms(b.mass), 0))
      << '\n';
    o << tr("  peak discharge %1 kW (%2), regen %3 kW (%4), AC charge 10→80 % in %5 h")
             .arg(num(u::inKilowatts(b.peakDischargeAtMinSoc), 0), ok(b.dischargePass),
                  num(u::inKilowatts(b.peakRegenAtMidSoc), 0), ok(b.regenPass),
                  num(u::inSeconds(b.acCharge.duration) / 3600, 1));
    if (b.dcCharge)
        o << tr(", DC in %1 h").arg(num(u::inSeconds(b.dcCharge->duration) / 3600, 2));
    o << "\n\n" << tr("Cycle                          Payload   Test mass  Wh/km  Wh/km(plug)  Range") << '\n';
    for (const auto &c : r.cycles) {
        const auto &t = c.simulation.total;
        o << QString::fromStdString(c.cycleId).leftJustified(31) << QString::fromStdString(c.payload).leftJustified(9)
          << (num(u::inKilograms(c.testMass), 0) + QStringLiteral(" kg")).rightJustified(10)
          << num(inWattHoursPerKilometre(t.batteryPerDistance), 0).rightJustified(7)
          << num(inWattHoursPerKilometre(t.plugPerDistance), 0).rightJustified(13)
          << (num(u::inKilometres(t.range), 0) + QStringLiteral(" km")).rightJustified(8)
          << (c.simulation.followedTrace ? QString() : tr("  (could not follow the trace)")) << '\n';
    }
    if (r.wltp) {
        const auto &w = *r.wltp;
        o << '\n'
          << tr("WLTP (%1): TM_L %2 kg, TM_H %3 kg, %4%5%6")
                 .arg(QLatin1String(w.category == wltp::Category::M1 ? "M1" : "N1"),
                      num(u::inKilograms(w.testMasses.low), 0), num(u::inKilograms(w.testMasses.high), 0),
                      QString::fromStdString(w.cycleId),
                      w.downscalingLow.applied ? tr(", downscaled by %1").arg(num(w.downscalingLow.factor, 3))
                                               : QString(),
                      w.cappedSpeed.applied
                          ? tr(", capped at %1 km/h").arg(num(u::inKilometresPerHour(w.cappedSpeed.cap), 0))
                          : QString())
          << '\n'
          << tr("  EC_AC %1 / %2 Wh/km from the mains, EC_DC %3 Wh/km at the battery, range %4 / %5 km (TM_L / TM_H)")
                 .arg(num(inWattHoursPerKilometre(w.low.ecAcStp), 0), num(inWattHoursPerKilometre(w.high.ecAcStp), 0),
                      num(inWattHoursPerKilometre(w.low.ecDcStp), 0), num(u::inKilometres(w.low.aerStp), 0),
                      num(u::inKilometres(w.high.aerStp), 0))
          << '\n';
    }
    if (!r.warnings.empty()) {
        o << '\n' << tr("Warnings:") << '\n';
        for (const auto &w : r.warnings)
            o << QStringLiteral("  ") << QString::fromStdString(w) << '\n';
    }
    return status;
}

} // namespace remaster::cli
