// Drive cycles: facts from shared/data/cycles/README.md, CSV validation, WLTC class selection.
#include "fixtures.h"

using namespace fixtures;

namespace {
FieldError firstError(const std::string &text)
{
    try {
        parseCycleCsv(text, "t");
    } catch (const InputError &e) {
        return e.errors().front();
    }
    return {};
}
} // namespace

class TestDriveCycle : public QObject
{
    Q_OBJECT
private slots:
    void wltc3bFacts()
    {
        const auto c = loadCycleCsvFile(cyclePath("wltc-class3b"));
        QCOMPARE(units::inSeconds(duration(c)), 1800.0);
        QCOMPARE(c.speed.size(), std::size_t(1801));
        // README: 23.266 km, max 131.3 km/h, speed sum 83 758.6 → distance = sum/3600 km.
        QVERIFY(relClose(units::inKilometres(distance(c)), 83758.6 / 3600.0, 1e-9));
        QCOMPARE(std::round(units::inKilometres(distance(c)) * 1000.0) / 1000.0, 23.266);
        QVERIFY(relClose(units::inKilometresPerHour(maxSpeed(c)), 131.3, 1e-12));
        QCOMPARE(c.phases.size(), std::size_t(4));
        const double phaseKm[] = { 3.095, 4.756, 7.162, 8.254 };
        double sum = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const double km = units::inKilometres(distance(c, c.phases[i]));
            sum += km;
            QCOMPARE(std::round(km * 1000.0) / 1000.0, phaseKm[i]);
        }
        QVERIFY(relClose(sum, units::inKilometres(distance(c)), 1e-12)); // half-open phases
    }
    void otherCycleFacts_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<double>("seconds");
        QTest::addColumn<double>("km");
        QTest::addColumn<double>("maxKmh");
        QTest::newRow("class1") << "wltc-class1" << 1611.0 << 11.428 << 64.4;
        QTest::newRow("class2") << "wltc-class2" << 1800.0 << 22.649 << 123.1;
        QTest::newRow("class3a") << "wltc-class3a" << 1800.0 << 23.194 << 131.3;
        QTest::newRow("nedc") << "nedc" << 1180.0 << 11.013 << 120.0;
        QTest::newRow("hwfet") << "hwfet" << 765.0 << 16.507 << 96.40;
        QTest::newRow("artemis-urban") << "artemis-urban" << 993.0 << 4.870 << 57.7;
        QTest::newRow("vecto-urban") << "vecto-urban-delivery-3.5t" << 3223.0 << 27.815 << 85.0;
    }
    void otherCycleFacts()
    {
        QFETCH(QString, stem);
        QFETCH(double, seconds);
        QFETCH(double, km);
        QFETCH(double, maxKmh);
        const auto c = loadCycleCsvFile(cyclePath(stem.toStdString().c_str()));
        QCOMPARE(units::inSeconds(duration(c)), seconds);
        QCOMPARE(std::round(units::inKilometres(distance(c)) * 1000.0) / 1000.0, km);
        QVERIFY(relClose(units::inKilometresPerHour(maxSpeed(c)), maxKmh, 1e-3));
    }
    void wltc1PhaseDistances()
    {
        const auto c = loadCycleCsvFile(cyclePath("wltc-class1"));
        const double phaseKm[] = { 3.330, 4.767, 3.330 };
        for (std::size_t i = 0; i < 3; ++i)
            QCOMPARE(std::round(units::inKilometres(distance(c, c.phases[i])) * 1000.0) / 1000.0, phaseKm[i]);
    }
    void parsesGradeColumn()
    {
        const auto c = parseCycleCsv("time_s,speed_kmh,grade_percent\r\n0,0,0\r\n1,3.6,2.5\r\n2,7.2,-4\r\n\r\n");
        QCOMPARE(c.speed.size(), std::size_t(3));
        QCOMPARE(c.gradePercent.size(), std::size_t(3));
        QCOMPARE(c.gradePercent[2], -4.0);
        QVERIFY(relClose(units::inMetres(distance(c)), 0.5 + 1.5, 1e-12));
    }
    void csvErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("bad header") << "time,speed\n0,0\n1,1\n"
                                    << "t:line 1:header";
        QTest::newRow("gap") << "time_s,speed_kmh\n0,0\n1,5\n3,6\n"
                             << "t:line 4:time_s";
        QTest::newRow("start not 0") << "time_s,speed_kmh\n1,0\n2,5\n"
                                     << "t:line 2:time_s";
        QTest::newRow("negative speed") << "time_s,speed_kmh\n0,0\n1,-0.5\n"
                                        << "t:line 3:speed_kmh";
        QTest::newRow("nan speed") << "time_s,speed_kmh\n0,0\n1,nan\n"
                                   << "t:line 3:speed_kmh";
        QTest::newRow("inf speed") << "time_s,speed_kmh\n0,0\n1,inf\n"
                                   << "t:line 3:speed_kmh";
        QTest::newRow("text speed") << "time_s,speed_kmh\n0,0\n1,12a\n"
                                    << "t:line 3:speed_kmh";
        QTest::newRow("one sample") << "time_s,speed_kmh\n0,0\n"
                                    << "t:line 2";
        QTest::newRow("grade 41") << "time_s,speed_kmh,grade_percent\n0,0,0\n1,1,41\n"
                                  << "t:line 3:grade_percent";
        QTest::newRow("columns") << "time_s,speed_kmh\n0,0\n1,1,1\n"
                                 << "t:line 3";
        QTest::newRow("empty") << ""
                               << "t:line 1:header";
    }
    void csvErrors()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        const FieldError e = firstError(text.toStdString());
        QCOMPARE(QString::fromStdString(e.field), field);
        QVERIFY(!e.message.empty());
    }
    void wltcClassBoundaries_data()
    {
        // m_ro − 75 = 1 000 kg, so PMR = power in W / 1 000.
        QTest::addColumn<double>("watts");
        QTest::addColumn<double>("vmaxKmh");
        QTest::addColumn<int>("expected");
        QTest::newRow("22 exactly → 1") << 22000.0 << 130.0 << int(WltcClass::Class1);
        QTest::newRow("just inside 22 → 1") << 21999.0 << 130.0 << int(WltcClass::Class1);
        QTest::newRow("just above 22 → 2") << 22001.0 << 130.0 << int(WltcClass::Class2);
        QTest::newRow("34 exactly → 2") << 34000.0 << 130.0 << int(WltcClass::Class2);
        QTest::newRow("just inside 34 → 2") << 33999.0 << 130.0 << int(WltcClass::Class2);
        QTest::newRow("just above 34, 120 → 3b") << 34001.0 << 120.0 << int(WltcClass::Class3b);
        QTest::newRow("above 34, 119.99 → 3a") << 34001.0 << 119.99 << int(WltcClass::Class3a);
        QTest::newRow("above 34, 120.01 → 3b") << 34001.0 << 120.01 << int(WltcClass::Class3b);
    }
    void wltcClassBoundaries()
    {
        QFETCH(double, watts);
        QFETCH(double, vmaxKmh);
        QFETCH(int, expected);
        const auto s = selectWltcClass(units::watts(watts), units::kilograms(1075), units::kilometresPerHour(vmaxKmh));
        QCOMPARE(int(s.wltcClass), expected);
        QCOMPARE(s.pmrWattsPerKilogram, watts / 1000.0);
    }
    void wltcClassRejectsBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(
            InputError,
            selectWltcClass(units::watts(std::nan("")), units::kilograms(2000), units::kilometresPerHour(120)));
        QVERIFY_THROWS_EXCEPTION(
            InputError, selectWltcClass(units::kilowatts(100), units::kilograms(50), units::kilometresPerHour(120)));
    }
};

QTEST_APPLESS_MAIN(TestDriveCycle)
#include "tst_drive_cycle.moc"
