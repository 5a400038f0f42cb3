// The team database (issue 14): what a user types as --db, and what only a shared PostgreSQL
// server can show: a foreign database left untouched, two workstations creating the schema and
// numbering sheets at the same moment, the server refusing what the store would refuse. The
// parsing tests run everywhere; the server tests need REMASTER_TEST_POSTGRES (CTest's
// storage_teamdatabase_postgresql) and say so when skipped.
#include "sheetfixtures.h"
#include "testdatabases.h"

#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/databaselocation.h"
#include "storage/sheetchangelistener.h"
#include "storage/sheetstore.h"
#include "storage/teamroles.h"

#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace remaster::storage;

class TestTeamDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshLocation() { return testdb::fresh(m_dir, QStringLiteral("team-%1").arg(++m_count)); }

    static QVariant scalar(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    // Ends a server session and waits until it is gone (pg_terminate_backend only signals it):
    // otherwise the client's next statement may still reach it.
    static bool terminateBackend(int pid)
    {
        if (!testdb::onServer(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)))
            return false;
        for (int i = 0; i < 200; ++i) {
            QVariant alive;
            if (!testdb::onDatabase(qEnvironmentVariable("REMASTER_TEST_POSTGRES"),
                                    QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid),
                                    &alive))
                return false;
            if (alive.toInt() == 0)
                return true;
            QThread::msleep(25);
        }
        return false;
    }

