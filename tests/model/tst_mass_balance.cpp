// Mass balance and axle loads against hand calculations (moment balance about the front axle).
#include "model/mass_balance.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace remaster;
using namespace remaster::model;

namespace {

bool close(double a, double b, double abs = 1e-9)
{
    return std::fabs(a - b) <= abs;
}

// Hand-calculation van: m₀ 2000 kg, F₀ 1200 kg, L 3.5 m → R₀ 800 kg, x₀ = 800·3.5/2000 = 1.4 m.
OriginalVehicle van()
{
    return { units::kilograms(2000), units::kilograms(1200), units::metres(3.5), units::kilograms(1850),
             units::kilograms(2100), units::kilograms(3500), units::metres(3.0) };
}

MassItem item(const char *id, double kg, double x, MassItemCategory cat, MassItemOrigin o = MassItemOrigin::Catalog)
{
    return { id, id, units::kilograms(kg), units::metres(x), std::nullopt, o, cat };
}

// Removed: 200 kg at −0.3, 60 kg at −0.1, 40 kg at 2.5 → 300 kg, moment −60 − 6 + 100 = 34 kg·m.
// Added: 70 kg at −0.2, 400 kg at 1.8, 12 kg at −0.4, 8 kg at 0.5 → 490 kg,
// moment −14 + 720 − 4.8 + 4 = 705.2 kg·m.
// New: m = 2190 kg, moment 2800 − 34 + 705.2 = 3471.2 kg·m, x = 1.585022… m,
// R = 3471.2/3.5 = 991.7714… kg, F = 1198.2286… kg.
MassBalanceInput sheet()
{
    MassBalanceInput in;
    in.vehicle = van();
    const auto R = MassItemCategory::Removed;
    const auto A = MassItemCategory::Added;
    in.items = { item("engine", 200, -0.3, R),
                 item("gearbox", 60, -0.1, R),
                 item("tank", 40, 2.5, R),
                 item("motor", 70, -0.2, A),
                 item("battery", 400, 1.8, A, MassItemOrigin::User),
                 item("inverter", 12, -0.4, A),
                 item("charger", 8, 0.5, A) };
    return in;
}

QString firstField(const InputError &e)
{
    return QString::fromStdString(e.errors().at(0).field);
}

} // namespace

class TestMassBalance : public QObject
{
    Q_OBJECT
private slots:
    void originalCentreOfMassByMomentBalance()
    {
        MassBalanceInput in;
        in.vehicle = van();
        const auto r = computeMassBalance(in);
        QVERIFY(close(r.originalCentreOfMass.value(), 1.4));
        QVERIFY(close(r.originalRearAxleLoad.value(), 800));
        QVERIFY(close(r.originalFrontShare, 0.6));
        // Nothing removed or added: same van, same axle loads.
        QVERIFY(close(r.loadCase(LoadCaseId::Unladen).front.load.value(), 1200, 1e-9));
        QVERIFY(close(r.frontShareChange, 0.0, 1e-12));
    }

    void convertedMassAndSplit()
    {
        const auto r = computeMassBalance(sheet());
        QVERIFY(close(r.removedMass.value(), 300));
        QVERIFY(close(r.addedMass.value(), 490));
        QVERIFY(close(r.massInRunningOrder.value(), 2190));
        QVERIFY(close(r.centreOfMass.value(), 3471.2 / 2190));
        const auto &u = r.loadCase(LoadCaseId::Unladen);
        QVERIFY(close(u.rear.load.value(), 3471.2 / 3.5, 1e-9));
        QVERIFY(close(u.front.load.value(), 2190 - 3471.2 / 3.5, 1e-9));
        QVERIFY(close(r.frontShare, (2190 - 3471.2 / 3.5) / 2190, 1e-12));
        QVERIFY(close(r.frontShareChange, (2190 - 3471.2 / 3.5) / 2190 - 0.6, 1e-12));
        QVERIFY(close(r.massChangeRatio, 2190.0 / 2000.0 - 1.0, 1e-12));
        QVERIFY(u.pass());
        QVERIFY(!r.addedCentreHeight); // not every added item has a height
    }

