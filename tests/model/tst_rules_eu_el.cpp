// EU mass/category/licence rules (EU-xx), the WLTC class (WL-02) and UN R100 electrical safety
// (EL-xx), each at, just inside and just outside its limit.
#include "rules_fixtures.h"

#include <QTest>

using namespace rulefixtures;
using S = RuleStatus;

class TestRulesEuEl : public QObject
{
    Q_OBJECT
private slots:
    // ---- EU-01 category vs GVW: N1 ≤ 3500 < N2 ≤ 12000 < N3 ----
    void eu01Category_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<double>("gvw");
        QTest::addColumn<S>("expected");
        QTest::newRow("N1 at 3500") << "N1" << 3500.0 << S::Pass;
        QTest::newRow("N1 just inside") << "N1" << 3499.9 << S::Pass;
        QTest::newRow("N1 just above") << "N1" << 3500.1 << S::Fail;
        QTest::newRow("N2 at 3500") << "N2" << 3500.0 << S::Fail;
        QTest::newRow("N2 just above 3500") << "N2" << 3500.1 << S::Pass;
        QTest::newRow("N2 at 12000") << "N2" << 12000.0 << S::Pass;
        QTest::newRow("N2 above 12000") << "N2" << 12000.1 << S::Fail;
        QTest::newRow("N3 at 12000") << "N3" << 12000.0 << S::Fail;
        QTest::newRow("N3 above 12000") << "N3" << 12000.1 << S::Pass;
        QTest::newRow("M1 not a goods category") << "M1" << 3500.0 << S::NotApplicable;
    }
    void eu01Category()
    {
        QFETCH(QString, category);
        QFETCH(double, gvw);
        QFETCH(S, expected);
        auto in = baseline();
        in.identity.category = category.toStdString();
        in.gvwAfter = units::kilograms(gvw);
        QCOMPARE(status(in, "EU-01"), expected);
    }

    // ---- EU-02 N1 class (informational), RW = m_ro + 25 kg: I ≤ 1305 < II ≤ 1760 < III ----
    void eu02N1Class_data()
    {
        QTest::addColumn<double>("mro");
        QTest::addColumn<QString>("cls");
        QTest::newRow("RW 1305") << 1280.0 << "I";
        QTest::newRow("RW 1305.1") << 1280.1 << "II";
        QTest::newRow("RW 1760") << 1735.0 << "II";
        QTest::newRow("RW 1760.1") << 1735.1 << "III";
    }
    void eu02N1Class()
    {
        QFETCH(double, mro);
        QFETCH(QString, cls);
        auto in = baseline();
        in.massInRunningOrderAfter = units::kilograms(mro);
        const auto r = result(evaluateRules(in, params()), "EU-02");
        QCOMPARE(r.status, S::Pass);
        QCOMPARE(QString::fromStdString(r.arguments.at(1)), cls);
        QCOMPARE(QString::fromStdString(r.arguments.at(2)), QStringLiteral("III")); // before: 2025 kg
        QVERIFY(r.limitPendingConfirmation); // the RW offset is low confidence
    }

    // ---- EU-04 weighed mass within ±3 % of declared (ends included) ----
    void eu04Weighing_data()
    {
        QTest::addColumn<double>("weighed");
        QTest::addColumn<S>("expected");
        QTest::newRow("just below -3 %") << 2124.2 << S::Fail;
        QTest::newRow("at -3 %") << 2124.3 << S::Pass;
        QTest::newRow("declared") << 2190.0 << S::Pass;
        QTest::newRow("at +3 %") << 2255.7 << S::Pass;
        QTest::newRow("just above +3 %") << 2255.8 << S::Fail;
    }
    void eu04Weighing()
    {
        QFETCH(double, weighed);
        QFETCH(S, expected);
        auto in = baseline(); // declared 2190 kg from the mass balance
        in.weighedMassInRunningOrder = units::kilograms(weighed);
        QCOMPARE(status(in, "EU-04"), expected);
    }
    void eu04NotWeighedNeedsEvidence()
    {
        const auto r = result(evaluateRules(baseline(), params()), "EU-04");
        QCOMPARE(r.status, S::NeedsEvidence);
        QVERIFY(std::fabs(r.limitHigh->value - 2255.7) < 1e-9);
    }

    // ---- EU-05 (M1/N1) ----
    void eu05FrontShareAtGvw()
    {
        const auto in = baseline();
        const auto &g = in.massBalance.loadCase(LoadCaseId::GvwAtLoadCentre);
        const double share = g.front.load.value() / 3500.0; // 39.6 %
        auto p = params();
        QCOMPARE(status(in, "EU-05", "2.4-front-axle-share", p), S::Pass);
        p.frontAxleMinShare.value = share; // at 30 %-equivalent: ≥ passes
        QCOMPARE(status(in, "EU-05", "2.4-front-axle-share", p), S::Pass);
        p.frontAxleMinShare.value = share + 1e-6;
        QCOMPARE(status(in, "EU-05", "2.4-front-axle-share", p), S::Fail);
        p.frontAxleMinShare.value = share - 1e-6;
        QCOMPARE(status(in, "EU-05", "2.4-front-axle-share", p), S::Pass);
    }
    void eu05RearHeavyVanFailsThirtyPercent()
    {
        auto in = baseline();
        auto sheet = massSheet();
        sheet.vehicle.unladenFrontAxleLoad = units::kilograms(1000);
        sheet.vehicle.rearAxleLimit = units::kilograms(2600);
        sheet.vehicle.loadSpaceCentreFromFrontAxle = units::metres(3.5); // load over the rear axle
        in.massBalance = computeMassBalance(sheet);
        // Front: 2190 − (2000·1.75 − 34 + 705.2)/3.5 = 998.2 kg at GVW = 28.5 % < 30 %.
        const auto r = result(evaluateRules(in, params()), "EU-05", "2.4-front-axle-share");
        QCOMPARE(r.status, S::Fail);
        QVERIFY(std::fabs(r.measured->value - (2190 - (3500 - 34 + 705.2) / 3.5) / 35.0) < 1e-9);
        QCOMPARE(r.limit->value, 30.0);
    }
    void eu05AxleSumAndOccupants()
    {
        auto in = baseline();
        auto sheet = massSheet();
        sheet.vehicle.frontAxleLimit = units::kilograms(1300);
        sheet.vehicle.rearAxleLimit = units::kilograms(2200); // Σ 3500 = GVW: passes
        in.massBalance = computeMassBalance(sheet);
        QCOMPARE(status(in, "EU-05", "2.1-axle-sum"), S::Pass);
        sheet.vehicle.rearAxleLimit = units::kilograms(2199.9);
        in.massBalance = computeMassBalance(sheet);
        QCOMPARE(status(in, "EU-05", "2.1-axle-sum"), S::Fail);
        // 2.2: GVW ≥ m_ro + (seats − 1)·75. 3 seats: 2190 + 150 = 2340 kg.
        in = baseline();
        in.massInRunningOrderAfter = units::kilograms(3350);
        QCOMPARE(status(in, "EU-05", "2.2-gvw-covers-occupants"), S::Pass); // 3500 = 3500
        in.massInRunningOrderAfter = units::kilograms(3350.1);
        QCOMPARE(status(in, "EU-05", "2.2-gvw-covers-occupants"), S::Fail);
    }
    void eu05OnlyForM1AndN1()
    {
        auto in = baseline();
        in.identity.category = "N2";
        in.gvwAfter = units::kilograms(3500); // EU-01 fails; irrelevant here
        QCOMPARE(status(in, "EU-05"), S::NotApplicable);
    }

    // ---- EU-06 maximum dimensions (≤) ----
    void eu06MaxDimensions()
    {
        auto in = baseline();
        in.dimensionsAfter.length = units::metres(12.0);
        in.dimensionsAfter.width = units::metres(2.55);
        in.dimensionsAfter.height = units::metres(4.0);
        auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "EU-06", "length").status, S::Pass);
        QCOMPARE(result(report, "EU-06", "width").status, S::Pass);
        QCOMPARE(result(report, "EU-06", "height").status, S::Pass);
        in.dimensionsAfter.length = units::metres(12.001);
        in.dimensionsAfter.width = units::metres(2.551);
        in.dimensionsAfter.height = units::metres(4.001);
        report = evaluateRules(in, params());
        QCOMPARE(result(report, "EU-06", "length").status, S::Fail);
        QCOMPARE(result(report, "EU-06", "width").status, S::Fail);
        QCOMPARE(result(report, "EU-06", "height").status, S::Fail);
    }

    // ---- EU-08 tyres: n × load per tyre ≥ permissible axle mass ----
    void eu08Tyres()
    {
        auto in = baseline(); // limits 1850 / 2200 kg
        QCOMPARE(status(in, "EU-08"), S::NeedsEvidence);
        in.tyres = TyreFitment { units::kilograms(925), units::kilograms(1100), false };
        auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "EU-08", "front-axle").status, S::Pass); // 2 × 925 = 1850
        QCOMPARE(result(report, "EU-08", "rear-axle").status, S::Pass); // 2 × 1100 = 2200
        in.tyres = TyreFitment { units::kilograms(924.9), units::kilograms(549.9), true };
        report = evaluateRules(in, params());
        QCOMPARE(result(report, "EU-08", "front-axle").status, S::Fail);
        QCOMPARE(result(report, "EU-08", "rear-axle").status, S::Fail); // 4 × 549.9 < 2200
        in.tyres = TyreFitment { units::kilograms(925.1), units::kilograms(550), true };
        report = evaluateRules(in, params());
        QCOMPARE(result(report, "EU-08", "rear-axle").status, S::Pass); // 4 × 550 = 2200
    }

    // ---- EU-10 licence B ≤ 3500 kg; EU-11 derogation 3500 < GVW ≤ 4250 kg ----
    void eu10Eu11Licence_data()
    {
        QTest::addColumn<double>("gvw");
        QTest::addColumn<bool>("transposed");
        QTest::addColumn<S>("eu10");
        QTest::addColumn<S>("eu11");
        QTest::newRow("3500") << 3500.0 << false << S::Pass << S::NotApplicable;
        QTest::newRow("3500.1 not transposed") << 3500.1 << false << S::Warning << S::Warning;
        QTest::newRow("3500.1 transposed") << 3500.1 << true << S::Warning << S::Pass;
        QTest::newRow("4250 transposed") << 4250.0 << true << S::Warning << S::Pass;
        QTest::newRow("4250.1 transposed") << 4250.1 << true << S::Warning << S::NotApplicable;
    }
    void eu10Eu11Licence()
    {
        QFETCH(double, gvw);
        QFETCH(bool, transposed);
        QFETCH(S, eu10);
        QFETCH(S, eu11);
        auto in = baseline();
        in.identity.category = "N2";
        in.identity.gvw = units::kilograms(gvw);
        in.gvwAfter = units::kilograms(gvw);
        auto p = params();
        p.licenceBDerogationTransposed.value = transposed;
        const auto report = evaluateRules(in, p);
        QCOMPARE(result(report, "EU-10").status, eu10);
        QCOMPARE(result(report, "EU-11").status, eu11);
        QVERIFY(result(report, "EU-11").limitPendingConfirmation);
    }

    // ---- WL-02 WLTC class: PMR ≤ 22 → 1, ≤ 34 → 2, > 34 → 3a/3b at 120 km/h ----
    void wl02Class_data()
    {
        // m_ro after 2190 kg → PMR = P / 2115 kg.
        QTest::addColumn<double>("watts");
        QTest::addColumn<double>("vmax");
        QTest::addColumn<QString>("cls");
        QTest::addColumn<S>("expected");
        QTest::newRow("PMR 22") << 22.0 * 2115 << 130.0 << "1" << S::Pass;
        QTest::newRow("PMR just above 22") << 22.0 * 2115 + 1 << 130.0 << "2" << S::Pass;
        QTest::newRow("PMR 34") << 34.0 * 2115 << 130.0 << "2" << S::Pass;
        QTest::newRow("PMR just above 34, 119.9 km/h") << 34.0 * 2115 + 1 << 119.9 << "3a" << S::Pass;
        QTest::newRow("PMR just above 34, 120 km/h") << 34.0 * 2115 + 1 << 120.0 << "3b" << S::Pass;
        QTest::newRow("class 3, no top speed") << 34.0 * 2115 + 1 << 0.0 << "3b" << S::Warning;
        QTest::newRow("class 2, no top speed") << 34.0 * 2115 << 0.0 << "2" << S::Pass;
    }
    void wl02Class()
    {
        QFETCH(double, watts);
        QFETCH(double, vmax);
        QFETCH(QString, cls);
        QFETCH(S, expected);
        auto in = baseline();
        in.motorPeakPower = units::watts(watts);
        if (vmax > 0)
            in.maxVehicleSpeed = units::kilometresPerHour(vmax);
        else
            in.maxVehicleSpeed.reset();
        const auto r = result(evaluateRules(in, params()), "WL-02");
        QCOMPARE(r.status, expected);
        QCOMPARE(QString::fromStdString(r.arguments.at(1)), cls);
        QVERIFY(std::fabs(r.measured->value - watts / 2115.0) < 1e-9);
    }

    // ---- EL-01 high voltage: > 60 V DC (60 V itself is class A), ≤ 1500 V ----
    void el01HighVoltage_data()
    {
        QTest::addColumn<double>("volts");
        QTest::addColumn<S>("el01");
        QTest::addColumn<S>("el03");
        QTest::newRow("60 V: class A") << 60.0 << S::Pass << S::NotApplicable;
        QTest::newRow("60.01 V: high voltage") << 60.01 << S::Pass << S::NeedsEvidence;
        QTest::newRow("1500 V") << 1500.0 << S::Pass << S::NeedsEvidence;
        QTest::newRow("1500.01 V") << 1500.01 << S::Fail << S::NeedsEvidence;
    }
    void el01HighVoltage()
    {
        QFETCH(double, volts);
        QFETCH(S, el01);
        QFETCH(S, el03);
        auto in = baseline();
        in.packMaxVoltage = units::volts(volts);
        const auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "EL-01").status, el01);
        const char *item = el03 == S::NotApplicable ? "" : "combined";
        QCOMPARE(result(report, "EL-03", item).status, el03);
    }
    void el01AcBusAlone()
    {
        auto in = baseline();
        in.packMaxVoltage = units::volts(48);
        in.acBusMaxVoltage = units::volts(30);
        QCOMPARE(status(in, "EL-05"), S::NotApplicable);
        in.acBusMaxVoltage = units::volts(30.01);
        QCOMPARE(status(in, "EL-05", "ipxxb-elsewhere"), S::NeedsEvidence);
        in.acBusMaxVoltage = units::volts(1000.01);
        QCOMPARE(status(in, "EL-01"), S::Fail);
    }

    // ---- EL-02 separate buses: ≥ 100 Ω/V DC, ≥ 500 Ω/V AC (limit itself passes) ----
    void el02SeparateBuses_data()
    {
        QTest::addColumn<double>("ohms");
        QTest::addColumn<bool>("provided");
        QTest::addColumn<S>("expected");
        QTest::newRow("just below 40 kΩ") << 39999.0 << true << S::Fail;
        QTest::newRow("at 40 kΩ") << 40000.0 << true << S::Pass;
        QTest::newRow("just above 40 kΩ") << 40001.0 << true << S::Pass;
        QTest::newRow("meets, report missing") << 40000.0 << false << S::NeedsEvidence;
        QTest::newRow("below, report missing") << 39999.0 << false << S::Fail;
    }
    void el02SeparateBuses()
    {
        QFETCH(double, ohms);
        QFETCH(bool, provided);
        QFETCH(S, expected);
        auto in = baseline(); // 400 V pack
        in.acDcGalvanicallyConnected = false;
        provide(in, evidence::kIsolationDcBus, ohms, std::nullopt, provided);
        const auto report = evaluateRules(in, params());
        const auto r = result(report, "EL-02", "dc-bus");
        QCOMPARE(r.status, expected);
        QCOMPARE(r.limit->value, 40.0);
        QCOMPARE(r.limit->unit, std::string("kOhm"));
        QCOMPARE(result(report, "EL-03").status, S::NotApplicable);
    }
    void el02AcBusNeedsFiveHundredOhmPerVolt()
    {
        auto in = baseline();
        in.acDcGalvanicallyConnected = false;
        auto r = result(evaluateRules(in, params()), "EL-02", "ac-bus");
        QCOMPARE(r.status, S::NeedsEvidence);
        QCOMPARE(r.limit->value, 200.0); // 500 Ω/V × 400 V (pack voltage bounds the AC bus)
        in.acBusMaxVoltage = units::volts(280);
        provide(in, evidence::kIsolationAcBus, 140000.0);
        r = result(evaluateRules(in, params()), "EL-02", "ac-bus");
        QCOMPARE(r.limit->value, 140.0);
        QCOMPARE(r.status, S::Pass);
        provide(in, evidence::kIsolationAcBus, 139999.0);
        QCOMPARE(status(in, "EL-02", "ac-bus"), S::Fail);
    }

    // ---- EL-03 connected buses: 500 Ω/V, or 100 Ω/V with documented double protection ----
    void el03ConnectedBuses()
    {
        auto in = baseline();
        provide(in, evidence::kIsolationCombined, 200000.0);
        auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "EL-03", "combined").status, S::Pass);
        QCOMPARE(result(report, "EL-02").status, S::NotApplicable);
        provide(in, evidence::kIsolationCombined, 199999.0);
        QCOMPARE(status(in, "EL-03", "combined"), S::Fail);
        in.acDoubleProtection = true; // 100 Ω/V × 400 V = 40 kΩ
        provide(in, evidence::kIsolationCombined, 40000.0);
        report = evaluateRules(in, params());
        QCOMPARE(result(report, "EL-03", "combined").status, S::Pass);
        QCOMPARE(result(report, "EL-03", "combined").limit->value, 40.0);
        QCOMPARE(result(report, "EL-03", "double-protection").status, S::NeedsEvidence);
        provide(in, evidence::kAcDoubleProtection);
        QCOMPARE(status(in, "EL-03", "double-protection"), S::Pass);
    }

    // ---- EL-06 bonding < 0.1 Ω (0.1 fails) at ≥ 0.2 A (0.2 passes) ----
    void el06Bonding_data()
    {
        QTest::addColumn<double>("ohms");
        QTest::addColumn<double>("amps");
        QTest::addColumn<S>("expected");
        QTest::newRow("at 0.1 Ω") << 0.1 << 0.2 << S::Fail;
        QTest::newRow("just above 0.1 Ω") << 0.1001 << 1.0 << S::Fail;
        QTest::newRow("just below 0.1 Ω at 0.2 A") << 0.0999 << 0.2 << S::Pass;
        QTest::newRow("current just below 0.2 A") << 0.05 << 0.199 << S::NeedsEvidence;
        QTest::newRow("no current recorded") << 0.05 << -1.0 << S::NeedsEvidence;
    }
    void el06Bonding()
    {
        QFETCH(double, ohms);
        QFETCH(double, amps);
        QFETCH(S, expected);
        auto in = baseline();
        provide(in, evidence::kBonding, ohms, amps < 0 ? std::nullopt : std::optional<double>(amps));
        const auto r = result(evaluateRules(in, params()), "EL-06", "bonding");
        QCOMPARE(r.status, expected);
        QCOMPARE(r.boundary, Boundary::Below);
    }
    void el06ChargingEarthOnlyWithConductiveCharging()
    {
        auto in = baseline();
        QCOMPARE(status(in, "EL-06", "charging-earth"), S::NeedsEvidence);
        in.conductiveCharging = false;
        const auto report = evaluateRules(in, params());
        int n = 0;
        for (const auto &r : report.results)
            n += r.ruleId == "EL-06" && r.item == "charging-earth";
        QCOMPARE(n, 0);
    }

    // ---- EL-05, EL-07, EL-08 checklist items ----
    void elChecklistPassesWhenRecorded()
    {
        auto in = baseline();
        auto report = evaluateRules(in, params());
        for (auto [id, item] :
             { std::pair { "EL-05", "ipxxd-cab-and-load-space" }, std::pair { "EL-05", "ipxxb-elsewhere" },
               std::pair { "EL-07", "hv-symbol" }, std::pair { "EL-07", "orange-cables" }, std::pair { "EL-08", "" } })
            QCOMPARE(result(report, id, item).status, S::NeedsEvidence);
        for (const char *e : { evidence::kDirectContactCabin, evidence::kDirectContactElsewhere, evidence::kHvMarking,
                               evidence::kOrangeCables, evidence::kReessApproval })
            provide(in, e);
        report = evaluateRules(in, params());
        for (auto [id, item] :
             { std::pair { "EL-05", "ipxxd-cab-and-load-space" }, std::pair { "EL-05", "ipxxb-elsewhere" },
               std::pair { "EL-07", "hv-symbol" }, std::pair { "EL-07", "orange-cables" }, std::pair { "EL-08", "" } })
            QCOMPARE(result(report, id, item).status, S::Pass);
    }
};

QTEST_APPLESS_MAIN(TestRulesEuEl)
#include "tst_rules_eu_el.moc"
