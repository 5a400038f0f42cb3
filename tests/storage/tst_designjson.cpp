// The design JSON: round trip, every kind of bad input named by its path, resolution against
// the catalog, and an end-to-end evaluation on the bundled data.
#include "model/design.h"
#include "bundledcatalog.h"
#include "storage/catalogjsonreader.h"
#include "storage/cyclelibrary.h"
#include "storage/designjson.h"
#include "storage/evaluationjson.h"
#include "storage/jsonenvelope.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace remaster;
using storage::DesignJson;

class TestDesignJson : public QObject
{
    Q_OBJECT
    model::CatalogSet m_catalog;

    static QJsonObject example() { return DesignJson::write(model::exampleDesign()); }

    static QJsonObject withPath(QJsonObject root, const QStringList &path, const QJsonValue &value)
    {
        if (path.size() == 1) {
            if (value.isUndefined())
                root.remove(path.first());
            else
                root.insert(path.first(), value);
            return root;
        }
        root.insert(path.first(), withPath(root.value(path.first()).toObject(), path.mid(1), value));
        return root;
    }

    static QString issues(const storage::DesignReadResult &r)
    {
        QStringList s;
        for (const auto &i : r.issues)
            s << i.toString();
        return s.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        m_catalog = tests::bundledCatalog();
        QVERIFY(!m_catalog.variants.empty() && !m_catalog.motors.empty());
    }

    void roundTripIsExact()
    {
        const QJsonObject first = example();
        const auto read = DesignJson::read(first);
        QVERIFY2(read.design, qPrintable(issues(read)));
        QCOMPARE(DesignJson::write(*read.design), first);
        // Units at the edge: kg and mm in the file, SI inside.
        QCOMPARE(read.design->overrides.massInRunningOrder->value.value(), 2080.0);
        QCOMPARE(read.design->overrides.massInRunningOrder->provenance.confidence, model::Confidence::Vehicle);
        QCOMPARE(read.design->kit.extraParts.front().positionFromFrontAxle.value(), 0.9);
        QCOMPARE(read.design->kit.socMax.value(), 0.95);
        QCOMPARE(units::inCelsius(read.design->operation.ambient), 15.0);
    }

    void plainNumberOverrideIsTheVehiclesOwn()
    {
        const QJsonObject root = withPath(
            example(), { QStringLiteral("vehicle"), QStringLiteral("overrides"), QStringLiteral("gvw_kg") }, 3500);
        const auto r = DesignJson::read(root);
        QVERIFY2(r.design, qPrintable(issues(r)));
        QCOMPARE(r.design->overrides.gvw->value.value(), 3500.0);
        QCOMPARE(r.design->overrides.gvw->provenance.confidence, model::Confidence::Vehicle);
    }

    void badInputIsNamedByPath_data()
    {
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("typo in a key") << QStringList { "kit", "moter_id" } << QJsonValue("x") << "kit.moter_id"
                                       << "motor_id";
        QTest::newRow("negative series") << QStringList { "kit", "modules_in_series" } << QJsonValue(-3)
                                         << "kit.modules_in_series"
                                         << "1 … 400";
        QTest::newRow("fractional series")
            << QStringList { "kit", "modules_in_series" } << QJsonValue(12.5) << "kit.modules_in_series"
            << "1 … 400";
        QTest::newRow("text for a number")
            << QStringList { "operation", "ambient_c" } << QJsonValue("warm") << "operation.ambient_c"
            << "-40 … 50 °C";
        QTest::newRow("missing motor") << QStringList { "kit", "motor_id" } << QJsonValue(QJsonValue::Undefined)
                                       << "kit.motor_id"
                                       << "";
        QTest::newRow("bad date") << QStringList { "vehicle", "identity", "first_registration_date" }
                                  << QJsonValue("16/09/2019") << "vehicle.identity.first_registration_date"
                                  << "";
        QTest::newRow("unknown override")
            << QStringList { "vehicle", "overrides", "colour" } << QJsonValue("white") << "vehicle.overrides.colour"
            << "gvw_kg";
        QTest::newRow("override not a number")
            << QStringList { "vehicle", "overrides", "gvw_kg" } << QJsonValue("heavy") << "vehicle.overrides.gvw_kg"
            << "";
        QTest::newRow("soc window") << QStringList { "kit", "soc_max_percent" } << QJsonValue(120)
                                    << "kit.soc_max_percent"
                                    << "50 … 100 %";
        QTest::newRow("centre of gravity below the axles")
            << QStringList { "kit", "regen", "cg_height_mm" } << QJsonValue(50) << "kit.regen.cg_height_mm"
            << "200 … 2500 mm";
        QTest::newRow("adhesion beyond dry asphalt")
            << QStringList { "kit", "regen", "tyre_road_adhesion" } << QJsonValue(3) << "kit.regen.tyre_road_adhesion"
            << "0.1 … 1.5";
        QTest::newRow("power basis") << QStringList { "homologation", "power_basis" } << QJsonValue("average")
                                     << "homologation.power_basis"
                                     << "peak, thirty-minute";
    }

