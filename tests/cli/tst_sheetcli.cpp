// `remaster-cli sheet …` as users script it: new → submit → approve → build with sign-offs,
// forbidden transitions (exit 3), show/list --json, export/import, CSV, and verify catching a
// row edited behind the app's back (exit 1). Runs on SQLite files, and on PostgreSQL databases
// when REMASTER_TEST_POSTGRES is set (CTest's cli_sheet_postgresql).
#include "../storage/testdatabases.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestSheetCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_design;

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QMap<QString, QString> m_locations;

    // The database a test names ("copy.sqlite"): that file, or one database per name on the
    // test server.
    QString location(const QString &db)
    {
        if (!testdb::postgres())
            return m_dir.filePath(db);
        if (!m_locations.contains(db))
            m_locations.insert(db, testdb::fresh(m_dir, QFileInfo(db).completeBaseName()));
        return m_locations.value(db);
    }

    Run cli(QStringList args, const QString &db = QStringLiteral("sheets.sqlite"))
    {
        args = QStringList { QStringLiteral("--db"), location(db) } + args;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(REMASTER_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("remaster-cli did not finish");
        return { p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString newSheet(const QString &db = QStringLiteral("sheets.sqlite"))
    {
        const Run r = cli({ QStringLiteral("sheet"), QStringLiteral("new"), m_design, QStringLiteral("--customer"),
                            QStringLiteral("Boulangerie Dupont"), QStringLiteral("--json") },
                          db);
        if (r.exitCode != 0)
            qFatal("sheet new failed: %s", qPrintable(r.err));
        return r.json().value(QLatin1String("number")).toString();
    }

private slots:
    void initTestCase()
    {
        const Run example = cli({ QStringLiteral("example-design") });
        QCOMPARE(example.exitCode, 0);
        QFile f(m_dir.filePath(QStringLiteral("design.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(example.out);
        m_design = f.fileName();
    }

    void newStoresDesignSnapshotBomAndSteps()
    {
        const QString n = newSheet();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d{4}$")).match(n).hasMatch(), qPrintable(n));
        const Run show = cli({ QStringLiteral("sheet"), QStringLiteral("show"), n, QStringLiteral("--json") });
        QCOMPARE(show.exitCode, 0);
        const QJsonObject o = show.json();
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(o.value(QLatin1String("customer")).toString(), QStringLiteral("Boulangerie Dupont"));
        QVERIFY(QJsonDocument(o.value(QLatin1String("design")).toObject())
                    .toJson()
                    .contains(o.value(QLatin1String("variant_id")).toString().toUtf8()));
        QCOMPARE(o.value(QLatin1String("snapshot")).toObject().value(QLatin1String("format")).toString(),
                 QStringLiteral("remaster-evaluation"));
        QVERIFY(o.value(QLatin1String("snapshot")).toObject().value(QLatin1String("rules")).isArray());
        QVERIFY(!o.value(QLatin1String("vehicles_catalog_version")).toString().isEmpty());
        const QJsonArray bom = o.value(QLatin1String("bom")).toArray();
        QVERIFY(bom.size() >= 6);
        QCOMPARE(bom.at(0).toObject().value(QLatin1String("part_number")).toString(), QStringLiteral("motor"));
        int hv = 0;
        bool isolationFilled = false;
        for (const QJsonValue &v : o.value(QLatin1String("work_steps")).toArray()) {
            const QJsonObject s = v.toObject();
            hv += s.value(QLatin1String("hv_safety")).toBool() ? 1 : 0;
            QVERIFY(!s.value(QLatin1String("text_fr")).toString().isEmpty());
            if (s.value(QLatin1String("step_id")).toString() == QLatin1String("isolation-measurement"))
                isolationFilled = s.value(QLatin1String("required_value")).toString().contains(QStringLiteral("kΩ"));
        }
        QVERIFY(hv >= 5);
        QVERIFY(isolationFilled);
        const Run human = cli({ QStringLiteral("sheet"), QStringLiteral("show"), n });
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(n.toUtf8()));
    }

    void workflowWithSignOffsAndForbiddenTransitions()
    {
        const QString n = newSheet();
        const Run early = cli(
            { QStringLiteral("sheet"), QStringLiteral("approve"), n, QStringLiteral("--name"), QStringLiteral("H") });
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.err.contains(QStringLiteral("cannot become")), qPrintable(early.err));
        const Run noName = cli({ QStringLiteral("sheet"), QStringLiteral("submit"), n });
        QCOMPARE(noName.exitCode, 2);
        QVERIFY(noName.err.contains(QStringLiteral("--name")));
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("submit"), n, QStringLiteral("--name"),
                       QStringLiteral("E. Durand") })
                     .exitCode,
                 0);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("approve"), n, QStringLiteral("--name"),
                       QStringLiteral("H. Petit") })
                     .exitCode,
                 0);
        const Run built = cli({ QStringLiteral("sheet"), QStringLiteral("build"), n, QStringLiteral("--name"),
                                QStringLiteral("W. Bernard"), QStringLiteral("--json") });
        QCOMPARE(built.exitCode, 0);
        QCOMPARE(built.json().value(QLatin1String("status")).toString(), QStringLiteral("built"));
        QCOMPARE(built.json().value(QLatin1String("revision")).toInt(), 2);
        const Run again = cli(
            { QStringLiteral("sheet"), QStringLiteral("approve"), n, QStringLiteral("--name"), QStringLiteral("H") });
        QCOMPARE(again.exitCode, 3);
        const Run rev1 = cli({ QStringLiteral("sheet"), QStringLiteral("show"), n, QStringLiteral("--revision"),
                               QStringLiteral("1"), QStringLiteral("--json") });
        QCOMPARE(rev1.json().value(QLatin1String("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(rev1.json().value(QLatin1String("sign_offs")).toArray().size(), 2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("show"), n, QStringLiteral("--revision"),
                       QStringLiteral("9") })
                     .exitCode,
                 3);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("show"), QStringLiteral("1999-0001") }).exitCode, 3);

        const Run list = cli({ QStringLiteral("sheet"), QStringLiteral("list"), QStringLiteral("--status"),
                               QStringLiteral("built"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray items = list.json().value(QLatin1String("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QLatin1String("number")).toString(), n);
        QCOMPARE(
            cli({ QStringLiteral("sheet"), QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("done") })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("list"), QStringLiteral("--from"),
                       QStringLiteral("31/12/2020") })
                     .exitCode,
                 2);
        const Run search = cli({ QStringLiteral("sheet"), QStringLiteral("list"), QStringLiteral("--search"),
                                 QStringLiteral("dupont"), QStringLiteral("--json") });
        QVERIFY(search.json().value(QLatin1String("count")).toInt() >= 2);
    }

    void exportImportCsvAndVerify()
    {
        const QString a = newSheet(QStringLiteral("source.sqlite"));
        const QString b = newSheet(QStringLiteral("source.sqlite"));
        const QString file = m_dir.filePath(QStringLiteral("export.json"));
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("export"), a, b, QStringLiteral("--out"), file },
                     QStringLiteral("source.sqlite"))
                     .exitCode,
                 0);
        const Run imported = cli({ QStringLiteral("sheet"), QStringLiteral("import"), file, QStringLiteral("--json") },
                                 QStringLiteral("copy.sqlite"));
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value(QLatin1String("imported")).toInt(), 2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("verify") }, QStringLiteral("copy.sqlite")).exitCode, 0);

        // A truncated file is refused with exit 3 and nothing imported.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        f.close();
        QFile cut(m_dir.filePath(QStringLiteral("cut.json")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(whole.left(whole.size() / 2));
        cut.close();
        const Run bad = cli({ QStringLiteral("sheet"), QStringLiteral("import"), cut.fileName() },
                            QStringLiteral("empty.sqlite"));
        QCOMPARE(bad.exitCode, 3);
        QVERIFY2(bad.err.contains(QStringLiteral("truncated")), qPrintable(bad.err));
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("list"), QStringLiteral("--json") },
                     QStringLiteral("empty.sqlite"))
                     .json()
                     .value(QLatin1String("count"))
                     .toInt(),
                 0);

        const QString csv = m_dir.filePath(QStringLiteral("bom.csv"));
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("export-csv"), QStringLiteral("--bom"), a,
                       QStringLiteral("--out"), csv },
                     QStringLiteral("source.sqlite"))
                     .exitCode,
                 0);
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QVERIFY(c.readLine().startsWith("sheet_number,revision,line,part_number"));

        // An edit behind the app's back is found, with the sheet and revision named.
        {
            remaster::storage::Database raw;
            QVERIFY(raw.open(location(QStringLiteral("copy.sqlite"))).ok());
            QSqlQuery q(raw.connection());
            QVERIFY2(q.exec(QStringLiteral(
                                "UPDATE sheet_revision SET registration = 'XX-999-XX' WHERE revision = 1 AND sheet_id ="
                                " (SELECT id FROM sheet WHERE number = '%1')")
                                .arg(b)),
                     qPrintable(q.lastError().text()));
        }
        const Run verify = cli({ QStringLiteral("sheet"), QStringLiteral("verify"), QStringLiteral("--json") },
                               QStringLiteral("copy.sqlite"));
        QCOMPARE(verify.exitCode, 1);
        QCOMPARE(verify.json().value(QLatin1String("ok")).toBool(), false);
        const QJsonArray issues = verify.json().value(QLatin1String("issues")).toArray();
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.at(0).toObject().value(QLatin1String("number")).toString(), b);
        QCOMPARE(issues.at(0).toObject().value(QLatin1String("revision")).toInt(), 1);
        const Run human = cli({ QStringLiteral("sheet"), QStringLiteral("verify") }, QStringLiteral("copy.sqlite"));
        QCOMPARE(human.exitCode, 1);
        QVERIFY(human.out.contains(b.toUtf8()));
    }

    // db copy between two databases of the suite's backend; SQLite <-> PostgreSQL is
    // storage_teamdatabase_postgresql's.
    void dbCopyMovesTheSheetsAndRefusesANonEmptyTarget()
    {
        const QString a = newSheet(QStringLiteral("dbcopy-source.sqlite"));
        const QString b = newSheet(QStringLiteral("dbcopy-source.sqlite"));
        const QString from = location(QStringLiteral("dbcopy-source.sqlite"));
        const QString target = location(QStringLiteral("dbcopy-target.sqlite"));
        const QString to = testdb::postgres() ? target : QStringLiteral("sqlite:") + target;
        const Run copy = cli({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                               QStringLiteral("--to"), to, QStringLiteral("--json") });
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QCOMPARE(copy.json().value(QLatin1String("sheets_copied")).toInt(), 2);
        QCOMPARE(copy.json().value(QLatin1String("revisions_verified")).toInt(), 2);
        const Run list = cli({ QStringLiteral("sheet"), QStringLiteral("list"), QStringLiteral("--json") },
                             QStringLiteral("dbcopy-target.sqlite"));
        QVERIFY2(list.out.contains(a.toUtf8()) && list.out.contains(b.toUtf8()), list.out.constData());
        // Again: the target is not empty any more (exit 4, the reason named); --merge is a no-op.
        const Run again = cli({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                                QStringLiteral("--to"), to });
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(QStringLiteral("--merge")), qPrintable(again.err));
        const Run merge = cli({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                                QStringLiteral("--to"), to, QStringLiteral("--merge"), QStringLiteral("--json") });
        QCOMPARE(merge.exitCode, 0);
        QCOMPARE(merge.json().value(QLatin1String("sheets_already_present")).toInt(), 2);
        // Usage and location errors.
        QCOMPARE(cli({ QStringLiteral("db") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from }).exitCode, 2);
        const Run password = cli({ QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                                   QStringLiteral("--to"), QStringLiteral("postgresql://me:secret@host/db") });
        QCOMPARE(password.exitCode, 4);
        QVERIFY2(password.err.contains(QStringLiteral("pgpass")), qPrintable(password.err));
    }

    void submitIfHashSignsOnlyTheRevisionRead()
    {
        const QString n = newSheet(QStringLiteral("ifhash.sqlite"));
        const Run shown = cli({ QStringLiteral("sheet"), QStringLiteral("submit"), n, QStringLiteral("--name"),
                                QStringLiteral("E"), QStringLiteral("--if-hash"), QString(64, QLatin1Char('0')) },
                              QStringLiteral("ifhash.sqlite"));
        QCOMPARE(shown.exitCode, 3); // not the latest revision: refused, the reason named
        QVERIFY2(shown.err.contains(QStringLiteral("changed since you opened it")), qPrintable(shown.err));
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("submit"), n, QStringLiteral("--name"),
                       QStringLiteral("E"), QStringLiteral("--if-hash"), QStringLiteral("xyz") },
                     QStringLiteral("ifhash.sqlite"))
                     .exitCode,
                 2);
    }

    void dbInitSetsUpTheTeamRolesOnAServerOnly()
    {
        const Run init = cli({ QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--json") },
                             QStringLiteral("init.sqlite"));
        if (!testdb::postgres()) {
            QCOMPARE(init.exitCode, 4);
            QVERIFY2(init.err.contains(QStringLiteral("PostgreSQL")), qPrintable(init.err));
            return;
        }
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        const QJsonObject o = init.json();
        QCOMPARE(o.value(QLatin1String("roles_created")).toArray().size()
                     + o.value(QLatin1String("roles_existing")).toArray().size(),
                 4);
        QCOMPARE(o.value(QLatin1String("schema_version")).toInt(), 3);
    }

    void usageErrors()
    {
        QCOMPARE(cli({ QStringLiteral("sheet") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("new") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("export"), QStringLiteral("2026-0001") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("sheet"), QStringLiteral("new"), m_dir.filePath(QStringLiteral("missing.json")) })
                     .exitCode,
                 3);
    }
};

QTEST_GUILESS_MAIN(TestSheetCli)
#include "tst_sheetcli.moc"
