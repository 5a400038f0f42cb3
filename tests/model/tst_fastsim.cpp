// ReMaster side by side with FASTSim (NREL), the independent open-source vehicle simulator.
//
// tests/data/fastsim/results.json holds FASTSim 2.1.2's figures for 16 cases (WLTC 2 and 3b,
// 2 300 and 3 500 kg, Cd·A 1.40 and 1.89 m², regenerative braking on and off), recorded by
// tools/fastsim/run_fastsim.py from tools/fastsim/cases.json. FASTSim is not a build or test
// dependency: only its recorded results are read here.
//
// Alignment (docs/validation.md, "Side by side with FASTSim"): the same mass, Crr, Cd, A,
// wheel radius, air density 1.2 kg/m³, no rotating inertia (FASTSim's wheel inertia is 0 in
// these cases), transmission efficiency 0.97, constant 0.7 kW auxiliary draw, a battery without
// losses (FASTSim round-trip efficiency 1, ReMaster module resistance 0.01 mΩ), regeneration
// capped by the motor only. FASTSim's motor efficiency depends on the output-power fraction
// only; cases.json carries ReMaster's motor + inverter efficiency at those fractions at the
// reference speed below, and this test checks that the recorded map is ReMaster's.
#include "fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fixtures;

namespace {
constexpr double kRatio = 9.0, kRadius = 0.35;
constexpr double kReferenceSpeedKmh = 55.0; // motor just above its base speed

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QJsonDocument::fromJson(f.readAll()).object();
}

MotorModel alignedMotor()
{
    Motor m = motor(110, 66, 300, 12000);
    m.peakEfficiency = src(units::ratio(0.96));
    Inverter i = inverter(110);
    i.efficiency = src(units::ratio(0.98));
    return MotorModel::fromCatalog(m, i);
}

// Motor + inverter efficiency (shaft / DC) at a fraction of peak power, at the reference speed.
double combinedEfficiency(const MotorModel &m, double fraction)
{
    const double w = kReferenceSpeedKmh / 3.6 / kRadius * kRatio;
    const double p = std::max(fraction, 0.01) * m.raw().peakPower;
    const double t = std::min(p / w, m.peakTorqueRaw(w));
    return t * w / m.dcPowerRaw(t, w);
}
} // namespace

class TestFastsim : public QObject
{
    Q_OBJECT

    QJsonObject m_cases, m_results;

private slots:
    void initTestCase()
    {
        m_cases = readJson(QStringLiteral(REMASTER_SOURCE_DIR "/tools/fastsim/cases.json"));
        m_results = readJson(QStringLiteral(REMASTER_SOURCE_DIR "/tests/data/fastsim/results.json"));
        QCOMPARE(m_results.value(QLatin1String("fastsim_version")).toString(), QStringLiteral("2.1.2"));
        QCOMPARE(m_results.value(QLatin1String("results")).toArray().size(), 16);
    }

    // The efficiency map FASTSim was given is ReMaster's (otherwise the comparison is not aligned).
    void recordedMapIsReMasters()
    {
        const QJsonObject common = m_results.value(QLatin1String("common")).toObject();
        const QJsonArray fractions = common.value(QLatin1String("mc_pwr_out_perc")).toArray();
        const QJsonArray map = common.value(QLatin1String("mc_eff_map")).toArray();
        QCOMPARE(fractions.size(), map.size());
        const MotorModel m = alignedMotor();
        QString ours;
        for (qsizetype k = 0; k < fractions.size(); ++k)
            ours += QString::number(combinedEfficiency(m, fractions.at(k).toDouble()), 'f', 4) + QLatin1Char(' ');
        for (qsizetype k = 0; k < fractions.size(); ++k)
            QVERIFY2(std::fabs(map.at(k).toDouble() - combinedEfficiency(m, fractions.at(k).toDouble())) < 5e-4,
                     qPrintable(QStringLiteral("ReMaster's map: ") + ours));
    }

    void sameInputsSameEnergy_data()
    {
        QTest::addColumn<QJsonObject>("result");
        for (const QJsonValue &v : m_results.value(QLatin1String("results")).toArray()) {
            const QJsonObject r = v.toObject();
            QTest::newRow(qPrintable(r.value(QLatin1String("id")).toString())) << r;
        }
    }

