#include "catalogcommand.h"

#include "storage/catalogpresenter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace remaster::cli {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonArray stringArray(const std::vector<std::string> &items)
{
    QJsonArray a;
    for (const auto &s : items)
        a.append(qs(s));
    return a;
}

// Rounded for display and JSON summaries; full precision stays in `catalog show --json`.
double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QJsonObject variantSummary(const VehicleVariant &v)
{
    return { { QStringLiteral("id"), qs(v.id) },
             { QStringLiteral("label"), qs(v.label) },
             { QStringLiteral("generation"), QLatin1String(generationCode(v.generation)) },
             { QStringLiteral("phase"), qs(v.phase) },
             { QStringLiteral("body"), QLatin1String(bodyCode(v.body)) },
             { QStringLiteral("length_code"), qs(v.lengthCode) },
             { QStringLiteral("height_code"), qs(v.heightCode) },
             { QStringLiteral("drive"), QLatin1String(driveCode(v.drive)) },
             { QStringLiteral("rear_wheels"), QLatin1String(rearWheelsCode(v.rearWheels)) },
             { QStringLiteral("category"), qs(v.category) },
             { QStringLiteral("gvw_kg"), round3(u::inKilograms(v.gvw.value)) },
             { QStringLiteral("mass_in_running_order_kg"), round3(u::inKilograms(v.massInRunningOrder.value)) },
             { QStringLiteral("wheelbase_mm"), round3(u::inMillimetres(v.wheelbase.value)) },
             { QStringLiteral("engines"), stringArray(v.engineIds) } };
}

QJsonObject engineSummary(const EngineOption &e)
{
    QJsonObject o { { QStringLiteral("id"), qs(e.id) },
                    { QStringLiteral("label"), qs(e.label) },
                    { QStringLiteral("code"), qs(e.code) },
                    { QStringLiteral("generation"), QLatin1String(generationCode(e.generation)) },
                    { QStringLiteral("power_kw"), round3(u::inKilowatts(e.power.value)) } };
    o.insert(QStringLiteral("torque_nm"),
             e.torque ? QJsonValue(round3(u::inNewtonMetres(e.torque->value))) : QJsonValue());
    return o;
}

QJsonObject infoSummary(const ComponentInfo &i)
{
    return { { QStringLiteral("id"), qs(i.id) },
             { QStringLiteral("kind"), QLatin1String(componentKindCode(i.kind)) },
             { QStringLiteral("label"), qs(i.label) },
             { QStringLiteral("manufacturer"), qs(i.manufacturer) },
             { QStringLiteral("condition"), QLatin1String(conditionCode(i.condition)) } };
}

QList<QJsonObject> componentSummaries(const CatalogSet &set, const QString &which)
{
    QList<QJsonObject> out;
    const bool all = which == QLatin1String("components");
    if (all || which == QLatin1String("motors"))
        for (const auto &m : set.motors) {
            QJsonObject o = infoSummary(m.info);
            o.insert(QStringLiteral("peak_power_kw"), round3(u::inKilowatts(m.peakPower.value)));
            o.insert(QStringLiteral("continuous_power_kw"), round3(u::inKilowatts(m.continuousPower.value)));
            o.insert(QStringLiteral("peak_torque_nm"), round3(u::inNewtonMetres(m.peakTorque.value)));
            o.insert(QStringLiteral("max_speed_rpm"), round3(u::inRpm(m.maxSpeed.value)));
            o.insert(QStringLiteral("mass_kg"), round3(u::inKilograms(m.mass.value)));
            out.append(o);
        }
    if (all || which == QLatin1String("inverters"))
        for (const auto &x : set.inverters) {
            QJsonObject o = infoSummary(x.info);
            o.insert(QStringLiteral("dc_voltage_min_v"), round3(u::inVolts(x.dcVoltageMin.value)));
            o.insert(QStringLiteral("dc_voltage_max_v"), round3(u::inVolts(x.dcVoltageMax.value)));
            o.insert(QStringLiteral("peak_power_kw"), round3(u::inKilowatts(x.peakPower.value)));
            o.insert(QStringLiteral("mass_kg"), round3(u::inKilograms(x.mass.value)));
            out.append(o);
        }
    if (all || which == QLatin1String("reducers"))
        for (const auto &x : set.reducers) {
            QJsonObject o = infoSummary(x.info);
            o.insert(QStringLiteral("ratio"), round3(x.ratio.value.value()));
            o.insert(QStringLiteral("max_input_torque_nm"), round3(u::inNewtonMetres(x.maxInputTorque.value)));
            o.insert(QStringLiteral("mass_kg"), round3(u::inKilograms(x.mass.value)));
            out.append(o);
        }
    if (all || which == QLatin1String("battery-modules"))
        for (const auto &x : set.batteryModules) {
            QJsonObject o = infoSummary(x.info);
            o.insert(QStringLiteral("nominal_voltage_v"), round3(u::inVolts(x.nominalVoltage.value)));
            o.insert(QStringLiteral("capacity_ah"), round3(u::inAmpereHours(x.capacity.value)));
            o.insert(QStringLiteral("energy_kwh"), round3(u::inKilowattHours(x.energy.value)));
            o.insert(QStringLiteral("mass_kg"), round3(u::inKilograms(x.mass.value)));
            out.append(o);
        }
    if (all || which == QLatin1String("chargers"))
        for (const auto &x : set.chargers) {
            QJsonObject o = infoSummary(x.info);
            o.insert(QStringLiteral("charger_type"), QLatin1String(chargerTypeCode(x.type)));
            o.insert(QStringLiteral("power_kw"), round3(u::inKilowatts(x.power.value)));
            o.insert(QStringLiteral("mass_kg"), round3(u::inKilograms(x.mass.value)));
            out.append(o);
        }
    if (all || which == QLatin1String("dcdcs"))
        for (const auto &x : set.dcdcs) {
            QJsonObject o = infoSummary(x.info);
            o.insert(QStringLiteral("power_kw"), round3(u::inKilowatts(x.power.value)));
            o.insert(QStringLiteral("mass_kg"), round3(u::inKilograms(x.mass.value)));
            out.append(o);
        }
    return out;
}

