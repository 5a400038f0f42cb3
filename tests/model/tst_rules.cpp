// The rule engine and the French retrofit-decree rules (FR-xx), each at, just inside and just
// outside its limit, with the boundary behaviour the rule states.
#include "model/motor_sizing.h"
#include "model/powertrain.h"
#include "rules_fixtures.h"

#include <QTest>

#include <set>

using namespace rulefixtures;
using S = RuleStatus;

namespace {
// Same motor construction as tests/model/fixtures.h, kept local to avoid its heavier includes.
MotorModel motorModel(double peakKw, double contKw)
{
    Motor m;
    auto src = [](auto v) { return Sourced<decltype(v)> { v, { "test", Confidence::Representative, "" } }; };
    m.peakPower = src(units::kilowatts(peakKw));
    m.continuousPower = src(units::kilowatts(contKw));
    m.peakTorque = src(units::newtonMetres(245));
    m.maxSpeed = src(units::rpm(11000));
    m.dcVoltageMin = src(units::volts(240));
    m.dcVoltageMax = src(units::volts(410));
    m.mass = src(units::kilograms(70));
    m.peakEfficiency = src(units::ratio(0.95));
    Inverter i;
    i.dcVoltageMin = src(units::volts(240));
    i.dcVoltageMax = src(units::volts(410));
    i.peakPower = src(units::kilowatts(std::max(120.0, peakKw)));
    i.continuousPower = src(units::kilowatts(72));
    i.peakPhaseCurrent = src(units::amperes(400));
    i.continuousPhaseCurrent = src(units::amperes(250));
    i.mass = src(units::kilograms(12));
    i.efficiency = src(units::ratio(0.97));
    return MotorModel::fromCatalog(m, i);
}
} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private slots:
    // ---- Engine and report ----
    void baselinePassesEveryComputableRule()
    {
        const auto report = evaluateRules(baseline(), params());
        for (const auto &r : report.results)
            if (r.status == S::Fail || r.status == S::Warning)
                qWarning("%s %s: %s", r.ruleId.c_str(), r.item.c_str(), r.explanationText().c_str());
        QCOMPARE(report.failCount, 0);
        QCOMPARE(report.warningCount, 0);
        QVERIFY(!report.anyFail);
        QVERIFY(report.needsEvidenceCount > 0); // nothing recorded yet
        QCOMPARE(report.passCount + report.warningCount + report.failCount + report.needsEvidenceCount
                     + report.notApplicableCount,
                 int(report.results.size()));
    }

    void everyResultRecordsRulesetVersionAndReference()
    {
        auto p = params();
        p.version = "TEST-9";
        const auto report = evaluateRules(baseline(), p);
        QCOMPARE(QString::fromStdString(report.rulesetVersion), QStringLiteral("TEST-9"));
        std::set<std::string> ids;
        for (const auto &r : report.results) {
            QCOMPARE(QString::fromStdString(r.rulesetVersion), QStringLiteral("TEST-9"));
            QVERIFY2(!r.legalReference.empty(), r.ruleId.c_str());
            QVERIFY2(!r.explanation.empty(), r.ruleId.c_str());
            QVERIFY2(!r.jumpTarget.empty(), r.ruleId.c_str());
            const std::string text = r.explanationText();
            for (std::size_t i = 0; i + 1 < text.size(); ++i) // every %1 … %9 replaced
                QVERIFY2(!(text[i] == '%' && text[i + 1] >= '1' && text[i + 1] <= '9'), text.c_str());
            ids.insert(r.ruleId);
        }
        for (const char *id : { "FR-01", "FR-02", "FR-03", "FR-04", "FR-05", "FR-06", "FR-07", "FR-08", "FR-09",
                                "FR-10", "FR-11", "FR-12", "FR-13", "FR-14", "FR-16", "FR-17", "FR-19", "FR-21",
                                "EU-01", "EU-02", "EU-04", "EU-05", "EU-06", "EU-08", "EU-10", "EU-11", "WL-02",
                                "EL-01", "EL-02", "EL-03", "EL-05", "EL-06", "EL-07", "EL-08" })
            QVERIFY2(ids.count(id) == 1, id);
        QCOMPARE(ruleDefinitions(p).size(), ids.size());
    }

    void failingFirstOrdering()
    {
        auto in = baseline();
        in.identity.collectorVehicle = true; // FR-06 fails
        in.gvwAfter = units::kilograms(3600); // FR-09 fails, EU-01 fails, EU-10 warns
        const auto report = evaluateRules(in, params());
        QVERIFY(report.anyFail);
        QCOMPARE(report.failCount, 3);
        const auto sorted = sortedFailingFirst(report.results);
        QCOMPARE(sorted.size(), report.results.size());
        QCOMPARE(sorted[0].status, S::Fail);
        QCOMPARE(QString::fromStdString(sorted[0].ruleId), QStringLiteral("FR-06")); // rule order kept
        QCOMPARE(QString::fromStdString(sorted[1].ruleId), QStringLiteral("FR-09"));
        QCOMPARE(QString::fromStdString(sorted[2].ruleId), QStringLiteral("EU-01"));
        QCOMPARE(sorted[3].status, S::Warning);
        QCOMPARE(sorted.back().status, S::NotApplicable);
    }

    void explanationTextSubstitutesValues()
    {
        const auto r = result(evaluateRules(baseline(), params()), "FR-07");
        QCOMPARE(QString::fromStdString(r.explanation),
                 QStringLiteral("Electric %1 power %2 kW is %3 % of the original %4 kW, inside %5–%6 %."));
        QCOMPARE(QString::fromStdString(r.explanationText()),
                 QStringLiteral("Electric peak power 80.0 kW is 87.0 % of the original 92.0 kW, inside 65–100 %."));
    }

    void badIdentityIsAnErrorNotAPass()
    {
        auto in = baseline();
        in.identity.vin = "VF1MA00001234567"; // 16 characters
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRules(in, params()));
        in = baseline();
        in.identity.firstRegistration = { 2027, 1, 1 }; // after the evaluation date
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRules(in, params()));
        in = baseline();
        in.identity.gvw = units::kilograms(1900); // below the mass in running order
        try {
            evaluateRules(in, params());
            QFAIL("GVW below mass in running order accepted");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.errors().at(0).field), QStringLiteral("vehicle.identity.gvw"));
        }
    }

    void badInputsAndRuleSetRaise()
    {
        auto in = baseline();
        in.motorPeakPower = units::kilowatts(std::nan(""));
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRules(in, params()));
        in = baseline();
        in.massBalance = MassBalanceResult {};
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRules(in, params()));
        auto p = params();
        p.powerWindowLower.value = 1.2; // above the upper bound and outside 0 … 1
        try {
            evaluateRules(baseline(), p);
            QFAIL("inconsistent rule set accepted");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.errors().at(0).field), QStringLiteral("ruleset.power_window_lower"));
            QCOMPARE(QString::fromStdString(e.errors().at(0).acceptedRange), QStringLiteral("0 … 1"));
        }
        p = params();
        p.version.clear();
        QVERIFY_THROWS_EXCEPTION(InputError, evaluateRules(baseline(), p));
    }

    void pendingFlagsFollowRegulationConfidence()
    {
        const auto report = evaluateRules(baseline(), params());
        QVERIFY(result(report, "FR-07").limitPendingConfirmation); // medium / low
        QVERIFY(result(report, "FR-08").limitPendingConfirmation); // medium
        QVERIFY(result(report, "FR-11", "unladen-split").limitPendingConfirmation); // low
        QVERIFY(!result(report, "FR-03").limitPendingConfirmation); // high
        QVERIFY(!result(report, "EU-05", "2.4-front-axle-share").limitPendingConfirmation); // high
        QVERIFY(!result(report, "EU-10").limitPendingConfirmation); // high
        QVERIFY(result(report, "EU-11").limitPendingConfirmation); // medium / low
        QVERIFY(result(report, "EL-01").limitPendingConfirmation); // medium
        // Every numeric parameter below "high" is pending by default.
        const auto p = params();
        for (const auto &spec : ruleSetParameterSpecs()) {
            const auto &m = parameterMeta(p, spec);
            QCOMPARE(m.pendingConfirmation, m.confidence != LegalConfidence::High);
        }
    }

    // ---- FR-01 eligible category ----
    void fr01Category_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<S>("expected");
        QTest::newRow("N1") << "N1" << S::Pass;
        QTest::newRow("N2") << "N2" << S::Pass;
        QTest::newRow("M1") << "M1" << S::Pass;
        QTest::newRow("L3e") << "L3e" << S::Pass;
        QTest::newRow("O2 trailer") << "O2" << S::Fail;
    }
    void fr01Category()
    {
        QFETCH(QString, category);
        QFETCH(S, expected);
        auto in = baseline();
        in.identity.category = category.toStdString();
        QCOMPARE(status(in, "FR-01"), expected);
    }

    void fr02Registration()
    {
        auto in = baseline();
        QCOMPARE(status(in, "FR-02"), S::Pass);
        in.identity.registration = RegistrationStatus::FrenchTemporaryWW;
        QCOMPARE(status(in, "FR-02"), S::Fail);
        in.identity.registration = RegistrationStatus::Foreign;
        QCOMPARE(status(in, "FR-02"), S::Fail);
    }

    // ---- FR-03 / FR-04 age: conversion ≥ B + 5 years, full dates, anniversary included ----
    void fr03Age_data()
    {
        QTest::addColumn<Date>("conversion");
        QTest::addColumn<S>("expected");
        QTest::addColumn<double>("margin");
        QTest::newRow("day before 5th anniversary") << Date { 2026, 11, 1 } << S::Fail << -1.0;
        QTest::newRow("5th anniversary") << Date { 2026, 11, 2 } << S::Pass << 0.0;
        QTest::newRow("day after") << Date { 2026, 11, 3 } << S::Pass << 1.0;
        QTest::newRow("same year, earlier month") << Date { 2026, 6, 1 } << S::Fail << -154.0;
    }
    void fr03Age()
    {
        QFETCH(Date, conversion);
        QFETCH(S, expected);
        QFETCH(double, margin);
        auto in = baseline();
        in.identity.firstRegistration = { 2021, 11, 2 };
        in.conversionDate = conversion;
        const auto r = result(evaluateRules(in, params()), "FR-03");
        QCOMPARE(r.status, expected);
        QCOMPARE(*r.margin, margin);
        QCOMPARE(r.boundary, Boundary::AtLeast);
        QCOMPARE(r.limit->unit, std::string("d"));
    }

    void fr03LeapDay()
    {
        auto in = baseline();
        in.identity.firstRegistration = { 2020, 2, 29 };
        in.conversionDate = { 2025, 2, 28 }; // 29 Feb 2025 does not exist: period ends on the 28th
        QCOMPARE(status(in, "FR-03"), S::Pass);
        in.conversionDate = { 2025, 2, 27 };
        QCOMPARE(status(in, "FR-03"), S::Fail);
    }

    void fr03YearParameterAndLCategory()
    {
        auto in = baseline();
        in.identity.firstRegistration = { 2023, 11, 2 };
        QCOMPARE(status(in, "FR-03"), S::Fail); // 3 years, M/N need 5
        in.identity.category = "L3e";
        QCOMPARE(status(in, "FR-03"), S::Pass); // L needs 3: anniversary passes
        auto p = params();
        p.minimumAgeYearsMN.value = 3;
        in.identity.category = "N1";
        QCOMPARE(status(in, "FR-03", "", p), S::Pass);
    }

    void fr04ManufacturerAgreementWaivesAge()
    {
        auto in = baseline();
        in.identity.firstRegistration = { 2024, 1, 1 };
        auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "FR-03").status, S::Fail);
        QCOMPARE(result(report, "FR-04").status, S::NeedsEvidence);
        in.manufacturerAgreement = true;
        report = evaluateRules(in, params());
        QCOMPARE(result(report, "FR-03").status, S::NotApplicable);
        QCOMPARE(result(report, "FR-04").status, S::Pass);
        QVERIFY(!report.anyFail);
        // Old enough: no waiver needed.
        QCOMPARE(status(baseline(), "FR-04"), S::NotApplicable);
    }

    void fr05OriginalEnergy_data()
    {
        QTest::addColumn<QString>("energy");
        QTest::addColumn<S>("expected");
        QTest::newRow("diesel") << "GO" << S::Pass;
        QTest::newRow("petrol") << "ES" << S::Pass;
        QTest::newRow("LPG") << "GP" << S::Pass;
        QTest::newRow("already electric") << "EL" << S::Fail;
        QTest::newRow("hydrogen") << "H2" << S::NeedsEvidence;
    }
    void fr05OriginalEnergy()
    {
        QFETCH(QString, energy);
        QFETCH(S, expected);
        auto in = baseline();
        in.identity.energy = energy.toStdString();
        QCOMPARE(status(in, "FR-05"), expected);
    }

    void fr06Collector()
    {
        auto in = baseline();
        QCOMPARE(status(in, "FR-06"), S::Pass);
        in.identity.collectorVehicle = true;
        QCOMPARE(status(in, "FR-06"), S::Fail);
    }

    // ---- FR-07 power window: 0.65·P.2 ≤ P ≤ 1.00·P.2, both ends included ----
    void fr07PowerWindow_data()
    {
        QTest::addColumn<double>("peakKw");
        QTest::addColumn<S>("expected");
        QTest::newRow("just below 65 %") << 64.99 << S::Fail;
        QTest::newRow("at 65 %") << 65.0 << S::Pass;
        QTest::newRow("just above 65 %") << 65.01 << S::Pass;
        QTest::newRow("just below 100 %") << 99.99 << S::Pass;
        QTest::newRow("at 100 %") << 100.0 << S::Pass;
        QTest::newRow("just above 100 %") << 100.01 << S::Fail;
    }
    void fr07PowerWindow()
    {
        QFETCH(double, peakKw);
        QFETCH(S, expected);
        auto in = baseline();
        in.identity.maxNetPower = units::kilowatts(100);
        in.motorPeakPower = units::kilowatts(peakKw);
        const auto r = result(evaluateRules(in, params()), "FR-07");
        QCOMPARE(r.status, expected);
        QCOMPARE(r.boundary, Boundary::ClosedRange);
        QVERIFY(std::fabs(r.limit->value - 65.0) < 1e-9);
        QVERIFY(std::fabs(r.limitHigh->value - 100.0) < 1e-9);
        QCOMPARE(r.margin.value() >= -1e-9, expected == S::Pass);
        QCOMPARE(QString::fromStdString(r.jumpTarget), QStringLiteral("kit.motor_id"));
    }

    void fr07ThirtyMinuteBasisFromRuleSet()
    {
        auto in = baseline(); // peak 80 kW (87 %), continuous 57 kW (62 % of 92)
        auto p = params();
        p.powerBasis.value = PowerBasis::ThirtyMinute;
        const auto r = result(evaluateRules(in, p), "FR-07");
        QCOMPARE(r.status, S::Fail);
        QCOMPARE(r.measured->value, 57.0);
        p.powerWindowLower.value = 0.60; // a confirmed figure would change only the data file
        QCOMPARE(status(in, "FR-07", "", p), S::Pass);
    }

    void fr07AgreesWithMotorSizingCheck()
    {
        // The rule reuses checkPowerWindow()'s comparison: same verdict and bounds at 65/100 %.
        for (double peak : { 59.8, 59.80001, 60.0, 80.0, 92.0, 92.0001, 120.0 }) {
            const auto model = motorModel(peak, 40);
            for (auto basis : { PowerBasis::Peak, PowerBasis::ThirtyMinute }) {
                const auto a = checkPowerWindow(model, units::kilowatts(92), basis);
                const auto b = checkPowerWindowWithLimits(units::kilowatts(peak), units::kilowatts(40),
                                                          units::kilowatts(92), basis, 0.65, 1.00);
                QCOMPARE(b.pass, a.pass);
                QCOMPARE(b.lower.value(), a.lower.value());
                QCOMPARE(b.upper.value(), a.upper.value());
                QCOMPARE(b.ratio, a.ratio);
            }
        }
    }

    // ---- FR-08 mass in running order: ±20 %, ends included; below −20 % only warns ----
    void fr08MassChange_data()
    {
        QTest::addColumn<double>("after");
        QTest::addColumn<S>("expected");
        QTest::newRow("just below -20 %") << 1599.9 << S::Warning;
        QTest::newRow("at -20 %") << 1600.0 << S::Pass;
        QTest::newRow("just inside -20 %") << 1600.1 << S::Pass;
        QTest::newRow("just inside +20 %") << 2399.9 << S::Pass;
        QTest::newRow("at +20 %") << 2400.0 << S::Pass;
        QTest::newRow("just above +20 %") << 2400.1 << S::Fail;
    }
    void fr08MassChange()
    {
        QFETCH(double, after);
        QFETCH(S, expected);
        auto in = baseline(); // original G 2000 kg
        in.massInRunningOrderAfter = units::kilograms(after);
        const auto r = result(evaluateRules(in, params()), "FR-08");
        QCOMPARE(r.status, expected);
        QCOMPARE(r.limit->value, 1600.0);
        QCOMPARE(r.limitHigh->value, 2400.0);
    }

    void fr08UsesMassBalanceByDefault()
    {
        const auto r = result(evaluateRules(baseline(), params()), "FR-08");
        QVERIFY(std::fabs(r.measured->value - 2190.0) < 1e-9);
    }

    // ---- FR-09 GVW unchanged (equality) ----
    void fr09Gvw_data()
    {
        QTest::addColumn<double>("gvw");
        QTest::addColumn<S>("expected");
        QTest::newRow("1 kg less") << 3499.0 << S::Fail;
        QTest::newRow("unchanged") << 3500.0 << S::Pass;
        QTest::newRow("1 kg more") << 3501.0 << S::Fail;
    }
    void fr09Gvw()
    {
        QFETCH(double, gvw);
        QFETCH(S, expected);
        auto in = baseline();
        in.gvwAfter = units::kilograms(gvw);
        QCOMPARE(status(in, "FR-09"), expected);
    }

    // ---- FR-10 dimensions: |after − before| ≤ tolerance (0 m by default) ----
    void fr10Dimensions()
    {
        auto in = baseline();
        QCOMPARE(status(in, "FR-10", "length"), S::Pass);
        in.dimensionsAfter.length = units::metres(5.549);
        QCOMPARE(status(in, "FR-10", "length"), S::Fail);
        in = baseline();
        in.dimensionsAfter.wheelbase = units::millimetres(3681);
        QCOMPARE(status(in, "FR-10", "wheelbase"), S::Fail);
        in = baseline();
        in.dimensionsAfter.height = units::metres(2.309); // +2 mm
        auto p = params();
        p.dimensionChangeTolerance.value = 0.002; // at the tolerance: passes (≤)
        QCOMPARE(status(in, "FR-10", "height", p), S::Pass);
        in.dimensionsAfter.height = units::metres(2.310);
        QCOMPARE(status(in, "FR-10", "height", p), S::Fail);
        QCOMPARE(status(in, "FR-10", "width", p), S::Pass);
    }

    // ---- FR-11 axle loads ≤ permissible, every load case; split change ≤ threshold ----
    void fr11AxleLimits()
    {
        auto in = baseline();
        auto sheet = massSheet();
        const double rearAtGvw = in.massBalance.loadCase(LoadCaseId::GvwAtLoadCentre).rear.load.value();
        sheet.vehicle.rearAxleLimit = units::kilograms(rearAtGvw); // at the limit
        in.massBalance = computeMassBalance(sheet);
        QCOMPARE(status(in, "FR-11", "gvw-load-centre.rear-axle"), S::Pass);
        sheet.vehicle.rearAxleLimit = units::kilograms(rearAtGvw - 0.1); // just outside
        in.massBalance = computeMassBalance(sheet);
        const auto r = result(evaluateRules(in, params()), "FR-11", "gvw-load-centre.rear-axle");
        QCOMPARE(r.status, S::Fail);
        QVERIFY(std::fabs(*r.margin + 0.1) < 1e-9);
        sheet.vehicle.rearAxleLimit = units::kilograms(rearAtGvw + 0.1); // just inside
        in.massBalance = computeMassBalance(sheet);
        QCOMPARE(status(in, "FR-11", "gvw-load-centre.rear-axle"), S::Pass);
    }

    void fr11CustomLoadCaseChecked()
    {
        auto in = baseline();
        auto sheet = massSheet();
        sheet.customPayloadPosition = units::metres(0.5);
        sheet.customPayloadMass = units::kilograms(800); // front can take 760 kg there
        in.massBalance = computeMassBalance(sheet);
        const auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "FR-11", "custom-position.front-axle").status, S::Fail);
        QCOMPARE(result(report, "FR-11", "unladen.front-axle").status, S::Pass);
    }

    void fr11SplitThreshold()
    {
        const auto in = baseline(); // front share 60.0 % → 54.7 %
        const double change = std::fabs(in.massBalance.frontShareChange);
        auto p = params();
        p.axleSplitWarningThreshold.value = change; // at the threshold: within
        QCOMPARE(status(in, "FR-11", "unladen-split", p), S::Pass);
        p.axleSplitWarningThreshold.value = change - 1e-6; // "beyond": warns
        QCOMPARE(status(in, "FR-11", "unladen-split", p), S::Warning);
        p.axleSplitWarningThreshold.value = change + 1e-6;
        QCOMPARE(status(in, "FR-11", "unladen-split", p), S::Pass);
    }

    void fr12CategoryAndSeats()
    {
        auto in = baseline();
        in.categoryAfter = "N1";
        in.seatsAfter = 3;
        auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "FR-12", "category").status, S::Pass);
        QCOMPARE(result(report, "FR-12", "seats").status, S::Pass);
        in.categoryAfter = "M1";
        in.seatsAfter = 2;
        report = evaluateRules(in, params());
        QCOMPARE(result(report, "FR-12", "category").status, S::Warning);
        QCOMPARE(result(report, "FR-12", "seats").status, S::Warning);
        in.identity.seats.reset();
        QCOMPARE(status(in, "FR-12", "seats"), S::NotApplicable);
    }

    void fr13to17EvidenceChecklist()
    {
        auto in = baseline();
        QCOMPARE(status(in, "FR-13"), S::NeedsEvidence);
        QCOMPARE(status(in, "FR-17", "r85-power"), S::NeedsEvidence);
        provide(in, evidence::kObdLamp);
        provide(in, evidence::kAntiTampering);
        provide(in, evidence::kPrototypeApproval);
        provide(in, evidence::kReportR85);
        provide(in, evidence::kReportR10, std::nullopt, std::nullopt, false); // listed, not on file
        const auto report = evaluateRules(in, params());
        QCOMPARE(result(report, "FR-13").status, S::Pass);
        QCOMPARE(result(report, "FR-14").status, S::Pass);
        QCOMPARE(result(report, "FR-16").status, S::Pass);
        QCOMPARE(result(report, "FR-17", "r85-power").status, S::Pass);
        QCOMPARE(result(report, "FR-17", "r10-emc").status, S::NeedsEvidence);
        QCOMPARE(QString::fromStdString(result(report, "FR-13").jumpTarget), QStringLiteral("evidence.FR-13.obd-lamp"));
    }

    void fr19InstallerHabilitation()
    {
        auto in = baseline();
        in.installerHabilitationValidUntil = in.conversionDate; // last valid day: passes
        QCOMPARE(status(in, "FR-19"), S::Pass);
        in.installerHabilitationValidUntil = Date { 2026, 11, 1 };
        QCOMPARE(status(in, "FR-19"), S::Fail);
        in.installerHabilitationValidUntil = Date { 2026, 11, 3 };
        QCOMPARE(status(in, "FR-19"), S::Pass);
        in.installerHabilitationValidUntil.reset();
        QCOMPARE(status(in, "FR-19"), S::NeedsEvidence);
    }

    void fr21TowVehicle()
    {
        auto in = baseline();
        QCOMPARE(status(in, "FR-21"), S::NotApplicable);
        in.identity.nationalGenre = "VASP";
        in.identity.bodyWork = "DEPANNAGE";
        QCOMPARE(status(in, "FR-21"), S::Warning);
    }
};

QTEST_APPLESS_MAIN(TestRules)
#include "tst_rules.moc"
