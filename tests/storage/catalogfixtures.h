// Small, valid catalog documents that tests mutate one field at a time.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace remaster::tests {

inline QJsonObject q(double value, const char *unit, const char *confidence = "R")
{
    return { { QStringLiteral("value"), value },
             { QStringLiteral("unit"), QLatin1String(unit) },
             { QStringLiteral("source"), QStringLiteral("test-source") },
             { QStringLiteral("confidence"), QLatin1String(confidence) } };
}

inline QJsonObject validEngine()
{
    return { { QStringLiteral("id"), QStringLiteral("m9t-dci125") },
             { QStringLiteral("label"), QStringLiteral("dCi 125") },
             { QStringLiteral("code"), QStringLiteral("M9T") },
             { QStringLiteral("generation"), QStringLiteral("master-3") },
             { QStringLiteral("years"),
               QJsonObject { { QStringLiteral("from"), 2010 }, { QStringLiteral("to"), 2014 } } },
             { QStringLiteral("power"), q(92, "kW", "A") },
             { QStringLiteral("torque"), q(310, "N.m", "A") },
             { QStringLiteral("fuel"), QStringLiteral("GO") } };
}

inline QJsonObject validVariant(const QString &id = QStringLiteral("m3-2010-van-l1h1-fwd-3300"))
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("label"), QStringLiteral("Master III (2010) panel van L1H1 FWD 3.3 t") },
             { QStringLiteral("generation"), QStringLiteral("master-3") },
             { QStringLiteral("phase"), QStringLiteral("2010") },
             { QStringLiteral("years"),
               QJsonObject { { QStringLiteral("from"), 2010 }, { QStringLiteral("to"), 2014 } } },
             { QStringLiteral("body"), QStringLiteral("panel-van") },
             { QStringLiteral("length_code"), QStringLiteral("L1") },
             { QStringLiteral("height_code"), QStringLiteral("H1") },
             { QStringLiteral("drive"), QStringLiteral("fwd") },
             { QStringLiteral("rear_wheels"), QStringLiteral("single") },
             { QStringLiteral("category"), QStringLiteral("N1") },
             { QStringLiteral("engines"), QJsonArray { QStringLiteral("m9t-dci125") } },
             { QStringLiteral("gearbox"), QStringLiteral("PF6 6-speed manual") },
             { QStringLiteral("gvw"), q(3.3, "t", "B") },
             { QStringLiteral("mass_in_running_order"), q(1886, "kg", "B") },
             { QStringLiteral("front_axle_limit"), q(1850, "kg") },
             { QStringLiteral("rear_axle_limit"), q(2000, "kg") },
             { QStringLiteral("unladen_front_axle_load"), q(1150, "kg") },
             { QStringLiteral("wheelbase"), q(3182, "mm", "A") },
             { QStringLiteral("overall_length"), q(5.048, "m", "A") },
             { QStringLiteral("overall_width"), q(2070, "mm", "A") },
             { QStringLiteral("overall_height"), q(2287, "mm", "B") },
             { QStringLiteral("load_space_centre_from_front_axle"), q(2000, "mm") },
             { QStringLiteral("frontal_area"), q(4.02, "m2", "E") },
             { QStringLiteral("drag_coefficient"), q(0.4, "1") },
             { QStringLiteral("rolling_resistance"), q(0.8, "%") },
             { QStringLiteral("tyre_size"), QStringLiteral("225/65 R16C") },
             { QStringLiteral("tyre_rolling_radius"), q(339, "mm", "E") },
             { QStringLiteral("fuel_tank"), q(105, "L", "C") },
             { QStringLiteral("removed_parts"),
               QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("engine") },
                                          { QStringLiteral("name"), QStringLiteral("Engine") },
                                          { QStringLiteral("mass"), q(200, "kg") },
                                          { QStringLiteral("position_from_front_axle"), q(-300, "mm") } } } } };
}

inline QJsonObject catalogDocument(const QString &catalog, const QJsonArray &entries, const QJsonArray &engines = {},
                                   const QString &version = QStringLiteral("test-1"))
{
    QJsonObject doc { { QStringLiteral("format"), QStringLiteral("remaster-catalog") },
                      { QStringLiteral("format_version"), 1 },
                      { QStringLiteral("catalog"), catalog },
                      { QStringLiteral("catalog_version"), version },
                      { QStringLiteral("sources"),
                        QJsonArray { QJsonObject {
                            { QStringLiteral("id"), QStringLiteral("test-source") },
                            { QStringLiteral("citation"), QStringLiteral("tests/storage/catalogfixtures.h") } } } },
                      { QStringLiteral("entries"), entries } };
    if (catalog == QLatin1String("vehicles"))
        doc.insert(QStringLiteral("engines"), engines);
    return doc;
}

inline QJsonObject vehiclesDocument(const QJsonArray &variants, const QString &version = QStringLiteral("test-1"))
{
    return catalogDocument(QStringLiteral("vehicles"), variants, QJsonArray { validEngine() }, version);
}

inline QJsonObject validMotor()
{
    return { { QStringLiteral("id"), QStringLiteral("test-motor") },
             { QStringLiteral("kind"), QStringLiteral("motor") },
             { QStringLiteral("label"), QStringLiteral("Test motor") },
             { QStringLiteral("manufacturer"), QStringLiteral("Test") },
             { QStringLiteral("condition"), QStringLiteral("second-life") },
             { QStringLiteral("technology"), QStringLiteral("PMSM") },
             { QStringLiteral("peak_power"), q(80, "kW", "B") },
             { QStringLiteral("continuous_power"), q(50, "kW") },
             { QStringLiteral("peak_torque"), q(280, "N.m", "B") },
             { QStringLiteral("max_speed"), q(10390, "rpm", "B") },
             { QStringLiteral("dc_voltage_min"), q(240, "V") },
             { QStringLiteral("dc_voltage_max"), q(403, "V") },
             { QStringLiteral("mass"), q(58, "kg") },
             { QStringLiteral("peak_efficiency"), q(95, "%") } };
}

inline QByteArray toJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace remaster::tests
