// remaster-cli driven as users script it: exit codes, --json output, and clear errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(QStringList args, bool withDb = true)
    {
        if (withDb)
            args = QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("cli.sqlite")) } + args;
        QProcess p;
        // Keep the user's real data folders out of reach even for commands without --db.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(REMASTER_CLI_PATH), args);
        if (!p.waitForFinished(60000))
            qFatal("remaster-cli did not finish");
        return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write test file");
        f.write(content);
        return f.fileName();
    }

private slots:
    void helpAndUsageErrors()
    {
        const Run help = cli({ QStringLiteral("--help") }, false);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("catalog list"));
        QVERIFY(help.out.contains("evaluate DESIGN.json"));
        const Run unknown = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    }

    void catalogListJson()
    {
        const Run all = cli({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(all.exitCode, 0);
        const int total = all.json().value(QLatin1String("count")).toInt();
        QVERIFY(total >= 40);
        QCOMPARE(all.json().value(QLatin1String("items")).toArray().size(), total);

        const Run filtered = cli({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--generation"),
                                   QStringLiteral("master-3"), QStringLiteral("--drive"), QStringLiteral("rwd"),
                                   QStringLiteral("--gvw"), QStringLiteral("4500"), QStringLiteral("--json") });
        QCOMPARE(filtered.exitCode, 0);
        const QJsonArray items = filtered.json().value(QLatin1String("items")).toArray();
        QVERIFY(!items.isEmpty());
        QVERIFY(items.size() < total);
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("generation")).toString(), QStringLiteral("master-3"));
            QCOMPARE(o.value(QLatin1String("drive")).toString(), QStringLiteral("rwd"));
            QCOMPARE(o.value(QLatin1String("gvw_kg")).toDouble(), 4500.0);
        }
        const Run motors = cli(
            { QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("motors"), QStringLiteral("--json") });
        QVERIFY(motors.json()
                    .value(QLatin1String("items"))
                    .toArray()
                    .first()
                    .toObject()
                    .contains(QLatin1String("peak_power_kw")));
    }

    void badFilterNamesTheAcceptedValues()
    {
        const Run r
            = cli({ QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--gvw"), QStringLiteral("-5") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--gvw")) && r.err.contains(QStringLiteral("1 and 10000")));
    }

    void showEntryHumanAndJson()
    {
        const Run human
            = cli({ QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("m3-2019-van-l3h2-fwd-3500") });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Mass in running order (G)"));
        QVERIFY(human.out.contains("2,066 kg") || human.out.contains("2066 kg"));
        const Run json = cli({ QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("nissan-em57-110"),
                               QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QLatin1String("kind")).toString(), QStringLiteral("motor"));
        QVERIFY(!json.json().value(QLatin1String("sources")).toArray().isEmpty());
        const Run missing = cli({ QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("no-such-thing") });
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(QStringLiteral("no-such-thing")));
    }

    void validateReportsFileEntryAndField()
    {
        const QString bad
            = writeFile(QStringLiteral("bad-catalog.json"), R"({"format":"remaster-catalog","format_version":1,
            "catalog":"components","catalog_version":"x","sources":[{"id":"s","citation":"c"}],
            "entries":[{"id":"m1","kind":"motor","label":"M","condition":"new","technology":"PMSM",
              "peak_power":{"value":-80,"unit":"kW","source":"s","confidence":"B"},
              "continuous_power":{"value":50,"unit":"kW","source":"s","confidence":"B"},
              "peak_torque":{"value":280,"unit":"N.m","source":"s","confidence":"B"},
              "max_speed":{"value":10000,"unit":"rpm","source":"s","confidence":"B"},
              "dc_voltage_min":{"value":240,"unit":"V","source":"s","confidence":"B"},
              "dc_voltage_max":{"value":400,"unit":"V","source":"s","confidence":"B"},
              "mass":{"value":50,"unit":"kg","source":"s","confidence":"B"},
              "peak_efficiency":{"value":0.95,"unit":"1","source":"s","confidence":"B"}}]})");
        const Run r
            = cli({ QStringLiteral("catalog"), QStringLiteral("validate"), bad, QStringLiteral("--json") }, false);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject issue = r.json().value(QLatin1String("issues")).toArray().first().toObject();
        QCOMPARE(issue.value(QLatin1String("entry")).toString(), QStringLiteral("m1"));
        QCOMPARE(issue.value(QLatin1String("field")).toString(), QStringLiteral("peak_power"));
        QVERIFY(issue.value(QLatin1String("accepted")).toString().contains(QStringLiteral("1 … 500 kW")));
        const Run broken = cli({ QStringLiteral("catalog"), QStringLiteral("validate"),
                                 writeFile(QStringLiteral("broken.json"), "{ not json") },
                               false);
        QCOMPARE(broken.exitCode, 3);
        QVERIFY(broken.out.contains("malformed JSON"));
    }

    void duplicateAndImport()
    {
        const Run dup = cli({ QStringLiteral("catalog"), QStringLiteral("duplicate"),
                              QStringLiteral("m3-2019-van-l3h2-fwd-3500"), QStringLiteral("my-van-ab123cd"),
                              QStringLiteral("--label"), QStringLiteral("Customer van AB-123-CD") });
        QCOMPARE(dup.exitCode, 0);
        const Run shown = cli({ QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("my-van-ab123cd"),
                                QStringLiteral("--json") });
        QCOMPARE(shown.json().value(QLatin1String("origin")).toString(), QStringLiteral("user"));
        QCOMPARE(shown.json().value(QLatin1String("entry")).toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("Customer van AB-123-CD"));
        const Run again = cli({ QStringLiteral("catalog"), QStringLiteral("duplicate"),
                                QStringLiteral("m3-2019-van-l3h2-fwd-3500"), QStringLiteral("my-van-ab123cd") });
        QCOMPARE(again.exitCode, 3);
        const Run bad
            = cli({ QStringLiteral("catalog"), QStringLiteral("import"), writeFile(QStringLiteral("imp.json"), "[]") });
        QCOMPARE(bad.exitCode, 3);
    }

    void exampleDesignEvaluates()
    {
        const Run example = cli({ QStringLiteral("example-design") }, false);
        QCOMPARE(example.exitCode, 0);
        const QString design = writeFile(QStringLiteral("design.json"), example.out);
        const Run eval = cli({ QStringLiteral("evaluate"), design, QStringLiteral("--json") });
        QCOMPARE(eval.exitCode, 0);
        const QJsonObject json = eval.json();
        QCOMPARE(json.value(QLatin1String("format")).toString(), QStringLiteral("remaster-evaluation"));
        const QJsonArray cycles = json.value(QLatin1String("cycles")).toArray();
        QCOMPARE(cycles.size(), 9);
        for (const QJsonValue &c : cycles) {
            QVERIFY(c.toObject().value(QLatin1String("consumption_wh_per_km")).toDouble() > 100);
            QVERIFY(c.toObject().value(QLatin1String("range_km")).toDouble() > 50);
        }
        const Run human = cli({ QStringLiteral("evaluate"), design });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Power window (FR-07"));
    }

    void badDesignNamesTheField()
    {
        QJsonObject design = QJsonDocument::fromJson(cli({ QStringLiteral("example-design") }, false).out).object();
        QJsonObject kit = design.value(QLatin1String("kit")).toObject();
        kit.insert(QStringLiteral("modules_in_series"), -2);
        design.insert(QStringLiteral("kit"), kit);
        const Run r = cli({ QStringLiteral("evaluate"),
                            writeFile(QStringLiteral("bad-design.json"), QJsonDocument(design).toJson()) });
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains(QStringLiteral("kit.modules_in_series")));
        QVERIFY(r.err.contains(QStringLiteral("1 … 400")));
        const Run missing = cli({ QStringLiteral("evaluate"), m_dir.filePath(QStringLiteral("nope.json")) });
        QCOMPARE(missing.exitCode, 3);
    }

    void customCycleFileInTheDesign()
    {
        // issue 17: a cycle CSV named by its path in operation.cycles was refused ("unknown cycle
        // id") because the loaded cycle took the file's base name as its id. Also with a UTF-8 BOM
        // and CRLF line ends.
        QJsonObject design = QJsonDocument::fromJson(cli({ QStringLiteral("example-design") }, false).out).object();
        const QString plain = writeFile(QStringLiteral("my-round.csv"), "time_s,speed_kmh\n0,0\n1,5\n2,10\n3,0\n");
        const QString bomCrlf = writeFile(QStringLiteral("bom-crlf.csv"),
                                          "\xEF\xBB\xBFtime_s,speed_kmh\r\n0,0\r\n1,5\r\n2,10\r\n3,0\r\n");
        for (const QString &path : { plain, bomCrlf }) {
            QJsonObject op = design.value(QLatin1String("operation")).toObject();
            op.insert(QStringLiteral("cycles"), QJsonArray { path });
            design.insert(QStringLiteral("operation"), op);
            const QString file = writeFile(QStringLiteral("custom-cycle.json"), QJsonDocument(design).toJson());
            const Run r = cli({ QStringLiteral("evaluate"), file, QStringLiteral("--json") });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const QJsonArray cycles = r.json().value(QLatin1String("cycles")).toArray();
            QCOMPARE(cycles.size(), 3); // three payload cases
            for (const QJsonValue &c : cycles) {
                QCOMPARE(c.toObject().value(QLatin1String("cycle_id")).toString(), path);
                QVERIFY(c.toObject().value(QLatin1String("consumption_wh_per_km")).toDouble() > 0);
            }
        }
    }

    void findKitsWithAndWithoutAKit()
    {
        // A small search (two motors, one module type) so the test stays quick.
        QJsonObject design = QJsonDocument::fromJson(cli({ QStringLiteral("example-design") }, false).out).object();
        const QJsonObject kit = design.value(QLatin1String("kit")).toObject();
        const QStringList narrow = { QStringLiteral("--motors"),
                                     kit.value(QLatin1String("motor_id")).toString(),
                                     QStringLiteral("--module-types"),
                                     kit.value(QLatin1String("battery_module_id")).toString(),
                                     QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--json") };
        const QString withKit = writeFile(QStringLiteral("kf-design.json"), QJsonDocument(design).toJson());
        const Run a = cli(QStringList { QStringLiteral("find-kits"), withKit } + narrow);
        QCOMPARE(a.exitCode, 0);
        const QJsonObject ja = a.json();
        QCOMPARE(ja.value(QLatin1String("format")).toString(), QStringLiteral("remaster-kit-search"));
        QVERIFY(ja.value(QLatin1String("feasible")).toInt() > 0);
        QVERIFY(ja.contains(QLatin1String("current_kit")));
        QVERIFY(!ja.value(QLatin1String("ranked")).toArray().isEmpty());

        // Without a kit: searched all the same, no current kit, the assumed DC-DC named.
        design.remove(QStringLiteral("kit"));
        const QString noKit = writeFile(QStringLiteral("kf-nokit.json"), QJsonDocument(design).toJson());
        const Run b = cli(QStringList { QStringLiteral("find-kits"), noKit } + narrow);
        QCOMPARE(b.exitCode, 0);
        QVERIFY2(b.err.contains(QStringLiteral("DC-DC converter assumed")), qPrintable(b.err));
        const QJsonObject jb = b.json();
        QVERIFY(!jb.contains(QLatin1String("current_kit")));
        QVERIFY(jb.value(QLatin1String("feasible")).toInt() > 0);
        // …while evaluate still needs the kit, and says so.
        const Run c = cli({ QStringLiteral("evaluate"), noKit });
        QCOMPARE(c.exitCode, 3);
        QVERIFY(c.err.contains(QStringLiteral("kit: is missing")));

        // A stock file with a negative count: refused, the field named.
        const QString stock = writeFile(QStringLiteral("stock.json"),
                                        R"({"format": "remaster-module-stock", "format_version": 1,
                                            "modules": {"renault-zoe-ze40-module": -3}})");
        const Run d = cli(QStringList { QStringLiteral("find-kits"), withKit, QStringLiteral("--stock"), stock } + narrow);
        QCOMPARE(d.exitCode, 3);
        QVERIFY2(d.err.contains(QStringLiteral("renault-zoe-ze40-module")), qPrintable(d.err));
    }

    void packOutsideTheInverterRangeIsAnError()
    {
        // 14 ZE40 modules (33.6 V full each) reach 470 V, above the Leaf inverter's 405.5 V.
        QJsonObject design = QJsonDocument::fromJson(cli({ QStringLiteral("example-design") }, false).out).object();
        QJsonObject kit = design.value(QLatin1String("kit")).toObject();
        kit.insert(QStringLiteral("modules_in_series"), 14);
        design.insert(QStringLiteral("kit"), kit);
        const Run r = cli({ QStringLiteral("evaluate"),
                            writeFile(QStringLiteral("high-v.json"), QJsonDocument(design).toJson()),
                            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("kit.modules_in_series")), qPrintable(r.err));
        const QJsonObject error = r.json().value(QLatin1String("errors")).toArray().first().toObject();
        QCOMPARE(error.value(QLatin1String("field")).toString(), QStringLiteral("kit.modules_in_series"));
        QVERIFY(error.value(QLatin1String("accepted")).toString().contains(QStringLiteral("…")));
        QVERIFY(!r.json()
                     .value(QLatin1String("battery"))
                     .toObject()
                     .value(QLatin1String("inverter_window"))
                     .toObject()
                     .value(QLatin1String("pass"))
                     .toBool());
    }

    void checkListsEveryRuleAndFailsWithExit1()
    {
        QJsonObject design = QJsonDocument::fromJson(cli({ QStringLiteral("example-design") }, false).out).object();
        const Run ok
            = cli({ QStringLiteral("check"), writeFile(QStringLiteral("check-ok.json"), QJsonDocument(design).toJson()),
                    QStringLiteral("--json") });
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(!ok.json().value(QLatin1String("ruleset_version")).toString().isEmpty());
        QVERIFY(ok.json().value(QLatin1String("results")).toArray().size() > 30);
        QVERIFY(ok.json().contains(QLatin1String("mass_balance")));

        QJsonObject kit = design.value(QLatin1String("kit")).toObject();
        kit.insert(QStringLiteral("motor_id"), QStringLiteral("nissan-leaf-eplus-160"));
        kit.insert(QStringLiteral("inverter_id"), QStringLiteral("cascadia-cm200"));
        design.insert(QStringLiteral("kit"), kit);
        const QString failing = writeFile(QStringLiteral("check-fail.json"), QJsonDocument(design).toJson());
        const Run fail = cli({ QStringLiteral("check"), failing });
        QCOMPARE(fail.exitCode, 1);
        QVERIFY(fail.out.contains("FR-07"));
        QVERIFY(fail.out.indexOf("FAIL") < fail.out.indexOf("PASS"));

        const Run badRuleset = cli({ QStringLiteral("check"), failing, QStringLiteral("--ruleset"),
                                     writeFile(QStringLiteral("ruleset.json"), "{\"format\": \"remaster-ruleset\"}") });
        QCOMPARE(badRuleset.exitCode, 3);
    }

    void gradeSecondLifeModules()
    {
        const QString csv = writeFile(QStringLiteral("modules.csv"),
                                      "serial,capacity_ah,resistance_mohm\nA1,118.2,1.9\nA2,121.0,1.8\nA3,104.5,2.4\n"
                                      "A4,119.7,1.85\nA5,103.9,2.5\nA6,117.0,2.0\nA7,98.0,2.9\n");
        const Run r = cli({QStringLiteral("grade-modules"), csv, QStringLiteral("--module"), QStringLiteral("renault-zoe-ze40-module"),
                           QStringLiteral("--series"), QStringLiteral("3"), QStringLiteral("--parallel"), QStringLiteral("2"),
                           QStringLiteral("--json")});
        // The weakest module is left over; the best three make one string (capacity = its minimum).
        const QJsonObject json = r.json();
        QCOMPARE(json.value(QLatin1String("leftover")).toArray(), QJsonArray{QStringLiteral("A7")});
        const QJsonArray strings = json.value(QLatin1String("strings")).toArray();
        QCOMPARE(strings.size(), 2);
        QCOMPARE(strings.at(0).toObject().value(QLatin1String("capacity_ah")).toDouble(), 118.2);
        QCOMPARE(json.value(QLatin1String("pack_capacity_ah")).toDouble(), 118.2 + 103.9);
        // The second string's capacity spread (11 %) is above the default 10 %: exit 1.
        QCOMPARE(r.exitCode, 1);
        const Run relaxed = cli({QStringLiteral("grade-modules"), csv, QStringLiteral("--module"), QStringLiteral("renault-zoe-ze40-module"),
                                 QStringLiteral("--series"), QStringLiteral("3"), QStringLiteral("--parallel"), QStringLiteral("2"),
                                 QStringLiteral("--max-capacity-spread"), QStringLiteral("15")});
        QCOMPARE(relaxed.exitCode, 0);
        const Run bad = cli({QStringLiteral("grade-modules"), writeFile(QStringLiteral("bad.csv"), "serial,capacity_ah,resistance_mohm\nB1,-5,2\n"),
                             QStringLiteral("--module"), QStringLiteral("renault-zoe-ze40-module"), QStringLiteral("--series"),
                             QStringLiteral("1"), QStringLiteral("--parallel"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 3);
        QVERIFY(bad.err.contains(QStringLiteral("line 2, capacity_ah")));
    }

    void refusesAForeignDatabase()
    {
        const QString notDb = writeFile(QStringLiteral("notes.sqlite"), "my notes");
        const Run r = cli({ QStringLiteral("--db"), notDb, QStringLiteral("catalog"), QStringLiteral("list") }, false);
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QStringLiteral("not a ReMaster database")));
        QFile f(notDb);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("my notes"));
    }

    void frenchMessages()
    {
        const Run r = cli({ QStringLiteral("--ui-lang"), QStringLiteral("fr"), QStringLiteral("catalog"),
                            QStringLiteral("show"), QStringLiteral("no-such-thing") });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("aucune")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
