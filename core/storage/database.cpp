#include "database.h"

#include "migrations.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace remaster::storage {
namespace {

const QList<Migration> *g_testMigrations = nullptr;
const QList<Migration> &migrations()
{
    return g_testMigrations ? *g_testMigrations : schemaMigrations();
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql) && q.next())
        return q.value(0);
    return {};
}

// SQLite files start with this 16-byte header; anything else is not a database we may touch.
bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Who is at this desktop, for an SQLite file: the login name (USER on Unix, USERNAME on
// Windows), else the home folder's name (a service or container may set neither).
QString operatingSystemUser()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

QAtomicInt g_connectionCounter;

// PostgreSQL keeps ReMaster's identity and schema version in this table, the counterpart of
// SQLite's PRAGMA application_id and user_version.
const char *const kPostgresMetaTable
    = "CREATE TABLE IF NOT EXISTS remaster_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)";

QVariant postgresMeta(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM remaster_meta WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// What a PostgreSQL database is to ReMaster: empty (no table in its schema), ours (remaster_meta
// with our application id, at some schema version), or neither (another application's).
struct PostgresIdentity {
    bool empty = false;
    bool ours = false;
    int schemaVersion = 0;
};

PostgresIdentity postgresIdentity(const QSqlDatabase &db)
{
    PostgresIdentity id;
    const bool hasMeta = scalar(db, QStringLiteral("SELECT to_regclass('remaster_meta') IS NOT NULL")).toBool();
    const int tables
        = scalar(db, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"))
              .toInt();
    id.empty = !hasMeta && tables == 0;
    id.ours = hasMeta
        && postgresMeta(db, QStringLiteral("application_id")).toString() == QString::number(Database::kApplicationId);
    id.schemaVersion = id.ours ? postgresMeta(db, QStringLiteral("schema_version")).toInt() : 0;
    return id;
}

bool setPostgresMeta(QSqlDatabase &db, const QString &key, const QString &value, QString &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO remaster_meta(key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    return true;
}

// Databases up to this size get a full quick_check at open (about 0.1 s at this size).
qint64 g_fullCheckBytes = 64LL * 1024 * 1024;

// Said the same whichever backend the database is on.
QString newerSchemaMessage(int version)
{
    return Database::tr("This database was written by a newer ReMaster (schema %1; this version knows up to %2). "
                        "It is open read-only; update ReMaster to edit it.")
        .arg(version)
        .arg(Database::latestSchemaVersion());
}

QString upgradeFailedMessage(const QString &shown, const QString &error, int version)
{
    return Database::tr("Upgrading %1 failed: %2. The database was left at schema %3.").arg(shown, error).arg(version);
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("remaster-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

void Database::setMigrationsForTesting(const QList<Migration> *m)
{
    g_testMigrations = m;
}

void Database::setFullCheckLimitForTesting(qint64 bytes)
{
    g_fullCheckBytes = bytes;
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // libpq marks a connection bad once a statement found the server gone (QPSQL's isOpen() is
    // then false): the next use connects again, at most every few seconds so that a server still
    // away does not stall every read for connect_timeout.
    if (m_location.isPostgres() && m_autoReconnect && QSqlDatabase::contains(m_connectionName) && !db.isOpen()
        && (!m_lastReconnectAttempt.isValid() || m_lastReconnectAttempt.elapsed() > 5000)) {
        m_lastReconnectAttempt.start();
        db = QSqlDatabase();
        if (const_cast<Database *>(this)->reconnect(nullptr))
            return QSqlDatabase::database(m_connectionName, false);
        return QSqlDatabase::database(m_connectionName, false);
    }
    return db;
}

int Database::schemaVersion() const
{
    if (backend() == DatabaseBackend::Postgres)
        return postgresMeta(connection(), QStringLiteral("schema_version")).toInt();
    return scalar(connection(), QStringLiteral("PRAGMA user_version")).toInt();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::openConnection(bool readOnly, QString &error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location.sqlitePath);
    // A generous busy timeout: two app instances (or the CLI next to the GUI) wait for each
    // other's short write transactions instead of failing with "database is locked".
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open()) {
        error = db.lastError().text();
        return false;
    }
    m_readOnly = readOnly;
    m_userName = operatingSystemUser();
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (!readOnly) {
        // WAL: readers never block the writer, and a crash mid-write leaves the last committed
        // state intact. synchronous=NORMAL is durable at every checkpoint and safe in WAL mode.
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return true;
}

Database::OpenResult Database::open(const QString &text)
{
    QString error;
    const auto location = DatabaseLocations::parse(text, &error);
    if (!location) {
        close();
        OpenResult result;
        result.message = tr("Cannot open the database: %1").arg(error);
        return result;
    }
    return open(*location);
}

Database::OpenResult Database::open(const DatabaseLocation &location)
{
    close();
    m_location = location;
    m_readOnly = false;
    return location.isPostgres() ? openPostgres() : openSqlite();
}

Database::OpenResult Database::openSqlite()
{
    OpenResult result;
    const QString path = m_location.sqlitePath;
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    if (existed && !looksLikeSqlite(path)) {
        result.message
            = tr("%1 is not a ReMaster database (it is not an SQLite file). It was left untouched.").arg(shown);
        return result;
    }

    // Identify and check an existing file through a read-only connection first: switching to WAL
    // or migrating writes to the file, and a foreign or damaged file must stay byte-for-byte as
    // it was.
    QString error;
    int version = 0;
    bool writableOnDisk = true;
    if (existed) {
        if (!openConnection(true, error)) {
            result.message = tr("Cannot open %1: %2").arg(shown, error);
            return result;
        }
        QString check;
        int appId = 0;
        int objects = 0;
        {
            const QSqlDatabase db = connection(); // released before close()
            // quick_check reads every page: on a database of many thousand sheets that alone
            // exceeds the open-time budget. Up to kFullCheckBytes the whole file is checked; above,
            // the schema and the tables every screen reads first (catalogs, the sheet list), and
            // `remaster-cli sheet verify` re-reads every revision and its hash chain.
            if (info.size() <= g_fullCheckBytes) {
                check = scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
            } else {
                check = QStringLiteral("ok");
                for (const char *table : { "sqlite_schema", "catalog_entry", "sheet" }) {
                    QSqlQuery probe(db);
                    if (!probe.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = '%1'")
                                        .arg(QLatin1String(table)))) {
                        check = probe.lastError().text(); // the schema itself cannot be read
                        break;
                    }
                    if (!probe.next() && qstrcmp(table, "sqlite_schema") != 0)
                        continue; // table absent in this schema version
                    const QString r
                        = scalar(db, QStringLiteral("PRAGMA quick_check(%1)").arg(QLatin1String(table))).toString();
                    if (r != QLatin1String("ok")) {
                        check = r;
                        break;
                    }
                }
            }
            appId = scalar(db, QStringLiteral("PRAGMA application_id")).toInt();
            version = scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
            objects = scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt();
        }
        close();
        result.schemaVersionFound = version;
        if (check != QLatin1String("ok")) {
            result.message = tr("%1 is damaged (SQLite integrity check: %2). It was left untouched; "
                                "restore it from a backup.")
                                 .arg(shown, check.isEmpty() ? tr("no answer") : check);
            return result;
        }
        if (appId != kApplicationId && (objects > 0 || version > 0)) {
            result.message = tr("%1 is an SQLite database of another application. It was left untouched.").arg(shown);
            return result;
        }
        writableOnDisk = info.isWritable();
    }

    if (version > latestSchemaVersion() || !writableOnDisk) {
        if (version != latestSchemaVersion() && version < latestSchemaVersion()) {
            result.message = tr("%1 needs a schema upgrade but is read-only on disk.").arg(shown);
            return result;
        }
        if (!openConnection(true, error)) {
            result.message = tr("Cannot open %1 read-only: %2").arg(shown, error);
            return result;
        }
        result.status = Status::OpenedReadOnly;
        result.message = version > latestSchemaVersion()
            ? newerSchemaMessage(version)
            : tr("%1 is read-only on disk; changes cannot be saved.").arg(shown);
        return result;
    }

    if (!openConnection(false, error)) {
        result.message = tr("Cannot open %1: %2").arg(shown, error);
        return result;
    }
    if (version < latestSchemaVersion()) {
        if (version > 0) {
            // A consistent copy even while another connection writes (VACUUM INTO, SQLite 3.27+).
            result.backupPath = path
                + QStringLiteral(".v%1-%2.bak")
                      .arg(version)
                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
            QString backupError;
            {
                QSqlQuery q(connection());
                q.prepare(QStringLiteral("VACUUM INTO ?"));
                q.addBindValue(result.backupPath);
                if (!q.exec())
                    backupError = q.lastError().text();
            }
            if (!backupError.isEmpty()) {
                close();
                result.message = tr("Could not write the backup copy before upgrading %1: %2. Nothing was changed.")
                                     .arg(shown, backupError);
                result.backupPath.clear();
                return result;
            }
        }
        if (!runMigrations(version, error)) {
            close();
            result.message = upgradeFailedMessage(shown, error, version);
            return result;
        }
    }
    result.status = Status::Opened;
    return result;
}

bool Database::runMigrations(int from, QString &error)
{
    QSqlDatabase db = connection();
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        Transaction tx(db);
        if (!tx.isActive()) {
            error = db.lastError().text();
            return false;
        }
        if (!m.apply(db, DatabaseBackend::Sqlite, error)) {
            error = tr("schema %1 (%2): %3").arg(m.version).arg(QLatin1String(m.description), error);
            return false; // the transaction rolls back
        }
        QSqlQuery q(db);
        // Pragmas take no bound parameters; the values are our own integers.
        if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
            || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version))) {
            error = q.lastError().text();
            return false;
        }
        if (!tx.commit()) {
            error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool Database::openPostgresConnection(QString &error)
{
    close();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_location.host.isEmpty())
        db.setHostName(m_location.host);
    db.setPort(m_location.port);
    db.setDatabaseName(m_location.database);
    if (!m_location.user.isEmpty())
        db.setUserName(m_location.user);
    if (!m_location.password.isEmpty())
        db.setPassword(m_location.password);
    db.setConnectOptions(m_location.connectOptions());
    if (!db.open()) {
        // libpq's own words (which socket or host, why), on one line; Qt's "Unable to connect"
        // adds nothing.
        const QString libpq = db.lastError().databaseText().simplified();
        error = libpq.isEmpty() ? db.lastError().text().trimmed() : libpq;
        return false;
    }
    // NOTICEs (CREATE ... IF NOT EXISTS) are noise for the user; warnings and errors stay.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning"));
    m_userName = scalar(db, QStringLiteral("SELECT session_user")).toString();
    return true;
}

Database::OpenResult Database::openPostgres()
{
    OpenResult result;
    const QString shown = m_location.displayName();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        result.message = tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: "
                            "apt-get install libqt6sql6-psql")
                             .arg(shown);
        return result;
    }
    QString error;
    if (!openPostgresConnection(error)) {
        result.message = tr("Cannot connect to %1: %2").arg(shown, error);
        return result;
    }
    int version = 0;
    bool foreign = false;
    {
        const PostgresIdentity id = postgresIdentity(connection()); // released before close()
        version = id.schemaVersion;
        foreign = !id.ours && !id.empty;
    }
    if (foreign) {
        close();
        result.message = tr("%1 holds tables of another application (no ReMaster identity in remaster_meta). "
                            "It was left untouched.")
                             .arg(shown);
        return result;
    }
    result.schemaVersionFound = version;
    if (version > latestSchemaVersion()) {
        // The server enforces it: every later transaction of this session is read-only.
        QSqlQuery q(connection());
        q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
        m_readOnly = true;
        result.status = Status::OpenedReadOnly;
        result.message = newerSchemaMessage(version);
        return result;
    }
    if (version < latestSchemaVersion() && !runPostgresMigrations(error)) {
        close();
        result.message = upgradeFailedMessage(shown, error, version);
        return result;
    }
    result.status = Status::Opened;
    return result;
}

bool Database::isConnectionLost(const QSqlError &error)
{
    if (error.type() == QSqlError::ConnectionError)
        return true;
    // libpq's words when the server went away between two statements.
    const QString text = error.databaseText();
    return text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("no connection to the server"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("connection to server"));
}

bool Database::reconnect(QString *error)
{
    if (backend() != DatabaseBackend::Postgres)
        return true;
    QString problem;
    m_autoReconnect = false; // openPostgresConnection must not re-enter through connection()
    const bool opened = openPostgresConnection(problem);
    m_autoReconnect = true;
    if (!opened) {
        if (error)
            *error = tr("the connection to %1 was lost and could not be made again: %2")
                         .arg(m_location.displayName(), problem);
        return false;
    }
    if (m_readOnly)
        QSqlQuery(connection()).exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"));
    ++m_reconnects;
    if (m_onReconnect)
        m_onReconnect();
    return true;
}

Database::Probe Database::probe(const DatabaseLocation &location)
{
    Probe p;
    if (!location.isPostgres()) {
        p.message = tr("%1 is a file, not a server").arg(location.displayName());
        return p;
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        p.message = tr("Qt's PostgreSQL driver (QPSQL) is not installed. On Debian: apt-get install libqt6sql6-psql");
        return p;
    }
    Database db;
    db.m_location = location;
    QString error;
    if (!db.openPostgresConnection(error)) {
        p.message = tr("Cannot connect to %1: %2").arg(location.displayName(), error);
        return p;
    }
    p.reached = true;
    {
        const QSqlDatabase c = db.connection();
        const QString server = scalar(c, QStringLiteral("SHOW server_version")).toString();
        const PostgresIdentity id = postgresIdentity(c);
        const bool ours = id.ours;
        p.empty = id.empty;
        p.remaster = ours;
        p.schemaVersion = id.schemaVersion;
        if (ours && scalar(c, QStringLiteral("SELECT to_regclass('sheet') IS NOT NULL")).toBool())
            p.sheets = scalar(c, QStringLiteral("SELECT count(*) FROM sheet")).toInt();
        if (p.empty)
            p.message = tr("Connected (PostgreSQL %1). The database is empty: ReMaster will create its tables when "
                           "you open it.")
                            .arg(server);
        else if (!ours)
            p.message = tr("Connected (PostgreSQL %1), but the database holds tables of another application: "
                           "ReMaster will not use it.")
                            .arg(server);
        else if (p.schemaVersion > latestSchemaVersion())
            p.message = tr("Connected (PostgreSQL %1): a ReMaster database of a newer version (schema %2); it will "
                           "open read-only.")
                            .arg(server)
                            .arg(p.schemaVersion);
        else
            p.message
                = tr("Connected (PostgreSQL %1): a ReMaster database, schema %2, %n build sheet(s).", nullptr, p.sheets)
                      .arg(server)
                      .arg(p.schemaVersion);
    }
    db.close();
    return p;
}

bool Database::runPostgresMigrations(QString &error)
{
    QSqlDatabase db = connection();
    for (const Migration &m : migrations()) {
        Transaction tx(db);
        if (!tx.isActive()) {
            error = db.lastError().text();
            return false;
        }
        // Two workstations opening a new team database at once: the second waits here and then
        // finds the step done. The lock ends with the transaction.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId))
            || !q.exec(QLatin1String(kPostgresMetaTable))) {
            error = q.lastError().text();
            return false;
        }
        if (postgresMeta(db, QStringLiteral("schema_version")).toInt() >= m.version)
            continue; // another workstation migrated meanwhile; the transaction rolls back nothing
        if (!m.apply(db, DatabaseBackend::Postgres, error)) {
            error = tr("schema %1 (%2): %3").arg(m.version).arg(QLatin1String(m.description), error);
            return false; // the transaction rolls back, DDL included
        }
        if (!setPostgresMeta(db, QStringLiteral("application_id"), QString::number(kApplicationId), error)
            || !setPostgresMeta(db, QStringLiteral("schema_version"), QString::number(m.version), error))
            return false;
        if (!tx.commit()) {
            error = db.lastError().text();
            return false;
        }
    }
    return true;
}

QString databaseErrorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (!text.startsWith(QLatin1String("ERROR:")))
        return error.text();
    text = text.section(QLatin1Char('\n'), 0, 0).mid(6).trimmed();
    return text.isEmpty() ? error.text() : text;
}

namespace {
QtMessageHandler g_previousHandler = nullptr;

void filterDriverNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement:")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void installDriverNoiseFilter()
{
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(filterDriverNoise);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace remaster::storage
