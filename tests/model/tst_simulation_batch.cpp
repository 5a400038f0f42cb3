// simulateBatch (core/model/simulation_batch.cpp) against the reference loop simulateInto: the
// same result to the last bit, on every bundled cycle and on designs chosen so that every branch
// of the loop is taken (motor envelope, regeneration cap, axle limit, battery limits, fade).
#include "fixtures.h"

#include <cstdio>
#include <filesystem>
#include <random>

using namespace fixtures;

namespace {

bool sameEnergy(const EnergyResult &a, const EnergyResult &b)
{
    const double x[] = { a.distance.value(), a.duration.value(), a.tractionAtWheel.value(), a.brakingAtWheel.value(),
                         a.rollingResistance.value(), a.aerodynamicDrag.value(), a.deltaKinetic.value(),
                         a.deltaPotential.value(), a.regenAtWheel.value(), a.frictionBraking.value(),
                         a.regenerated.value(), a.gearLoss.value(), a.motorLoss.value(), a.inverterLoss.value(),
                         a.batteryLoss.value(), a.aux.value(), a.batteryTerminal.value(), a.batteryNet.value(),
                         a.plug.value(), a.batteryPerDistance.value(), a.plugPerDistance.value(), a.range.value() };
    const double y[] = { b.distance.value(), b.duration.value(), b.tractionAtWheel.value(), b.brakingAtWheel.value(),
                         b.rollingResistance.value(), b.aerodynamicDrag.value(), b.deltaKinetic.value(),
                         b.deltaPotential.value(), b.regenAtWheel.value(), b.frictionBraking.value(),
                         b.regenerated.value(), b.gearLoss.value(), b.motorLoss.value(), b.inverterLoss.value(),
                         b.batteryLoss.value(), b.aux.value(), b.batteryTerminal.value(), b.batteryNet.value(),
                         b.plug.value(), b.batteryPerDistance.value(), b.plugPerDistance.value(), b.range.value() };
    for (std::size_t k = 0; k < std::size(x); ++k)
        if (!(x[k] == y[k]))
            return false;
    return true;
}

// Every figure of the two results, exactly; the first difference is named.
std::string difference(const SimulationResult &a, const SimulationResult &b)
{
    if (a.cycleId != b.cycleId)
        return "cycle id";
    if (!sameEnergy(a.total, b.total))
        return "total";
    if (a.phases.size() != b.phases.size())
        return "phase count";
    for (std::size_t p = 0; p < a.phases.size(); ++p)
        if (a.phases[p].name != b.phases[p].name || !sameEnergy(a.phases[p].energy, b.phases[p].energy))
            return "phase " + a.phases[p].name;
    for (std::size_t k = 0; k < kDriveLimitCount; ++k) {
        const auto &s = a.shortfalls[k], &t = b.shortfalls[k];
        if (s.limit != t.limit || s.seconds != t.seconds || s.maxWheelTorqueShortfall != t.maxWheelTorqueShortfall
            || s.maxPowerShortfall != t.maxPowerShortfall || s.firstTime != t.firstTime)
            return std::string("shortfall ") + driveLimitCode(s.limit);
    }
    if (a.followedTrace != b.followedTrace)
        return "followedTrace";
    if (!(a.finalSoc.value() == b.finalSoc.value()))
        return "final SOC";
    if (a.trace.size() != b.trace.size())
        return "trace length";
    for (std::size_t i = 0; i < a.trace.size(); ++i)
        if (a.trace[i].batteryPower != b.trace[i].batteryPower || a.trace[i].soc != b.trace[i].soc)
            return "trace point " + std::to_string(i);
    return {};
}

std::vector<PreparedCycle> everyBundledCycle()
{
    std::vector<PreparedCycle> out;
    for (const auto &e : std::filesystem::directory_iterator(REMASTER_CYCLES_DIR))
        if (e.path().extension() == ".csv")
            out.push_back(prepareCycle(loadCycleCsvFile(e.path().string())));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return out;
}

// A spread of setups that takes every branch: weak and strong motors, small and large packs,
// rear and front drive with the axle limit, low regeneration caps, no fade, coast-down road load.
std::vector<VehicleSetup> variedSetups()
{
    std::mt19937 rng(20261207);
    auto uni = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    std::vector<VehicleSetup> out;
    for (int d = 0; d < 24; ++d) {
        const double peak = uni(45, 160);
        VehicleSetup s = setup(units::kilograms(uni(2100, 3600)), motorModel(peak, 0.55 * peak, uni(180, 320)),
                               static_cast<int>(uni(10, 15)), d % 5 == 0 ? 1 : 2);
        s.gear.ratio = units::ratio(uni(7.0, 12.0));
        s.regen.maxPower = units::kilowatts(d % 4 == 0 ? uni(5, 20) : uni(30, 80));
        s.regen.fadeSpeed = units::kilometresPerHour(d % 6 == 0 ? 0.0 : uni(3, 20));
        s.regen.recoverableFraction = units::ratio(uni(0.5, 1.0));
        if (d % 3 != 0)
            s.regen.axle = RegenAxle { d % 2 == 0 ? Drive::RearWheel : Drive::FrontWheel, uni(0.4, 0.65),
                                       units::metres(uni(3.0, 4.3)) };
        s.regen.adhesion = units::ratio(uni(0.15, 0.9)); // low adhesion: the axle limit binds
        s.aux.hvac = units::kilowatts(d % 7 == 0 ? uni(2, 6) : 0.0);
        if (d % 8 == 7)
            s.roadLoad = RoadLoad::coastDown({ units::newtons(uni(150, 300)), newtonsPerKmh(uni(0.0, 1.5)),
                                               newtonsPerKmhSquared(uni(0.03, 0.07)), units::kilograms(2800),
                                               units::ratio(0.03) })
                             .withMass(units::kilograms(uni(2200, 3500)));
        s.validate();
        out.push_back(s);
    }
    return out;
}

} // namespace

