#include "catalogpresenter.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace remaster::storage {
namespace {

bool isSourcedValue(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(QLatin1String("value"))
        && v.toObject().contains(QLatin1String("unit"));
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << scalarText(item);
        return items.join(QStringLiteral(", "));
    }
    if (v.isObject() && v.toObject().contains(QLatin1String("from"))) { // years
        const QJsonObject y = v.toObject();
        const QString to = y.value(QLatin1String("to")).isNull() ? QString() : scalarText(y.value(QLatin1String("to")));
        return scalarText(y.value(QLatin1String("from"))) + QStringLiteral("–") + to;
    }
    return {};
}

void addRow(QList<CatalogRow> &out, const QString &path, const QString &key, const QJsonValue &v,
            const model::CatalogSet &catalog)
{
    CatalogRow row;
    row.path = path;
    row.label = CatalogPresenter::fieldLabel(key);
    if (isSourcedValue(v)) {
        const QJsonObject q = v.toObject();
        row.sourced = true;
        row.value = scalarText(q.value(QLatin1String("value")));
        row.unit = q.value(QLatin1String("unit")).toString();
        row.confidence = q.value(QLatin1String("confidence")).toString();
        row.sourceId = q.value(QLatin1String("source")).toString();
        row.note = q.value(QLatin1String("note")).toString();
        if (const auto *s = catalog.source(row.sourceId.toStdString()))
            row.citation = QString::fromStdString(s->citation);
    } else {
        row.value = scalarText(v);
        row.displayValue = CatalogPresenter::codeText(key, v, catalog);
    }
    out.append(row);
}

// The order people expect to read a variant in; unknown keys follow in file order.
const QStringList kPreferredOrder { QStringLiteral("id"),
                                    QStringLiteral("label"),
                                    QStringLiteral("kind"),
                                    QStringLiteral("generation"),
                                    QStringLiteral("phase"),
                                    QStringLiteral("years"),
                                    QStringLiteral("body"),
                                    QStringLiteral("length_code"),
                                    QStringLiteral("height_code"),
                                    QStringLiteral("drive"),
                                    QStringLiteral("rear_wheels"),
                                    QStringLiteral("category"),
                                    QStringLiteral("engines"),
                                    QStringLiteral("gearbox"),
                                    QStringLiteral("gvw"),
                                    QStringLiteral("mass_in_running_order"),
                                    QStringLiteral("front_axle_limit"),
                                    QStringLiteral("rear_axle_limit"),
                                    QStringLiteral("unladen_front_axle_load"),
                                    QStringLiteral("wheelbase"),
                                    QStringLiteral("overall_length"),
                                    QStringLiteral("overall_width"),
                                    QStringLiteral("overall_height"),
                                    QStringLiteral("load_space_centre_from_front_axle"),
                                    QStringLiteral("frontal_area"),
                                    QStringLiteral("drag_coefficient"),
                                    QStringLiteral("rolling_resistance"),
                                    QStringLiteral("tyre_size"),
                                    QStringLiteral("tyre_rolling_radius"),
                                    QStringLiteral("fuel_tank") };

} // namespace

QList<CatalogRow> CatalogPresenter::rows(const QJsonObject &entry, const model::CatalogSet &catalog)
{
    QList<CatalogRow> out;
    QStringList keys;
    for (const QString &k : kPreferredOrder)
        if (entry.contains(k))
            keys << k;
    for (const QString &k : entry.keys())
        if (!keys.contains(k) && k != QLatin1String("removed_parts"))
            keys << k;
    for (const QString &key : keys)
        addRow(out, key, key, entry.value(key), catalog);

    const QJsonArray parts = entry.value(QLatin1String("removed_parts")).toArray();
    for (int i = 0; i < parts.size(); ++i) {
        const QJsonObject part = parts.at(i).toObject();
        const QString prefix = QStringLiteral("removed_parts[%1].").arg(i);
        const QString name = part.value(QLatin1String("name")).toString();
        CatalogRow header;
        header.path = prefix + QStringLiteral("name");
        header.label = tr("Removed part %1").arg(i + 1);
        header.value = name;
        out.append(header);
        for (const QString &k : { QStringLiteral("mass"), QStringLiteral("position_from_front_axle") }) {
            addRow(out, prefix + k, k, part.value(k), catalog);
            out.last().label = QStringLiteral("    ") + out.last().label;
        }
    }
    return out;
}

