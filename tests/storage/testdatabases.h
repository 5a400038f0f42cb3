// Fresh databases for the storage tests, on the backend the suite runs on (issue 14). By default
// each is a new SQLite file; when REMASTER_TEST_POSTGRES holds the URI of a test server's
// maintenance database (tests/postgres/cluster.sh prints it; CTest's PostgreSQL fixture sets
// it), each is a new database created on that server, so the same tests run on both backends.
#pragma once

#include "storage/database.h"
#include "storage/databaselocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

namespace testdb {

inline bool postgres()
{
    return qEnvironmentVariableIsSet("REMASTER_TEST_POSTGRES");
}

// Runs `sql` on the PostgreSQL database at `location` through a plain QPSQL connection, not
// ReMaster's; false and a warning when it fails. `first` gets the first value of the first row.
inline bool onDatabase(const QString &location, const QString &sql, QVariant *first = nullptr)
{
    using namespace remaster::storage;
    QString error;
    const auto l = DatabaseLocations::parse(location, &error);
    if (!l || !l->isPostgres()) {
        qWarning("not a PostgreSQL URI: %s %s", qPrintable(location), qPrintable(error));
        return false;
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("testdb-plain"));
        db.setHostName(l->host);
        db.setPort(l->port);
        db.setDatabaseName(l->database);
        db.setUserName(l->user);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            else if (first && q.next())
                *first = q.value(0);
        } else {
            qWarning("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("testdb-plain"));
    return ok;
}

// Runs `sql` on the test server's maintenance database.
inline bool onServer(const QString &sql)
{
    return onDatabase(qEnvironmentVariable("REMASTER_TEST_POSTGRES"), sql);
}

// The location of a new, empty database named after `name` (unique within one test process).
inline QString fresh(const QTemporaryDir &dir, const QString &name)
{
    using namespace remaster::storage;
    if (!postgres())
        return dir.filePath(name + QStringLiteral(".sqlite"));
    QString clean = name.toLower();
    for (QChar &c : clean)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    const QString database = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(clean).left(63);
    if (!onServer(QStringLiteral("CREATE DATABASE %1").arg(database)))
        return {};
    DatabaseLocation location = *DatabaseLocations::parse(qEnvironmentVariable("REMASTER_TEST_POSTGRES"), nullptr);
    location.database = database;
    return location.uri();
}

// Backend-neutral probes of the schema, for tests that look under the store.
inline bool tableExists(remaster::storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (db.backend() == remaster::storage::DatabaseBackend::Postgres) {
        q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
        q.addBindValue(table);
        return q.exec() && q.next() && q.value(0).toBool();
    }
    q.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ?"));
    q.addBindValue(table);
    return q.exec() && q.next() && q.value(0).toInt() > 0;
}

// Pretends a newer ReMaster wrote the schema.
inline bool setSchemaVersion(remaster::storage::Database &db, int version)
{
    QSqlQuery q(db.connection());
    if (db.backend() == remaster::storage::DatabaseBackend::Postgres)
        return q.exec(
            QStringLiteral("UPDATE remaster_meta SET value = '%1' WHERE key = 'schema_version'").arg(version));
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace testdb
