// The catalog loader: valid input, and each kind of invalid input named by file, entry and field.
#include "catalogfixtures.h"

#include "model/catalog_set.h"
#include "storage/catalogjsonreader.h"

#include <QDir>
#include <QtTest>

using namespace remaster;
using namespace remaster::tests;
using storage::CatalogIssue;
using storage::CatalogJsonReader;

class TestCatalogReader : public QObject
{
    Q_OBJECT

    static CatalogIssue onlyIssue(const storage::CatalogReadResult &r)
    {
        if (r.issues.size() != 1) {
            for (const auto &i : r.issues)
                qWarning() << i.toString();
        }
        [&] { QCOMPARE(r.issues.size(), 1); }();
        return r.issues.value(0);
    }

    static QJsonObject variantWith(const char *field, const QJsonValue &value)
    {
        QJsonObject v = validVariant();
        if (value.isUndefined())
            v.remove(QLatin1String(field));
        else
            v.insert(QLatin1String(field), value);
        return v;
    }

private slots:
    void validVariantLoadsWithSiUnits()
    {
        const auto r = CatalogJsonReader::read(toJson(vehiclesDocument({ validVariant() })), QStringLiteral("v.json"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.set.variants.size(), std::size_t(1));
        const auto &v = r.set.variants.front();
        // Conversions at the edge: t -> kg, m -> m, mm -> m, % -> fraction.
        QCOMPARE(v.gvw.value.value(), 3300.0);
        QCOMPARE(v.overallLength.value.value(), 5.048);
        QCOMPARE(v.wheelbase.value.value(), 3.182);
        QCOMPARE(v.rollingResistance.value.value(), 0.008);
        QCOMPARE(v.fuelTank.value.value(), 0.105);
        QCOMPARE(v.removedParts.front().positionFromFrontAxle.value.value(), -0.3);
        QCOMPARE(v.gvw.provenance.confidence, model::Confidence::B);
        QCOMPARE(v.removedParts.front().mass.provenance.confidence, model::Confidence::Representative);
        QCOMPARE(r.set.engines.size(), std::size_t(1));
        QCOMPARE(r.set.engines.front().power.value.value(), 92000.0);
        QCOMPARE(r.catalogVersion, QStringLiteral("test-1"));
    }

    void validMotorLoads()
    {
        const auto r = CatalogJsonReader::read(toJson(catalogDocument(QStringLiteral("components"), { validMotor() })),
                                               QStringLiteral("c.json"));
        QVERIFY2(r.issues.isEmpty(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.set.motors.size(), std::size_t(1));
        QVERIFY(std::abs(r.set.motors.front().maxSpeed.value.value() - 10390 * 2 * M_PI / 60) < 1e-9);
        QCOMPARE(r.set.motors.front().peakEfficiency.value.value(), 0.95);
        QCOMPARE(r.set.motors.front().info.condition, model::Condition::SecondLife);
    }

    void malformedJsonLoadsNothing()
    {
        const auto r = CatalogJsonReader::read("{\"format\": \"remaster-catalog\", ", QStringLiteral("broken.json"));
        QVERIFY(!r.fileUsable());
        const auto issue = onlyIssue(r);
        QCOMPARE(issue.file, QStringLiteral("broken.json"));
        QVERIFY(issue.message.contains(QStringLiteral("malformed JSON")));
    }

    void wrongFormatIsRefused()
    {
        QJsonObject doc = vehiclesDocument({ validVariant() });
        doc.insert(QStringLiteral("format_version"), 7);
        const auto r = CatalogJsonReader::read(toJson(doc), QStringLiteral("v.json"));
        QVERIFY(!r.fileUsable());
        QCOMPARE(onlyIssue(r).accepted, QStringLiteral("1"));
    }

    void badEntryIsNamedAndOthersStillLoad_data()
    {
        QTest::addColumn<QJsonObject>("variant");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::addColumn<QString>("acceptedPart");
        QTest::newRow("missing field") << variantWith("wheelbase", QJsonValue::Undefined) << "wheelbase"
                                       << "missing"
                                       << "";
        QTest::newRow("wrong unit") << variantWith("gvw", q(3300, "lb")) << "gvw.unit"
                                    << "not a unit of mass"
                                    << "kg, t";
        QTest::newRow("negative mass") << variantWith("mass_in_running_order", q(-5, "kg")) << "mass_in_running_order"
                                       << "out of range"
                                       << "1200 … 4000 kg";
        QTest::newRow("mass above gvw") << variantWith("mass_in_running_order", q(3400, "kg"))
                                        << "mass_in_running_order"
                                        << "below the gross vehicle weight"
                                        << "";
        QTest::newRow("unknown engine id")
            << variantWith("engines", QJsonArray { QStringLiteral("v8-petrol") }) << "engines"
            << "not an engine"
            << "";
        QTest::newRow("unknown source") << variantWith(
            "gvw", QJsonObject { { "value", 3300 }, { "unit", "kg" }, { "source", "nowhere" }, { "confidence", "A" } })
                                        << "gvw.source"
                                        << "not in the file's source list"
                                        << "";
        QTest::newRow("no source") << variantWith(
            "gvw", QJsonObject { { "value", 3300 }, { "unit", "kg" }, { "confidence", "A" } })
                                   << "gvw.source"
                                   << "every figure needs a source"
                                   << "";
        QTest::newRow("bad confidence") << variantWith(
            "gvw",
            QJsonObject { { "value", 3300 }, { "unit", "kg" }, { "source", "test-source" }, { "confidence", "Z" } })
                                        << "gvw.confidence"
                                        << "not a confidence mark"
                                        << "A, B, C, E, R, V";
        QTest::newRow("text instead of number") << variantWith(
            "gvw",
            QJsonObject { { "value", "heavy" }, { "unit", "kg" }, { "source", "test-source" }, { "confidence", "A" } })
                                                << "gvw.value"
                                                << "finite number"
                                                << "";
        QTest::newRow("unknown body") << variantWith("body", QStringLiteral("pickup")) << "body"
                                      << "unknown value"
                                      << "panel-van";
        QTest::newRow("bad length code") << variantWith("length_code", QStringLiteral("L7")) << "length_code"
                                         << "length code"
                                         << "L1";
        QTest::newRow("N1 above 3.5 t") << variantWith("gvw", q(3600, "kg")) << "category"
                                        << "N1 allows"
                                        << "";
        QTest::newRow("cd out of range") << variantWith("drag_coefficient", q(1.7, "1")) << "drag_coefficient"
                                         << "out of range"
                                         << "0.2 … 1";
        QTest::newRow("bad id") << variantWith("id", QStringLiteral("Bad Id!")) << "id"
                                << "not allowed"
                                << "a-z";
    }

    void badEntryIsNamedAndOthersStillLoad()
    {
        QFETCH(QJsonObject, variant);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        QFETCH(QString, acceptedPart);
        const QJsonObject good = validVariant(QStringLiteral("good-variant"));
        const auto r
            = CatalogJsonReader::read(toJson(vehiclesDocument({ variant, good })), QStringLiteral("vehicles.json"));
        QVERIFY(r.fileUsable());
        const auto issue = onlyIssue(r);
        QCOMPARE(issue.file, QStringLiteral("vehicles.json"));
        QCOMPARE(issue.field, field);
        QVERIFY2(issue.message.contains(messagePart), qPrintable(issue.message));
        QVERIFY2(issue.accepted.contains(acceptedPart), qPrintable(issue.accepted));
        QVERIFY(!issue.entryId.isEmpty());
        QCOMPARE(r.set.variants.size(), std::size_t(1));
        QCOMPARE(r.set.variants.front().id, std::string("good-variant"));
    }

    void duplicateIdIsRejected()
    {
        const auto r = CatalogJsonReader::read(toJson(vehiclesDocument({ validVariant(), validVariant() })),
                                               QStringLiteral("v.json"));
        const auto issue = onlyIssue(r);
        QCOMPARE(issue.field, QStringLiteral("id"));
        QCOMPARE(r.set.variants.size(), std::size_t(1));
    }

    void nanIsNotAcceptedAsANumber()
    {
        // JSON has no NaN literal; a NaN smuggled in as text must still be refused.
        QByteArray json = toJson(vehiclesDocument({ validVariant() }));
        json.replace("\"value\":1886", "\"value\":NaN");
        const auto r = CatalogJsonReader::read(json, QStringLiteral("nan.json"));
        QVERIFY(!r.fileUsable());
    }

    void componentWithUnknownKind()
    {
        QJsonObject m = validMotor();
        m.insert(QStringLiteral("id"), QStringLiteral("odd-motor"));
        m.insert(QStringLiteral("kind"), QStringLiteral("flux-capacitor"));
        const auto r = CatalogJsonReader::read(
            toJson(catalogDocument(QStringLiteral("components"), { m, validMotor() })), QStringLiteral("c.json"));
        QCOMPARE(onlyIssue(r).field, QStringLiteral("kind"));
    }

    void motorContinuousAbovePeak()
    {
        QJsonObject m = validMotor();
        m.insert(QStringLiteral("continuous_power"), q(90, "kW"));
        const auto r = CatalogJsonReader::read(toJson(catalogDocument(QStringLiteral("components"), { m })),
                                               QStringLiteral("c.json"));
        QCOMPARE(onlyIssue(r).field, QStringLiteral("continuous_power"));
        QVERIFY(r.set.motors.empty());
    }

    void bundledCatalogsLoadWithoutIssues()
    {
        for (const QString &name : { QStringLiteral("vehicles"), QStringLiteral("components") }) {
            const auto r
                = CatalogJsonReader::readFile(QDir(QStringLiteral(REMASTER_SOURCE_DIR))
                                                  .filePath(QStringLiteral("resources/catalog/%1.json").arg(name)));
            QStringList problems;
            for (const auto &i : r.issues)
                problems << i.toString();
            QVERIFY2(r.issues.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
            QVERIFY(r.fileUsable());
        }
    }

    void bundledCatalogsCoverTheRange()
    {
        const auto v = CatalogJsonReader::readFile(QStringLiteral(":/catalog/vehicles.json"));
        const auto c = CatalogJsonReader::readFile(QStringLiteral(":/catalog/components.json"));
        QVERIFY(v.set.variants.size() >= 40);
        QVERIFY(v.set.engines.size() >= 8);
        QSet<QString> seen;
        for (const auto &x : v.set.variants)
            seen << QString::fromLatin1(model::generationCode(x.generation)) + QLatin1Char('/')
                    + QString::fromLatin1(model::bodyCode(x.body)) + QLatin1Char('/')
                    + QString::fromLatin1(model::driveCode(x.drive));
        for (const char *expected : { "master-3/panel-van/fwd", "master-3/panel-van/rwd", "master-3/chassis-cab/rwd",
                                      "master-3/platform-cab/fwd", "master-4/panel-van/fwd" })
            QVERIFY2(seen.contains(QLatin1String(expected)), expected);
        QVERIFY(c.set.motors.size() >= 5);
        QVERIFY(c.set.batteryModules.size() >= 5);
        QVERIFY(!c.set.inverters.empty() && !c.set.reducers.empty() && !c.set.chargers.empty() && !c.set.dcdcs.empty());
        // Every figure carries a source that resolves to a citation.
        for (const auto &x : v.set.variants)
            QVERIFY(v.set.source(x.massInRunningOrder.provenance.sourceId) != nullptr);
    }
};

QTEST_GUILESS_MAIN(TestCatalogReader)
#include "tst_catalogreader.moc"
