// The kit finder on the bundled catalogs: on a small space the test finds the answer itself by
// brute force (every kit through the normal design path and rule check) and the finder must give
// the same feasible set, figures, Pareto front and ranking; the same answer on 1, 2 and 4 threads;
// stock limits honoured; cancel returns nothing; bad input named by field.
#include "model/design_check.h"
#include "model/kit_finder.h"
#include "bundledcatalog.h"
#include "storage/catalogjsonreader.h"
#include "storage/cyclelibrary.h"
#include "storage/kitsearchjson.h"
#include "storage/rulesetreader.h"

#include <QJsonDocument>
#include <QtTest>

#include <set>

using namespace remaster;
using namespace remaster::model;

namespace {

std::function<DriveCycle(const std::string &)> cycles()
{
    return [](const std::string &id) { return storage::CycleLibrary::load(QString::fromStdString(id)); };
}

// A kit's identity, for comparing sets.
using KitKey = std::tuple<std::string, std::string, std::string, int, int, long>;
KitKey key(const KitCandidate &c)
{
    return { c.motorId, c.inverterId, c.moduleId, c.series, c.parallel, std::lround(c.ratio * 100) };
}

} // namespace

class TestKitFinder : public QObject
{
    Q_OBJECT
    CatalogSet m_catalog;
    RuleSetParameters m_rules;
    const Date m_today { 2026, 12, 7 };

    // Three motors in FR-07's window for the example van (118 kW: 76.7 … 118 kW), two inverters,
    // three module types, up to 2 strings, ratio steps of 0.5.
    KitSearchSpace smallSpace() const
    {
        KitSearchSpace s;
        s.motorIds = std::vector<std::string> { "nissan-em57-110", "renault-r135", "nissan-em57-80" };
        s.inverterIds = std::vector<std::string> { "nissan-leaf-inverter-2018", "cascadia-cm200" };
        s.moduleIds = std::vector<std::string> { "renault-zoe-ze40-module", "renault-zoe-ze50-module",
                                                 "nissan-leaf-40-ze1-module" };
        s.maxStringsInParallel = 2;
        s.ratioStep = 0.5;
        return s;
    }
    RetrofitDesign design() const
    {
        RetrofitDesign d = exampleDesign();
        d.operation.cycles = { "wltc-auto", "vecto-urban-delivery-3.5t" };
        return d;
    }
    KitFinderOptions options(int threads = 2) const
    {
        KitFinderOptions o;
        o.threads = threads;
        o.today = m_today;
        o.top = 1000;
        return o;
    }
    KitSearchResult find(const KitSearchSpace &space, const KitConstraints &k = {}, const KitStock &stock = {},
                         const KitFinderOptions *o = nullptr) const
    {
        const KitFinderOptions opt = o ? *o : options();
        return findKits(design(), m_catalog, space, stock, k, m_rules, opt, cycles());
    }

