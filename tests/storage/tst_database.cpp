// Opening the database: fresh, re-open, foreign and corrupt files, newer schema, failed upgrade.
#include "storage/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster::storage;

class TestDatabase : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static QByteArray readAll(const QString &p)
    {
        QFile f(p);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

private slots:
    void freshDatabaseGetsLatestSchema()
    {
        Database db;
        const auto r = db.open(path("fresh.sqlite"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.status, Database::Status::Opened);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA application_id")) && q.next());
        QCOMPARE(q.value(0).toInt(), Database::kApplicationId);
    }

    void reopeningIsANoOp()
    {
        {
            Database db;
            QVERIFY(db.open(path("again.sqlite")).ok());
        }
        Database db;
        const auto r = db.open(path("again.sqlite"));
        QCOMPARE(r.status, Database::Status::Opened);
        QVERIFY(r.backupPath.isEmpty());
        QCOMPARE(r.schemaVersionFound, Database::latestSchemaVersion());
    }

    void textFileIsRefusedAndUntouched()
    {
        const QString p = path("notes.sqlite");
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a database\n");
        f.close();
        Database db;
        const auto r = db.open(p);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY(r.message.contains(QStringLiteral("not a ReMaster database")));
        QCOMPARE(readAll(p), QByteArray("these are my notes, not a database\n"));
    }

    void foreignSqliteIsRefusedAndUntouched()
    {
        const QString p = path("other-app.sqlite");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(p);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices(id INTEGER)"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = readAll(p);
        Database db;
        const auto r = db.open(p);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY(r.message.contains(QStringLiteral("another application")));
        db.close();
        QCOMPARE(readAll(p), before);
    }

    void corruptFileIsRefusedAndUntouched()
    {
        const QString p = path("corrupt.sqlite");
        {
            Database db;
            QVERIFY(db.open(p).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler(x TEXT)")));
            for (int i = 0; i < 200; ++i)
                q.exec(QStringLiteral("INSERT INTO filler VALUES (hex(randomblob(200)))"));
        }
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 8192);
        f.seek(4096); // keep the header, smash the pages after it
        f.write(QByteArray(4096, '\xAB'));
        f.close();
        const QByteArray before = readAll(p);
        Database db;
        const auto r = db.open(p);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY2(r.message.contains(QStringLiteral("damaged")) || r.message.contains(QStringLiteral("Cannot open")),
                 qPrintable(r.message));
        db.close();
        QCOMPARE(readAll(p), before);
    }

    void largeDatabasesGetAPartialCheckAtOpen()
    {
        const QString p = path("large.sqlite");
        {
            Database db;
            QVERIFY(db.open(p).ok());
        }
        Database::setFullCheckLimitForTesting(0); // every file counts as large
        Database db;
        const auto r = db.open(p);
        Database::setFullCheckLimitForTesting(64LL * 1024 * 1024);
        QVERIFY2(r.status == Database::Status::Opened, qPrintable(r.message));
        // A damaged header page is still refused by the partial check.
        db.close();
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // inside page 1 (the schema), after the 100-byte file header
        f.write(QByteArray(400, '\x5A'));
        f.close();
        Database::setFullCheckLimitForTesting(0);
        Database again;
        const auto damaged = again.open(p);
        Database::setFullCheckLimitForTesting(64LL * 1024 * 1024);
        QCOMPARE(damaged.status, Database::Status::Failed);
    }

    void newerSchemaOpensReadOnly()
    {
        const QString p = path("newer.sqlite");
        {
            Database db;
            QVERIFY(db.open(p).ok());
            QSqlQuery(db.connection())
                .exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5));
        }
        Database db;
        const auto r = db.open(p);
        QCOMPARE(r.status, Database::Status::OpenedReadOnly);
        QVERIFY(r.message.contains(QStringLiteral("newer ReMaster")));
        QVERIFY(db.isReadOnly());
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("CREATE TABLE x(y INTEGER)")));
    }

    void upgradeMakesBackupAndFailedStepRollsBack()
    {
        const QString p = path("upgrade.sqlite");
        {
            Database db;
            QVERIFY(db.open(p).ok());
        }
        const int current = Database::latestSchemaVersion();
        // A next migration that creates a table and then fails: nothing of it may remain.
        QList<Migration> migrations
            = { { current + 1, "half-done step", [](QSqlDatabase &db, DatabaseBackend, QString &error) {
                     QSqlQuery q(db);
                     q.exec(QStringLiteral("CREATE TABLE half_done(x INTEGER)"));
                     error = QStringLiteral("simulated failure");
                     return false;
                 } } };
        // Only the new step is listed: the file is already at `current`, so it is the one run.
        Database::setMigrationsForTesting(&migrations);
        Database db;
        const auto r = db.open(p);
        Database::setMigrationsForTesting(nullptr);
        QCOMPARE(r.status, Database::Status::Failed);
        QVERIFY(r.message.contains(QStringLiteral("simulated failure")));
        QVERIFY(r.message.contains(QStringLiteral("left at schema")));
        db.close();

        Database again;
        QVERIFY(again.open(p).ok());
        QCOMPARE(again.schemaVersion(), current);
        QSqlQuery q(again.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The backup copy written before the attempt is a complete database at the old version.
        const QStringList backups = QDir(m_dir.path()).entryList({ QStringLiteral("upgrade.sqlite.v*.bak") });
        QCOMPARE(backups.size(), 1);
        Database backup;
        QVERIFY(backup.open(m_dir.filePath(backups.first())).ok());
        QCOMPARE(backup.schemaVersion(), current);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db;
        QVERIFY(db.open(path("tx.sqlite")).ok());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t(x INTEGER)")));
        {
            Transaction tx(db.connection());
            QVERIFY(tx.isActive());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        }
        {
            Transaction tx(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
            QVERIFY(tx.commit());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(x) FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