class TestSimulationBatch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { std::printf("batch loop: %s\n", simulateBatchKernel()); }
    void equalToTheReferenceOnEveryCycle()
    {
        const auto cycles = everyBundledCycle();
        QVERIFY(cycles.size() >= 12);
        const auto setups = variedSetups();
        SimulationOptions o;
        o.initialSoc = units::ratio(0.9);
        o.usableEnergy = units::kilowattHours(40);
        int compared = 0, motorShort = 0, batteryShort = 0, phasesChecked = 0;
        for (const auto &c : cycles) {
            std::vector<SimulationResult> batch(setups.size());
            simulateBatch(setups, c, o, batch); // 24 setups: six groups of four lanes
            for (std::size_t s = 0; s < setups.size(); ++s) {
                SimulationResult ref;
                simulateInto(setups[s], c, o, ref);
                const std::string diff = difference(batch[s], ref);
                QVERIFY2(diff.empty(), (c.id + " setup " + std::to_string(s) + ": " + diff).c_str());
                ++compared;
                phasesChecked += static_cast<int>(ref.phases.size());
                motorShort += ref.shortfalls[0].occurred() || ref.shortfalls[1].occurred() || ref.shortfalls[2].occurred();
                batteryShort += ref.shortfalls[3].occurred();
            }
        }
        // The spread reaches the branches the batch treats specially (else this test proves little).
        QVERIFY(compared == static_cast<int>(cycles.size() * setups.size()));
        QVERIFY2(motorShort > 10, std::to_string(motorShort).c_str());
        QVERIFY2(batteryShort > 3, std::to_string(batteryShort).c_str());
        QVERIFY(phasesChecked > compared);
    }
    void everyBatchSize()
    {
        // 1 … 9 setups: full groups of four and every remainder.
        const auto c = prepareCycle(loadCycleCsvFile(cyclePath("wltc-class3b")));
        const auto all = variedSetups();
        SimulationOptions o;
        o.usableEnergy = units::kilowattHours(30);
        for (std::size_t n = 1; n <= 9; ++n) {
            const std::vector<VehicleSetup> setups(all.begin() + 3, all.begin() + 3 + static_cast<long>(n));
            std::vector<SimulationResult> batch(n);
            simulateBatch(setups, c, o, batch);
            for (std::size_t s = 0; s < n; ++s) {
                SimulationResult ref;
                simulateInto(setups[s], c, o, ref);
                QVERIFY2(difference(batch[s], ref).empty(), (std::to_string(n) + "/" + std::to_string(s)).c_str());
            }
        }
    }
    void batteryLimitInOneLaneOnly()
    {
        // Lane 1 has a pack too small for its motor: the battery limit clips it (reference loop),
        // the other lanes stay in the batch; every lane equals the reference.
        const auto c = prepareCycle(loadCycleCsvFile(cyclePath("artemis-motorway-130")));
        std::vector<VehicleSetup> setups = { setup(units::kilograms(2800), motorModel(), 12, 2),
                                             setup(units::kilograms(3400), motorModel(160, 90, 320), 10, 1),
                                             setup(units::kilograms(3000), motorModel(), 12, 2) };
        SimulationOptions o;
        o.initialSoc = units::ratio(0.3);
        std::vector<SimulationResult> batch(3);
        simulateBatch(setups, c, o, batch);
        QVERIFY(batch[1].shortfalls[static_cast<std::size_t>(DriveLimit::BatteryPower)].occurred());
        QVERIFY(!batch[0].shortfalls[static_cast<std::size_t>(DriveLimit::BatteryPower)].occurred());
        QVERIFY(!batch[2].shortfalls[static_cast<std::size_t>(DriveLimit::BatteryPower)].occurred());
        for (std::size_t s = 0; s < 3; ++s) {
            SimulationResult ref;
            simulateInto(setups[s], c, o, ref);
            QVERIFY2(difference(batch[s], ref).empty(), std::to_string(s).c_str());
        }
    }
    void tracesComeFromTheReference()
    {
        const auto c = prepareCycle(loadCycleCsvFile(cyclePath("wltc-class2")));
        const std::vector<VehicleSetup> setups = { setup(units::kilograms(2600), motorModel()),
                                                   setup(units::kilograms(3500), motorModel()) };
        SimulationOptions o;
        o.recordTrace = true;
        std::vector<SimulationResult> batch(2);
        simulateBatch(setups, c, o, batch);
        for (std::size_t s = 0; s < 2; ++s) {
            SimulationResult ref;
            simulateInto(setups[s], c, o, ref);
            QCOMPARE(batch[s].trace.size(), c.vMean.size());
            QVERIFY(difference(batch[s], ref).empty());
        }
    }
    void evaluationUsesTheBatch()
    {
        // evaluate() runs its payload cases through simulateBatch: each case still equals a
        // reference run of the same setup.
        RetrofitDesignInput in = design();
        in.vehicle.axles = AxleGeometry { Drive::FrontWheel, units::metres(3.682), units::kilograms(1950),
                                          units::kilograms(1150), units::metres(2.3) };
        const std::vector<PreparedCycle> cycles = { prepareCycle(loadCycleCsvFile(cyclePath("wltc-class3b"))),
                                                    prepareCycle(loadCycleCsvFile(cyclePath("vecto-urban-delivery-3.5t"))) };
        const EvaluationResult r = evaluate(in, cycles);
        QCOMPARE(r.cycles.size(), std::size_t(6));
        const EvaluationResult again = evaluate(in, cycles);
        for (std::size_t k = 0; k < r.cycles.size(); ++k)
            QVERIFY(difference(r.cycles[k].simulation, again.cycles[k].simulation).empty()); // deterministic
        QVERIFY(r.cycles[0].simulation.total.batteryNet < r.cycles[2].simulation.total.batteryNet); // empty < full
    }
    void evaluateManyEqualsEvaluate()
    {
        // Designs with different packs, ratios, masses, SOC windows and cycle choices: their runs
        // share batches, each design still gets exactly evaluate()'s result; a bad design gets its
        // error and does not stop the others.
        const std::vector<PreparedCycle> cycles = { prepareCycle(loadCycleCsvFile(cyclePath("wltc-class3b"))),
                                                    prepareCycle(loadCycleCsvFile(cyclePath("wltc-class2"))),
                                                    prepareCycle(loadCycleCsvFile(cyclePath("vecto-urban-delivery-3.5t"))) };
        std::vector<RetrofitDesignInput> designs;
        for (int d = 0; d < 7; ++d) {
            RetrofitDesignInput in = design();
            in.kit.reducerRatio = units::ratio(8.0 + 0.5 * d);
            in.kit.modulesInSeries = 10 + d % 4;
            in.kit.stringsInParallel = 1 + d % 2;
            in.kit.socMax = units::ratio(0.9 + 0.01 * d);
            in.vehicle.extraKitMass = units::kilograms(40.0 + 15.0 * d);
            if (d == 2)
                in.cycleIds = { "wltc-class2" }; // one cycle only
            if (d == 4)
                in.payloads = { { "two-people", units::kilograms(2300) } }; // one payload case
            if (d == 5)
                in.vehicle.gvw = units::kilograms(-1); // invalid
            designs.push_back(in);
        }
        const ManyEvaluations many = evaluateMany(designs, cycles);
        QCOMPARE(many.results.size(), designs.size());
        int compared = 0;
        for (std::size_t d = 0; d < designs.size(); ++d) {
            if (d == 5) {
                QVERIFY(many.errors[d] != nullptr);
                QVERIFY_THROWS_EXCEPTION(InputError, std::rethrow_exception(many.errors[d]));
                QVERIFY_THROWS_EXCEPTION(InputError, evaluate(designs[d], cycles));
                continue;
            }
            QVERIFY(many.errors[d] == nullptr);
            const EvaluationResult one = evaluate(designs[d], cycles);
            const EvaluationResult &b = many.results[d];
            QCOMPARE(b.cycles.size(), one.cycles.size());
            QVERIFY(b.warnings == one.warnings);
            QVERIFY(b.usableEnergy == one.usableEnergy);
            QVERIFY(b.motor.pass() == one.motor.pass() && b.battery.pass() == one.battery.pass());
            for (std::size_t k = 0; k < one.cycles.size(); ++k) {
                QCOMPARE(b.cycles[k].cycleId, one.cycles[k].cycleId);
                QCOMPARE(b.cycles[k].payload, one.cycles[k].payload);
                QVERIFY2(difference(b.cycles[k].simulation, one.cycles[k].simulation).empty(),
                         (std::to_string(d) + "/" + std::to_string(k)).c_str());
                ++compared;
            }
        }
        QCOMPARE(compared, 4 * 9 + 3 + 3); // four designs × 3 cycles × 3 payloads, d 2 and d 4
    }
    void badInput()
    {
        const auto c = prepareCycle(loadCycleCsvFile(cyclePath("wltc-class1")));
        const std::vector<VehicleSetup> setups = { setup(units::kilograms(2600), motorModel()) };
        std::vector<SimulationResult> two(2);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, simulateBatch(setups, c, SimulationOptions {}, two));
        SimulationOptions bad;
        bad.initialSoc = units::ratio(1.5);
        std::vector<SimulationResult> one(1);
        try {
            simulateBatch(setups, c, bad, one);
            QFAIL("no error for an initial SOC of 1.5");
        } catch (const InputError &e) {
            QVERIFY(std::string(e.what()).find("simulation.initial_soc") != std::string::npos);
        }
        std::vector<SimulationResult> none;
        simulateBatch(std::span<const VehicleSetup>(), c, SimulationOptions {}, none); // nothing to do
        QVERIFY(none.empty());
    }
};

QTEST_APPLESS_MAIN(TestSimulationBatch)
#include "tst_simulation_batch.moc"