QString padded(const QString &s, int width)
{
    return s.leftJustified(width, QLatin1Char(' '));
}

} // namespace

int CatalogCommand::run(QStringList args)
{
    if (args.isEmpty())
        return m_app.fail(kUsage, tr("catalog needs a subcommand: list, show, sources, validate, import, duplicate"));
    const QString sub = args.takeFirst();
    if (sub == QLatin1String("validate"))
        return validate(args); // works on a file alone, no database needed
    if (!m_app.openDatabase())
        return kDatabaseError;
    if (sub == QLatin1String("list"))
        return list(args);
    if (sub == QLatin1String("show"))
        return show(args);
    if (sub == QLatin1String("sources"))
        return sources();
    if (sub == QLatin1String("import"))
        return importFile(args);
    if (sub == QLatin1String("duplicate"))
        return duplicate(args);
    return m_app.fail(kUsage, tr("unknown catalog subcommand '%1'").arg(sub));
}

bool CatalogCommand::parseFilter(QStringList &args, VariantFilter &filter, QString &error)
{
    auto take = [&](const QString &name, QString &value) -> bool {
        const int i = args.indexOf(name);
        if (i < 0)
            return false;
        if (i + 1 >= args.size()) {
            error = tr("%1 needs a value").arg(name);
            return false;
        }
        value = args.at(i + 1);
        args.remove(i, 2);
        return true;
    };
    QString v;
    if (take(QStringLiteral("--generation"), v)) {
        Generation g;
        if (!generationFromCode(v.toStdString(), g)) {
            error = tr("--generation accepts master-3 or master-4, not '%1'").arg(v);
            return false;
        }
        filter.generation = g;
    }
    if (take(QStringLiteral("--body"), v)) {
        Body b;
        if (!bodyFromCode(v.toStdString(), b)) {
            error = tr("--body accepts panel-van, chassis-cab or platform-cab, not '%1'").arg(v);
            return false;
        }
        filter.body = b;
    }
    if (take(QStringLiteral("--length"), v))
        filter.lengthCode = v.toUpper().toStdString();
    if (take(QStringLiteral("--height"), v))
        filter.heightCode = v.toUpper().toStdString();
    if (take(QStringLiteral("--gvw"), v)) {
        bool ok = false;
        const double kg = v.toDouble(&ok);
        if (!ok || !(kg > 0) || kg > 10000) {
            error = tr("--gvw accepts a mass in kg between 1 and 10000, not '%1'").arg(v);
            return false;
        }
        filter.gvwKg = kg;
    }
    if (take(QStringLiteral("--drive"), v)) {
        Drive d;
        if (!driveFromCode(v.toStdString(), d)) {
            error = tr("--drive accepts fwd or rwd, not '%1'").arg(v);
            return false;
        }
        filter.drive = d;
    }
    if (take(QStringLiteral("--rear-wheels"), v)) {
        RearWheels r;
        if (!rearWheelsFromCode(v.toStdString(), r)) {
            error = tr("--rear-wheels accepts single or twin, not '%1'").arg(v);
            return false;
        }
        filter.rearWheels = r;
    }
    if (take(QStringLiteral("--engine"), v))
        filter.engineId = v.toStdString();
    if (take(QStringLiteral("--search"), v))
        filter.text = v.toStdString();
    return error.isEmpty();
}

