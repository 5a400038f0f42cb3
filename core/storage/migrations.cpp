#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace remaster::storage {
namespace {

bool execAll(QSqlDatabase &db, const QStringList &statements, QString &error)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql)) {
            error = q.lastError().text() + QStringLiteral(" — ") + sql.left(80);
            return false;
        }
    }
    return true;
}

// Version 1: catalogs. Entries keep their full JSON (the catalog file format) so that one
// reader serves seeds, user entries and imports; a few columns are copied out for filtering.
bool migrateTo1(QSqlDatabase &db, QString &error)
{
    return execAll(db, {
        QStringLiteral(
            "CREATE TABLE catalog_meta ("
            " catalog TEXT PRIMARY KEY CHECK (catalog IN ('vehicles','components')),"
            " seed_version TEXT NOT NULL,"
            " seeded_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE catalog_source ("
            " catalog TEXT NOT NULL,"
            " id TEXT NOT NULL,"
            " citation TEXT NOT NULL,"
            " note TEXT NOT NULL DEFAULT '',"
            " json TEXT NOT NULL,"
            " PRIMARY KEY (catalog, id))"),
        QStringLiteral(
            "CREATE TABLE catalog_entry ("
            " id TEXT PRIMARY KEY,"
            " catalog TEXT NOT NULL CHECK (catalog IN ('vehicles','components')),"
            " kind TEXT NOT NULL,"                 // engine, variant, motor, inverter, ...
            " origin TEXT NOT NULL CHECK (origin IN ('seed','user')),"
            " seed_version TEXT,"                  // version of the seed it came from
            " user_modified INTEGER NOT NULL DEFAULT 0,"
            " label TEXT NOT NULL,"
            " json TEXT NOT NULL,"
            " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX catalog_entry_kind ON catalog_entry(catalog, kind)"),
    }, error);
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations{
        {1, "catalog tables", &migrateTo1},
    };
    return migrations;
}

} // namespace remaster::storage
