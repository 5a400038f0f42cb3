#include "kitcommand.h"

#include "designcommand.h"

#include "model/kit_finder.h"
#include "storage/cyclelibrary.h"
#include "storage/kitsearchjson.h"
#include "storage/modulecsv.h"
#include "storage/rulesetreader.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>

#include <cmath>

namespace remaster::cli {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

std::vector<std::string> idList(const QString &text)
{
    std::vector<std::string> ids;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids.push_back(s.trimmed().toStdString());
    return ids;
}

} // namespace

int KitCommand::parseRequest(QStringList args, KitRequest &request)
{
    bool missing = false;
    auto take = [&](const char *name) { return m_app.takeOption(args, QString::fromLatin1(name), &missing); };
    const auto objective = take("--objective");
    const auto weights = take("--weights");
    const auto top = take("--top");
    const auto threads = take("--threads");
    const auto stockPath = take("--stock");
    const auto batchPath = take("--modules");
    const auto batchModule = take("--batch-module");
    const auto motors = take("--motors");
    const auto inverters = take("--inverters");
    const auto reducers = take("--reducers");
    const auto moduleTypes = take("--module-types");
    const auto chargers = take("--chargers");
    const auto ratioStep = take("--ratio-step");
    const auto maxParallel = take("--max-parallel");
    const auto minRange = take("--min-range-km");
    const auto rangeCycle = take("--range-cycle");
    const auto minPayload = take("--min-payload-kg");
    const auto maxKitMass = take("--max-kit-mass-kg");
    const auto maxVolume = take("--max-pack-volume-l");
    const auto maxCharge = take("--max-charge-time-h");
    const auto rulesetPath = take("--ruleset");
    const bool noRules = args.removeAll(QStringLiteral("--no-rules")) > 0;
    const bool noRequirements = args.removeAll(QStringLiteral("--no-requirements")) > 0;
    const bool quiet = args.removeAll(QStringLiteral("--quiet")) > 0;
    if (missing)
        return kUsage;
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("find-kits needs one design file (see: remaster-cli find-kits --help)"));

    KitSearchSpace &space = request.space;
    KitStock &stock = request.stock;
    KitConstraints &constraints = request.constraints;
    KitFinderOptions &options = request.options;
    request.designPath = args.first();
    request.rulesetPath = rulesetPath.value_or(storage::RuleSetReader::bundledPath());
    request.quiet = quiet;
    // Numbers from the command line: the option name and the accepted range in the message.
    auto number = [&](const std::optional<QString> &v, const char *name, double lo, double hi, double &out) -> bool {
        if (!v)
            return true;
        bool ok = false;
        const double d = v->toDouble(&ok);
        if (!ok || !std::isfinite(d) || d < lo || d > hi) {
            m_app.fail(kUsage, tr("%1 accepts %2 … %3, not '%4'").arg(QLatin1String(name)).arg(lo).arg(hi).arg(*v));
            return false;
        }
        out = d;
        return true;
    };
    double d = 0;
    if (objective) {
        const auto m = kitMetricFromCode(objective->toStdString());
        if (!m)
            return m_app.fail(
                kUsage,
                tr("--objective accepts payload, range, kit-mass, consumption, charge-time, not '%1'").arg(*objective));
        options.objective = *m;
    }
    if (weights) {
        std::array<double, kKitMetricCount> w {};
        for (const QString &part : weights->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList kv = part.split(QLatin1Char('='));
            const auto m = kv.size() == 2 ? kitMetricFromCode(kv[0].trimmed().toStdString()) : std::nullopt;
            bool ok = false;
            const double value = kv.size() == 2 ? kv[1].toDouble(&ok) : 0.0;
            if (!m || !ok)
                return m_app.fail(kUsage,
                                  tr("--weights accepts METRIC=WEIGHT,… with the metrics payload, range, "
                                     "kit-mass, consumption, charge-time, not '%1'")
                                      .arg(part));
            w[static_cast<std::size_t>(*m)] = value;
        }
        options.weights = w; // ranges checked by the finder
    }
    if (!number(top, "--top", 1, 1000, d))
        return kUsage;
    if (top)
        options.top = static_cast<int>(d);
    if (!number(threads, "--threads", 0, 256, d))
        return kUsage;
    if (threads)
        options.threads = static_cast<int>(d);
    if (!number(ratioStep, "--ratio-step", 0.05, 2.0, space.ratioStep))
        return kUsage;
    if (!number(maxParallel, "--max-parallel", 1, 20, d))
        return kUsage;
    if (maxParallel)
        space.maxStringsInParallel = static_cast<int>(d);
    if (motors)
        space.motorIds = idList(*motors);
    if (inverters)
        space.inverterIds = idList(*inverters);
    if (reducers)
        space.reducerIds = idList(*reducers);
    if (moduleTypes)
        space.moduleIds = idList(*moduleTypes);
    if (chargers)
        space.chargerIds = idList(*chargers);
    if (!number(minRange, "--min-range-km", 0, 5000, d))
        return kUsage;
    if (minRange)
        constraints.minRange = u::kilometres(d);
    if (rangeCycle)
        constraints.rangeCycle = rangeCycle->toStdString();
    if (!number(minPayload, "--min-payload-kg", 0, 10000, d))
        return kUsage;
    if (minPayload)
        constraints.minUsablePayload = u::kilograms(d);
    if (!number(maxKitMass, "--max-kit-mass-kg", 1, 10000, d))
        return kUsage;
    if (maxKitMass)
        constraints.maxKitMass = u::kilograms(d);
    if (!number(maxVolume, "--max-pack-volume-l", 1, 10000, d))
        return kUsage;
    if (maxVolume)
        constraints.maxPackVolume = u::Volume::from_value(d / 1000.0);
    if (!number(maxCharge, "--max-charge-time-h", 0.01, 100, d))
        return kUsage;
    if (maxCharge)
        constraints.maxChargeTime = u::seconds(d * 3600.0);
    constraints.ruleSet = !noRules;
    constraints.requirements = !noRequirements;

    if (stockPath) {
        QFile f(*stockPath);
        if (!f.open(QIODevice::ReadOnly))
            return m_app.fail(kInputError, tr("cannot read %1: %2").arg(*stockPath, f.errorString()));
        const auto read = storage::KitSearchJson::readStock(f.readAll());
        if (!read.shelf) {
            m_app.err << tr("%1 is not a valid stock file:").arg(*stockPath) << Qt::endl;
            for (const auto &issue : read.issues)
                m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
            return kInputError;
        }
        stock.shelf = *read.shelf;
    }
    if (batchPath) {
        if (!batchModule)
            return m_app.fail(kUsage, tr("--modules needs --batch-module ID: the module type of the measured batch"));
        QFile f(*batchPath);
        if (!f.open(QIODevice::ReadOnly))
            return m_app.fail(kInputError, tr("cannot read %1: %2").arg(*batchPath, f.errorString()));
        QStringList problems;
        const auto modules = storage::ModuleCsv::read(f.readAll(), &problems);
        if (!modules) {
            m_app.err << tr("%1 is not a valid module list:").arg(*batchPath) << Qt::endl;
            for (const auto &x : problems)
                m_app.err << QStringLiteral("  ") << x << Qt::endl;
            return kInputError;
        }
        stock.batch = *modules;
        stock.batchModuleId = batchModule->toStdString();
    }

    return kOk;
}

