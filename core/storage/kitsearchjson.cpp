#include "storage/kitsearchjson.h"
#include "storage/jsonenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace remaster::storage {

namespace u = remaster::units;

StockReadResult KitSearchJson::readStock(const QByteArray &bytes)
{
    StockReadResult r;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        r.issues.append({ QStringLiteral("stock"), tr("is not a JSON object: %1").arg(pe.errorString()), QString() });
        return r;
    }
    if (const auto key = JsonEnvelope::duplicateKey(bytes)) {
        r.issues.append({ QStringLiteral("stock.") + *key, tr("appears twice (each key once per object)"), QString() });
        return r;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("remaster-module-stock"))
        r.issues.append({ QStringLiteral("stock.format"), tr("is not a module stock file"),
                          QStringLiteral("remaster-module-stock") });
    if (o.value(QStringLiteral("format_version")).toInt(-1) != 1)
        r.issues.append(
            { QStringLiteral("stock.format_version"), tr("is not a supported version"), QStringLiteral("1") });
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("format") && it.key() != QLatin1String("format_version")
            && it.key() != QLatin1String("modules") && it.key() != QLatin1String("note"))
            r.issues.append({ QStringLiteral("stock.") + it.key(), tr("is not a known field"),
                              QStringLiteral("format, format_version, modules, note") });
    const QJsonValue mv = o.value(QStringLiteral("modules"));
    if (!mv.isObject() || mv.toObject().isEmpty()) {
        r.issues.append({ QStringLiteral("stock.modules"), tr("must list at least one module id with its count"),
                          QStringLiteral("{\"module-id\": count}") });
        return r;
    }
    std::map<std::string, int> shelf;
    const QJsonObject modules = mv.toObject();
    for (auto it = modules.begin(); it != modules.end(); ++it) {
        const QString field = QStringLiteral("stock.modules.") + it.key();
        const double n = it.value().toDouble(std::nan(""));
        if (!it.value().isDouble() || !std::isfinite(n) || n < 0 || n > 100000 || n != std::floor(n)) {
            r.issues.append(
                { field,
                  tr("must be a whole number of modules, not %1")
                      .arg(QString::fromUtf8(QJsonDocument(QJsonArray { it.value() }).toJson(QJsonDocument::Compact))),
                  QStringLiteral("0 … 100000") });
            continue;
        }
        shelf[it.key().toStdString()] = static_cast<int>(n);
    }
    if (r.issues.isEmpty())
        r.shelf = std::move(shelf);
    return r;
}

QJsonObject KitSearchJson::writeCandidate(const model::KitCandidate &c)
{
    QJsonObject o {
        { QStringLiteral("motor_id"), QString::fromStdString(c.motorId) },
        { QStringLiteral("inverter_id"), QString::fromStdString(c.inverterId) },
        { QStringLiteral("reducer_id"), QString::fromStdString(c.reducerId) },
        { QStringLiteral("reducer_ratio"), c.ratio },
        { QStringLiteral("battery_module_id"), QString::fromStdString(c.moduleId) },
        { QStringLiteral("modules_in_series"), c.series },
        { QStringLiteral("strings_in_parallel"), c.parallel },
        { QStringLiteral("charger_id"), QString::fromStdString(c.chargerId) },
        { QStringLiteral("feasible"), c.feasible() },
        { QStringLiteral("evaluated"), c.evaluated },
        { QStringLiteral("limiting"), QString::fromStdString(c.limiting) },
        { QStringLiteral("usable_payload_kg"), u::inKilograms(c.metrics.usablePayload) },
        { QStringLiteral("kit_mass_kg"), u::inKilograms(c.metrics.kitMass) },
        { QStringLiteral("pack_volume_l"), c.metrics.packVolume.value() * 1000.0 },
        { QStringLiteral("charge_time_h"), c.metrics.chargeTime.value() / 3600.0 },
    };
    if (c.evaluated) {
        o.insert(QStringLiteral("range_km"), u::inKilometres(c.metrics.range));
        o.insert(QStringLiteral("range_cycle"), QString::fromStdString(c.metrics.rangeCycle));
        o.insert(QStringLiteral("consumption_wh_per_km"), c.metrics.consumption.value() / 3.6);
    }
    if (c.feasible())
        o.insert(QStringLiteral("score"), c.score);
    QJsonArray misses;
    for (const auto &m : c.misses)
        misses.append(QJsonObject { { QStringLiteral("constraint"), QString::fromStdString(m.constraint) },
                                    { QStringLiteral("miss_percent"), m.relativeMiss * 100.0 } });
    if (!misses.isEmpty())
        o.insert(QStringLiteral("misses"), misses);
    return o;
}

QJsonObject KitSearchJson::writeResult(const model::KitSearchResult &r, const model::KitFinderOptions &options)
{
    auto list = [](const std::vector<model::KitCandidate> &v) {
        QJsonArray a;
        for (const auto &c : v)
            a.append(writeCandidate(c));
        return a;
    };
    QJsonArray rejections;
    for (const auto &x : r.rejections)
        rejections.append(QJsonObject { { QStringLiteral("constraint"), QString::fromStdString(x.constraint) },
                                        { QStringLiteral("stage"), QString::fromStdString(x.stage) },
                                        { QStringLiteral("count"), static_cast<qint64>(x.count) } });
    QJsonObject weights;
    for (int m = 0; m < model::kKitMetricCount; ++m) {
        const double w
            = options.weights ? (*options.weights)[m] : (m == static_cast<int>(options.objective) ? 1.0 : 0.0);
        weights.insert(QString::fromLatin1(model::kitMetricCode(static_cast<model::KitMetric>(m))), w);
    }
    QJsonObject o {
        { QStringLiteral("format"), QStringLiteral("remaster-kit-search") },
        { QStringLiteral("format_version"), kFormatVersion },
        { QStringLiteral("cancelled"), r.cancelled },
        { QStringLiteral("threads"), r.threadsUsed },
        { QStringLiteral("weights"), weights },
        { QStringLiteral("hardware_combinations"), static_cast<qint64>(r.hardwareCombinations) },
        { QStringLiteral("hardware_evaluated"), static_cast<qint64>(r.hardwareEvaluated) },
        { QStringLiteral("ratio_candidates"), static_cast<qint64>(r.ratioCandidates) },
        { QStringLiteral("fully_evaluated"), static_cast<qint64>(r.fullyEvaluated) },
        { QStringLiteral("feasible"), static_cast<qint64>(r.feasibleCount) },
        { QStringLiteral("rejections"), rejections },
        { QStringLiteral("ranked"), list(r.ranked) },
        { QStringLiteral("pareto"), list(r.pareto) },
        { QStringLiteral("near_misses"), list(r.nearMisses) },
    };
    if (r.current)
        o.insert(QStringLiteral("current_kit"), writeCandidate(*r.current));
    return o;
}

} // namespace remaster::storage