    static bool dominatesByHand(const KitMetrics &a, const KitMetrics &b)
    {
        const double ga[] = { a.usablePayload.value(), a.range.value(), -a.kitMass.value(), -a.consumption.value(),
                              -a.chargeTime.value() };
        const double gb[] = { b.usablePayload.value(), b.range.value(), -b.kitMass.value(), -b.consumption.value(),
                              -b.chargeTime.value() };
        bool better = false;
        for (int i = 0; i < 5; ++i) {
            if (ga[i] < gb[i])
                return false;
            better = better || ga[i] > gb[i];
        }
        return better;
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

    void bruteForceGivesTheSameAnswer()
    {
        const KitSearchResult r = find(smallSpace());
        QVERIFY(!r.cancelled);
        QVERIFY2(r.feasibleCount >= 10, qPrintable(QString::number(r.feasibleCount)));

        // Brute force: every kit of the space on a ratio grid wider than any feasible range,
        // judged by the normal path: evaluateDesign, the motor and battery checks, the rule set.
        const RetrofitDesign base = design();
        std::map<KitKey, KitMetrics> feasible;
        const auto space = smallSpace();
        for (const auto &motor : *space.motorIds)
            for (const auto &inverter : *space.inverterIds)
                for (const auto &module : *space.moduleIds)
                    for (int s = 1; s <= 120; ++s)
                        for (int p = 1; p <= 2; ++p)
                            for (double ratio = 3.0; ratio <= 16.0 + 1e-9; ratio += 0.5) {
                                KitCandidate c;
                                c.motorId = motor;
                                c.inverterId = inverter;
                                c.reducerId = base.kit.reducerId;
                                c.chargerId = base.kit.chargerId;
                                c.moduleId = module;
                                c.series = s;
                                c.parallel = p;
                                c.ratio = ratio;
                                const RetrofitDesign d = applyKit(base, c);
                                const ResolvedDesign resolved = resolveDesign(d, m_catalog);
                                if (!designErrors(resolved).empty())
                                    continue; // voltage window
                                DesignEvaluation ev;
                                try {
                                    ev = evaluateDesign(d, m_catalog, cycles());
                                } catch (const InputError &) {
                                    // A kit whose pack cannot run the WLTP test (wltp.cpp) cannot
                                    // be feasible; the finder must not propose it either.
                                    continue;
                                }
                                if (!ev.result.motor.pass() || !ev.result.battery.pass())
                                    continue;
                                // Followed every trace, except where only the motor's top
                                // speed capped it (counted by hand, not with the finder's helper).
                                if (std::any_of(ev.result.cycles.begin(), ev.result.cycles.end(), [](const auto &cc) {
                                        for (const auto &sf : cc.simulation.shortfalls)
                                            if (sf.limit != DriveLimit::MotorSpeed && sf.seconds > 0)
                                                return true;
                                        return false;
                                    }))
                                    continue;
                                if (checkDesign(d, ev, m_rules, m_today).report.anyFail)
                                    continue;
                                KitMetrics m;
                                m.usablePayload = designMassBalance(d, ev.resolved).capacityAtLoadCentre.usable;
                                m.kitMass = ev.result.kitMass;
                                m.chargeTime = ev.result.battery.acCharge.duration;
                                m.range = units::metres(1e12);
                                for (const auto &cc : ev.result.cycles)
                                    if (cc.payload == "full" && cc.simulation.total.range < m.range) {
                                        m.range = cc.simulation.total.range;
                                        m.consumption = cc.simulation.total.batteryPerDistance;
                                    }
                                feasible[key(c)] = m;
                            }
        QCOMPARE(r.feasibleCount, feasible.size());
        qInfo("%zu feasible kits of %zu judged, %zu hardware combinations", r.feasibleCount, r.ratioCandidates,
              r.hardwareCombinations);

        // Same figures for every feasible kit, and the front by brute force.
        std::vector<KitCandidate> all = r.ranked; // top = 1000 > feasible: every feasible kit
        QCOMPARE(all.size(), feasible.size());
        for (const auto &c : all) {
            const auto it = feasible.find(key(c));
            QVERIFY2(it != feasible.end(), qPrintable(QString::fromStdString(c.motorId)));
            QCOMPARE(c.metrics.range.value(), it->second.range.value());
            QCOMPARE(c.metrics.consumption.value(), it->second.consumption.value());
            QCOMPARE(c.metrics.usablePayload.value(), it->second.usablePayload.value());
            QCOMPARE(c.metrics.kitMass.value(), it->second.kitMass.value());
        }
        std::set<KitKey> front;
        for (const auto &[k, m] : feasible) {
            bool dominated = false;
            for (const auto &[k2, m2] : feasible)
                dominated = dominated || dominatesByHand(m2, m);
            if (!dominated)
                front.insert(k);
        }
        std::set<KitKey> returnedFront;
        for (const auto &c : r.pareto)
            returnedFront.insert(key(c));
        QCOMPARE(returnedFront, front);

        // Ranking by payload: no kit below has more payload than one above.
        for (std::size_t i = 1; i < r.ranked.size(); ++i)
            QVERIFY(r.ranked[i - 1].metrics.usablePayload >= r.ranked[i].metrics.usablePayload);
        QCOMPARE(r.ranked.front().metrics.usablePayload.value(),
                 std::max_element(feasible.begin(), feasible.end(), [](auto &a, auto &b) {
                     return a.second.usablePayload < b.second.usablePayload;
                 })->second.usablePayload.value());
    }

    void paretoPointsAreNotDominated()
    {
        const KitSearchResult r = find(smallSpace());
        QVERIFY(!r.pareto.empty());
        for (const auto &p : r.pareto)
            for (const auto &c : r.ranked)
                QVERIFY(!dominatesByHand(c.metrics, p.metrics));
        // And every feasible kit off the front is dominated by one on it.
        std::set<std::size_t> onFront;
        for (const auto &p : r.pareto)
            onFront.insert(p.index);
        for (const auto &c : r.ranked) {
            if (onFront.count(c.index))
                continue;
            bool dominated = false;
            for (const auto &p : r.pareto)
                dominated = dominated || dominatesByHand(p.metrics, c.metrics);
            QVERIFY(dominated);
        }
    }

    void sameAnswerOnAnyNumberOfThreads()
    {
        KitFinderOptions o = options(1);
        o.objective = KitMetric::Range;
        o.top = 20;
        auto json = [&](int threads) {
            o.threads = threads;
            const KitSearchResult r = find(smallSpace(), {}, {}, &o);
            QJsonObject j = storage::KitSearchJson::writeResult(r, o);
            j.remove(QStringLiteral("threads"));
            return QJsonDocument(j).toJson();
        };
        const QByteArray one = json(1);
        QCOMPARE(json(2), one);
        QCOMPARE(json(4), one);
    }

    void weightsRankByTheirSum()
    {
        KitFinderOptions o = options();
        o.weights = std::array<double, kKitMetricCount> { 1, 1, 0, 0, 0 };
        const KitSearchResult r = find(smallSpace(), {}, {}, &o);
        QVERIFY(r.ranked.size() > 2);
        for (std::size_t i = 1; i < r.ranked.size(); ++i)
            QVERIFY(r.ranked[i - 1].score >= r.ranked[i].score);
        QVERIFY(r.ranked.front().score <= 1.0 && r.ranked.back().score >= 0.0);
    }

    void stockLimitsAreHonoured()
    {
        KitStock stock;
        stock.shelf["renault-zoe-ze40-module"] = 30; // 12 × 2 fits, 11 × 3 does not
        KitSearchSpace space = smallSpace();
        space.maxStringsInParallel = 3;
        const KitSearchResult r = find(space, {}, stock);
        QVERIFY(r.feasibleCount > 0);
        for (const auto *list : { &r.ranked, &r.pareto, &r.nearMisses })
            for (const auto &c : *list) {
                QCOMPARE(c.moduleId, std::string("renault-zoe-ze40-module"));
                QVERIFY(c.series * c.parallel <= 30);
            }
        bool counted = false;
        for (const auto &x : r.rejections)
            counted = counted || (x.constraint == "stock" && x.count > 0);
        QVERIFY(counted);
    }

    void impossibleConstraintGivesNearMisses()
    {
        KitConstraints k;
        k.minRange = units::kilometres(2000);
        const KitSearchResult r = find(smallSpace(), k);
        QCOMPARE(r.feasibleCount, std::size_t(0));
        QVERIFY(r.ranked.empty() && r.pareto.empty());
        QVERIFY(!r.nearMisses.empty());
        const KitCandidate &best = r.nearMisses.front();
        QVERIFY(best.evaluated);
        QCOMPARE(best.misses.front().constraint, std::string("min-range"));
        // The miss is what the range lacks: (2000 − range) / 2000.
        QVERIFY(std::abs(best.misses.front().relativeMiss - (1.0 - units::inKilometres(best.metrics.range) / 2000.0))
                < 1e-9);
        // Evaluated kits (every figure known) first, each group by its total miss.
        for (std::size_t i = 1; i < r.nearMisses.size(); ++i) {
            const auto &a = r.nearMisses[i - 1], &b = r.nearMisses[i];
            QVERIFY(a.evaluated >= b.evaluated);
            if (a.evaluated == b.evaluated)
                QVERIFY(a.totalMiss() <= b.totalMiss());
        }
    }

    void cancelReturnsNothing()
    {
        std::atomic<bool> cancel { false };
        KitFinderOptions o = options(2);
        o.cancel = &cancel;
        o.progress = [&](std::size_t, std::size_t) { cancel = true; };
        const KitSearchResult r = find(smallSpace(), {}, {}, &o);
        QVERIFY(r.cancelled);
        QVERIFY(r.ranked.empty() && r.pareto.empty() && r.nearMisses.empty() && !r.current);
        QCOMPARE(r.feasibleCount, std::size_t(0));
    }

    void appliedKitEvaluatesToItsFigures()
    {
        const KitSearchResult r = find(smallSpace());
        QVERIFY(!r.ranked.empty());
        const KitCandidate &best = r.ranked.front();
        const RetrofitDesign d = applyKit(design(), best);
        QCOMPARE(d.kit.motorId, best.motorId);
        QCOMPARE(*d.kit.reducerRatio, best.ratio);
        const DesignEvaluation ev = evaluateDesign(d, m_catalog, cycles());
        QCOMPARE(ev.result.kitMass.value(), best.metrics.kitMass.value());
        QVERIFY(r.current);
        QCOMPARE(r.current->motorId, design().kit.motorId);
    }

    void badInputIsNamed_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty motor subset") << 0 << "search.motors";
        QTest::newRow("unknown module") << 1 << "search.modules[0]";
        QTest::newRow("negative stock") << 2 << "stock.modules.renault-zoe-ze40-module";
        QTest::newRow("stock of an unknown module") << 3 << "stock.modules.no-such-module";
        QTest::newRow("ratio step") << 4 << "search.ratio_step";
        QTest::newRow("all weights zero") << 5 << "options.weights";
        QTest::newRow("range cycle not run") << 6 << "constraints.range_cycle";
        QTest::newRow("NaN payload") << 7 << "constraints.min_payload";
    }

