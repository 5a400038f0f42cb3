// A design's mass sheet and homologation check, end to end on the bundled catalogs and rule set:
// the same figures as the evaluation, a rule that fails and passes again after a change, and
// bad identity data refused with a clear error.
#include "model/design_check.h"
#include "bundledcatalog.h"
#include "storage/catalogjsonreader.h"
#include "storage/checkjson.h"
#include "storage/cyclelibrary.h"
#include "storage/rulesetreader.h"

#include <QJsonArray>
#include <QtTest>

using namespace remaster;
using namespace remaster::model;

class TestDesignCheck : public QObject
{
    Q_OBJECT
    CatalogSet m_catalog;
    RuleSetParameters m_rules;
    const Date m_today { 2026, 11, 28 };

    DesignEvaluation evaluate(const RetrofitDesign &d) const
    {
        return evaluateDesign(d, m_catalog, [](const std::string &id) {
            return storage::CycleLibrary::load(QString::fromStdString(id));
        });
    }

    static const RuleResult *find(const CheckReport &r, const std::string &id, const std::string &item = {})
    {
        for (const auto &x : r.results)
            if (x.ruleId == id && (item.empty() || x.item == item))
                return &x;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_catalog = tests::bundledCatalog();
        QVERIFY(!m_catalog.variants.empty() && !m_catalog.motors.empty());
        const auto rules = storage::RuleSetReader::readFile(storage::RuleSetReader::bundledPath());
        QVERIFY(rules.usable());
        m_rules = rules.parameters;
    }

    void massSheetAgreesWithTheEvaluation()
    {
        const RetrofitDesign d = exampleDesign();
        const auto ev = evaluate(d);
        const auto mass = designMassBalance(d, ev.resolved);
        QVERIFY(std::abs(units::inKilograms(mass.massInRunningOrder)
                         - units::inKilograms(ev.result.convertedMassInRunningOrder))
                < 1e-6);
        // Moment balance by hand: the new centre of mass from the original and the items.
        const auto &v = ev.resolved.variant;
        double moment = units::inKilograms(v.massInRunningOrder.value)
            * (units::inMetres(v.wheelbase.value)
               * (1
                  - units::inKilograms(v.unladenFrontAxleLoad.value) / units::inKilograms(v.massInRunningOrder.value)));
        double m = units::inKilograms(v.massInRunningOrder.value);
        for (const auto &p : ev.resolved.removedParts) {
            moment -= units::inKilograms(p.mass) * units::inMetres(p.positionFromFrontAxle);
            m -= units::inKilograms(p.mass);
        }
        for (const auto &p : ev.resolved.addedParts) {
            moment += units::inKilograms(p.mass) * units::inMetres(p.positionFromFrontAxle);
            m += units::inKilograms(p.mass);
        }
        QVERIFY(std::abs(units::inMetres(mass.centreOfMass) - moment / m) < 1e-9);
    }

    void exampleHasNoFailingRule()
    {
        const RetrofitDesign d = exampleDesign();
        const auto check = checkDesign(d, evaluate(d), m_rules, m_today);
        QVERIFY(!check.report.anyFail);
        QCOMPARE(check.report.rulesetVersion, m_rules.version);
        for (const auto &r : check.report.results)
            QCOMPARE(r.rulesetVersion, m_rules.version);
        QCOMPARE(find(check.report, "FR-07")->status, RuleStatus::Pass);
        QCOMPARE(find(check.report, "FR-03")->status, RuleStatus::Pass);
    }

