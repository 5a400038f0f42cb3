// End-to-end evaluation of one retrofit design.
#include "fixtures.h"

using namespace fixtures;

namespace {
std::vector<DriveCycle> cycles()
{
    return { loadCycleCsvFile(cyclePath("wltc-class3b")), loadCycleCsvFile(cyclePath("wltc-class2")),
             loadCycleCsvFile(cyclePath("vecto-urban-delivery-3.5t")) };
}
} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT
private slots:
    void evaluatesAllCyclesAndPayloads()
    {
        auto in = design();
        in.kit.stringsInParallel = 2;
        in.cycleIds = { "wltc-class3b", "vecto-urban-delivery-3.5t" };
        const auto r = evaluate(in, cycles());
        QCOMPARE(r.cycles.size(), std::size_t(6)); // 2 cycles × 3 payloads
        QCOMPARE(QString::fromStdString(r.cycles[0].payload), QStringLiteral("empty"));
        QCOMPARE(r.cycles[2].testMass.value(), 3500.0);
        // Kit mass: 70 + 12 + 24·20 + 8 + 4 + 60 = 634 kg → converted 2050 − 420 + 634 = 2264 kg.
        QVERIFY(relClose(r.kitMass.value(), 634, 1e-12));
        QVERIFY(relClose(r.convertedMassInRunningOrder.value(), 2264, 1e-12));
        // Consumption rises with payload.
        QVERIFY(r.cycles[0].simulation.total.batteryNet < r.cycles[1].simulation.total.batteryNet);
        QVERIFY(r.cycles[1].simulation.total.batteryNet < r.cycles[2].simulation.total.batteryNet);
        // Sensible Wh/km for a 3.5 t van on WLTC (≈ 200–400 Wh/km at the battery).
        const double whkm = inWattHoursPerKilometre(r.cycles[1].simulation.total.batteryPerDistance);
        QVERIFY2(whkm > 180 && whkm < 420, std::to_string(whkm).c_str());
        // Range = usable / per-km.
        const auto &t = r.cycles[1].simulation.total;
        QVERIFY(relClose(t.range.value(), r.usableEnergy.value() / t.batteryPerDistance.value(), 1e-12));
        // PMR = 100 kW / (2264 − 75) = 45.7 W/kg → class 3; reachable v_max ≥ 120 → 3b.
        QVERIFY(relClose(r.wltc.pmrWattsPerKilogram, 100000.0 / 2189.0, 1e-12));
        QCOMPARE(r.wltc.wltcClass, WltcClass::Class3b);
        QVERIFY(r.battery.inverterWindow.pass);
        QVERIFY(!r.motor.powerWindow.pass == (100.0 > 92.0)); // 100 kW peak > 92 kW original
    }
    void unknownCycleAndBadInputRaise()
    {
        auto in = design();
        in.cycleIds = { "no-such-cycle" };
        QVERIFY_THROWS_EXCEPTION(InputError, evaluate(in, cycles()));
        in = design();
        in.vehicle.gvw = units::kilograms(std::nan(""));
        try {
            evaluate(in, cycles());
            QFAIL("NaN GVW accepted");
        } catch (const InputError &e) {
            QCOMPARE(QString::fromStdString(e.errors()[0].field), QStringLiteral("vehicle.gvw"));
        }
    }
    void warnsOnShortfall()
    {
        auto in = design();
        in.kit.motor = motor(30, 20, 100);
        in.cycleIds = { "wltc-class3b" };
        const auto r = evaluate(in, cycles());
        QVERIFY(std::any_of(r.warnings.begin(), r.warnings.end(),
                            [](const std::string &w) { return w.rfind("shortfall:wltc-class3b", 0) == 0; }));
        QVERIFY(!r.motor.pass());
    }
};

QTEST_APPLESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