    void badInputIsNamed()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        KitSearchSpace s = smallSpace();
        KitStock stock;
        KitConstraints k;
        KitFinderOptions o = options();
        switch (which) {
        case 0: s.motorIds = std::vector<std::string> {}; break;
        case 1: s.moduleIds = std::vector<std::string> { "no-such-module" }; break;
        case 2: stock.shelf["renault-zoe-ze40-module"] = -3; break;
        case 3: stock.shelf["no-such-module"] = 4; break;
        case 4: s.ratioStep = 0.0; break;
        case 5: o.weights = std::array<double, kKitMetricCount> {}; break;
        case 6: k.rangeCycle = "wltc-class1"; break;
        case 7: k.minUsablePayload = units::kilograms(std::nan("")); break;
        }
        try {
            find(s, k, stock, &o);
            QFAIL("no InputError");
        } catch (const InputError &e) {
            QVERIFY(!e.errors().empty());
            QCOMPARE(QString::fromStdString(e.errors().front().field), field);
        }
    }

    void onlyTractionShortfallsCount()
    {
        SimulationResult sim;
        for (std::size_t k = 0; k < kDriveLimitCount; ++k)
            sim.shortfalls[k].limit = static_cast<DriveLimit>(k);
        sim.shortfalls[std::size_t(DriveLimit::MotorSpeed)].seconds = 30; // capped at top speed
        QCOMPARE(tractionShortfallSeconds(sim), 0);
        sim.shortfalls[std::size_t(DriveLimit::MotorTorque)].seconds = 5;
        sim.shortfalls[std::size_t(DriveLimit::BatteryPower)].seconds = 7;
        QCOMPARE(tractionShortfallSeconds(sim), 7);
    }

    void stockFileIsChecked()
    {
        const auto good = storage::KitSearchJson::readStock(
            R"({"format": "remaster-module-stock", "format_version": 1, "modules": {"renault-zoe-ze40-module": 30}})");
        QVERIFY(good.shelf);
        QCOMPARE(good.shelf->at("renault-zoe-ze40-module"), 30);
        const auto negative = storage::KitSearchJson::readStock(
            R"({"format": "remaster-module-stock", "format_version": 1, "modules": {"renault-zoe-ze40-module": -2}})");
        QVERIFY(!negative.shelf);
        QCOMPARE(negative.issues.first().field, QStringLiteral("stock.modules.renault-zoe-ze40-module"));
        QVERIFY(negative.issues.first().accepted.contains(QStringLiteral("0 … 100000")));
        const auto fractional = storage::KitSearchJson::readStock(
            R"({"format": "remaster-module-stock", "format_version": 1, "modules": {"x": 2.5}})");
        QVERIFY(!fractional.shelf);
        const auto corrupt = storage::KitSearchJson::readStock("{\"format\": ");
        QVERIFY(!corrupt.shelf);
        QCOMPARE(corrupt.issues.first().field, QStringLiteral("stock"));
        const auto typo = storage::KitSearchJson::readStock(
            R"({"format": "remaster-module-stock", "format_version": 1, "modules": {"a": 1}, "modlues": {}})");
        QVERIFY(!typo.shelf);
        QCOMPARE(typo.issues.first().field, QStringLiteral("stock.modlues"));
    }
};

QTEST_GUILESS_MAIN(TestKitFinder)
#include "tst_kitfinder.moc"
