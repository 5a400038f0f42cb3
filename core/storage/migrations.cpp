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
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE catalog_meta ("
                                      " catalog TEXT PRIMARY KEY CHECK (catalog IN ('vehicles','components')),"
                                      " seed_version TEXT NOT NULL,"
                                      " seeded_at TEXT NOT NULL)"),
                       QStringLiteral("CREATE TABLE catalog_source ("
                                      " catalog TEXT NOT NULL,"
                                      " id TEXT NOT NULL,"
                                      " citation TEXT NOT NULL,"
                                      " note TEXT NOT NULL DEFAULT '',"
                                      " json TEXT NOT NULL,"
                                      " PRIMARY KEY (catalog, id))"),
                       QStringLiteral("CREATE TABLE catalog_entry ("
                                      " id TEXT PRIMARY KEY,"
                                      " catalog TEXT NOT NULL CHECK (catalog IN ('vehicles','components')),"
                                      " kind TEXT NOT NULL," // engine, variant, motor, inverter, ...
                                      " origin TEXT NOT NULL CHECK (origin IN ('seed','user')),"
                                      " seed_version TEXT," // version of the seed it came from
                                      " user_modified INTEGER NOT NULL DEFAULT 0,"
                                      " label TEXT NOT NULL,"
                                      " json TEXT NOT NULL,"
                                      " updated_at TEXT NOT NULL)"),
                       QStringLiteral("CREATE INDEX catalog_entry_kind ON catalog_entry(catalog, kind)"),
                   },
                   error);
}

// Version 2: build sheets (issue 5). A sheet is a chain of revisions; a revision holds the whole
// record (design, frozen evaluation snapshot with rule results, BOM, work steps, notes,
// sign-offs) and its SHA-256 chained to the previous revision's. Nothing is ever deleted, a
// sealed (approved, built, archived) revision never changes, and only the workflow's transitions
// are possible: the triggers below enforce this in the database itself, whoever writes to it.
// The `sheet` row is the list's index: the latest revision's searchable fields, copied.
const char *const kSealed = "('approved','built','archived')";

QString sealedList()
{
    return QLatin1String(kSealed);
}

QStringList sheetTables()
{
    const QString statuses = QStringLiteral("('draft','in-review','approved','built','archived')");
    return {
        QStringLiteral("CREATE TABLE sheet ("
                       " id INTEGER PRIMARY KEY,"
                       " number TEXT NOT NULL UNIQUE CHECK (number GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9]*'),"
                       " year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),"
                       " seq INTEGER NOT NULL CHECK (seq >= 1),"
                       " status TEXT NOT NULL CHECK (status IN %1),"
                       " current_revision INTEGER NOT NULL CHECK (current_revision >= 1),"
                       " customer TEXT NOT NULL DEFAULT '',"
                       " vin TEXT NOT NULL DEFAULT '',"
                       " registration TEXT NOT NULL DEFAULT '',"
                       " variant_id TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (year, seq))")
            .arg(statuses),
        QStringLiteral("CREATE TABLE sheet_revision ("
                       " id INTEGER PRIMARY KEY,"
                       " sheet_id INTEGER NOT NULL REFERENCES sheet(id),"
                       " revision INTEGER NOT NULL CHECK (revision >= 1),"
                       " status TEXT NOT NULL CHECK (status IN %1),"
                       " sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1)),"
                       " customer TEXT NOT NULL DEFAULT '',"
                       " vin TEXT NOT NULL DEFAULT '',"
                       " registration TEXT NOT NULL DEFAULT '',"
                       " first_registration_date TEXT NOT NULL DEFAULT '',"
                       " variant_id TEXT NOT NULL DEFAULT '',"
                       " design_json TEXT NOT NULL,"
                       " snapshot_json TEXT NOT NULL,"
                       " ruleset_version TEXT NOT NULL DEFAULT '',"
                       " vehicles_catalog_version TEXT NOT NULL DEFAULT '',"
                       " components_catalog_version TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " previous_hash TEXT NOT NULL CHECK (length(previous_hash) = 64),"
                       " hash TEXT NOT NULL CHECK (length(hash) = 64),"
                       " UNIQUE (sheet_id, revision),"
                       " CHECK (sealed = 0 OR status IN %2))")
            .arg(statuses, sealedList()),
        QStringLiteral("CREATE TABLE sheet_bom_line ("
                       " revision_id INTEGER NOT NULL REFERENCES sheet_revision(id),"
                       " line_no INTEGER NOT NULL,"
                       " part_number TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " quantity REAL NOT NULL CHECK (quantity >= 0),"
                       " mass_kg REAL NOT NULL,"
                       " position_mm REAL NOT NULL,"
                       " serial_numbers TEXT NOT NULL DEFAULT '[]'," // JSON array of strings
                       " PRIMARY KEY (revision_id, line_no))"),
        QStringLiteral("CREATE TABLE sheet_work_step ("
                       " revision_id INTEGER NOT NULL REFERENCES sheet_revision(id),"
                       " step_no INTEGER NOT NULL,"
                       " step_id TEXT NOT NULL,"
                       " text_en TEXT NOT NULL,"
                       " text_fr TEXT NOT NULL,"
                       " hv_safety INTEGER NOT NULL CHECK (hv_safety IN (0, 1)),"
                       " required_value TEXT NOT NULL DEFAULT '',"
                       " measured_value TEXT NOT NULL DEFAULT '',"
                       " done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
                       " done_by TEXT NOT NULL DEFAULT '',"
                       " done_at TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (revision_id, step_no))"),
        QStringLiteral("CREATE TABLE sheet_signoff ("
                       " revision_id INTEGER NOT NULL REFERENCES sheet_revision(id),"
                       " seq INTEGER NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('engineer','workshop-lead','homologation')),"
                       " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                       " signed_at TEXT NOT NULL,"
                       " from_status TEXT NOT NULL CHECK (from_status IN %1),"
                       " to_status TEXT NOT NULL CHECK (to_status IN %1),"
                       " PRIMARY KEY (revision_id, seq))")
            .arg(statuses),
        // Filters and sorts of the list; the implicit rowid makes (column, id) keyset paging cheap.
        QStringLiteral("CREATE INDEX sheet_by_status ON sheet(status, created_at)"),
        QStringLiteral("CREATE INDEX sheet_by_created ON sheet(created_at)"),
        QStringLiteral("CREATE INDEX sheet_by_updated ON sheet(updated_at)"),
        QStringLiteral("CREATE INDEX sheet_by_customer ON sheet(customer)"),
        QStringLiteral("CREATE INDEX sheet_by_vin ON sheet(vin)"),
        QStringLiteral("CREATE INDEX sheet_by_registration ON sheet(registration)"),
    };
}

