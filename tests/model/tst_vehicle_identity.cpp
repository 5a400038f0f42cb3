// Registration-certificate identity: VIN, dates and masses give clear errors, never a pass.
#include "model/vehicle_identity.h"

#include <QTest>

#include <limits>

using namespace remaster;
using namespace remaster::model;

namespace {

const Date kToday { 2026, 11, 2 };

VehicleIdentity valid()
{
    VehicleIdentity id;
    id.vin = "VF1MA000012345678";
    id.firstRegistration = { 2015, 6, 15 };
    id.category = "N1";
    id.gvw = units::kilograms(3500);
    id.massInRunningOrder = units::kilograms(2000);
    id.maxNetPower = units::kilowatts(92);
    id.energy = "GO";
    id.seats = 3;
    return id;
}

// The single error of `errs`, or a failure listing them.
FieldError only(const std::vector<FieldError> &errs)
{
    if (errs.size() != 1)
        for (const auto &e : errs)
            qWarning("%s", e.toString().c_str());
    [&] { QCOMPARE(errs.size(), std::size_t(1)); }();
    return errs.empty() ? FieldError {} : errs.front();
}

} // namespace

class TestVehicleIdentity : public QObject
{
    Q_OBJECT
private slots:
    void validIdentityHasNoErrors()
    {
        QVERIFY(identityErrors(valid(), kToday, Date { 2026, 11, 2 }).empty());
        validateIdentity(valid(), kToday); // must not throw
        auto id = valid();
        id.vin = "VF6MF000012345678"; // Renault Trucks WMI accepted
        QVERIFY(identityErrors(id, kToday).empty());
    }

    void sixteenCharacterVin()
    {
        auto id = valid();
        id.vin = "VF1MA00001234567";
        const auto e = only(identityErrors(id, kToday));
        QCOMPARE(QString::fromStdString(e.field), QStringLiteral("vehicle.identity.vin"));
        QCOMPARE(QString::fromStdString(e.acceptedRange), QStringLiteral("17 characters"));
        QCOMPARE(QString::fromStdString(e.actual), QStringLiteral("16 characters"));
        QVERIFY_THROWS_EXCEPTION(InputError, validateIdentity(id, kToday));
    }

    void vinWithIOrQ_data()
    {
        QTest::addColumn<QString>("vin");
        QTest::newRow("I") << "VF1MA0000I2345678";
        QTest::newRow("O") << "VF1MA0000O2345678";
        QTest::newRow("Q") << "VF1MA0000Q2345678";
    }
    void vinWithIOrQ()
    {
        QFETCH(QString, vin);
        auto id = valid();
        id.vin = vin.toStdString();
        const auto e = only(vinErrors(id.vin));
        QVERIFY(QString::fromStdString(e.message).contains(QStringLiteral("I, O or Q")));
        QCOMPARE(QString::fromStdString(e.actual), vin.mid(9, 1));
    }

    void vinWithLowerCaseOrSymbol()
    {
        QVERIFY(!vinErrors("vf1MA000012345678").empty());
        QVERIFY(!vinErrors("VF1MA0000-2345678").empty());
        QCOMPARE(QString::fromStdString(normaliseVin("vf1 ma00-0012345678")), QStringLiteral("VF1MA000012345678"));
        QVERIFY(vinErrors(normaliseVin("vf1 ma00-0012345678")).empty());
    }

    void nonRenaultWmi()
    {
        const auto e = only(vinErrors("WVWZZZ1JZXW000001"));
        QCOMPARE(QString::fromStdString(e.actual), QStringLiteral("WVW"));
        QCOMPARE(QString::fromStdString(e.acceptedRange), QStringLiteral("VF1, VF6"));
        // VF8 (Matra in the WMI lists read) is not Renault.
        QVERIFY(!vinErrors("VF8AA000012345678").empty());
        // Another WMI only when the caller adds it (e.g. once Movano WMIs are confirmed).
        IdentityValidationOptions opt;
        opt.acceptedWmis.push_back("WVW");
        QVERIFY(vinErrors("WVWZZZ1JZXW000001", opt).empty());
    }

    void checkDigitIsNotRequired()
    {
        // Position 9 is a letter here: valid in Europe (ISO 3779 check digit not mandatory).
        QVERIFY(vinErrors("VF1MAZZZ012345678").empty());
    }

    void firstRegistrationInFuture()
    {
        auto id = valid();
        id.firstRegistration = { 2026, 11, 3 };
        const auto e = only(identityErrors(id, kToday));
        QCOMPARE(QString::fromStdString(e.field), QStringLiteral("vehicle.identity.first_registration"));
        QCOMPARE(QString::fromStdString(e.message), QStringLiteral("is in the future"));
        QCOMPARE(QString::fromStdString(e.actual), QStringLiteral("2026-11-03"));
        id.firstRegistration = kToday; // registered today: not in the future
        QVERIFY(identityErrors(id, kToday).empty());
    }