QJsonObject CatalogPresenter::applyRows(const QJsonObject &entry, const QList<CatalogRow> &rows)
{
    QJsonObject out = entry;
    static const QRegularExpression partPath(QStringLiteral("^removed_parts\\[(\\d+)\\]\\.(\\w+)$"));
    auto buildValue = [](const CatalogRow &row, const QJsonValue &previous) -> QJsonValue {
        if (!row.sourced) {
            if (previous.isDouble()) {
                bool ok = false;
                const double d = row.value.toDouble(&ok);
                return ok ? QJsonValue(d) : QJsonValue(row.value);
            }
            if (previous.isArray()) {
                QJsonArray items;
                for (const QString &s : row.value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    items.append(s.trimmed());
                return items;
            }
            return previous.isObject() ? previous : QJsonValue(row.value);
        }
        QJsonObject q;
        bool ok = false;
        double d = QLocale::c().toDouble(row.value, &ok);
        if (!ok)
            d = QLocale().toDouble(row.value, &ok); // "2066,5" typed on a French desktop
        // Keep unparseable text as text so that the reader reports the field, instead of
        // silently writing a zero.
        q.insert(QStringLiteral("value"), ok ? QJsonValue(d) : QJsonValue(row.value));
        q.insert(QStringLiteral("unit"), row.unit);
        q.insert(QStringLiteral("source"), row.sourceId);
        q.insert(QStringLiteral("confidence"), row.confidence);
        if (!row.note.isEmpty())
            q.insert(QStringLiteral("note"), row.note);
        return q;
    };
    QJsonArray parts = out.value(QLatin1String("removed_parts")).toArray();
    for (const CatalogRow &row : rows) {
        const auto m = partPath.match(row.path);
        if (m.hasMatch()) {
            const int index = m.captured(1).toInt();
            if (index < 0 || index >= parts.size())
                continue;
            QJsonObject part = parts.at(index).toObject();
            part.insert(m.captured(2), buildValue(row, part.value(m.captured(2))));
            parts.replace(index, part);
        } else if (row.path != QLatin1String("years")) {
            out.insert(row.path, buildValue(row, out.value(row.path)));
        }
    }
    if (out.contains(QLatin1String("removed_parts")))
        out.insert(QStringLiteral("removed_parts"), parts);
    return out;
}

QString CatalogPresenter::confidenceText(const QString &code)
{
    if (code == QLatin1String("A"))
        return tr("A — manufacturer or concordant sources");
    if (code == QLatin1String("B"))
        return tr("B — one reputable source");
    if (code == QLatin1String("C"))
        return tr("C — weak or conflicting source");
    if (code == QLatin1String("E"))
        return tr("E — derived by ReMaster (calculation in the note)");
    if (code == QLatin1String("R"))
        return tr("R — representative value, not this vehicle's own");
    return code;
}

QString CatalogPresenter::codeText(const QString &key, const QJsonValue &v, const model::CatalogSet &catalog)
{
    const QString code = v.toString();
    if (key == QLatin1String("generation"))
        return code == QLatin1String("master-3") ? tr("Master III")
            : code == QLatin1String("master-4")  ? tr("Master IV")
                                                 : QString();
    if (key == QLatin1String("body")) {
        if (code == QLatin1String("panel-van"))
            return tr("Panel van");
        if (code == QLatin1String("chassis-cab"))
            return tr("Chassis cab");
        if (code == QLatin1String("platform-cab"))
            return tr("Platform cab");
    }
    if (key == QLatin1String("drive"))
        return code == QLatin1String("fwd") ? tr("Front-wheel drive")
            : code == QLatin1String("rwd")  ? tr("Rear-wheel drive")
                                            : QString();
    if (key == QLatin1String("rear_wheels"))
        return code == QLatin1String("single") ? tr("Single") : code == QLatin1String("twin") ? tr("Twin") : QString();
    if (key == QLatin1String("condition"))
        return code == QLatin1String("new")        ? tr("New")
            : code == QLatin1String("second-life") ? tr("Second-life")
                                                   : QString();
    if (key == QLatin1String("charger_type"))
        return code == QLatin1String("ac-onboard") ? tr("On-board AC charger")
            : code == QLatin1String("dc-inlet")    ? tr("DC fast-charge inlet")
                                                   : QString();
    if (key == QLatin1String("engines") && v.isArray()) {
        QStringList names;
        for (const QJsonValue &id : v.toArray()) {
            const auto *e = catalog.engine(id.toString().toStdString());
            names << (e ? QString::fromStdString(e->code + " " + e->label) : id.toString());
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

QString CatalogPresenter::valueWithUnit(const CatalogRow &row, const QLocale &locale)
{
    if (!row.sourced)
        return row.displayValue.isEmpty() ? row.value : row.displayValue;
    bool ok = false;
    const double d = row.value.toDouble(&ok);
    const QString number = ok ? locale.toString(d, 'g', 10) : row.value;
    if (row.unit == QLatin1String("1"))
        return number;
    QString unit = row.unit;
    unit.replace(QLatin1String("m2"), QStringLiteral("m²"))
        .replace(QLatin1String("N.m"), QStringLiteral("N·m"))
        .replace(QLatin1String("mOhm"), QStringLiteral("mΩ"))
        .replace(QLatin1String("Ohm"), QStringLiteral("Ω"));
    return number + QChar(0x202F) + unit;
}

QString CatalogPresenter::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        { QStringLiteral("id"), QT_TR_NOOP("Identifier") },
        { QStringLiteral("label"), QT_TR_NOOP("Name") },
        { QStringLiteral("kind"), QT_TR_NOOP("Kind") },
        { QStringLiteral("generation"), QT_TR_NOOP("Generation") },
        { QStringLiteral("phase"), QT_TR_NOOP("Phase") },
        { QStringLiteral("years"), QT_TR_NOOP("Years built") },
        { QStringLiteral("body"), QT_TR_NOOP("Body") },
        { QStringLiteral("length_code"), QT_TR_NOOP("Length") },
        { QStringLiteral("height_code"), QT_TR_NOOP("Roof height") },
        { QStringLiteral("drive"), QT_TR_NOOP("Drive") },
        { QStringLiteral("rear_wheels"), QT_TR_NOOP("Rear wheels") },
        { QStringLiteral("category"), QT_TR_NOOP("Category (J)") },
        { QStringLiteral("engines"), QT_TR_NOOP("Diesel engines") },
        { QStringLiteral("gearbox"), QT_TR_NOOP("Gearbox") },
        { QStringLiteral("gvw"), QT_TR_NOOP("Gross vehicle weight (F.1)") },
        { QStringLiteral("mass_in_running_order"), QT_TR_NOOP("Mass in running order (G)") },
        { QStringLiteral("front_axle_limit"), QT_TR_NOOP("Permissible front axle load") },
        { QStringLiteral("rear_axle_limit"), QT_TR_NOOP("Permissible rear axle load") },
        { QStringLiteral("unladen_front_axle_load"), QT_TR_NOOP("Unladen front axle load") },
        { QStringLiteral("wheelbase"), QT_TR_NOOP("Wheelbase") },
        { QStringLiteral("overall_length"), QT_TR_NOOP("Overall length") },
        { QStringLiteral("overall_width"), QT_TR_NOOP("Overall width") },
        { QStringLiteral("overall_height"), QT_TR_NOOP("Overall height") },
        { QStringLiteral("load_space_centre_from_front_axle"), QT_TR_NOOP("Load-space centre behind front axle") },
        { QStringLiteral("frontal_area"), QT_TR_NOOP("Frontal area") },
        { QStringLiteral("drag_coefficient"), QT_TR_NOOP("Drag coefficient Cd") },
        { QStringLiteral("rolling_resistance"), QT_TR_NOOP("Rolling-resistance coefficient") },
        { QStringLiteral("tyre_size"), QT_TR_NOOP("Tyre size") },
        { QStringLiteral("tyre_rolling_radius"), QT_TR_NOOP("Tyre rolling radius") },
        { QStringLiteral("fuel_tank"), QT_TR_NOOP("Fuel tank") },
        { QStringLiteral("mass"), QT_TR_NOOP("Mass") },
        { QStringLiteral("position_from_front_axle"), QT_TR_NOOP("Position behind front axle") },
        { QStringLiteral("code"), QT_TR_NOOP("Engine code") },
        { QStringLiteral("power"), QT_TR_NOOP("Power") },
        { QStringLiteral("torque"), QT_TR_NOOP("Torque") },
        { QStringLiteral("fuel"), QT_TR_NOOP("Fuel (P.3)") },
        { QStringLiteral("manufacturer"), QT_TR_NOOP("Manufacturer") },
        { QStringLiteral("origin"), QT_TR_NOOP("Origin") },
        { QStringLiteral("condition"), QT_TR_NOOP("Condition") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
        { QStringLiteral("technology"), QT_TR_NOOP("Technology") },
        { QStringLiteral("peak_power"), QT_TR_NOOP("Peak power") },
        { QStringLiteral("continuous_power"), QT_TR_NOOP("Continuous power") },
        { QStringLiteral("peak_torque"), QT_TR_NOOP("Peak torque") },
        { QStringLiteral("max_speed"), QT_TR_NOOP("Maximum speed") },
        { QStringLiteral("dc_voltage_min"), QT_TR_NOOP("DC voltage, minimum") },
        { QStringLiteral("dc_voltage_max"), QT_TR_NOOP("DC voltage, maximum") },
        { QStringLiteral("peak_efficiency"), QT_TR_NOOP("Peak efficiency") },
        { QStringLiteral("peak_phase_current"), QT_TR_NOOP("Peak phase current") },
        { QStringLiteral("continuous_phase_current"), QT_TR_NOOP("Continuous phase current") },
        { QStringLiteral("efficiency"), QT_TR_NOOP("Efficiency") },
        { QStringLiteral("ratio"), QT_TR_NOOP("Ratio") },
        { QStringLiteral("max_input_torque"), QT_TR_NOOP("Maximum input torque") },
        { QStringLiteral("max_input_speed"), QT_TR_NOOP("Maximum input speed") },
        { QStringLiteral("chemistry"), QT_TR_NOOP("Chemistry") },
        { QStringLiteral("cells_series"), QT_TR_NOOP("Cells in series") },
        { QStringLiteral("cells_parallel"), QT_TR_NOOP("Cells in parallel") },
        { QStringLiteral("nominal_voltage"), QT_TR_NOOP("Nominal voltage") },
        { QStringLiteral("min_voltage"), QT_TR_NOOP("Minimum voltage") },
        { QStringLiteral("max_voltage"), QT_TR_NOOP("Maximum voltage") },
        { QStringLiteral("capacity"), QT_TR_NOOP("Capacity") },
        { QStringLiteral("energy"), QT_TR_NOOP("Energy") },
        { QStringLiteral("length"), QT_TR_NOOP("Length") },
        { QStringLiteral("width"), QT_TR_NOOP("Width") },
        { QStringLiteral("height"), QT_TR_NOOP("Height") },
        { QStringLiteral("max_discharge_current"), QT_TR_NOOP("Maximum discharge current") },
        { QStringLiteral("max_charge_current"), QT_TR_NOOP("Maximum charge current") },
        { QStringLiteral("internal_resistance"), QT_TR_NOOP("Internal resistance") },
        { QStringLiteral("charger_type"), QT_TR_NOOP("Charger type") },
        { QStringLiteral("output_voltage_min"), QT_TR_NOOP("Output voltage, minimum") },
        { QStringLiteral("output_voltage_max"), QT_TR_NOOP("Output voltage, maximum") },
        { QStringLiteral("input_voltage_min"), QT_TR_NOOP("Input voltage, minimum") },
        { QStringLiteral("input_voltage_max"), QT_TR_NOOP("Input voltage, maximum") },
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(it.value());
}

} // namespace remaster::storage