    void gvwCaseAtLoadCentreOverloadsRearAxle()
    {
        const auto r = computeMassBalance(sheet());
        const auto &g = r.loadCase(LoadCaseId::GvwAtLoadCentre);
        // Payload 3500 − 2190 = 1310 kg at 3.0 m: rear + 1310·3/3.5, front + 1310·0.5/3.5.
        QVERIFY(close(g.payload.value(), 1310));
        QVERIFY(close(g.rear.load.value(), 3471.2 / 3.5 + 1310 * 3.0 / 3.5, 1e-9));
        QVERIFY(close(g.front.load.value(), 2190 - 3471.2 / 3.5 + 1310 * 0.5 / 3.5, 1e-9));
        QVERIFY(close(g.total.value(), 3500));
        QVERIFY(!g.rear.pass); // 2114.6 kg > 2100 kg
        QVERIFY(close(g.rear.margin.value(), 2100 - g.rear.load.value(), 1e-9));
        QVERIFY(g.front.pass);
        QVERIFY(close(g.frontShareOfGvw, g.front.load.value() / 3500, 1e-12));
    }

    void payloadLimitedByRearAxle()
    {
        const auto r = computeMassBalance(sheet());
        const auto &c = r.capacityAtLoadCentre;
        // Rear room 2100 − 991.771 = 1108.229 kg, carried at 3/3.5 per kg → 1292.93 kg < 1310.
        const double rearRoom = 2100 - 3471.2 / 3.5;
        QVERIFY(close(c.byRearAxle.value(), rearRoom * 3.5 / 3.0, 1e-9));
        QVERIFY(close(c.byGvw.value(), 1310));
        QCOMPARE(c.limitedBy, PayloadLimit::RearAxle);
        QCOMPARE(QString(payloadLimitCode(c.limitedBy)), QStringLiteral("rear-axle"));
        QVERIFY(close(c.usable.value(), rearRoom * 3.5 / 3.0, 1e-9));
    }

    void payloadLimitedByGvwAtCustomPosition()
    {
        auto in = sheet();
        in.customPayloadPosition = units::metres(2.0);
        const auto r = computeMassBalance(in);
        QVERIFY(r.capacityAtCustomPosition);
        const auto &c = *r.capacityAtCustomPosition;
        const double frontRoom = 1850 - (2190 - 3471.2 / 3.5);
        QVERIFY(close(c.byFrontAxle.value(), frontRoom * 3.5 / 1.5, 1e-9)); // 1520.8 kg
        QVERIFY(close(c.byRearAxle.value(), (2100 - 3471.2 / 3.5) * 3.5 / 2.0, 1e-9)); // 1939.4 kg
        QCOMPARE(c.limitedBy, PayloadLimit::Gvw);
        QVERIFY(close(c.usable.value(), 1310));
        const auto &lc = r.loadCase(LoadCaseId::Custom);
        QVERIFY(lc.pass());
        QVERIFY(close(lc.payload.value(), 1310));
    }

    void payloadLimitedByFrontAxleNearFront()
    {
        auto in = sheet();
        in.customPayloadPosition = units::metres(0.5);
        in.customPayloadMass = units::kilograms(800);
        const auto r = computeMassBalance(in);
        const auto &c = *r.capacityAtCustomPosition;
        const double frontRoom = 1850 - (2190 - 3471.2 / 3.5);
        QCOMPARE(c.limitedBy, PayloadLimit::FrontAxle);
        QVERIFY(close(c.usable.value(), frontRoom * 3.5 / 3.0, 1e-9)); // 760.4 kg
        const auto &lc = r.loadCase(LoadCaseId::Custom);
        QVERIFY(close(lc.payload.value(), 800));
        QVERIFY(!lc.front.pass); // 800 kg > 760.4 kg allowed there
    }

    void loadBehindRearAxleDoesNotLoadFront()
    {
        auto in = sheet();
        in.customPayloadPosition = units::metres(4.0); // 0.5 m behind the rear axle
        const auto r = computeMassBalance(in);
        QVERIFY(std::isinf(r.capacityAtCustomPosition->byFrontAxle.value()));
        QCOMPARE(r.capacityAtCustomPosition->limitedBy, PayloadLimit::RearAxle);
    }