private slots:
    // --- what the user types ------------------------------------------------------------------

    void filePathsAndSqliteScheme_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << "team.sqlite"
                               << "team.sqlite";
        QTest::newRow("absolute") << "/srv/remaster/team.sqlite"
                                  << "/srv/remaster/team.sqlite";
        QTest::newRow("scheme") << "sqlite:team.sqlite"
                                << "team.sqlite";
        QTest::newRow("windows drive") << "C:\\Users\\me\\team.sqlite"
                                       << "C:\\Users\\me\\team.sqlite";
        QTest::newRow("spaces kept inside") << "  my team.sqlite "
                                            << "my team.sqlite";
    }
    void filePathsAndSqliteScheme()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        QString error;
        const auto location = DatabaseLocations::parse(text, &error);
        QVERIFY2(location, qPrintable(error));
        QCOMPARE(location->backend, DatabaseBackend::Sqlite);
        QCOMPARE(location->sqlitePath, path);
    }

    void postgresUris()
    {
        QString error;
        auto l = DatabaseLocations::parse(
            QStringLiteral("postgresql://engineer@db.flins.example:5433/remaster?sslmode=require"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->backend, DatabaseBackend::Postgres);
        QCOMPARE(l->user, QStringLiteral("engineer"));
        QCOMPARE(l->host, QStringLiteral("db.flins.example"));
        QCOMPARE(l->port, 5433);
        QCOMPARE(l->database, QStringLiteral("remaster"));
        QCOMPARE(l->options.value(QStringLiteral("sslmode")), QStringLiteral("require"));
        const QString options = l->connectOptions();
        QVERIFY2(options.contains(QStringLiteral("sslmode='require'")), qPrintable(options));
        QVERIFY2(options.contains(QStringLiteral("connect_timeout=10")), qPrintable(options));
        QCOMPARE(l->displayName(), QStringLiteral("postgresql://engineer@db.flins.example:5433/remaster"));

        // libpq's socket form: no host in the authority, the socket folder in ?host=.
        l = DatabaseLocations::parse(QStringLiteral("postgres://me@/team?host=/run/postgresql"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->host, QStringLiteral("/run/postgresql"));
        QCOMPARE(l->port, 5432);
        QCOMPARE(l->database, QStringLiteral("team"));

        // IPv6 literal and a percent-encoded user name.
        l = DatabaseLocations::parse(QStringLiteral("postgresql://j%20doe@[::1]:6000/remaster"), &error);
        QVERIFY2(l, qPrintable(error));
        QCOMPARE(l->host, QStringLiteral("::1"));
        QCOMPARE(l->port, 6000);
        QCOMPARE(l->user, QStringLiteral("j doe"));
    }

    void uriRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("tcp") << "postgresql://engineer@db.example:5433/remaster?sslmode=verify-full";
        QTest::newRow("socket") << "postgresql://me@/team?host=/tmp/pg%20dir&port=55432";
        QTest::newRow("ipv6") << "postgresql://me@[::1]:5432/x";
        QTest::newRow("sqlite") << "sqlite:/tmp/a b.sqlite";
    }
    void uriRoundTrips()
    {
        QFETCH(QString, text);
        QString error;
        const auto first = DatabaseLocations::parse(text, &error);
        QVERIFY2(first, qPrintable(error));
        const auto again = DatabaseLocations::parse(first->uri(), &error);
        QVERIFY2(again, qPrintable(first->uri() + QStringLiteral(": ") + error));
        QCOMPARE(again->backend, first->backend);
        QCOMPARE(again->sqlitePath, first->sqlitePath);
        QCOMPARE(again->host, first->host);
        QCOMPARE(again->port, first->port);
        QCOMPARE(again->user, first->user);
        QCOMPARE(again->database, first->database);
        QCOMPARE(again->options.value(QStringLiteral("sslmode")), first->options.value(QStringLiteral("sslmode")));
    }

    void badLocationsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << "  "
                               << "no database given";
        QTest::newRow("password") << "postgresql://me:secret@host/db"
                                  << "~/.pgpass";
        QTest::newRow("password option") << "postgresql://me@host/db?password=secret"
                                         << "PGPASSWORD";
        QTest::newRow("other scheme") << "mysql://me@host/db"
                                      << "unknown database scheme 'mysql'";
        QTest::newRow("no database") << "postgresql://me@host:5432/"
                                     << "names no database";
        QTest::newRow("port text") << "postgresql://me@host:http/db"
                                   << "port 'http'";
        QTest::newRow("port range") << "postgresql://me@host:70000/db"
                                    << "1 … 65535";
        QTest::newRow("unknown option") << "postgresql://me@host/db?ssl=true"
                                        << "unknown PostgreSQL connection option 'ssl'";
        QTest::newRow("tls mode") << "postgresql://me@host/db?sslmode=always"
                                  << "sslmode 'always'";
        QTest::newRow("two hosts") << "postgresql://me@a/db?host=b"
                                   << "two hosts";
        QTest::newRow("host list") << "postgresql://me@a,b/db"
                                   << "several PostgreSQL hosts";
        QTest::newRow("semicolon") << "postgresql://me@a/db?application_name=x%3By"
                                   << "';'";
        QTest::newRow("sqlite empty") << "sqlite:"
                                      << "needs a file path";
    }
    void badLocationsNameWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!DatabaseLocations::parse(text, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("secret")), qPrintable(error)); // never echoed
        // Database::open says the same and touches nothing.
        Database db;
        const auto r = db.open(text);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY2(r.message.contains(expected), qPrintable(r.message));
    }

    void unreachableServerFailsWithinTheTimeout()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            QSKIP("Qt's QPSQL driver is not installed (libqt6sql6-psql)");
        // Nothing listens on this socket folder: libpq fails at once, with its own reason.
        Database db;
        const auto r
            = db.open(QStringLiteral("postgresql://nobody@/remaster?host=") + m_dir.filePath(QStringLiteral("none")));
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("Cannot connect")), qPrintable(r.message));
        QVERIFY(!db.isOpen());
    }

    // --- on a PostgreSQL server ---------------------------------------------------------------

    void foreignDatabaseIsLeftUntouched()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        const QString location = freshLocation();
        // An empty database becomes ReMaster's; so first make it someone else's.
        QVERIFY(testdb::onDatabase(location, QStringLiteral("CREATE TABLE invoice (id INT, amount NUMERIC)")));
        Database db;
        const auto r = db.open(location);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("another application")), qPrintable(r.message));
        // Nothing was added.
        QVariant tables;
        QVERIFY(testdb::onDatabase(
            location, QStringLiteral("SELECT string_agg(tablename, ',') FROM pg_tables WHERE schemaname = 'public'"),
            &tables));
        QCOMPARE(tables.toString(), QStringLiteral("invoice"));
    }

    void newerSchemaOpensReadOnlyInTheServer()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        const QString location = freshLocation();
        {
            Database db;
            QVERIFY(db.open(location).ok());
            QVERIFY(testdb::setSchemaVersion(db, Database::latestSchemaVersion() + 1));
        }
        Database db;
        const auto r = db.open(location);
        QCOMPARE(r.status, Database::Status::OpenedReadOnly);
        QVERIFY(db.isReadOnly());
        // Not only ReMaster refuses: the session itself is read-only.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("CREATE TABLE x (y INT)")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("read-only")), qPrintable(q.lastError().text()));
    }

    void twoWorkstationsCreateTheSchemaAtOnce()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        const QString location = freshLocation();
        constexpr int kWorkstations = 4;
        std::atomic<int> opened { 0 };
        QStringList messages;
        QMutex lock;
        QList<QThread *> threads;
        for (int i = 0; i < kWorkstations; ++i) {
            threads.append(QThread::create([&] {
                Database db;
                const auto r = db.open(location);
                if (r.status == Database::Status::Opened && db.schemaVersion() == Database::latestSchemaVersion())
                    ++opened;
                QMutexLocker l(&lock);
                messages.append(r.message);
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(60000));
            delete t;
        }
        QVERIFY2(opened == kWorkstations, qPrintable(messages.join(QLatin1Char('\n'))));
        Database db;
        QVERIFY(db.open(location).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'sheet_revision_sealed'"))
                     .toInt(),
                 1);
    }

    void concurrentWritersNumberSheetsWithoutGapsOrDuplicates()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        const QString location = freshLocation();
        {
            Database db;
            QVERIFY(db.open(location).ok());
        }
        constexpr int kWriters = 4;
        constexpr int kSheetsEach = 8;
        QStringList numbers, failures;
        QMutex lock;
        QList<QThread *> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.append(QThread::create([&, w] {
                Database db;
                const auto r = db.open(location);
                if (!r.ok()) {
                    QMutexLocker l(&lock);
                    failures.append(r.message);
                    return;
                }
                SheetStore store(db);
                for (int i = 0; i < kSheetsEach; ++i) {
                    SheetError e;
                    const auto n = store.create(sheetfixtures::content(w * 100 + i), &e);
                    QMutexLocker l(&lock);
                    if (n)
                        numbers.append(*n);
                    else
                        failures.append(e.message);
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(numbers.size(), kWriters * kSheetsEach);
        QCOMPARE(QSet<QString>(numbers.begin(), numbers.end()).size(), kWriters * kSheetsEach);
        Database db;
        QVERIFY(db.open(location).ok());
        SheetStore store(db);
        SheetError e;
        const QStringList stored = store.numbers(&e);
        QCOMPARE(stored.size(), kWriters * kSheetsEach);
        const int year = QDate::currentDate().year();
        for (int i = 0; i < stored.size(); ++i) // 0001, 0002, ... in order: no gap
            QCOMPARE(stored.at(i), QStringLiteral("%1-%2").arg(year).arg(i + 1, 4, 10, QLatin1Char('0')));
        QVERIFY(store.verify(&e).isEmpty());
    }

    void anotherWorkstationsChangeIsAnnounced()
    {
        Database db;
        if (!testdb::postgres()) {
            // On a file nobody announces anything: the listener says so instead of pretending.
            QVERIFY(db.open(freshLocation()).ok());
            QVERIFY(!SheetChangeListener(db).isActive());
            return;
        }
        const QString location = freshLocation();
        QVERIFY(db.open(location).ok());
        SheetChangeListener listener(db);
        QVERIFY(listener.isActive());
        QSignalSpy changed(&listener, &SheetChangeListener::sheetChanged);
        Database other; // the workshop's desktop
        QVERIFY(other.open(location).ok());
        SheetError e;
        const auto number = SheetStore(other).create(sheetfixtures::content(1), &e);
        QVERIFY(number);
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(0).toString(), *number);
        QCOMPARE(changed.first().at(1).toBool(), false);
        // A change made here is announced as ours.
        changed.clear();
        QVERIFY(SheetStore(db).transition(*number, SheetStatus::InReview, SignOffRole::Engineer,
                                          QStringLiteral("E. Martin"), &e));
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().at(1).toBool(), true);
    }

    void onlyHomologationApprovesOnceTheRolesAreSetUp()
    {
        Database db;
        QVERIFY(db.open(freshLocation()).ok());
        QString error;
        if (!testdb::postgres()) {
            QVERIFY(!TeamRoles::setUp(db, &error));
            QVERIFY2(error.contains(QStringLiteral("PostgreSQL")), qPrintable(error));
            return;
        }
        SheetError e;
        // Before db init a team database behaves as a file: anyone approves.
        const auto early = SheetStore(db).create(sheetfixtures::withRules(sheetfixtures::content(1), {}), &e);
        QVERIFY(early);
        const auto report = TeamRoles::setUp(db, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->created.size() + report->existing.size(), 4);
        QVERIFY(TeamRoles::setUp(db, &error)); // again: nothing new, no error
        const QString pid = QString::number(QCoreApplication::applicationPid());
        const QString engineer = QStringLiteral("eve_") + pid, homologation = QStringLiteral("hugo_") + pid;
        QVERIFY(testdb::onServer(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE remaster_engineer").arg(engineer)));
        QVERIFY(
            testdb::onServer(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE remaster_homologation").arg(homologation)));
        auto as = [&](const QString &user) {
            DatabaseLocation l = db.location();
            l.user = user;
            return l;
        };
        {
            Database eve;
            const auto opened = eve.open(as(engineer));
            QVERIFY2(opened.ok(), qPrintable(opened.message));
            QCOMPARE(eve.userName(), engineer);
            SheetStore store(eve);
            const auto n = store.create(sheetfixtures::withRules(sheetfixtures::content(2), {}), &e);
            QVERIFY2(n, qPrintable(e.message));
            QVERIFY(store.transition(*n, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("Eve"), &e));
            QVERIFY(!store.transition(*n, SheetStatus::Approved, SignOffRole::Homologation, QStringLiteral("Eve"), &e));
            QVERIFY2(e.message.contains(QStringLiteral("remaster_homologation")) && e.message.contains(engineer),
                     qPrintable(e.message));
            QCOMPARE(store.load(*n, &e)->latest().status, SheetStatus::InReview);
            // Nor with psql: no deleting, no dropping the triggers that guard the record.
            QSqlQuery q(eve.connection());
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM sheet")));
            QVERIFY(!q.exec(QStringLiteral("DROP TRIGGER sheet_revision_sealed ON sheet_revision")));
            QVERIFY(!q.exec(QStringLiteral("UPDATE remaster_meta SET value = 'off' WHERE key = 'roles'")));
        }
        {
            Database hugo;
            QVERIFY(hugo.open(as(homologation)).ok());
            SheetStore store(hugo);
            const QString n = store.numbers(&e).last();
            QVERIFY2(
                store.transition(n, SheetStatus::Approved, SignOffRole::Homologation, QStringLiteral("H. Petit"), &e),
                qPrintable(e.message));
            const SheetRevision approved = store.load(n, &e)->latest();
            QCOMPARE(approved.signOffs.last().name, QStringLiteral("H. Petit"));
            QCOMPARE(approved.signOffs.last().dbUser, homologation); // the server's user, beside the typed name
            // Recording it built is the workshop's.
            QVERIFY(!store.recordBuilt(n, approved, QStringLiteral("H. Petit"), &e));
            QVERIFY2(e.message.contains(QStringLiteral("remaster_workshop")), qPrintable(e.message));
            QVERIFY(store.verify(&e).isEmpty());
        }
        testdb::onServer(QStringLiteral("DROP ROLE %1").arg(engineer));
        testdb::onServer(QStringLiteral("DROP ROLE %1").arg(homologation));
    }

    void aDroppedConnectionIsMadeAgainByTheNextSave()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        Database db;
        QVERIFY(db.open(freshLocation()).ok());
        int handled = 0;
        db.setReconnectHandler([&] { ++handled; });
        SheetStore store(db);
        SheetError e;
        QVERIFY(store.create(sheetfixtures::content(1), &e));
        // The server drops this workstation's connection (a restart, a cut network).
        const int pid = scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(pid > 0);
        QVERIFY(terminateBackend(pid));
        // The next save notices, connects again, and writes the whole sheet on the new connection.
        const auto second = store.create(sheetfixtures::content(2), &e);
        QVERIFY2(second, qPrintable(e.message));
        // A read that meets a dropped connection reports it once; the read after connects again.
        const int pid2 = scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        QVERIFY(terminateBackend(pid2));
        SheetError lost;
        store.numbers(&lost);
        QCOMPARE(lost.kind, SheetError::Database);
        QCOMPARE(store.numbers(&e).size(), 2);
        QCOMPARE(db.reconnectCount(), 2);
        QCOMPARE(handled, 2);
        QVERIFY(scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt() != pid);
        QCOMPARE(store.numbers(&e).size(), 2);
        QVERIFY(store.verify(&e).isEmpty());
    }

    // Two and eight workstations saving the same two drafts as fast as they can, each on the
    // revision it loaded: a save over another's is refused as a conflict and retried on the new
    // one. Each successful save increments a counter in the notes it loaded, so a lost update
    // (two saves on the same base both accepted) would leave the counter below the successes.
    void concurrentEditorsNeverLoseAnUpdate_data()
    {
        QTest::addColumn<int>("writers");
        QTest::newRow("2 writers") << 2;
        QTest::newRow("8 writers") << 8;
    }
    void concurrentEditorsNeverLoseAnUpdate()
    {
        QFETCH(int, writers);
        const QString location = freshLocation();
        QStringList numbers;
        {
            Database db;
            QVERIFY(db.open(location).ok());
            SheetError e;
            for (int i = 0; i < 2; ++i) {
                SheetRevision r = sheetfixtures::content(i + 1);
                r.notes = QStringLiteral("0");
                numbers.append(*SheetStore(db).create(r, &e));
            }
        }
        constexpr int kSavesEach = 12;
        std::atomic<int> conflicts { 0 }, failures { 0 };
        QList<std::atomic<int> *> successes;
        for (int i = 0; i < 2; ++i)
            successes.append(new std::atomic<int>(0));
        QStringList problems;
        QMutex lock;
        QList<QThread *> threads;
        for (int w = 0; w < writers; ++w) {
            threads.append(QThread::create([&, w] {
                Database db;
                if (!db.open(location).ok()) {
                    ++failures;
                    return;
                }
                SheetStore store(db);
                for (int k = 0; k < kSavesEach; ++k) {
                    const int which = (w + k) % 2;
                    for (int attempt = 0; attempt < 200; ++attempt) {
                        SheetError e;
                        const auto sheet = store.load(numbers.at(which), &e);
                        if (!sheet) {
                            QMutexLocker l(&lock);
                            problems.append(e.message);
                            ++failures;
                            return;
                        }
                        SheetRevision r = sheet->latest(); // keeps the hash it was loaded with
                        r.notes = QString::number(r.notes.toInt() + 1);
                        if (store.saveContent(numbers.at(which), r, &e)) {
                            ++*successes.at(which);
                            break;
                        }
                        if (e.kind != SheetError::Conflict) {
                            QMutexLocker l(&lock);
                            problems.append(e.message);
                            ++failures;
                            return;
                        }
                        ++conflicts;
                    }
                }
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            QVERIFY(t->wait(300000));
            delete t;
        }
        QVERIFY2(failures == 0, qPrintable(problems.join(QLatin1Char('\n'))));
        Database db;
        QVERIFY(db.open(location).ok());
        SheetStore store(db);
        SheetError e;
        int total = 0;
        for (int i = 0; i < 2; ++i) {
            const int counted = store.load(numbers.at(i), &e)->latest().notes.toInt();
            QCOMPARE(counted, successes.at(i)->load()); // nothing lost
            total += counted;
            delete successes.at(i);
        }
        QCOMPARE(total, writers * kSavesEach);
        QVERIFY(store.verify(&e).isEmpty());
        qInfo("%d writers: %d saves, %d conflicts detected and retried", writers, total, conflicts.load());
    }

    // A real server stop and start in the middle of a run, on a cluster of its own (the shared
    // test server serves the other suites meanwhile).
    void aServerRestartLosesNothing()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        const QString script = QStringLiteral(REMASTER_SOURCE_DIR "/tests/postgres/cluster.sh");
        const QString dir = QStringLiteral("/tmp/remaster-pg-restart-%1").arg(QCoreApplication::applicationPid());
        auto cluster = [&](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral("bash"), QStringList { script } + args);
            const bool ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
            if (out)
                *out = p.readAllStandardOutput().trimmed();
            if (!ok)
                qWarning("cluster.sh %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                         p.readAllStandardError().constData());
            return ok;
        };
        QByteArray uri;
        QVERIFY(cluster({ QStringLiteral("start"), dir, QStringLiteral("55499") }, &uri));
        const auto stop = qScopeGuard([&] { cluster({ QStringLiteral("stop"), dir }); });
        DatabaseLocation location = *DatabaseLocations::parse(QString::fromUtf8(uri), nullptr);
        Database db;
        const auto opened = db.open(location); // the maintenance database: fine for this test
        QVERIFY2(opened.ok(), qPrintable(opened.message));
        SheetStore store(db);
        SheetError e;
        QStringList numbers;
        for (int i = 1; i <= 3; ++i)
            numbers.append(*store.create(sheetfixtures::content(i), &e));
        QVERIFY(cluster({ QStringLiteral("restart"), dir }));
        // The first save after the restart reconnects and is whole; nothing before it is lost.
        const auto after = store.create(sheetfixtures::content(4), &e);
        QVERIFY2(after, qPrintable(e.message));
        QCOMPARE(db.reconnectCount(), 1);
        numbers.append(*after);
        QCOMPARE(store.numbers(&e), numbers);
        QVERIFY(store.verify(&e).isEmpty());
    }

    void serverRefusesTruncateOfTheRecord()
    {
        if (!testdb::postgres())
            QSKIP("needs REMASTER_TEST_POSTGRES (run by storage_teamdatabase_postgresql)");
        Database db;
        QVERIFY(db.open(freshLocation()).ok());
        SheetStore store(db);
        SheetError e;
        QVERIFY(store.create(sheetfixtures::content(1), &e));
        for (const char *table : { "sheet", "sheet_revision", "sheet_bom_line", "sheet_work_step", "sheet_signoff" }) {
            QSqlQuery q(db.connection());
            QVERIFY2(!q.exec(QStringLiteral("TRUNCATE %1 CASCADE").arg(QLatin1String(table))), table);
        }
        QCOMPARE(store.numbers(&e).size(), 1);
        QVERIFY(store.verify(&e).isEmpty());
    }

    // --- db copy: SQLite file -> this suite's backend -> SQLite file ---------------------------

    void copyMovesEverySheetAndComesBackIdentical()
    {
        Database source;
        QVERIFY(source.open(m_dir.filePath(QStringLiteral("copy-source-%1.sqlite").arg(++m_count))).ok());
        CatalogStore(source).seedBundled();
        SheetStore sheets(source);
        SheetError e;
        QStringList numbers;
        for (int i = 1; i <= 5; ++i)
            numbers.append(*sheets.create(sheetfixtures::withRules(sheetfixtures::content(i), {}), &e));
        // One sheet along the whole workflow: sealed revisions, sign-offs, a second revision.
        QVERIFY(sheets.transition(numbers[1], SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("E. Martin"),
                                  &e));
        QVERIFY(sheets.transition(numbers[1], SheetStatus::Approved, SignOffRole::Homologation,
                                  QStringLiteral("H. Petit"), &e));
        QVERIFY2(sheets.recordBuilt(numbers[1], sheets.load(numbers[1], &e)->latest(), QStringLiteral("W. Lead"), &e),
                 qPrintable(e.message));
        QString error;
        QVERIFY2(CatalogStore(source).duplicate(QStringLiteral("m3-2019-van-l3h2-fwd-3500"), QStringLiteral("our-van"),
                                                QStringLiteral("Our van"), &error),
                 qPrintable(error));

        Database team;
        QVERIFY(team.open(freshLocation()).ok());
        CatalogStore(team).seedBundled();
        const auto report = DatabaseCopy::run(source, team, false, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->sheetsCopied, 5);
        QCOMPARE(report->revisionsCopied, 6);
        QCOMPARE(report->revisionsVerified, 6);
        QCOMPARE(report->catalogEntriesCopied, 1);
        SheetStore teamSheets(team);
        QCOMPARE(teamSheets.numbers(&e), numbers);
        QVERIFY(CatalogStore(team).contains(QStringLiteral("our-van")));
        const auto built = teamSheets.load(numbers[1], &e);
        QCOMPARE(built->revisions.size(), 2);
        QCOMPARE(built->latest().status, SheetStatus::Built);
        QCOMPARE(built->revisions.first().signOffs.size(), 2);

        // A second copy into the now non-empty target is refused, nothing changed ...
        QVERIFY(!DatabaseCopy::run(source, team, false, &error));
        QVERIFY2(error.contains(QStringLiteral("already holds 5")), qPrintable(error));
        // ... a merge finds everything present ...
        const auto merged = DatabaseCopy::run(source, team, true, &error);
        QVERIFY2(merged, qPrintable(error));
        QCOMPARE(merged->sheetsCopied, 0);
        QCOMPARE(merged->sheetsAlreadyPresent, 5);
        // ... and back to a new file, every hash the same as the original.
        Database back;
        QVERIFY(back.open(m_dir.filePath(QStringLiteral("copy-back-%1.sqlite").arg(++m_count))).ok());
        CatalogStore(back).seedBundled();
        QVERIFY2(DatabaseCopy::run(team, back, false, &error), qPrintable(error));
        SheetStore backSheets(back);
        for (const QString &n : numbers) {
            const auto a = sheets.load(n, &e);
            const auto b = backSheets.load(n, &e);
            QCOMPARE(b->revisions.size(), a->revisions.size());
            for (int r = 0; r < a->revisions.size(); ++r) {
                QCOMPARE(b->revisions.at(r).hash, a->revisions.at(r).hash);
                QCOMPARE(b->revisions.at(r).createdAt, a->revisions.at(r).createdAt);
            }
        }
        QVERIFY(backSheets.verify(&e).isEmpty());
    }

    void mergeRefusesASheetWithOtherContentAndChangesNothing()
    {
        Database source;
        QVERIFY(source.open(m_dir.filePath(QStringLiteral("merge-source-%1.sqlite").arg(++m_count))).ok());
        SheetError e;
        QVERIFY(SheetStore(source).create(sheetfixtures::content(1), &e));
        Database team;
        QVERIFY(team.open(freshLocation()).ok());
        // The same number, other content: made on another desktop before the merge.
        QVERIFY(SheetStore(team).create(sheetfixtures::content(2), &e));
        QVERIFY(SheetStore(team).create(sheetfixtures::content(3), &e));
        QString error;
        QVERIFY(!DatabaseCopy::run(source, team, true, &error));
        QVERIFY2(error.contains(QStringLiteral("different content")), qPrintable(error));
        QCOMPARE(SheetStore(team).numbers(&e).size(), 2);
        QVERIFY(SheetStore(team).verify(&e).isEmpty());
        // Copying a database onto itself is refused before anything is read.
        QVERIFY(!DatabaseCopy::run(team, team, true, &error));
        QVERIFY2(error.contains(QStringLiteral("same database")), qPrintable(error));
    }

    void mergeNeverOverwritesTheTargetsOwnCatalogEntry()
    {
        Database source;
        QVERIFY(source.open(m_dir.filePath(QStringLiteral("cat-source-%1.sqlite").arg(++m_count))).ok());
        CatalogStore(source).seedBundled();
        Database team;
        QVERIFY(team.open(freshLocation()).ok());
        CatalogStore(team).seedBundled();
        QString error;
        QVERIFY(CatalogStore(source).duplicate(QStringLiteral("m3-2019-van-l3h2-fwd-3500"), QStringLiteral("shared-id"),
                                               QStringLiteral("Source's van"), &error));
        QVERIFY(CatalogStore(team).duplicate(QStringLiteral("m3-2019-van-l3h2-fwd-3500"), QStringLiteral("shared-id"),
                                             QStringLiteral("Team's van"), &error));
        QVERIFY(!DatabaseCopy::run(source, team, true, &error));
        QVERIFY2(error.contains(QStringLiteral("shared-id")), qPrintable(error));
        QCOMPARE(CatalogStore(team).entryJson(QStringLiteral("shared-id")).value(QLatin1String("label")).toString(),
                 QStringLiteral("Team's van"));
    }
};

QTEST_GUILESS_MAIN(TestTeamDatabase)
#include "tst_teamdatabase.moc"