int CatalogCommand::list(QStringList args)
{
    VariantFilter filter;
    QString error;
    if (!parseFilter(args, filter, error))
        return m_app.fail(kUsage, error);
    const QString which = args.isEmpty() ? QStringLiteral("vehicles") : args.takeFirst();
    if (!args.isEmpty())
        return m_app.fail(kUsage, tr("unexpected argument '%1'").arg(args.first()));
    static const QStringList kinds { QStringLiteral("vehicles"),  QStringLiteral("engines"),
                                     QStringLiteral("motors"),    QStringLiteral("inverters"),
                                     QStringLiteral("reducers"),  QStringLiteral("battery-modules"),
                                     QStringLiteral("chargers"),  QStringLiteral("dcdcs"),
                                     QStringLiteral("components") };
    if (!kinds.contains(which))
        return m_app.fail(kUsage, tr("unknown list '%1' (accepted: %2)").arg(which, kinds.join(QStringLiteral(", "))));

    QList<storage::CatalogIssue> issues;
    const CatalogSet set = m_app.catalog().load(&issues);
    for (const auto &issue : issues)
        m_app.err << tr("warning: %1").arg(issue.toString()) << Qt::endl;

    QList<QJsonObject> rows;
    if (which == QLatin1String("vehicles")) {
        for (const auto &v : set.variants)
            if (filter.matches(v))
                rows.append(variantSummary(v));
    } else if (which == QLatin1String("engines")) {
        for (const auto &e : set.engines)
            if (!filter.generation || e.generation == *filter.generation)
                rows.append(engineSummary(e));
    } else {
        rows = componentSummaries(set, which);
    }

    if (m_app.json) {
        QJsonArray a;
        for (const auto &r : rows)
            a.append(r);
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("list"), which },
                                                    { QStringLiteral("count"), rows.size() },
                                                    { QStringLiteral("items"), a } }));
        return kOk;
    }
    const QLocale locale;
    for (const auto &r : rows) {
        QString line = padded(r.value(QLatin1String("id")).toString(), 40) + r.value(QLatin1String("label")).toString();
        if (r.contains(QLatin1String("gvw_kg")))
            line += QStringLiteral("  [") + locale.toString(r.value(QLatin1String("gvw_kg")).toDouble(), 'f', 0)
                + QStringLiteral(" kg]");
        else if (r.contains(QLatin1String("power_kw")))
            line += QStringLiteral("  [") + locale.toString(r.value(QLatin1String("power_kw")).toDouble(), 'g', 4)
                + QStringLiteral(" kW]");
        else if (r.contains(QLatin1String("peak_power_kw")))
            line += QStringLiteral("  [") + locale.toString(r.value(QLatin1String("peak_power_kw")).toDouble(), 'g', 4)
                + QStringLiteral(" kW]");
        else if (r.contains(QLatin1String("energy_kwh")))
            line += QStringLiteral("  [") + locale.toString(r.value(QLatin1String("energy_kwh")).toDouble(), 'g', 4)
                + QStringLiteral(" kWh]");
        m_app.out << line << '\n';
    }
    m_app.out << tr("%n entries", nullptr, static_cast<int>(rows.size())) << '\n';
    return kOk;
}

int CatalogCommand::show(const QStringList &args)
{
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("catalog show needs exactly one entry id"));
    const QString id = args.first();
    const auto infos = m_app.catalog().entries();
    const auto it = std::find_if(infos.begin(), infos.end(), [&](const auto &i) { return i.id == id; });
    if (it == infos.end())
        return m_app.fail(kInputError, tr("there is no catalog entry '%1' (see: remaster-cli catalog list)").arg(id));
    const QJsonObject entry = m_app.catalog().entryJson(id);
    const CatalogSet set = m_app.catalog().load();

    if (m_app.json) {
        QJsonArray sources;
        QSet<QString> cited;
        for (const auto &row : storage::CatalogPresenter::rows(entry, set))
            if (row.sourced && !cited.contains(row.sourceId)) {
                cited.insert(row.sourceId);
                sources.append(QJsonObject { { QStringLiteral("id"), row.sourceId },
                                             { QStringLiteral("citation"), row.citation } });
            }
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("catalog"), it->catalog },
                                                    { QStringLiteral("kind"), it->kind },
                                                    { QStringLiteral("origin"), it->origin },
                                                    { QStringLiteral("user_modified"), it->userModified },
                                                    { QStringLiteral("seed_version"), it->seedVersion },
                                                    { QStringLiteral("entry"), entry },
                                                    { QStringLiteral("sources"), sources } }));
        return kOk;
    }
    const QLocale locale;
    m_app.out << entry.value(QLatin1String("label")).toString() << '\n'
              << tr("Origin: %1%2")
                     .arg(it->origin == QLatin1String("seed") ? tr("ReMaster catalog %1").arg(it->seedVersion)
                                                              : tr("added by a user"),
                          it->userModified ? tr(", edited by a user") : QString())
              << "\n\n";
    for (const auto &row : storage::CatalogPresenter::rows(entry, set)) {
        QString line = padded(row.label, 40) + storage::CatalogPresenter::valueWithUnit(row, locale);
        if (row.sourced)
            line = padded(line, 62) + QStringLiteral("[%1] %2").arg(row.confidence, row.citation);
        m_app.out << line << '\n';
        if (!row.note.isEmpty())
            m_app.out << padded(QString(), 44) << row.note << '\n';
    }
    m_app.out << '\n'
              << tr("Confidence: A manufacturer/concordant, B one reputable source, C weak source, "
                    "E derived by ReMaster, R representative value (override from the registration "
                    "certificate or a weighbridge ticket).")
              << '\n';
    return kOk;
}