    void axleExactlyAtLimitPasses()
    {
        auto in = sheet();
        const double rear = computeMassBalance(in).loadCase(LoadCaseId::GvwAtLoadCentre).rear.load.value();
        in.vehicle.rearAxleLimit = units::kilograms(rear);
        auto g = computeMassBalance(in).loadCase(LoadCaseId::GvwAtLoadCentre);
        QVERIFY(g.rear.pass); // ≤: reaching the permissible mass is allowed
        in.vehicle.rearAxleLimit = units::kilograms(rear - 0.01);
        g = computeMassBalance(in).loadCase(LoadCaseId::GvwAtLoadCentre);
        QVERIFY(!g.rear.pass);
    }

    void overGvwHasNoPayload()
    {
        auto in = sheet();
        // 1400 kg at 2.5 m: 3590 kg in running order, both axles still within their limits
        // (rear 1991.8 kg, front 1598.2 kg), so GVW is what leaves no payload.
        in.items.push_back(item("extra-pack", 1400, 2.5, MassItemCategory::Added));
        const auto r = computeMassBalance(in);
        QVERIFY(r.massInRunningOrder.value() > 3500);
        QCOMPARE(r.loadCase(LoadCaseId::GvwAtLoadCentre).payload.value(), 0.0);
        QCOMPARE(r.capacityAtLoadCentre.usable.value(), 0.0);
        QCOMPARE(r.capacityAtLoadCentre.limitedBy, PayloadLimit::Gvw);
        QVERIFY(close(r.capacityAtLoadCentre.byGvw.value(), -90, 1e-9));
    }

    void overloadedUnladenAxleNamesThatAxle()
    {
        auto in = sheet();
        // 1400 kg at 1.5 m: front 1998.2 kg unladen, above its 1850 kg: no payload, front named.
        in.items.push_back(item("extra-pack", 1400, 1.5, MassItemCategory::Added));
        const auto r = computeMassBalance(in);
        QVERIFY(!r.loadCase(LoadCaseId::Unladen).front.pass);
        QCOMPARE(r.capacityAtLoadCentre.limitedBy, PayloadLimit::FrontAxle);
        QCOMPARE(r.capacityAtLoadCentre.usable.value(), 0.0);
    }

    void heightsSummariseWhenAllGiven()
    {
        MassBalanceInput in;
        in.vehicle = van();
        auto a = item("pack", 300, 1.5, MassItemCategory::Added);
        a.height = units::metres(0.4);
        auto b = item("motor", 100, 0.0, MassItemCategory::Added);
        b.height = units::metres(0.8);
        in.items = { a, b };
        const auto r = computeMassBalance(in);
        QVERIFY(r.addedCentreHeight);
        QVERIFY(close(r.addedCentreHeight->value(), (300 * 0.4 + 100 * 0.8) / 400.0, 1e-12));
    }