    void badInputIsNamedByPath()
    {
        QFETCH(QStringList, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, accepted);
        const auto r = DesignJson::read(withPath(example(), path, value));
        QVERIFY(!r.design);
        QCOMPARE(r.issues.size(), 1);
        QCOMPARE(r.issues.first().field, field);
        QVERIFY2(r.issues.first().accepted.contains(accepted), qPrintable(r.issues.first().toString()));
    }

    void malformedAndForeignFiles()
    {
        QCOMPARE(DesignJson::read(QByteArray("{\"format\": ")).issues.first().field, QStringLiteral("(file)"));
        QCOMPARE(DesignJson::read(QByteArray("[1,2]")).issues.size(), 1);
        const auto wrongFormat
            = DesignJson::read(withPath(example(), { QStringLiteral("format") }, QStringLiteral("remaster-catalog")));
        QCOMPARE(wrongFormat.issues.first().field, QStringLiteral("format"));
        const auto newer = DesignJson::read(withPath(example(), { QStringLiteral("format_version") }, 2));
        QCOMPARE(newer.issues.first().field, QStringLiteral("format_version"));
    }

    void repeatedKeysAreRefused()
    {
        // issue 17: Qt keeps the last of two equal keys; a design that said 2 and then 3 strings
        // was read as 3. Every ReMaster JSON reader now refuses it, naming the path.
        const QByteArray nested = "{\"a\": 1, \"b\": {\"c\": 2, \"d\": [ {\"e\": 1}, {\"e\": 2, \"e\": 3} ]}}";
        const QByteArray tricky = "{\"x\": \"a,\\\"b\\\": {\", \"y\": [1, 2], \"z\": {\"x\": 1}}";
        const QByteArray escaped = "{\"k\": 1, \"\\u006b\": 2}";
        const QByteArray separate = "[{\"a\": 1}, {\"a\": 2}]";
        QVERIFY(QJsonDocument::fromJson(tricky).isObject()); // the scanner's input is valid JSON
        QCOMPARE(storage::JsonEnvelope::duplicateKey(nested).value_or(QString()), QStringLiteral("b.d[1].e"));
        QVERIFY(!storage::JsonEnvelope::duplicateKey(tricky)); // quotes and braces inside a string value
        QCOMPARE(storage::JsonEnvelope::duplicateKey(escaped).value_or(QString()), QStringLiteral("k"));
        QVERIFY(!storage::JsonEnvelope::duplicateKey(separate)); // equal keys in different objects

        QByteArray json = QJsonDocument(example()).toJson();
        const qsizetype at = json.indexOf("\"strings_in_parallel\"");
        QVERIFY(at > 0);
        json.insert(at, "\"strings_in_parallel\": 3,\n        ");
        const auto r = DesignJson::read(json);
        QVERIFY(!r.design);
        QCOMPARE(r.issues.size(), 1);
        QVERIFY2(r.issues.first().toString().contains(QStringLiteral("kit.strings_in_parallel")),
                 qPrintable(r.issues.first().toString()));
    }
    void unknownIdsAreNamedWhenResolving()
    {
        model::RetrofitDesign d = model::exampleDesign();
        d.kit.motorId = "no-such-motor";
        d.kit.batteryModuleId = "no-such-module";
        try {
            model::resolveDesign(d, m_catalog);
            QFAIL("an unknown id must not resolve");
        } catch (const model::InputError &e) {
            const auto list = DesignJson::fromInputError(e);
            QCOMPARE(list.size(), 2);
            QCOMPARE(list.at(0).field, QStringLiteral("kit.motor_id"));
            QVERIFY(list.at(0).message.contains(QStringLiteral("no-such-motor")));
            QCOMPARE(list.at(1).field, QStringLiteral("kit.battery_module_id"));
        }
    }