int CatalogCommand::sources()
{
    const CatalogSet set = m_app.catalog().load();
    if (m_app.json) {
        QJsonArray a;
        for (const auto &s : set.sources)
            a.append(QJsonObject { { QStringLiteral("id"), qs(s.id) },
                                   { QStringLiteral("citation"), qs(s.citation) },
                                   { QStringLiteral("note"), qs(s.note) } });
        m_app.printJson(
            QJsonDocument(QJsonObject { { QStringLiteral("count"), a.size() }, { QStringLiteral("sources"), a } }));
        return kOk;
    }
    for (const auto &s : set.sources)
        m_app.out << padded(qs(s.id), 36) << qs(s.citation) << '\n';
    return kOk;
}

int CatalogCommand::validate(const QStringList &args)
{
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("catalog validate needs one file"));
    const auto result = storage::CatalogJsonReader::readFile(args.first());
    const int valid = static_cast<int>(result.validEntryJson.size() + result.validEngineJson.size());
    if (m_app.json) {
        QJsonArray issues;
        for (const auto &i : result.issues)
            issues.append(QJsonObject { { QStringLiteral("file"), i.file },
                                        { QStringLiteral("entry"), i.entryId },
                                        { QStringLiteral("field"), i.field },
                                        { QStringLiteral("message"), i.message },
                                        { QStringLiteral("accepted"), i.accepted } });
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("file"), args.first() },
                                                    { QStringLiteral("catalog"), result.catalog },
                                                    { QStringLiteral("catalog_version"), result.catalogVersion },
                                                    { QStringLiteral("valid_entries"), valid },
                                                    { QStringLiteral("issues"), issues } }));
    } else {
        for (const auto &i : result.issues)
            m_app.out << i.toString() << '\n';
        m_app.out << tr("%1: %2 valid entries, %3 problems").arg(args.first()).arg(valid).arg(result.issues.size())
                  << '\n';
    }
    if (!result.fileUsable())
        return kInputError;
    return result.issues.isEmpty() ? kOk : kCheckFailed;
}

int CatalogCommand::importFile(const QStringList &args)
{
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("catalog import needs one file"));
    QFile file(args.first());
    if (!file.open(QIODevice::ReadOnly))
        return m_app.fail(kInputError, tr("cannot read %1: %2").arg(args.first(), file.errorString()));
    int imported = 0;
    QString error;
    if (!m_app.catalog().importFile(file.readAll(), args.first(), &imported, &error))
        return m_app.fail(kInputError, error);
    if (m_app.json)
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("imported"), imported } }));
    else
        m_app.out << tr("%n entries imported", nullptr, imported) << '\n';
    return kOk;
}

int CatalogCommand::duplicate(QStringList args)
{
    QString label;
    const int i = args.indexOf(QStringLiteral("--label"));
    if (i >= 0) {
        if (i + 1 >= args.size())
            return m_app.fail(kUsage, tr("--label needs a text"));
        label = args.at(i + 1);
        args.remove(i, 2);
    }
    if (args.size() != 2)
        return m_app.fail(kUsage, tr("catalog duplicate needs an entry id and a new id"));
    QString error;
    if (!m_app.catalog().duplicate(args.at(0), args.at(1), label, &error))
        return m_app.fail(kInputError, error);
    if (m_app.json)
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("id"), args.at(1) } }));
    else
        m_app.out << tr("Created %1 from %2.").arg(args.at(1), args.at(0)) << '\n';
    return kOk;
}

} // namespace remaster::cli