    void badInputRaises_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative mass") << 0 << "mass_balance.items[0].mass";
        QTest::newRow("NaN mass") << 1 << "mass_balance.items[0].mass";
        QTest::newRow("position beyond +8 m") << 2 << "mass_balance.items[0].position_from_front_axle";
        QTest::newRow("position ahead of -2 m") << 3 << "mass_balance.items[0].position_from_front_axle";
        QTest::newRow("payload position behind body") << 4 << "mass_balance.custom_payload_position";
        QTest::newRow("negative payload position") << 5 << "mass_balance.custom_payload_position";
        QTest::newRow("front load above mass") << 6 << "mass_balance.vehicle.unladen_front_axle_load";
        QTest::newRow("gvw below mass") << 7 << "mass_balance.vehicle.gvw";
        QTest::newRow("NaN wheelbase") << 8 << "mass_balance.vehicle.wheelbase";
        QTest::newRow("tipping sheet") << 9 << "mass_balance.items";
        QTest::newRow("payload above gvw") << 10 << "mass_balance.custom_payload_mass";
        QTest::newRow("load centre behind body") << 11 << "mass_balance.vehicle.load_space_centre_from_front_axle";
    }
    void badInputRaises()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        auto in = sheet();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        switch (which) {
        case 0: in.items[0].mass = units::kilograms(-1); break;
        case 1: in.items[0].mass = units::kilograms(nan); break;
        case 2: in.items[0].positionFromFrontAxle = units::metres(8.001); break;
        case 3: in.items[0].positionFromFrontAxle = units::metres(-2.001); break;
        case 4: in.customPayloadPosition = units::metres(5.501); break; // wheelbase 3.5 + 2 m
        case 5: in.customPayloadPosition = units::metres(-0.1); break;
        case 6: in.vehicle.unladenFrontAxleLoad = units::kilograms(2000); break;
        case 7: in.vehicle.gvw = units::kilograms(2000); break;
        case 8: in.vehicle.wheelbase = units::metres(nan); break;
        case 9: in.items.push_back(item("wrong-sign", 1900, 0.0, MassItemCategory::Removed)); break;
        case 10:
            in.customPayloadPosition = units::metres(2.0);
            in.customPayloadMass = units::kilograms(3500.1);
            break;
        case 11: in.vehicle.loadSpaceCentreFromFrontAxle = units::metres(5.6); break;
        }
        try {
            computeMassBalance(in);
            QFAIL("bad input accepted");
        } catch (const InputError &e) {
            QCOMPARE(firstField(e), field);
        }
    }

    void limitsOfAcceptedRangesPass()
    {
        auto in = sheet();
        in.items[0].positionFromFrontAxle = units::metres(-2.0);
        in.items[1].positionFromFrontAxle = units::metres(8.0);
        in.customPayloadPosition = units::metres(5.5);
        in.customPayloadMass = units::kilograms(0);
        const auto r = computeMassBalance(in);
        QCOMPARE(r.loadCases.size(), std::size_t(3));
    }

    void fromCatalogVariant()
    {
        VehicleVariant v;
        v.massInRunningOrder.value = units::kilograms(1611);
        v.unladenFrontAxleLoad.value = units::kilograms(1095);
        v.wheelbase.value = units::millimetres(3682);
        v.frontAxleLimit.value = units::kilograms(1850);
        v.rearAxleLimit.value = units::kilograms(2100);
        v.gvw.value = units::kilograms(3500);
        v.loadSpaceCentreFromFrontAxle.value = units::millimetres(3115);
        RemovedPart p;
        p.id = "engine";
        p.name = "Engine";
        p.mass.value = units::kilograms(215);
        p.positionFromFrontAxle.value = units::millimetres(-300);
        v.removedParts = { p };
        const auto ov = originalVehicleFromVariant(v);
        QCOMPARE(ov.wheelbase.value(), 3.682);
        const auto items = removedItemsFromVariant(v);
        QCOMPARE(items.size(), std::size_t(1));
        QCOMPARE(items[0].category, MassItemCategory::Removed);
        QCOMPARE(items[0].origin, MassItemOrigin::Catalog);
        const auto r = computeMassBalance({ ov, items, std::nullopt, std::nullopt });
        // Removing 215 kg 0.3 m ahead of the front axle unloads the front by 215·3.982/3.682.
        QVERIFY(close(r.loadCase(LoadCaseId::Unladen).front.load.value(), 1095 - 215 * 3.982 / 3.682, 1e-9));
    }

    void codesRoundTrip()
    {
        MassItemOrigin o;
        MassItemCategory c;
        QVERIFY(massItemOriginFromCode("user", o));
        QCOMPARE(o, MassItemOrigin::User);
        QVERIFY(massItemCategoryFromCode("removed", c));
        QCOMPARE(c, MassItemCategory::Removed);
        QVERIFY(!massItemCategoryFromCode("taken-out", c));
        QCOMPARE(QString(loadCaseCode(LoadCaseId::GvwAtLoadCentre)), QStringLiteral("gvw-load-centre"));
    }
};

QTEST_APPLESS_MAIN(TestMassBalance)
#include "tst_mass_balance.moc"
