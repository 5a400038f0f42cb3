// Build-sheet content for the storage tests and the sheetwriter helper: plausible, small, and
// different for each index so that search and sorting have something to find.
#pragma once

#include "storage/buildsheet.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sheetfixtures {

inline remaster::storage::SheetRevision content(int i, const QString &customer = {})
{
    using namespace remaster::storage;
    SheetRevision r;
    r.customer = customer.isEmpty() ? QStringLiteral("Customer %1 SARL").arg(i) : customer;
    r.vin = QStringLiteral("VF1MA000%1").arg(i, 9, 10, QLatin1Char('0'));
    r.registration = QStringLiteral("GA-%1-ZB").arg(i % 1000, 3, 10, QLatin1Char('0'));
    r.firstRegistrationDate = QStringLiteral("2016-03-14");
    r.variantId = QStringLiteral("m3-2019-van-l3h2-fwd-3500");
    r.design = QJsonObject { { QStringLiteral("format"), QStringLiteral("remaster-design") },
                             { QStringLiteral("name"), QStringLiteral("Van %1").arg(i) },
                             { QStringLiteral("variant_id"), r.variantId } };
    r.snapshot
        = QJsonObject { { QStringLiteral("format"), QStringLiteral("remaster-evaluation") },
                        { QStringLiteral("rules"), QJsonArray {} },
                        { QStringLiteral("rules_evaluated"), true },
                        { QStringLiteral("vehicle"), QJsonObject { { QStringLiteral("kit_mass_kg"), 612.5 } } } };
    r.rulesetVersion = QStringLiteral("FR-2026.11-1");
    r.vehiclesCatalogVersion = QStringLiteral("2026.1");
    r.componentsCatalogVersion = QStringLiteral("2026.1");
    r.bom = { BomLine { QStringLiteral("motor"), QStringLiteral("Motor 120 kW"), 1, 88.0, 250.0, {} },
              BomLine { QStringLiteral("battery"),
                        QStringLiteral("Module × 4"),
                        4,
                        240.0,
                        1800.0,
                        { QStringLiteral("SL-%1-A").arg(i), QStringLiteral("SL-%1-B").arg(i),
                          QStringLiteral("SL-%1-C").arg(i), QStringLiteral("SL-%1-D").arg(i) } } };
    r.steps = { WorkStep { QStringLiteral("hv-lockout"),
                           QStringLiteral("Lock out"),
                           QStringLiteral("Consigner"),
                           true,
                           {},
                           {},
                           false,
                           {},
                           {} },
                WorkStep { QStringLiteral("isolation-measurement"),
                           QStringLiteral("Measure isolation"),
                           QStringLiteral("Mesurer l'isolement"),
                           true,
                           QStringLiteral("≥ 200.0 kΩ (500 Ω/V × 400 V)"),
                           {},
                           false,
                           {},
                           {} } };
    r.notes = QStringLiteral("Notes of van %1, \"quoted\", with a comma").arg(i);
    return r;
}

inline remaster::storage::SheetRevision withRules(remaster::storage::SheetRevision r, const QString &failingRule)
{
    QJsonArray rules { QJsonObject { { QStringLiteral("rule_id"), QStringLiteral("FR-07") },
                                     { QStringLiteral("status"), QStringLiteral("pass") } } };
    if (!failingRule.isEmpty())
        rules.append(QJsonObject { { QStringLiteral("rule_id"), failingRule },
                                   { QStringLiteral("status"), QStringLiteral("fail") } });
    r.snapshot.insert(QStringLiteral("rules"), rules);
    return r;
}

} // namespace sheetfixtures