    void engineMustBelongToTheVariant()
    {
        model::RetrofitDesign d = model::exampleDesign();
        d.engineId = "m9r-bluedci170-2024"; // a Master IV engine on a Master III
        QVERIFY_THROWS_EXCEPTION(model::InputError, model::resolveDesign(d, m_catalog));
    }

    void overridesAreCheckedWithCatalogRanges()
    {
        model::RetrofitDesign d = model::exampleDesign();
        d.overrides.massInRunningOrder->value = units::kilograms(3600); // above the 3.5 t GVW
        try {
            model::resolveDesign(d, m_catalog);
            QFAIL("a mass in running order above the GVW must be refused");
        } catch (const model::InputError &e) {
            QCOMPARE(QString::fromStdString(e.errors().front().field),
                     QStringLiteral("vehicle.overrides.mass_in_running_order"));
        }
    }

    void exampleEvaluatesEndToEnd()
    {
        const model::RetrofitDesign d = model::exampleDesign();
        const auto ev = model::evaluateDesign(d, m_catalog, [](const std::string &id) {
            return storage::CycleLibrary::load(QString::fromStdString(id));
        });
        // wltc-auto resolves to the class the PMR gives; 3 cycles × 3 payloads.
        QCOMPARE(ev.cycleIds.front(), ev.result.wltc.cycleId);
        QCOMPARE(ev.result.cycles.size(), std::size_t(9));
        // Mass balance of the design by hand: 2080 − Σremoved + Σkit.
        double removed = 0;
        for (const auto &p : ev.resolved.removedParts)
            removed += units::inKilograms(p.mass);
        double added = 0;
        for (const auto &p : ev.resolved.addedParts)
            added += units::inKilograms(p.mass);
        QVERIFY(std::abs(units::inKilograms(ev.result.convertedMassInRunningOrder) - (2080 - removed + added)) < 1e-6);
        // Heavier runs use more energy per km on the same cycle.
        const auto &empty = ev.result.cycles.at(0).simulation.total;
        const auto &full = ev.result.cycles.at(2).simulation.total;
        QVERIFY(full.batteryPerDistance > empty.batteryPerDistance);
        QVERIFY(full.range < empty.range);
        // The JSON output names every figure with its unit.
        const QJsonObject json = storage::EvaluationJson::write(d, ev, m_catalog);
        const QJsonObject first = json.value(QLatin1String("cycles")).toArray().first().toObject();
        QVERIFY(first.value(QLatin1String("consumption_wh_per_km")).toDouble() > 150);
        QVERIFY(first.value(QLatin1String("consumption_wh_per_km")).toDouble() < 600);
        QVERIFY(first.value(QLatin1String("range_km")).toDouble() > 50);
        QVERIFY(json.value(QLatin1String("motor"))
                    .toObject()
                    .value(QLatin1String("power_window"))
                    .toObject()
                    .value(QLatin1String("pass"))
                    .toBool());
    }

    void unknownCycleIsAnInputError()
    {
        model::RetrofitDesign d = model::exampleDesign();
        d.operation.cycles = { "wltc-class9" };
        QVERIFY_THROWS_EXCEPTION(model::InputError, model::evaluateDesign(d, m_catalog, [](const std::string &id) {
                                     return storage::CycleLibrary::load(QString::fromStdString(id));
                                 }));
    }
};

QTEST_GUILESS_MAIN(TestDesignJson)
#include "tst_designjson.moc"
