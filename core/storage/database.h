// The ReMaster database, an SQLite file or a PostgreSQL database (issue 14): opening, identity
// check, integrity check and schema migrations.
//
// Safety rules (DEVELOPERS.md, issue 5): a file that is not a ReMaster database, or is corrupt,
// is never written to; a database made by a newer ReMaster opens read-only; before any schema
// upgrade a consistent backup copy is written next to the file; each migration runs in one
// transaction so a failure leaves the previous version intact. On PostgreSQL the identity and
// version live in the table remaster_meta (SQLite keeps them in its header pragmas), migrations
// are serialised between workstations by an advisory lock, and no backup copy is made: the
// server's DDL is transactional and its backups (pg_dump) belong to IT.
#pragma once

#include "databaselocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

namespace remaster::storage {

struct Migration {
    int version; // the schema version this migration upgrades to
    const char *description;
    std::function<bool(QSqlDatabase &, DatabaseBackend, QString &error)> apply;
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    // 'RMST': written to PRAGMA application_id so that foreign SQLite files are recognised.
    static constexpr int kApplicationId = 0x524D5354;

    enum class Status { Opened, OpenedReadOnly, Failed };
    struct OpenResult {
        Status status = Status::Failed;
        QString message; // for the user: why it failed or why it is read-only
        int schemaVersionFound = 0;
        QString backupPath; // set when an upgrade made a backup copy

        bool ok() const { return status != Status::Failed; }
    };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // `location` is what the user typed: a file path, sqlite:PATH or postgresql://... (see
    // DatabaseLocations::parse); a malformed one fails with the parser's message.
    OpenResult open(const QString &location);
    OpenResult open(const DatabaseLocation &location);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    DatabaseBackend backend() const { return m_location.backend; }
    const DatabaseLocation &location() const { return m_location; }
    // A team database whose server restarted or dropped the connection: opens the same location
    // again (the password typed for the session included), runs the reconnect handler, and
    // counts it. False and `error` when the server is still away. SQLite: nothing to do.
    bool reconnect(QString *error);
    int reconnectCount() const { return m_reconnects; }
    // Called after each successful reconnect (e.g. to listen again, and to tell the user).
    void setReconnectHandler(std::function<void()> handler) { m_onReconnect = std::move(handler); }
    // Whether `error` means the connection itself is gone (not a refused statement).
    static bool isConnectionLost(const QSqlError &error);

    // Who this connection acts as: PostgreSQL's session user, or the operating-system user for
    // an SQLite file. Recorded with saves and sign-offs.
    QString userName() const { return m_userName; }
    // For the user: the file path or the server URI without any password.
    QString path() const { return m_location.displayName(); }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    static int latestSchemaVersion();

    // What a PostgreSQL location holds, without changing anything ("Test connection"): whether
    // it can be reached, and whether it is empty, a ReMaster database (schema, sheet count) or
    // another application's.
    struct Probe {
        bool reached = false;
        bool remaster = false;
        bool empty = false;
        int schemaVersion = 0;
        int sheets = 0;
        QString message; // for the user, either way
    };
    static Probe probe(const DatabaseLocation &location);
    // For tests: replaces the migration list (e.g. to simulate a failing step).
    static void setMigrationsForTesting(const QList<Migration> *migrations);
    // For tests: the file size above which only the schema and the first-read tables are
    // checked at open (default 64 MiB).
    static void setFullCheckLimitForTesting(qint64 bytes);

private:
    OpenResult openSqlite();
    OpenResult openPostgres();
    bool openConnection(bool readOnly, QString &error);
    bool openPostgresConnection(QString &error);
    bool runMigrations(int from, QString &error);
    bool runPostgresMigrations(QString &error);
    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_userName;
    bool m_readOnly = false;
    int m_reconnects = 0;
    std::function<void()> m_onReconnect;
    bool m_autoReconnect = true;
    mutable QElapsedTimer m_lastReconnectAttempt;
};

// An SQL error for the user. PostgreSQL's reads "ERROR:  <message>\nCONTEXT: <PL/pgSQL frame>";
// the message alone is kept, so that a trigger's refusal reads the same as on SQLite.
QString databaseErrorText(const QSqlError &error);

// For the programs' main(): drops Qt's QPSQL warning "Unable to free statement" printed when a
// statement fails inside a transaction (a refused approval, say) and its prepared statement
// cannot be released until the rollback. The refusal itself is reported as usual; the
// statement goes with the rollback or the session. Other messages pass to the previous handler.
void installDriverNoiseFilter();

// Rolls back unless commit() was called (RAII, after KMyMoney's MyMoneyFileTransaction).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace remaster::storage
