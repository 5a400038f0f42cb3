// The unit conversions at the edges (files, database, UI): each written once in model/units.h.
#include "model/units.h"

#include <QtTest>

using namespace remaster::units;

class TestUnits : public QObject
{
    Q_OBJECT

    static bool near(double a, double b, double rel = 1e-12)
    {
        return std::abs(a - b) <= rel * std::max(std::abs(a), std::abs(b));
    }

private slots:
    void definitions()
    {
        QCOMPARE(kilometresPerHour(36).value(), 10.0);
        QCOMPARE(tonnes(3.5).value(), 3500.0);
        QCOMPARE(millimetres(3182).value(), 3.182);
        QCOMPARE(litres(105).value(), 0.105);
        QCOMPARE(kilowattHours(1).value(), 3.6e6);
        QCOMPARE(ampereHours(1).value(), 3600.0);
        QCOMPARE(milliohms(1.5).value(), 0.0015);
        QCOMPARE(celsius(15).value(), 288.15);
        QVERIFY(near(rpm(60).value(), 2 * kPi));
        // 1 PS = 75 kgf·m/s = 735.49875 W (exact by definition).
        QCOMPARE(metricHorsepower(125).value(), 91937.34375);
    }

    void roundTrips_data()
    {
        QTest::addColumn<double>("value");
        QTest::newRow("zero") << 0.0;
        QTest::newRow("typical") << 123.456;
        QTest::newRow("large") << 1.0e6;
        QTest::newRow("negative") << -42.5;
    }

    void roundTrips()
    {
        QFETCH(double, value);
        QVERIFY(near(inKilometresPerHour(kilometresPerHour(value)), value));
        QVERIFY(near(inMillimetres(millimetres(value)), value));
        QVERIFY(near(inKilometres(kilometres(value)), value));
        QVERIFY(near(inKilowatts(kilowatts(value)), value));
        QVERIFY(near(inMetricHorsepower(metricHorsepower(value)), value));
        QVERIFY(near(inKilowattHours(kilowattHours(value)), value));
        QVERIFY(near(inWattHours(wattHours(value)), value));
        QVERIFY(near(inRpm(rpm(value)), value));
        QVERIFY(near(inAmpereHours(ampereHours(value)), value));
        QVERIFY(near(inMilliohms(milliohms(value)), value));
        QVERIFY(near(inLitres(litres(value)), value));
        QVERIFY(near(inCelsius(celsius(value)), value));
        QVERIFY(near(inNewtonMetres(newtonMetres(value)), value));
    }

    void dimensionsCombine()
    {
        // Boost.Units checks dimensions at compile time; the values must follow.
        const Power p = newtonMetres(200) * rpm(3000);
        QVERIFY(near(inKilowatts(p), 200 * 3000 * 2 * kPi / 60 / 1000));
        const Energy e = kilowatts(50) * hours(2);
        QVERIFY(near(inKilowattHours(e), 100));
        const Energy cell = volts(3.6) * ampereHours(65.6);
        QVERIFY(near(inWattHours(cell), 236.16));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