    void sameInputsSameEnergy()
    {
        QFETCH(QJsonObject, result);
        const QJsonObject in = result.value(QLatin1String("input")).toObject();
        const QJsonObject common = m_results.value(QLatin1String("common")).toObject();
        const double mass = in.value(QLatin1String("mass_kg")).toDouble();
        const bool regen = in.value(QLatin1String("regen")).toBool();
        const QString csv = QStringLiteral(REMASTER_SOURCE_DIR "/") + in.value(QLatin1String("cycle_csv")).toString();

        const auto rl = RoadLoad::physical({ units::kilograms(mass),
                                             units::ratio(common.value(QLatin1String("crr")).toDouble()),
                                             units::ratio(in.value(QLatin1String("cd")).toDouble()),
                                             units::squareMetres(in.value(QLatin1String("frontal_area_m2")).toDouble()),
                                             units::ratio(0.0), units::MassDensity::from_value(1.2) });
        BatteryModule lossless = module();
        lossless.internalResistance = src(units::milliohms(0.01));
        AuxLoads aux;
        aux.base = units::kilowatts(common.value(QLatin1String("aux_kw")).toDouble());
        aux.lowVoltage = units::watts(0.0);
        RegenPolicy policy;
        policy.maxPower = units::kilowatts(regen ? 110.0 : 0.0);
        policy.recoverableFraction = units::ratio(regen ? common.value(QLatin1String("max_regen_on")).toDouble() : 0.0);
        policy.fadeSpeed = units::kilometresPerHour(10.0);
        const VehicleSetup s { rl,
                               units::metres(kRadius),
                               Gear { units::ratio(kRatio), units::ratio(common.value(QLatin1String("trans_eff")).toDouble()) },
                               alignedMotor(),
                               BatteryPack(lossless, 12, 4),
                               aux,
                               policy,
                               units::ratio(0.86) };
        const SimulationResult r = simulate(s, prepareCycle(loadCycleCsvFile(csv.toStdString())));
        QVERIFY(r.followedTrace);
        const auto kwh = [](units::Energy e) { return units::inKilowattHours(e); };
        const auto fs = [&](const char *key) { return result.value(QLatin1String(key)).toDouble(); };

        // 1. Road load and kinematics: the same physics, so agreement to 0.5 % (g 9.80665 here,
        //    9.81 in FASTSim: 0.035 % on rolling resistance).
        QVERIFY(relClose(units::inKilometres(r.total.distance), fs("distance_km"), 1e-6));
        QVERIFY2(relClose(kwh(r.total.aerodynamicDrag), fs("drag_kwh"), 5e-3), qPrintable(QString::number(kwh(r.total.aerodynamicDrag))));
        QVERIFY(relClose(kwh(r.total.rollingResistance), fs("rolling_kwh"), 5e-3));
        QVERIFY(relClose(kwh(r.total.tractionAtWheel), fs("wheel_traction_kwh"), 5e-3));
        QVERIFY(relClose(kwh(r.total.brakingAtWheel), -fs("wheel_braking_kwh"), 5e-3));
        QVERIFY(relClose(kwh(r.total.aux), fs("aux_kwh"), 1e-2));
        // 2. Regenerative braking at the wheel: FASTSim fades with a logistic law of speed,
        //    ReMaster linearly below 10 km/h; the difference is the low-speed part (5 % of it).
        if (regen)
            QVERIFY2(relClose(kwh(r.total.regenAtWheel), fs("wheel_regen_kwh"), 0.05),
                     qPrintable(QStringLiteral("ReMaster %1, FASTSim %2").arg(kwh(r.total.regenAtWheel)).arg(fs("wheel_regen_kwh"))));
        else
            QCOMPARE(kwh(r.total.regenAtWheel), 0.0);
        // 3. Battery energy per km: within 5 % once the efficiency assumptions are aligned. The
        //    rest is FASTSim's speed-independent map (ReMaster's losses move with speed) and its
        //    step interpolation of the map (the grid point below, not the nearest).
        const double ours = units::inWattHours(r.total.batteryTerminal) / units::inKilometres(r.total.distance);
        const double theirs = fs("battery_dc_wh_per_km");
        qInfo("%s: ReMaster %.1f Wh/km, FASTSim %.1f Wh/km (%+.1f %%)", QTest::currentDataTag(), ours, theirs,
              100 * (ours - theirs) / theirs);
        QVERIFY2(relClose(ours, theirs, 0.05), qPrintable(QStringLiteral("ReMaster %1, FASTSim %2").arg(ours).arg(theirs)));
    }
};

QTEST_APPLESS_MAIN(TestFastsim)
#include "tst_fastsim.moc"