QStringList sheetTriggers()
{
    const QString sealed = sealedList();
    // The workflow's in-place transitions of an unsealed revision (see buildsheet.cpp).
    const QString inPlaceAllowed = QStringLiteral(
        "((OLD.status = NEW.status) OR (OLD.status = 'draft' AND NEW.status IN ('in-review','archived'))"
        " OR (OLD.status = 'in-review' AND NEW.status IN ('draft','approved')))");
    const QString failingRule = QStringLiteral("EXISTS (SELECT 1 FROM json_each(NEW.snapshot_json, '$.rules') r"
                                               " WHERE json_extract(r.value, '$.status') = 'fail')");
    QStringList t;
    // Nothing is ever deleted.
    t << QStringLiteral("CREATE TRIGGER sheet_no_delete BEFORE DELETE ON sheet BEGIN"
                        " SELECT RAISE(ABORT, 'build sheets are never deleted'); END");
    t << QStringLiteral("CREATE TRIGGER sheet_revision_no_delete BEFORE DELETE ON sheet_revision BEGIN"
                        " SELECT RAISE(ABORT, 'build sheet revisions are never deleted'); END");
    // A sheet keeps its number and always shows its latest revision's status.
    t << QStringLiteral("CREATE TRIGGER sheet_number_fixed BEFORE UPDATE OF number, year, seq ON sheet"
                        " WHEN NEW.number IS NOT OLD.number OR NEW.year IS NOT OLD.year OR NEW.seq IS NOT OLD.seq BEGIN"
                        " SELECT RAISE(ABORT, 'a sheet number never changes'); END");
    t << QStringLiteral("CREATE TRIGGER sheet_follows_revision BEFORE UPDATE ON sheet"
                        " WHEN NOT EXISTS (SELECT 1 FROM sheet_revision r WHERE r.sheet_id = NEW.id"
                        "  AND r.revision = NEW.current_revision AND r.status = NEW.status"
                        "  AND r.sealed = (r.status IN %1))"
                        " OR NEW.current_revision <> (SELECT max(revision) FROM sheet_revision WHERE sheet_id = NEW.id)"
                        " BEGIN SELECT RAISE(ABORT, 'a sheet must show its latest, consistently sealed revision'); END")
             .arg(sealed);
    // Sealed revisions are immutable.
    t << QStringLiteral(
        "CREATE TRIGGER sheet_revision_sealed BEFORE UPDATE ON sheet_revision"
        " WHEN OLD.sealed = 1 BEGIN"
        " SELECT RAISE(ABORT, 'an approved build sheet revision is immutable; make a new revision'); END");
    t << QStringLiteral("CREATE TRIGGER sheet_revision_transition BEFORE UPDATE ON sheet_revision"
                        " WHEN OLD.sealed = 0 AND NOT %1 BEGIN"
                        " SELECT RAISE(ABORT, 'status transition not allowed'); END")
             .arg(inPlaceAllowed);
    t << QStringLiteral("CREATE TRIGGER sheet_revision_identity BEFORE UPDATE OF sheet_id, revision ON sheet_revision"
                        " WHEN NEW.sheet_id IS NOT OLD.sheet_id OR NEW.revision IS NOT OLD.revision BEGIN"
                        " SELECT RAISE(ABORT, 'a revision keeps its sheet and number'); END");
    // Approving needs no failing rule in the frozen snapshot.
    t << QStringLiteral("CREATE TRIGGER sheet_revision_approve BEFORE UPDATE OF status ON sheet_revision"
                        " WHEN NEW.status = 'approved' AND OLD.status <> 'approved' AND %1 BEGIN"
                        " SELECT RAISE(ABORT, 'a revision with a failing rule cannot be approved'); END")
             .arg(failingRule);
    t << QStringLiteral("CREATE TRIGGER sheet_revision_insert_approved BEFORE INSERT ON sheet_revision"
                        " WHEN NEW.status = 'approved' AND %1 BEGIN"
                        " SELECT RAISE(ABORT, 'a revision with a failing rule cannot be approved'); END")
             .arg(failingRule);
    // New revisions: numbered in sequence, only after a sealed one, and along the workflow
    // (an approved or built sheet is changed through a new draft, built after approved,
    // archived after built).
    t << QStringLiteral(
        "CREATE TRIGGER sheet_revision_insert BEFORE INSERT ON sheet_revision"
        " WHEN NEW.sealed <> 0"
        " OR NEW.revision <> 1 + coalesce((SELECT max(revision) FROM sheet_revision WHERE sheet_id = NEW.sheet_id), 0)"
        " OR (NEW.revision > 1 AND NOT EXISTS (SELECT 1 FROM sheet_revision p WHERE p.sheet_id = NEW.sheet_id"
        "   AND p.revision = NEW.revision - 1 AND p.sealed = 1"
        "   AND ((p.status = 'approved' AND NEW.status IN ('draft','built'))"
        "     OR (p.status = 'built' AND NEW.status IN ('draft','archived')))))"
        " BEGIN SELECT RAISE(ABORT, 'a new revision must follow a sealed one along the workflow'); END");
    // The parts of a sealed revision are as immutable as the revision.
    for (const char *table : { "sheet_bom_line", "sheet_work_step", "sheet_signoff" }) {
        const QString name = QLatin1String(table);
        for (const char *event : { "INSERT", "UPDATE", "DELETE" }) {
            const QString ev = QLatin1String(event);
            const QString row = ev == QLatin1String("INSERT") ? QStringLiteral("NEW") : QStringLiteral("OLD");
            t << QStringLiteral(
                     "CREATE TRIGGER %1_sealed_%2 BEFORE %3 ON %1"
                     " WHEN (SELECT sealed FROM sheet_revision WHERE id = %4.revision_id) = 1 BEGIN"
                     " SELECT RAISE(ABORT, 'an approved build sheet revision is immutable; make a new revision'); END")
                     .arg(name, ev.toLower(), ev, row);
        }
    }
    return t;
}

