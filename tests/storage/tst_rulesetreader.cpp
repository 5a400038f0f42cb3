// The rule-set reader: the bundled file, and each kind of invalid file named by file, parameter
// and accepted range.
#include "model/rules.h"
#include "storage/rulesetreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster;
using storage::RuleSetIssue;
using storage::RuleSetReader;

class TestRuleSetReader : public QObject
{
    Q_OBJECT

    static QJsonObject bundled()
    {
        QFile f(RuleSetReader::bundledPath());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("bundled rule set missing");
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    static QByteArray toJson(const QJsonObject &o) { return QJsonDocument(o).toJson(); }

    // The bundled document with one field of one parameter replaced (or removed if undefined).
    static QJsonObject withParameterField(const char *key, const char *field, const QJsonValue &v)
    {
        QJsonObject root = bundled();
        QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
        QJsonObject p = params.value(QLatin1String(key)).toObject();
        if (v.isUndefined())
            p.remove(QLatin1String(field));
        else
            p.insert(QLatin1String(field), v);
        params.insert(QLatin1String(key), p);
        root.insert(QStringLiteral("parameters"), params);
        return root;
    }

    static RuleSetIssue onlyIssue(const storage::RuleSetReadResult &r)
    {
        if (r.issues.size() != 1)
            for (const auto &i : r.issues)
                qWarning() << i.toString();
        [&] { QCOMPARE(r.issues.size(), 1); }();
        return r.issues.value(0);
    }

private slots:
    void bundledFileMatchesBuiltInDefaults()
    {
        const auto r = RuleSetReader::readFile(RuleSetReader::bundledPath());
        QVERIFY2(r.usable(), qPrintable(r.issues.value(0).toString()));
        const auto d = model::defaultRuleSetParameters();
        QCOMPARE(r.rulesetVersion, QString::fromStdString(d.version));
        QCOMPARE(r.parameters.version, d.version);
        for (const auto &spec : model::ruleSetParameterSpecs()) {
            const auto &a = model::parameterMeta(r.parameters, spec);
            const auto &b = model::parameterMeta(d, spec);
            QVERIFY2(a.ruleId == b.ruleId, spec.key);
            QVERIFY2(a.legalReference == b.legalReference, spec.key);
            QVERIFY2(a.confidence == b.confidence, spec.key);
            QVERIFY2(a.pendingConfirmation == b.pendingConfirmation, spec.key);
            QVERIFY2(a.note == b.note, spec.key);
            switch (spec.kind) {
            case model::ParameterKind::Number:
                QVERIFY2((r.parameters.*spec.number).value == (d.*spec.number).value, spec.key);
                break;
            case model::ParameterKind::Flag:
                QVERIFY2((r.parameters.*spec.flag).value == (d.*spec.flag).value, spec.key);
                break;
            case model::ParameterKind::PowerBasisChoice:
                QVERIFY2((r.parameters.*spec.basis).value == (d.*spec.basis).value, spec.key);
                break;
            }
        }
        QCOMPARE(r.parameters.powerWindowLower.value, 0.65);
        QVERIFY(r.parameters.powerWindowLower.meta.pendingConfirmation);
        QVERIFY(!r.parameters.frontAxleMinShare.meta.pendingConfirmation);
    }

    void changedFileChangesLimitsWithoutRebuild()
    {
        QJsonObject root = withParameterField("power_window_lower", "value", 0.60);
        root.insert(QStringLiteral("ruleset_version"), QStringLiteral("FR-TEST-2"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ruleset.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(toJson(root));
        f.close();
        const auto r = RuleSetReader::readFile(path);
        QVERIFY2(r.usable(), qPrintable(r.issues.value(0).toString()));
        QCOMPARE(r.parameters.powerWindowLower.value, 0.60);
        QCOMPARE(QString::fromStdString(r.parameters.version), QStringLiteral("FR-TEST-2"));
    }

    void malformedJson()
    {
        const auto r = RuleSetReader::read("{\"format\": \"remaster-ruleset\", ", QStringLiteral("broken.json"));
        QVERIFY(!r.usable());
        const auto i = onlyIssue(r);
        QCOMPARE(i.file, QStringLiteral("broken.json"));
        QVERIFY(i.message.contains(QStringLiteral("malformed JSON")));
    }

    void wrongFormatOrVersion()
    {
        QJsonObject root = bundled();
        root.insert(QStringLiteral("format"), QStringLiteral("remaster-catalog"));
        QVERIFY(onlyIssue(RuleSetReader::read(toJson(root), QStringLiteral("r.json")))
                    .message.contains(QStringLiteral("remaster-ruleset")));
        root = bundled();
        root.insert(QStringLiteral("format_version"), 2);
        auto i = onlyIssue(RuleSetReader::read(toJson(root), QStringLiteral("r.json")));
        QCOMPARE(i.accepted, QStringLiteral("1"));
        root = bundled();
        root.remove(QStringLiteral("ruleset_version"));
        i = onlyIssue(RuleSetReader::read(toJson(root), QStringLiteral("r.json")));
        QVERIFY(i.message.contains(QStringLiteral("ruleset_version")));
    }

    void outOfRangeNamesParameterAndRange()
    {
        const auto r = RuleSetReader::read(toJson(withParameterField("power_window_lower", "value", 1.5)),
                                           QStringLiteral("r.json"));
        QVERIFY(!r.usable());
        // Out of 0 … 1, and no longer below the upper bound: the first names the range.
        QVERIFY(r.issues.size() >= 1);
        const auto i = r.issues.first();
        QCOMPARE(i.file, QStringLiteral("r.json"));
        QCOMPARE(i.parameter, QStringLiteral("power_window_lower"));
        QCOMPARE(i.accepted, QStringLiteral("0 … 1"));
        QVERIFY(i.toString().contains(QStringLiteral("r.json: power_window_lower")));
    }

    void inconsistentPairRefused()
    {
        const auto i = onlyIssue(
            RuleSetReader::read(toJson(withParameterField("hv_dc_max", "value", 50)), QStringLiteral("r.json")));
        QCOMPARE(i.parameter, QStringLiteral("hv_dc_max"));
        QVERIFY(i.accepted.contains(QStringLiteral("hv_dc_min")));
    }

    void wholeNumberYears()
    {
        const auto i = onlyIssue(RuleSetReader::read(toJson(withParameterField("minimum_age_years_mn", "value", 4.5)),
                                                     QStringLiteral("r.json")));
        QCOMPARE(i.parameter, QStringLiteral("minimum_age_years_mn"));
    }

    void badFieldsOfAParameter_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("accepted");
        QTest::newRow("wrong unit") << "licence_b_max_mass"
                                    << "unit" << QJsonValue(QStringLiteral("t")) << "kg";
        QTest::newRow("value not a number") << "n1_max_mass"
                                            << "value" << QJsonValue(QStringLiteral("3500")) << "1000 … 10000 kg";
        QTest::newRow("unknown confidence")
            << "front_axle_min_share"
            << "confidence" << QJsonValue(QStringLiteral("certain")) << "high, medium, low";
        QTest::newRow("pending not a bool")
            << "mass_change_tolerance"
            << "pending_confirmation" << QJsonValue(QStringLiteral("yes")) << "true, false";
        QTest::newRow("pending missing") << "mass_change_tolerance"
                                         << "pending_confirmation" << QJsonValue(QJsonValue::Undefined)
                                         << "true, false";
        QTest::newRow("no legal reference") << "isolation_dc_ohm_per_volt"
                                            << "legal_reference" << QJsonValue(QString()) << "";
        QTest::newRow("unknown power basis")
            << "power_basis"
            << "value" << QJsonValue(QStringLiteral("continuous")) << "peak, thirty-minute";
        QTest::newRow("flag not a bool") << "licence_b_derogation_transposed"
                                         << "value" << QJsonValue(1) << "true, false";
    }
    void badFieldsOfAParameter()
    {
        QFETCH(QString, key);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, accepted);
        const auto r = RuleSetReader::read(
            toJson(withParameterField(key.toLatin1().constData(), field.toLatin1().constData(), value)),
            QStringLiteral("r.json"));
        QVERIFY(!r.usable());
        const auto i = onlyIssue(r);
        QCOMPARE(i.file, QStringLiteral("r.json"));
        QCOMPARE(i.parameter, key);
        QCOMPARE(i.field, field);
        QCOMPARE(i.accepted, accepted);
    }

    void missingAndUnknownParameters()
    {
        QJsonObject root = bundled();
        QJsonObject params = root.value(QStringLiteral("parameters")).toObject();
        params.remove(QStringLiteral("front_axle_min_share"));
        params.insert(QStringLiteral("front_axel_min_share"), params.value(QStringLiteral("n1_max_mass")));
        root.insert(QStringLiteral("parameters"), params);
        const auto r = RuleSetReader::read(toJson(root), QStringLiteral("r.json"));
        QVERIFY(!r.usable());
        QCOMPARE(r.issues.size(), 2);
        QStringList names;
        for (const auto &i : r.issues)
            names << i.parameter + QStringLiteral(": ") + i.message;
        QVERIFY2(names.contains(QStringLiteral("front_axle_min_share: is missing")), qPrintable(names.join(u'|')));
        QVERIFY2(names.contains(QStringLiteral("front_axel_min_share: is not a parameter of this format")),
                 qPrintable(names.join(u'|')));
    }

    void unreadableFile()
    {
        const auto r = RuleSetReader::readFile(QStringLiteral("/nonexistent/ruleset.json"));
        QVERIFY(!r.usable());
        QCOMPARE(onlyIssue(r).file, QStringLiteral("/nonexistent/ruleset.json"));
    }

    void reportRecordsVersionOfTheFileUsed()
    {
        // End to end: a rule set read from data drives the engine and its version is recorded.
        QJsonObject root = withParameterField("power_window_lower", "value", 0.60);
        root.insert(QStringLiteral("ruleset_version"), QStringLiteral("FR-TEST-3"));
        const auto set = RuleSetReader::read(toJson(root), QStringLiteral("r.json"));
        QVERIFY(set.usable());
        model::RuleInput in;
        in.identity.vin = "VF1MA000012345678";
        in.identity.firstRegistration = { 2015, 6, 15 };
        in.identity.category = "N1";
        in.identity.gvw = units::kilograms(3500);
        in.identity.massInRunningOrder = units::kilograms(2000);
        in.identity.maxNetPower = units::kilowatts(100);
        in.identity.energy = "GO";
        in.conversionDate = in.evaluationDate = { 2026, 11, 2 };
        in.dimensionsBefore = in.dimensionsAfter
            = { units::metres(5.5), units::metres(2.07), units::metres(2.3), units::metres(3.682) };
        in.gvwAfter = units::kilograms(3500);
        model::MassBalanceInput mb;
        mb.vehicle = { units::kilograms(2000), units::kilograms(1200), units::metres(3.5), units::kilograms(1850),
                       units::kilograms(2200), units::kilograms(3500), units::metres(3.0) };
        in.massBalance = model::computeMassBalance(mb);
        in.motorPeakPower = units::kilowatts(62); // 62 % of P.2: fails at 65 %, passes at 60 %
        in.motorContinuousPower = units::kilowatts(40);
        in.packMaxVoltage = units::volts(400);
        const auto report = model::evaluateRules(in, set.parameters);
        QCOMPARE(QString::fromStdString(report.rulesetVersion), QStringLiteral("FR-TEST-3"));
        for (const auto &res : report.results)
            if (res.ruleId == "FR-07") {
                QCOMPARE(res.status, model::RuleStatus::Pass);
                QCOMPARE(QString::fromStdString(res.rulesetVersion), QStringLiteral("FR-TEST-3"));
            }
        QCOMPARE(model::evaluateRules(in, model::defaultRuleSetParameters()).failCount, 1); // FR-07 at 65 %
    }
};

QTEST_GUILESS_MAIN(TestRuleSetReader)
#include "tst_rulesetreader.moc"