    void aRuleFailsAndPassesAgainAfterAChange()
    {
        RetrofitDesign d = exampleDesign();
        d.kit.motorId = "nissan-leaf-eplus-160"; // 160 kW > 100 % of the original 118 kW
        d.kit.inverterId = "cascadia-cm200";
        const auto failing = checkDesign(d, evaluate(d), m_rules, m_today);
        QVERIFY(failing.report.anyFail);
        const RuleResult *fr07 = find(failing.report, "FR-07");
        QCOMPARE(fr07->status, RuleStatus::Fail);
        QCOMPARE(QString::fromStdString(fr07->jumpTarget).startsWith(QStringLiteral("kit.")), true);
        QVERIFY(storage::CheckJson::explanation(*fr07).contains(QStringLiteral("160")));

        d.homologation.powerBasis = PowerBasis::ThirtyMinute; // compare the 30-minute power instead
        const auto basisChanged = checkDesign(d, evaluate(d), m_rules, m_today);
        const RuleResult *again = find(basisChanged.report, "FR-07");
        QVERIFY(again->status == RuleStatus::Pass || again->status == RuleStatus::Fail);
        QVERIFY(again->measured->value < fr07->measured->value);

        d = exampleDesign();
        const auto passing = checkDesign(d, evaluate(d), m_rules, m_today);
        QCOMPARE(find(passing.report, "FR-07")->status, RuleStatus::Pass);
    }

    void tooYoungVanFailsUnlessRenaultAgreed()
    {
        RetrofitDesign d = exampleDesign();
        d.identity.firstRegistrationDate = "2022-01-10";
        d.homologation.conversionDate = "2026-11-28";
        const auto young = checkDesign(d, evaluate(d), m_rules, m_today);
        QCOMPARE(find(young.report, "FR-03")->status, RuleStatus::Fail);
        d.identity.manufacturerAgreement = true;
        const auto waived = checkDesign(d, evaluate(d), m_rules, m_today);
        QVERIFY(!waived.report.anyFail);
    }

    void badIdentityIsAnErrorNotAPass_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::addColumn<QString>("firstRegistration");
        QTest::addColumn<QString>("field");
        QTest::newRow("16-character VIN") << "VF1MA00000000000"
                                          << "2019-09-16"
                                          << "vehicle.identity.vin";
        QTest::newRow("VIN with O") << "VF1MAO0000000000"
                                    << "2019-09-16"
                                    << "vehicle.identity.vin";
        QTest::newRow("date in the future") << "VF1MA000000000000"
                                            << "2027-01-01"
                                            << "vehicle.identity.first_registration";
        QTest::newRow("no date") << "VF1MA000000000000"
                                 << ""
                                 << "vehicle.identity.first_registration_date";
    }

    void badIdentityIsAnErrorNotAPass()
    {
        QFETCH(QString, vin);
        QFETCH(QString, firstRegistration);
        QFETCH(QString, field);
        RetrofitDesign d = exampleDesign();
        d.identity.vin = vin.toStdString();
        d.identity.firstRegistrationDate = firstRegistration.toStdString();
        try {
            checkDesign(d, evaluate(d), m_rules, m_today);
            QFAIL("bad identity data must not produce a check");
        } catch (const InputError &e) {
            QStringList fields;
            for (const auto &x : e.errors())
                fields << QString::fromStdString(x.field);
            QVERIFY2(std::any_of(fields.begin(), fields.end(), [&](const QString &f) { return f.startsWith(field); }),
                     qPrintable(fields.join(QStringLiteral(", "))));
        }
    }

    void reportJsonIsFailingFirstAndVersioned()
    {
        RetrofitDesign d = exampleDesign();
        d.kit.motorId = "nissan-leaf-eplus-160";
        d.kit.inverterId = "cascadia-cm200";
        const QJsonObject json = storage::CheckJson::writeReport(checkDesign(d, evaluate(d), m_rules, m_today).report);
        QCOMPARE(json.value(QLatin1String("ruleset_version")).toString(), QString::fromStdString(m_rules.version));
        QVERIFY(json.value(QLatin1String("any_fail")).toBool());
        const QJsonArray results = json.value(QLatin1String("results")).toArray();
        QCOMPARE(results.first().toObject().value(QLatin1String("status")).toString(), QStringLiteral("fail"));
    }
};

QTEST_GUILESS_MAIN(TestDesignCheck)
#include "tst_designcheck.moc"