int KitCommand::findKits(const QStringList &args)
{
    KitRequest request;
    if (const int code = parseRequest(args, request); code != kOk)
        return code;
    KitSearchSpace &space = request.space;
    KitStock &stock = request.stock;
    KitConstraints &constraints = request.constraints;
    KitFinderOptions &options = request.options;
    const bool quiet = request.quiet;
    const QString &rules = request.rulesetPath;
    const auto ruleset = storage::RuleSetReader::readFile(rules);
    if (!ruleset.usable()) {
        m_app.err << tr("The rule set %1 cannot be used:").arg(rules) << Qt::endl;
        for (const auto &issue : ruleset.issues)
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return kInputError;
    }
    // The design's kit is optional here: without one there is no "current kit" to compare, the
    // reducers and chargers default to the whole catalog, and a DC-DC converter is needed for the
    // mass and the 12 V load: the catalog's first, named on stderr.
    bool hasKit = true;
    auto design = DesignCommand(m_app).readDesign(request.designPath, storage::DesignJson::KitPart::Optional, &hasKit);
    if (!design)
        return kInputError;
    if (!m_app.openDatabase())
        return kDatabaseError;
    const CatalogSet catalog = m_app.catalog().load();
    if (!hasKit) {
        if (catalog.dcdcs.empty()) {
            return m_app.fail(kInputError, tr("the design has no kit and the catalog no DC-DC converter to assume"));
        }
        design->kit.dcdcId = catalog.dcdcs.front().info.id;
        if (!quiet)
            m_app.err << tr("find-kits: the design has no kit; DC-DC converter assumed: %1")
                             .arg(QString::fromStdString(design->kit.dcdcId))
                      << Qt::endl;
    }
    const QDate today = QDate::currentDate();
    options.today = Date { today.year(), today.month(), today.day() };
    int lastPercent = -1;
    if (!quiet)
        options.progress = [&](std::size_t done, std::size_t total) {
            const int percent = total ? static_cast<int>(100 * done / total) : 100;
            if (percent != lastPercent) {
                lastPercent = percent;
                m_app.err << '\r' << tr("find-kits: %1 % of %2 hardware combinations").arg(percent).arg(total)
                          << Qt::flush;
            }
        };

    KitSearchResult result;
    QElapsedTimer timer;
    timer.start();
    try {
        result = model::findKits(
            *design, catalog, space, stock, constraints, ruleset.parameters, options,
            [](const std::string &id) { return storage::CycleLibrary::load(QString::fromStdString(id)); });
    } catch (const InputError &e) {
        if (lastPercent >= 0)
            m_app.err << Qt::endl;
        m_app.err << tr("The kit search cannot run:") << Qt::endl;
        for (const auto &issue : storage::DesignJson::fromInputError(e))
            m_app.err << QStringLiteral("  ") << issue.toString() << Qt::endl;
        return kInputError;
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (lastPercent >= 0)
        m_app.err << Qt::endl;

    if (m_app.json) {
        QJsonObject out = storage::KitSearchJson::writeResult(result, options);
        out.insert(QStringLiteral("design_name"), QString::fromStdString(design->name));
        out.insert(QStringLiteral("elapsed_s"), seconds);
        m_app.printJson(QJsonDocument(out));
        return result.feasibleCount > 0 ? kOk : kCheckFailed;
    }
    return printResult(*design, result, seconds);
}

int KitCommand::printResult(const RetrofitDesign &design, const KitSearchResult &result, double seconds)
{
    const QLocale l;
    QTextStream &o = m_app.out;
    o << QString::fromStdString(design.name) << '\n'
      << tr("%1 hardware combinations, %2 past the catalog checks; %3 kits judged, %4 ran the cycles, %5 feasible "
            "(%6 s on %7 threads)")
             .arg(result.hardwareCombinations)
             .arg(result.hardwareEvaluated)
             .arg(result.ratioCandidates)
             .arg(result.fullyEvaluated)
             .arg(result.feasibleCount)
             .arg(l.toString(seconds, 'f', 2))
             .arg(result.threadsUsed)
      << "\n\n"
      << tr("Rejected:") << '\n';
    for (const auto &r : result.rejections)
        o << QStringLiteral("  %1  %2 (%3)\n")
                 .arg(r.count, 9)
                 .arg(QString::fromStdString(r.constraint), QString::fromStdString(r.stage));
    auto row = [&](const KitCandidate &c) {
        QString s = QStringLiteral("%1 + %2, ratio %3, %4 × %5 %6, %7")
                        .arg(QString::fromStdString(c.motorId), QString::fromStdString(c.inverterId))
                        .arg(l.toString(c.ratio, 'f', 2))
                        .arg(c.series)
                        .arg(c.parallel)
                        .arg(QString::fromStdString(c.moduleId), QString::fromStdString(c.chargerId));
        s += QLatin1Char('\n')
            + tr("      payload %1 kg, kit %2 kg, charge %3 h")
                  .arg(l.toString(u::inKilograms(c.metrics.usablePayload), 'f', 0),
                       l.toString(u::inKilograms(c.metrics.kitMass), 'f', 0),
                       l.toString(c.metrics.chargeTime.value() / 3600.0, 'f', 1));
        if (c.evaluated)
            s += tr(", range %1 km (%2), %3 Wh/km")
                     .arg(l.toString(u::inKilometres(c.metrics.range), 'f', 0),
                          QString::fromStdString(c.metrics.rangeCycle),
                          l.toString(c.metrics.consumption.value() / 3.6, 'f', 0));
        if (c.feasible())
            s += tr("; tightest: %1").arg(QString::fromStdString(c.limiting));
        for (const auto &m : c.misses)
            s += QLatin1Char('\n')
                + tr("      misses %1 by %2 %")
                      .arg(QString::fromStdString(m.constraint), l.toString(m.relativeMiss * 100, 'f', 1));
        return s;
    };
    if (result.current)
        o << '\n' << tr("Current kit:") << '\n' << QStringLiteral("  ") << row(*result.current) << '\n';
    if (result.feasibleCount == 0) {
        o << '\n' << tr("No kit meets every constraint. Nearest misses:") << '\n';
        for (const auto &c : result.nearMisses)
            o << QStringLiteral("  ") << row(c) << '\n';
        return kCheckFailed;
    }
    o << '\n' << tr("Best %1 by the objective:").arg(result.ranked.size()) << '\n';
    int rank = 0;
    for (const auto &c : result.ranked)
        o << QStringLiteral("%1. ").arg(++rank, 2) << row(c) << '\n';
    o << '\n'
      << tr("Pareto front (payload, range, kit mass, consumption, charge time): %1 kits").arg(result.pareto.size())
      << '\n';
    return kOk;
}

} // namespace remaster::cli