    void impossibleDate()
    {
        auto id = valid();
        id.firstRegistration = { 2023, 2, 29 };
        const auto e = only(identityErrors(id, kToday));
        QCOMPARE(QString::fromStdString(e.message), QStringLiteral("is not a valid calendar date"));
        id.firstRegistration = { 2024, 2, 29 }; // leap year
        QVERIFY(identityErrors(id, kToday).empty());
    }

    void conversionBeforeFirstRegistration()
    {
        const auto e = only(identityErrors(valid(), kToday, Date { 2015, 6, 14 }));
        QCOMPARE(QString::fromStdString(e.field), QStringLiteral("conversion_date"));
        QCOMPARE(QString::fromStdString(e.acceptedRange), QStringLiteral("2015-06-15 or later"));
        QVERIFY(identityErrors(valid(), kToday, Date { 2015, 6, 15 }).empty());
    }

    void gvwBelowMassInRunningOrder()
    {
        auto id = valid();
        id.gvw = units::kilograms(1999);
        auto e = only(identityErrors(id, kToday));
        QCOMPARE(QString::fromStdString(e.field), QStringLiteral("vehicle.identity.gvw"));
        QCOMPARE(QString::fromStdString(e.acceptedRange), QStringLiteral("> 2000 kg"));
        id.gvw = units::kilograms(2000); // equal: no payload at all, refused like the catalog does
        e = only(identityErrors(id, kToday));
        QCOMPARE(QString::fromStdString(e.field), QStringLiteral("vehicle.identity.gvw"));
        id.gvw = units::kilograms(2001);
        QVERIFY(identityErrors(id, kToday).empty());
    }

    void nanAndUnknownCodes()
    {
        auto id = valid();
        id.massInRunningOrder = units::kilograms(std::numeric_limits<double>::quiet_NaN());
        auto e = only(identityErrors(id, kToday));
        QCOMPARE(QString::fromStdString(e.field), QStringLiteral("vehicle.identity.mass_in_running_order"));
        id = valid();
        id.category = "X9";
        QCOMPARE(QString::fromStdString(only(identityErrors(id, kToday)).field),
                 QStringLiteral("vehicle.identity.category"));
        id = valid();
        id.energy = "DIESEL";
        QCOMPARE(QString::fromStdString(only(identityErrors(id, kToday)).field),
                 QStringLiteral("vehicle.identity.energy"));
    }

    void allErrorsReportedTogether()
    {
        auto id = valid();
        id.vin = "VF1";
        id.firstRegistration = { 2030, 1, 1 };
        id.gvw = units::kilograms(1000);
        try {
            validateIdentity(id, kToday);
            QFAIL("bad identity accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.errors().size(), std::size_t(3));
            QVERIFY(QString(e.what()).contains(QStringLiteral("vehicle.identity.vin")));
        }
    }

    void energyCodes()
    {
        QVERIFY(energyIsThermal("GO"));
        QVERIFY(energyIsThermal("ES"));
        QVERIFY(energyIsThermal("GP"));
        QVERIFY(!energyIsThermal("EL"));
        QVERIFY(!energyIsThermal("H2"));
        QVERIFY(!energyIsThermal("XX"));
    }

    void dateArithmetic()
    {
        QCOMPARE(daysSinceEpoch({ 1970, 1, 1 }), 0LL);
        QCOMPARE(daysSinceEpoch({ 2000, 1, 1 }), 10957LL);
        QCOMPARE(daysSinceEpoch({ 2024, 3, 1 }) - daysSinceEpoch({ 2024, 2, 28 }), 2LL);
        QCOMPARE(addYears({ 2020, 2, 29 }, 5), (Date { 2025, 2, 28 }));
        QCOMPARE(addYears({ 2020, 2, 29 }, 4), (Date { 2024, 2, 29 }));
        QCOMPARE(addYears({ 2021, 11, 2 }, 5), (Date { 2026, 11, 2 }));
        QVERIFY((Date { 2021, 12, 1 }) > (Date { 2021, 11, 30 }));
        QCOMPARE(parseIsoDate("2020-03-13"), std::optional<Date>(Date { 2020, 3, 13 }));
        QVERIFY(!parseIsoDate("2023-02-29"));
        QVERIFY(!parseIsoDate("13/03/2020"));
        QVERIFY(!parseIsoDate("2020-3-13"));
        QCOMPARE(QString::fromStdString(toIsoString({ 2020, 3, 13 })), QStringLiteral("2020-03-13"));
    }

    void registrationStatusCodes()
    {
        RegistrationStatus s;
        QVERIFY(registrationStatusFromCode("fr-ww", s));
        QCOMPARE(s, RegistrationStatus::FrenchTemporaryWW);
        QVERIFY(!registrationStatusFromCode("temporary", s));
    }
};

QTEST_APPLESS_MAIN(TestVehicleIdentity)
#include "tst_vehicle_identity.moc"