// Full-text search over the list's fields, with the trigram tokenizer so that any fragment of
// three characters or more (the middle of a VIN) matches. Only where SQLite has FTS5 and the
// trigram tokenizer (3.34+); without them the store searches with LIKE.
bool fts5TrigramAvailable(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.remaster_fts5_probe USING fts5(x, tokenize='trigram')")))
        return false;
    q.exec(QStringLiteral("DROP TABLE temp.remaster_fts5_probe"));
    return true;
}

bool migrateTo2(QSqlDatabase &db, QString &error)
{
    if (!execAll(db, sheetTables() + sheetTriggers(), error))
        return false;
    if (!fts5TrigramAvailable(db))
        return true;
    return execAll(
        db,
        {
            QStringLiteral("CREATE VIRTUAL TABLE sheet_fts USING fts5(number, vin, registration, customer, notes,"
                           " content='sheet', content_rowid='id', tokenize='trigram')"),
            QStringLiteral("CREATE TRIGGER sheet_fts_insert AFTER INSERT ON sheet BEGIN"
                           " INSERT INTO sheet_fts(rowid, number, vin, registration, customer, notes)"
                           " VALUES (NEW.id, NEW.number, NEW.vin, NEW.registration, NEW.customer, NEW.notes); END"),
            QStringLiteral("CREATE TRIGGER sheet_fts_update AFTER UPDATE ON sheet BEGIN"
                           " INSERT INTO sheet_fts(sheet_fts, rowid, number, vin, registration, customer, notes)"
                           " VALUES ('delete', OLD.id, OLD.number, OLD.vin, OLD.registration, OLD.customer, OLD.notes);"
                           " INSERT INTO sheet_fts(rowid, number, vin, registration, customer, notes)"
                           " VALUES (NEW.id, NEW.number, NEW.vin, NEW.registration, NEW.customer, NEW.notes); END"),
        },
        error);
}

} // namespace

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations {
        { 1, "catalog tables", &migrateTo1 },
        { 2, "build sheets", &migrateTo2 },
    };
    return migrations;
}

} // namespace remaster::storage
