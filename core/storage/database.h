// The ReMaster SQLite database: opening, identity check, integrity check and schema migrations.
//
// Safety rules (DEVELOPERS.md, issue 5): a file that is not a ReMaster database, or is corrupt,
// is never written to; a database made by a newer ReMaster opens read-only; before any schema
// upgrade a consistent backup copy is written next to the file; each migration runs in one
// transaction so a failure leaves the previous version intact.
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace remaster::storage {

struct Migration {
    int version; // the user_version this migration upgrades to
    const char *description;
    std::function<bool(QSqlDatabase &, QString &error)> apply;
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

    OpenResult open(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    static int latestSchemaVersion();
    // For tests: replaces the migration list (e.g. to simulate a failing step).
    static void setMigrationsForTesting(const QList<Migration> *migrations);
    // For tests: the file size above which only the schema and the first-read tables are
    // checked at open (default 64 MiB).
    static void setFullCheckLimitForTesting(qint64 bytes);

private:
    bool openConnection(bool readOnly, QString &error);
    bool runMigrations(int from, QString &error);
    QString m_connectionName;
    QString m_path;
    bool m_readOnly = false;
};

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
