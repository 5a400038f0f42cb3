// Where a ReMaster database lives: an SQLite file (the embedded default) or a PostgreSQL server
// shared by a team (issue 14). Users name it with one string, on the CLI (--db) and in settings:
//
//   team.sqlite, /path/to/team.sqlite       an SQLite file
//   sqlite:team.sqlite                      the same, explicitly
//   postgresql://user@host:5432/remaster?sslmode=require
//   postgres://user@/remaster?host=/run/postgresql   (a Unix socket folder, libpq's convention)
//
// A password is never part of the string: libpq takes it from ~/.pgpass, PGPASSFILE or
// PGPASSWORD, so that it never lands in settings, shell history or a document.
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <optional>

namespace remaster::storage {

enum class DatabaseBackend { Sqlite, Postgres };

struct DatabaseLocation {
    DatabaseBackend backend = DatabaseBackend::Sqlite;
    QString sqlitePath; // Sqlite: the file
    // Postgres: the parts of the URI. An empty host means libpq's default (local socket).
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QMap<QString, QString> options; // libpq keywords from the query string (sslmode, host, ...)
    // Typed by the user for this session only (the connection dialog): never part of uri() or
    // displayName(), never written anywhere. Empty = libpq looks in PGPASSWORD and ~/.pgpass.
    QString password;

    bool isPostgres() const { return backend == DatabaseBackend::Postgres; }
    // For the user (title bar, messages, documents): no password is ever part of it.
    QString displayName() const;
    // The string parse() reads back to this location (never with a password).
    QString uri() const;
    // The libpq keywords Qt's QPSQL driver passes on (QSqlDatabase::setConnectOptions).
    QString connectOptions() const;
};

class DatabaseLocations
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocations)
public:
    // Parses what the user typed. nullopt and `error` naming the part that is wrong, with what
    // is accepted, for an unknown scheme, a password in the URI, a bad port or an unknown option.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    // The libpq query-string keywords accepted in a URI.
    static QStringList acceptedOptions();
};

} // namespace remaster::storage
