// Road load: hand calculations, air density, coast-down equivalence, input errors.
#include "fixtures.h"

using namespace fixtures;

class TestRoadLoad : public QObject
{
    Q_OBJECT
private slots:
    void airDensityIsaSeaLevel()
    {
        // ISA: 15 °C, sea level → 1.225 kg/m³ (within 0.1 %).
        const double rho = airDensity(units::celsius(15), units::metres(0)).value();
        QVERIFY2(relClose(rho, 1.225, 1e-3), std::to_string(rho).c_str());
    }
    void airDensityColderAndHigher()
    {
        // ekemper VehicleDynamics.js uses 1.2466 kg/m³ at 10 °C (typical-parameters.md §5.1).
        const double rho10 = airDensity(units::celsius(10), units::metres(0)).value();
        QVERIFY(relClose(rho10, 1.2466, 1e-3));
        // ISA at 1 000 m (6.5 °C): 1.1117 kg/m³.
        const double rho1000 = airDensity(units::celsius(8.5), units::metres(1000)).value();
        QVERIFY(relClose(rho1000, 1.1117, 1e-3));
    }
    void cruiseForceHandCalculation()
    {
        // m = 3 000 kg, Crr 0.008, Cd 0.4, A 4.2 m², ρ 1.2, v = 90 km/h = 25 m/s, flat:
        // F = 3000·9.80665·0.008 + ½·1.2·0.4·4.2·625 = 235.3596 + 630 = 865.3596 N.
        const auto rl = RoadLoad::physical({ units::kilograms(3000), units::ratio(0.008), units::ratio(0.4),
                                             units::squareMetres(4.2), units::ratio(0.05),
                                             1.2 * units::si::kilogram_per_cubic_meter });
        const double f = rl.steadyForce(units::kilometresPerHour(90), gradeAngleFromPercent(0)).value();
        QVERIFY(relClose(f, 865.3596, 1e-9));
        // Energy over 10 km: 8.653596 MJ = 2.403777 kWh.
        QVERIFY(relClose(f * 10000.0 / 3.6e6, 2.403776667, 1e-8));
        // Grade 10 %: θ = atan(0.1); F = m·g·(Crr·cosθ + sinθ) + aero.
        const double th = std::atan(0.1);
        const double f10 = rl.steadyForce(units::kilometresPerHour(90), gradeAngleFromPercent(10)).value();
        QVERIFY(relClose(f10, 3000 * 9.80665 * (0.008 * std::cos(th) + std::sin(th)) + 630.0, 1e-12));
        // Acceleration 1 m/s² adds m·(1+λ)·a = 3 150 N.
        const double fa
            = rl.force(units::kilometresPerHour(90), units::metresPerSecondSquared(1), gradeAngleFromPercent(0))
                  .value();
        QVERIFY(relClose(fa - f, 3150.0, 1e-12));
    }
    void coastDownMatchesPhysicalWhenConverted()
    {
        // f0 = m·g·Crr, f2 = ½ρCdA/3.6² (typical-parameters.md §5.1 conversion).
        const double m = 3000, f0 = m * 9.80665 * 0.008, f2 = 0.5 * 1.2 * 0.4 * 4.2 / (3.6 * 3.6);
        const auto cd = RoadLoad::coastDown({ units::newtons(f0), newtonsPerKmh(0.0), newtonsPerKmhSquared(f2),
                                              units::kilograms(m), units::ratio(0.05) });
        const double f = cd.steadyForce(units::kilometresPerHour(90), gradeAngleFromPercent(0)).value();
        QVERIFY(relClose(f, 865.3596, 1e-9));
        // JRC regression at TM = 3 500 kg: f0 ≈ 491 N, f1 ≈ 0.063, f2 ≈ 0.059; F(100 km/h) = 491
        // + 6.3 + 590 = 1087.3 N.
        const auto jrc = RoadLoad::coastDown({ units::newtons(491), newtonsPerKmh(0.063), newtonsPerKmhSquared(0.059),
                                               units::kilograms(3500), units::ratio(0.0) });
        QVERIFY(
            relClose(jrc.steadyForce(units::kilometresPerHour(100), gradeAngleFromPercent(0)).value(), 1087.3, 1e-9));
        // withMass scales f0 with the mass.
        QVERIFY(relClose(jrc.withMass(units::kilograms(1750)).coefficients().f0, 245.5, 1e-12));
    }
    void badInputsRaiseNamedErrors()
    {
        try {
            RoadLoad::physical({ units::kilograms(std::nan("")), units::ratio(0.008), units::ratio(0.4),
                                 units::squareMetres(4.2), units::ratio(0.05),
                                 1.2 * units::si::kilogram_per_cubic_meter });
            QFAIL("NaN mass accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.errors().size(), std::size_t(1));
            QCOMPARE(QString::fromStdString(e.errors()[0].field), QStringLiteral("mass"));
            QVERIFY(!e.errors()[0].acceptedRange.empty());
        }
        QVERIFY_THROWS_EXCEPTION(InputError, gradeAngleFromPercent(40.5));
        QVERIFY_THROWS_EXCEPTION(InputError, airDensity(units::celsius(80), units::metres(0)));
        QVERIFY_THROWS_EXCEPTION(InputError, airDensity(units::celsius(15), units::metres(std::nan(""))));
    }
};

QTEST_APPLESS_MAIN(TestRoadLoad)
#include "tst_road_load.moc"
