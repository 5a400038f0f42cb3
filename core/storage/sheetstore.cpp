#include "sheetstore.h"

#include "migrations.h"

#include "sheethash.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace remaster::storage {
namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
QString compact(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

// A write transaction that takes the write lock at BEGIN: a second writer waits (busy timeout)
// at the start instead of failing later when its read lock cannot be upgraded. On PostgreSQL
// the sheet writers of every workstation queue on one advisory lock: numbering (max + 1) and
// the revision checks then read what the previous writer committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &database)
        : m_db(database.connection())
    {
        if (database.backend() == DatabaseBackend::Postgres) {
            QSqlQuery q(m_db);
            m_active = q.exec(QStringLiteral("BEGIN"));
            // A team server that restarted or dropped this connection: reconnect once, say so,
            // and start again on the new connection (nothing was written on the old one).
            if (!m_active && Database::isConnectionLost(q.lastError())) {
                q = QSqlQuery();
                m_db = QSqlDatabase(); // no handle may keep the lost connection alive
                QString error;
                if (!database.reconnect(&error)) {
                    m_error = error;
                    return;
                }
                m_db = database.connection();
                q = QSqlQuery(m_db);
                m_active = q.exec(QStringLiteral("BEGIN"));
            }
            if (m_active && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSheetWriteLock))) {
                m_error = q.lastError().text();
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
                m_active = false;
                return;
            }
            if (!m_active)
                m_error = q.lastError().text();
            return;
        }
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~WriteTransaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;
    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    // The advisory lock key of sheet writes ('RMSW'), distinct from the migration lock.
    static constexpr int kSheetWriteLock = 0x524D5357;
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

bool setError(SheetError *error, SheetError::Kind kind, const QString &message)
{
    if (error)
        *error = { kind, message };
    return false;
}

// SQLite answers in English; the trigger messages are ours and stable, so they are shown as is.
QString sqlError(const QSqlQuery &q)
{
    return databaseErrorText(q.lastError());
}

const QString kRevisionColumns = QStringLiteral(
    "id, revision, status, sealed, customer, vin, registration, first_registration_date, variant_id, design_json,"
    " snapshot_json, ruleset_version, vehicles_catalog_version, components_catalog_version, notes, created_at,"
    " previous_hash, hash");

struct Row {
    qint64 id = 0;
    bool sealed = false;
    SheetRevision rev;
};

class Reader
{
public:
    explicit Reader(const QSqlDatabase &db)
        : revisions(db)
        , bom(db)
        , steps(db)
        , signOffs(db)
    {
        revisions.setForwardOnly(true);
        revisions.prepare(
            QStringLiteral("SELECT %1 FROM sheet_revision WHERE sheet_id = ? ORDER BY revision").arg(kRevisionColumns));
        bom.prepare(QStringLiteral("SELECT part_number, description, quantity, mass_kg, position_mm, serial_numbers"
                                   " FROM sheet_bom_line WHERE revision_id = ? ORDER BY line_no"));
        steps.prepare(
            QStringLiteral("SELECT step_id, text_en, text_fr, hv_safety, required_value, measured_value, done,"
                           " done_by, done_at FROM sheet_work_step WHERE revision_id = ? ORDER BY step_no"));
        signOffs.prepare(
            QStringLiteral("SELECT role, name, signed_at, from_status, to_status, db_user FROM sheet_signoff"
                           " WHERE revision_id = ? ORDER BY seq"));
    }

    // Every revision of a sheet with its parts; a row whose codes are unknown is reported.
    bool read(qint64 sheetId, QList<Row> *rows, QString *problem)
    {
        revisions.addBindValue(sheetId);
        if (!revisions.exec()) {
            *problem = sqlError(revisions);
            return false;
        }
        while (revisions.next()) {
            Row row;
            row.id = revisions.value(0).toLongLong();
            SheetRevision &r = row.rev;
            r.revision = revisions.value(1).toInt();
            const auto status = sheetStatusFromCode(revisions.value(2).toString());
            r.status = status.value_or(SheetStatus::Draft);
            row.sealed = revisions.value(3).toInt() == 1;
            r.customer = revisions.value(4).toString();
            r.vin = revisions.value(5).toString();
            r.registration = revisions.value(6).toString();
            r.firstRegistrationDate = revisions.value(7).toString();
            r.variantId = revisions.value(8).toString();
            r.design = parseObject(revisions.value(9).toString());
            r.snapshot = parseObject(revisions.value(10).toString());
            r.rulesetVersion = revisions.value(11).toString();
            r.vehiclesCatalogVersion = revisions.value(12).toString();
            r.componentsCatalogVersion = revisions.value(13).toString();
            r.notes = revisions.value(14).toString();
            r.createdAt = revisions.value(15).toString();
            r.previousHash = revisions.value(16).toString();
            r.hash = revisions.value(17).toString();
            rows->append(row);
        }
        revisions.finish();
        for (Row &row : *rows) {
            bom.addBindValue(row.id);
            if (!bom.exec()) {
                *problem = sqlError(bom);
                return false;
            }
            while (bom.next()) {
                BomLine b;
                b.partNumber = bom.value(0).toString();
                b.description = bom.value(1).toString();
                b.quantity = bom.value(2).toDouble();
                b.massKg = bom.value(3).toDouble();
                b.positionMm = bom.value(4).toDouble();
                for (const QJsonValue &v : QJsonDocument::fromJson(bom.value(5).toString().toUtf8()).array())
                    b.serialNumbers.append(v.toString());
                row.rev.bom.append(b);
            }
            bom.finish();
            steps.addBindValue(row.id);
            if (!steps.exec()) {
                *problem = sqlError(steps);
                return false;
            }
            while (steps.next()) {
                WorkStep s;
                s.stepId = steps.value(0).toString();
                s.textEn = steps.value(1).toString();
                s.textFr = steps.value(2).toString();
                s.hvSafety = steps.value(3).toInt() == 1;
                s.requiredValue = steps.value(4).toString();
                s.measuredValue = steps.value(5).toString();
                s.done = steps.value(6).toInt() == 1;
                s.doneBy = steps.value(7).toString();
                s.doneAt = steps.value(8).toString();
                row.rev.steps.append(s);
            }
            steps.finish();
            signOffs.addBindValue(row.id);
            if (!signOffs.exec()) {
                *problem = sqlError(signOffs);
                return false;
            }
            while (signOffs.next()) {
                SignOff s;
                s.role = signOffRoleFromCode(signOffs.value(0).toString()).value_or(SignOffRole::Engineer);
                s.name = signOffs.value(1).toString();
                s.signedAt = signOffs.value(2).toString();
                s.dbUser = signOffs.value(5).toString();
                s.fromStatus = sheetStatusFromCode(signOffs.value(3).toString()).value_or(SheetStatus::Draft);
                s.toStatus = sheetStatusFromCode(signOffs.value(4).toString()).value_or(SheetStatus::Draft);
                row.rev.signOffs.append(s);
            }
            signOffs.finish();
        }
        return true;
    }

private:
    QSqlQuery revisions, bom, steps, signOffs;
};

class Writer
{
public:
    Writer(const QSqlDatabase &db, DatabaseBackend backend, const QString &user)
        : m_db(db)
        , m_backend(backend)
        , m_user(user)
    {
    }

    // Inserts a revision (unsealed) with its parts; returns its row id or 0.
    qint64 insertRevision(qint64 sheetId, const SheetRevision &r)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
                      "INSERT INTO sheet_revision(sheet_id, revision, status, sealed, customer, vin, registration,"
                      " first_registration_date, variant_id, design_json, snapshot_json, ruleset_version,"
                      " vehicles_catalog_version, components_catalog_version, notes, created_at, previous_hash, hash)"
                      " VALUES (?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  + returningId());
        q.addBindValue(sheetId);
        q.addBindValue(r.revision);
        q.addBindValue(sheetStatusCode(r.status));
        bindContent(q, r);
        q.addBindValue(r.createdAt);
        q.addBindValue(r.previousHash);
        q.addBindValue(r.hash);
        if (!q.exec()) {
            error = sqlError(q);
            return 0;
        }
        const qint64 id = insertedId(q);
        return insertParts(id, r) ? id : 0;
    }

    bool updateRevision(qint64 revisionId, const SheetRevision &r, bool seal)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "UPDATE sheet_revision SET status=?, sealed=?, customer=?, vin=?, registration=?, "
            "first_registration_date=?,"
            " variant_id=?, design_json=?, snapshot_json=?, ruleset_version=?, vehicles_catalog_version=?,"
            " components_catalog_version=?, notes=?, hash=? WHERE id=?"));
        q.addBindValue(sheetStatusCode(r.status));
        q.addBindValue(seal ? 1 : 0);
        bindContent(q, r);
        q.addBindValue(r.hash);
        q.addBindValue(revisionId);
        if (!q.exec()) {
            error = sqlError(q);
            return false;
        }
        return true;
    }

    bool replaceParts(qint64 revisionId, const SheetRevision &r)
    {
        QSqlQuery q(m_db);
        for (const char *table : { "sheet_bom_line", "sheet_work_step", "sheet_signoff" }) {
            if (!q.exec(QStringLiteral("DELETE FROM %1 WHERE revision_id = %2")
                            .arg(QLatin1String(table))
                            .arg(revisionId))) {
                error = sqlError(q);
                return false;
            }
        }
        return insertParts(revisionId, r);
    }

    bool seal(qint64 revisionId)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sheet_revision SET sealed = 1 WHERE id = ?"));
        q.addBindValue(revisionId);
        if (!q.exec()) {
            error = sqlError(q);
            return false;
        }
        return true;
    }

    // The list's copy of the latest revision.
    bool updateSheet(qint64 sheetId, const SheetRevision &r, const QString &updatedAt)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sheet SET status=?, current_revision=?, customer=?, vin=?, registration=?,"
                                 " variant_id=?, notes=?, updated_at=?, updated_by=? WHERE id=?"));
        q.addBindValue(sheetStatusCode(r.status));
        q.addBindValue(r.revision);
        q.addBindValue(text(r.customer));
        q.addBindValue(text(r.vin));
        q.addBindValue(text(r.registration));
        q.addBindValue(text(r.variantId));
        q.addBindValue(text(r.notes));
        q.addBindValue(updatedAt);
        q.addBindValue(text(m_user));
        q.addBindValue(sheetId);
        if (!q.exec()) {
            error = sqlError(q);
            return false;
        }
        return true;
    }

    qint64 insertSheet(const QString &number, int year, int seq, const SheetRevision &first, const QString &createdAt)
    {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO sheet(number, year, seq, status, current_revision, customer, vin,"
                           " registration, variant_id, notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
            + returningId());
        q.addBindValue(number);
        q.addBindValue(year);
        q.addBindValue(seq);
        q.addBindValue(sheetStatusCode(first.status));
        q.addBindValue(first.revision);
        q.addBindValue(text(first.customer));
        q.addBindValue(text(first.vin));
        q.addBindValue(text(first.registration));
        q.addBindValue(text(first.variantId));
        q.addBindValue(text(first.notes));
        q.addBindValue(createdAt);
        q.addBindValue(first.createdAt);
        if (!q.exec()) {
            error = sqlError(q);
            return 0;
        }
        return insertedId(q);
    }

    QString error;

private:
    // QPSQL's lastInsertId() is an OID, not the identity column: PostgreSQL returns the id.
    QString returningId() const
    {
        return m_backend == DatabaseBackend::Postgres ? QStringLiteral(" RETURNING id") : QString();
    }
    qint64 insertedId(QSqlQuery &q) const
    {
        if (m_backend == DatabaseBackend::Postgres)
            return q.next() ? q.value(0).toLongLong() : 0;
        return q.lastInsertId().toLongLong();
    }

    static QString text(const QString &s) { return s.isNull() ? QStringLiteral("") : s; }

    static void bindContent(QSqlQuery &q, const SheetRevision &r)
    {
        q.addBindValue(text(r.customer));
        q.addBindValue(text(r.vin));
        q.addBindValue(text(r.registration));
        q.addBindValue(text(r.firstRegistrationDate));
        q.addBindValue(text(r.variantId));
        q.addBindValue(compact(r.design));
        q.addBindValue(compact(r.snapshot));
        q.addBindValue(text(r.rulesetVersion));
        q.addBindValue(text(r.vehiclesCatalogVersion));
        q.addBindValue(text(r.componentsCatalogVersion));
        q.addBindValue(text(r.notes));
    }

    bool insertParts(qint64 revisionId, const SheetRevision &r)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO sheet_bom_line(revision_id, line_no, part_number, description, quantity,"
                                 " mass_kg, position_mm, serial_numbers) VALUES (?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < r.bom.size(); ++i) {
            const BomLine &b = r.bom.at(i);
            q.addBindValue(revisionId);
            q.addBindValue(i + 1);
            q.addBindValue(text(b.partNumber));
            q.addBindValue(text(b.description));
            q.addBindValue(b.quantity);
            q.addBindValue(b.massKg);
            q.addBindValue(b.positionMm);
            q.addBindValue(compact(QJsonArray::fromStringList(b.serialNumbers)));
            if (!q.exec()) {
                error = sqlError(q);
                return false;
            }
        }
        q.prepare(
            QStringLiteral("INSERT INTO sheet_work_step(revision_id, step_no, step_id, text_en, text_fr, hv_safety,"
                           " required_value, measured_value, done, done_by, done_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < r.steps.size(); ++i) {
            const WorkStep &s = r.steps.at(i);
            q.addBindValue(revisionId);
            q.addBindValue(i + 1);
            q.addBindValue(text(s.stepId));
            q.addBindValue(text(s.textEn));
            q.addBindValue(text(s.textFr));
            q.addBindValue(s.hvSafety ? 1 : 0);
            q.addBindValue(text(s.requiredValue));
            q.addBindValue(text(s.measuredValue));
            q.addBindValue(s.done ? 1 : 0);
            q.addBindValue(text(s.doneBy));
            q.addBindValue(text(s.doneAt));
            if (!q.exec()) {
                error = sqlError(q);
                return false;
            }
        }
        q.prepare(
            QStringLiteral("INSERT INTO sheet_signoff(revision_id, seq, role, name, signed_at, from_status, to_status,"
                           " db_user) VALUES (?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < r.signOffs.size(); ++i) {
            const SignOff &s = r.signOffs.at(i);
            q.addBindValue(revisionId);
            q.addBindValue(i + 1);
            q.addBindValue(signOffRoleCode(s.role));
            q.addBindValue(text(s.name));
            q.addBindValue(text(s.signedAt));
            q.addBindValue(sheetStatusCode(s.fromStatus));
            q.addBindValue(sheetStatusCode(s.toStatus));
            q.addBindValue(text(s.dbUser));
            if (!q.exec()) {
                error = sqlError(q);
                return false;
            }
        }
        return true;
    }

    QSqlDatabase m_db;
    DatabaseBackend m_backend;
    QString m_user; // recorded as the sheet's updated_by
};

// Content fields only: what an edit may change.
void copyContent(SheetRevision &to, const SheetRevision &from)
{
    to.customer = from.customer;
    to.vin = from.vin;
    to.registration = from.registration;
    to.firstRegistrationDate = from.firstRegistrationDate;
    to.variantId = from.variantId;
    to.design = from.design;
    to.snapshot = from.snapshot;
    to.rulesetVersion = from.rulesetVersion;
    to.vehiclesCatalogVersion = from.vehiclesCatalogVersion;
    to.componentsCatalogVersion = from.componentsCatalogVersion;
    to.bom = from.bom;
    to.steps = from.steps;
    to.notes = from.notes;
}

struct SheetRow {
    qint64 id = 0;
    QString createdAt;
    QString updatedAt;
    QString updatedBy;
};

std::optional<SheetRow> findSheet(const QSqlDatabase &db, const QString &number, QString *problem)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, created_at, updated_at, updated_by FROM sheet WHERE number = ?"));
    q.addBindValue(number);
    if (!q.exec()) {
        *problem = sqlError(q);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return SheetRow { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
}

// Columns that make up each sort key; every key ends with a unique column so pages never overlap.
QStringList sortKeyColumns(SheetSortColumn c)
{
    switch (c) {
    case SheetSortColumn::Number: return { QStringLiteral("s.year"), QStringLiteral("s.seq") };
    case SheetSortColumn::Status: return { QStringLiteral("s.status"), QStringLiteral("s.id") };
    case SheetSortColumn::Customer: return { QStringLiteral("s.customer"), QStringLiteral("s.id") };
    case SheetSortColumn::Vin: return { QStringLiteral("s.vin"), QStringLiteral("s.id") };
    case SheetSortColumn::Registration: return { QStringLiteral("s.registration"), QStringLiteral("s.id") };
    case SheetSortColumn::Variant: return { QStringLiteral("s.variant_id"), QStringLiteral("s.id") };
    case SheetSortColumn::Created: return { QStringLiteral("s.created_at"), QStringLiteral("s.id") };
    case SheetSortColumn::Updated: return { QStringLiteral("s.updated_at"), QStringLiteral("s.id") };
    }
    return { QStringLiteral("s.id") };
}

QString likePattern(QString term)
{
    term.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    term.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    term.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + term + QLatin1Char('%');
}

// WHERE clause and its bound values for a query's filters (not the paging).
struct Filter {
    QString where;
    QVariantList values;
};

Filter filterFor(const SheetQuery &query, bool fts, DatabaseBackend backend)
{
    QStringList parts;
    Filter f;
    const QStringList terms = query.search.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QStringList matchTerms;
    for (const QString &term : terms) {
        // The trigram index needs three characters; shorter words are matched with LIKE.
        // PostgreSQL's trigram index serves ILIKE itself (and its LIKE is case-sensitive).
        if (backend == DatabaseBackend::Postgres) {
            // Unqualified columns, exactly the indexed expression (migrations.h).
            parts.append(QStringLiteral("(%1) ILIKE ?").arg(QLatin1String(kPostgresSearchText)));
            f.values.append(likePattern(term));
        } else if (fts && term.size() >= 3) {
            QString quoted = term;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            matchTerms.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
        } else {
            parts.append(QStringLiteral(
                "(s.number LIKE ? ESCAPE '\\' OR s.vin LIKE ? ESCAPE '\\' OR s.registration LIKE ? ESCAPE '\\'"
                " OR s.customer LIKE ? ESCAPE '\\' OR s.notes LIKE ? ESCAPE '\\')"));
            for (int i = 0; i < 5; ++i)
                f.values.append(likePattern(term));
        }
    }
    if (!matchTerms.isEmpty()) {
        parts.prepend(QStringLiteral("s.id IN (SELECT rowid FROM sheet_fts WHERE sheet_fts MATCH ?)"));
        f.values.prepend(matchTerms.join(QLatin1Char(' ')));
    }
    if (query.status) {
        parts.append(QStringLiteral("s.status = ?"));
        f.values.append(sheetStatusCode(*query.status));
    }
    if (query.createdFrom.isValid()) {
        parts.append(QStringLiteral("s.created_at >= ?"));
        f.values.append(query.createdFrom.toString(Qt::ISODate));
    }
    if (query.createdTo.isValid()) {
        parts.append(QStringLiteral("s.created_at < ?")); // inclusive of the whole day
        f.values.append(query.createdTo.addDays(1).toString(Qt::ISODate));
    }
    f.where = parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return f;
}

SheetSummary summaryFrom(const QSqlQuery &q)
{
    SheetSummary s;
    s.id = q.value(0).toLongLong();
    s.number = q.value(1).toString();
    s.status = sheetStatusFromCode(q.value(2).toString()).value_or(SheetStatus::Draft);
    s.revision = q.value(3).toInt();
    s.customer = q.value(4).toString();
    s.vin = q.value(5).toString();
    s.registration = q.value(6).toString();
    s.variantId = q.value(7).toString();
    s.createdAt = q.value(8).toString();
    s.updatedAt = q.value(9).toString();
    return s;
}

// The refusal of a save based on a revision that is no longer the latest: who and when, and
// what the user can do about it.
bool conflict(SheetError *error, const QString &number, const SheetRow &sheet, const SheetRevision &latest)
{
    const QString who = sheet.updatedBy.isEmpty() ? SheetStore::tr("someone") : sheet.updatedBy;
    // Stored in UTC (ISO 8601); said in the user's time and words.
    const QDateTime at = QDateTime::fromString(sheet.updatedAt, Qt::ISODateWithMs);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : sheet.updatedAt;
    return setError(error, SheetError::Conflict,
                    SheetStore::tr("sheet %1 was changed since you opened it: %2 saved revision %3 (%4) at %5. "
                                   "Nothing was saved; reload it to see their changes, or save yours again on top.")
                        .arg(number, who)
                        .arg(latest.revision)
                        .arg(sheetStatusLabel(latest.status), when));
}

} // namespace

SheetStore::SheetStore(Database &db)
    : m_db(db)
{
    QSqlQuery q(m_db.connection());
    if (m_db.backend() == DatabaseBackend::Postgres)
        m_fts
            = q.exec(QStringLiteral("SELECT to_regclass('sheet_trgm') IS NOT NULL")) && q.next() && q.value(0).toBool();
    else
        m_fts = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sheet_fts'"))
            && q.next();
}

SignOffRole SheetStore::defaultRole(SheetStatus to)
{
    switch (to) {
    case SheetStatus::Approved: return SignOffRole::Homologation;
    case SheetStatus::Built: return SignOffRole::WorkshopLead;
    default: return SignOffRole::Engineer;
    }
}

std::optional<QString> SheetStore::create(const SheetRevision &content, SheetError *error)
{
    if (m_db.isReadOnly()) {
        setError(error, SheetError::Database, tr("the database is open read-only; the sheet was not saved"));
        return std::nullopt;
    }
    WriteTransaction tx(m_db); // may reconnect a team database first: take the connection after
    QSqlDatabase db = m_db.connection();
    if (!tx.isActive()) {
        setError(error, SheetError::Database, tr("cannot start saving the sheet: %1").arg(tx.error()));
        return std::nullopt;
    }
    const QString now = nowUtc();
    const int year = QDateTime::currentDateTimeUtc().date().year();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT coalesce(max(seq), 0) + 1 FROM sheet WHERE year = ?"));
    q.addBindValue(year);
    if (!q.exec() || !q.next()) {
        setError(error, SheetError::Database, tr("cannot number the sheet: %1").arg(sqlError(q)));
        return std::nullopt;
    }
    const int seq = q.value(0).toInt();
    q.finish();
    const QString number = QStringLiteral("%1-%2").arg(year).arg(seq, 4, 10, QLatin1Char('0'));

    SheetRevision r;
    copyContent(r, content);
    r.revision = 1;
    r.status = SheetStatus::Draft;
    r.createdAt = now;
    r.previousHash = SheetHash::genesis();
    r.hash = SheetHash::compute(number, r);

    Writer w(db, m_db.backend(), m_db.userName());
    const qint64 sheetId = w.insertSheet(number, year, seq, r, now);
    if (!sheetId || !w.insertRevision(sheetId, r)) {
        setError(error, SheetError::Database, tr("cannot save the sheet: %1").arg(w.error));
        return std::nullopt;
    }
    if (!tx.commit()) {
        setError(error, SheetError::Database, tr("cannot save the sheet: %1").arg(tx.error()));
        return std::nullopt;
    }
    return number;
}

bool SheetStore::saveContent(const QString &number, const SheetRevision &content, SheetError *error)
{
    if (m_db.isReadOnly())
        return setError(error, SheetError::Database, tr("the database is open read-only; the sheet was not saved"));
    WriteTransaction tx(m_db); // may reconnect a team database first: take the connection after
    QSqlDatabase db = m_db.connection();
    if (!tx.isActive())
        return setError(error, SheetError::Database, tr("cannot start saving the sheet: %1").arg(tx.error()));
    QString problem;
    const auto sheet = findSheet(db, number, &problem);
    if (!sheet)
        return setError(error, problem.isEmpty() ? SheetError::NotFound : SheetError::Database,
                        problem.isEmpty() ? tr("no build sheet %1").arg(number) : problem);
    QList<Row> rows;
    Reader reader(db);
    if (!reader.read(sheet->id, &rows, &problem) || rows.isEmpty())
        return setError(error, SheetError::Database, tr("cannot read sheet %1: %2").arg(number, problem));
    const Row &last = rows.last();
    if (!content.hash.isEmpty() && content.hash != last.rev.hash)
        return conflict(error, number, *sheet, last.rev);
    const QString now = nowUtc();
    Writer w(db, m_db.backend(), m_db.userName());
    SheetRevision r = last.rev;
    copyContent(r, content);
    if (last.rev.status == SheetStatus::Draft && !last.sealed) {
        r.hash = SheetHash::compute(number, r);
        if (!w.updateRevision(last.id, r, false) || !w.replaceParts(last.id, r) || !w.updateSheet(sheet->id, r, now))
            return setError(error, SheetError::Database, tr("cannot save sheet %1: %2").arg(number, w.error));
    } else if (last.rev.status == SheetStatus::Approved || last.rev.status == SheetStatus::Built) {
        // The sealed revision stays as it is; the change opens a new draft chained to it.
        r.revision = last.rev.revision + 1;
        r.status = SheetStatus::Draft;
        r.signOffs.clear();
        r.createdAt = now;
        r.previousHash = last.rev.hash;
        r.hash = SheetHash::compute(number, r);
        if (!w.insertRevision(sheet->id, r) || !w.updateSheet(sheet->id, r, now))
            return setError(error, SheetError::Database, tr("cannot save sheet %1: %2").arg(number, w.error));
    } else {
        return setError(error, SheetError::Forbidden,
                        tr("sheet %1 is %2 and cannot be changed (a sheet in review is sent back to draft first; "
                           "an archived sheet never changes)")
                            .arg(number, sheetStatusLabel(last.rev.status)));
    }
    if (!tx.commit())
        return setError(error, SheetError::Database, tr("cannot save sheet %1: %2").arg(number, tx.error()));
    return true;
}

bool SheetStore::transition(const QString &number, SheetStatus to, SignOffRole role, const QString &name,
                            SheetError *error, const QString &expectedHash)
{
    return changeStatus(number, to, role, name, nullptr, expectedHash, error);
}

bool SheetStore::recordBuilt(const QString &number, const SheetRevision &record, const QString &workshopLead,
                             SheetError *error)
{
    return changeStatus(number, SheetStatus::Built, SignOffRole::WorkshopLead, workshopLead, &record, record.hash,
                        error);
}

bool SheetStore::changeStatus(const QString &number, SheetStatus to, SignOffRole role, const QString &name,
                              const SheetRevision *workshopRecord, const QString &expectedHash, SheetError *error)
{
    if (m_db.isReadOnly())
        return setError(error, SheetError::Database, tr("the database is open read-only; nothing was changed"));
    if (name.trimmed().isEmpty())
        return setError(error, SheetError::Invalid, tr("a sign-off needs the signer's name (--name)"));
    WriteTransaction tx(m_db); // may reconnect a team database first: take the connection after
    QSqlDatabase db = m_db.connection();
    if (!tx.isActive())
        return setError(error, SheetError::Database, tr("cannot start the change: %1").arg(tx.error()));
    QString problem;
    const auto sheet = findSheet(db, number, &problem);
    if (!sheet)
        return setError(error, problem.isEmpty() ? SheetError::NotFound : SheetError::Database,
                        problem.isEmpty() ? tr("no build sheet %1").arg(number) : problem);
    QList<Row> rows;
    Reader reader(db);
    if (!reader.read(sheet->id, &rows, &problem) || rows.isEmpty())
        return setError(error, SheetError::Database, tr("cannot read sheet %1: %2").arg(number, problem));
    const Row &last = rows.last();
    if (!expectedHash.isEmpty() && expectedHash != last.rev.hash)
        return conflict(error, number, *sheet, last.rev);
    const SheetStatus from = last.rev.status;
    if (!isAllowedTransition(from, to)) {
        QStringList allowed;
        for (SheetStatus s : allowedTransitions(from))
            allowed.append(sheetStatusLabel(s));
        return setError(error, SheetError::Forbidden,
                        tr("sheet %1 is %2; it cannot become %3 (allowed: %4)")
                            .arg(number, sheetStatusLabel(from), sheetStatusLabel(to),
                                 allowed.isEmpty() ? tr("none") : allowed.join(QStringLiteral(", "))));
    }
    if (to == SheetStatus::Approved) {
        // "No failing rule" can only be claimed when the rules were evaluated for this revision.
        if (!last.rev.snapshot.value(QLatin1String("rules_evaluated")).toBool())
            return setError(error, SheetError::Forbidden,
                            tr("sheet %1 cannot be approved: its homologation rules were not evaluated "
                               "(complete the registration data of the design and save a new revision)")
                                .arg(number));
        const QStringList failing = last.rev.failingRules();
        if (!failing.isEmpty())
            return setError(
                error, SheetError::Forbidden,
                tr("sheet %1 cannot be approved: rule(s) %2 fail").arg(number, failing.join(QStringLiteral(", "))));
    }
    const QString now = nowUtc();
    const SignOff signOff { role, name.trimmed(), now, from, to, m_db.userName() };
    Writer w(db, m_db.backend(), m_db.userName());
    SheetRevision r = last.rev;
    r.status = to;
    if (!last.sealed) {
        // Draft and In review change in place; the sign-off joins the revision it approves.
        r.signOffs.append(signOff);
        r.hash = SheetHash::compute(number, r);
        if (!w.replaceParts(last.id, r) || !w.updateRevision(last.id, r, isSealedStatus(to)))
            return setError(error, SheetError::Database, tr("cannot change sheet %1: %2").arg(number, w.error));
    } else {
        // A sealed revision never changes: Built and Archived are new, sealed revisions.
        if (workshopRecord && to == SheetStatus::Built) {
            r.steps = workshopRecord->steps;
            for (int i = 0; i < r.bom.size() && i < workshopRecord->bom.size(); ++i)
                r.bom[i].serialNumbers = workshopRecord->bom.at(i).serialNumbers;
            r.notes = workshopRecord->notes;
        }
        r.revision = last.rev.revision + 1;
        r.signOffs = { signOff };
        r.createdAt = now;
        r.previousHash = last.rev.hash;
        r.hash = SheetHash::compute(number, r);
        const qint64 id = w.insertRevision(sheet->id, r);
        if (!id || !w.seal(id))
            return setError(error, SheetError::Database, tr("cannot change sheet %1: %2").arg(number, w.error));
    }
    if (!w.updateSheet(sheet->id, r, now))
        return setError(error, SheetError::Database, tr("cannot change sheet %1: %2").arg(number, w.error));
    if (!tx.commit())
        return setError(error, SheetError::Database, tr("cannot change sheet %1: %2").arg(number, tx.error()));
    return true;
}

std::optional<BuildSheet> SheetStore::load(const QString &number, SheetError *error) const
{
    QSqlDatabase db = m_db.connection();
    QString problem;
    const auto sheet = findSheet(db, number, &problem);
    if (!sheet) {
        setError(error, problem.isEmpty() ? SheetError::NotFound : SheetError::Database,
                 problem.isEmpty() ? tr("no build sheet %1").arg(number) : problem);
        return std::nullopt;
    }
    QList<Row> rows;
    Reader reader(db);
    if (!reader.read(sheet->id, &rows, &problem)) {
        setError(error, SheetError::Database, tr("cannot read sheet %1: %2").arg(number, problem));
        return std::nullopt;
    }
    BuildSheet out;
    out.number = number;
    out.createdAt = sheet->createdAt;
    for (const Row &row : rows)
        out.revisions.append(row.rev);
    if (out.revisions.isEmpty()) {
        setError(error, SheetError::Database, tr("sheet %1 has no revision").arg(number));
        return std::nullopt;
    }
    return out;
}

SheetPage SheetStore::list(const SheetQuery &query, SheetError *error) const
{
    SheetPage page;
    Filter f = filterFor(query, usesFullTextSearch(), m_db.backend());
    const QStringList key = sortKeyColumns(query.sort);
    const QString dir = query.descending ? QStringLiteral(" DESC") : QString();
    QString sql
        = QStringLiteral("SELECT s.id, s.number, s.status, s.current_revision, s.customer, s.vin, s.registration,"
                         " s.variant_id, s.created_at, s.updated_at, %1 FROM sheet s")
              .arg(key.join(QStringLiteral(", ")))
        + f.where;
    if (!query.after.isEmpty() && query.after.size() == key.size()) {
        QStringList marks(key.size(), QStringLiteral("?"));
        sql += (f.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(%1) %2 (%3)")
                  .arg(key.join(QStringLiteral(", ")), query.descending ? QStringLiteral("<") : QStringLiteral(">"),
                       marks.join(QStringLiteral(", ")));
        f.values += query.after;
    }
    QStringList order;
    for (const QString &k : key)
        order.append(k + dir);
    sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    if (query.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(query.limit);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    if (!q.exec()) {
        setError(error, SheetError::Database, tr("cannot list the sheets: %1").arg(sqlError(q)));
        return page;
    }
    while (q.next()) {
        page.rows.append(summaryFrom(q));
        QVariantList k;
        for (int i = 0; i < key.size(); ++i)
            k.append(q.value(10 + i));
        page.keys.append(k);
    }
    return page;
}

int SheetStore::count(const SheetQuery &query, SheetError *error) const
{
    const Filter f = filterFor(query, usesFullTextSearch(), m_db.backend());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM sheet s") + f.where);
    for (const QVariant &v : f.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        setError(error, SheetError::Database, tr("cannot count the sheets: %1").arg(sqlError(q)));
        return 0;
    }
    return q.value(0).toInt();
}

QStringList SheetStore::numbers(SheetError *error) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number FROM sheet ORDER BY year, seq"))) {
        setError(error, SheetError::Database, tr("cannot list the sheets: %1").arg(sqlError(q)));
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QList<SheetVerifyIssue> SheetStore::verify(SheetError *error) const
{
    QList<SheetVerifyIssue> issues;
    QSqlDatabase db = m_db.connection();
    struct S {
        qint64 id;
        QString number, status, customer, vin, registration, variant, notes;
        int current;
    };
    QList<S> sheets;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(
                QStringLiteral("SELECT id, number, status, current_revision, customer, vin, registration, variant_id,"
                               " notes FROM sheet ORDER BY year, seq"))) {
            setError(error, SheetError::Database, tr("cannot read the sheets: %1").arg(sqlError(q)));
            return issues;
        }
        while (q.next())
            sheets.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                            q.value(8).toString(), q.value(3).toInt() });
    }
    Reader reader(db);
    for (const S &s : sheets) {
        QList<Row> rows;
        QString problem;
        if (!reader.read(s.id, &rows, &problem)) {
            issues.append({ s.number, 0, tr("cannot be read: %1").arg(problem) });
            continue;
        }
        if (rows.isEmpty()) {
            issues.append({ s.number, 0, tr("has no revision") });
            continue;
        }
        QString previous = SheetHash::genesis();
        for (int i = 0; i < rows.size(); ++i) {
            const SheetRevision &r = rows.at(i).rev;
            if (r.revision != i + 1)
                issues.append(
                    { s.number, r.revision, tr("revision numbers are not consecutive (expected %1)").arg(i + 1) });
            if (r.previousHash != previous)
                issues.append({ s.number, r.revision,
                                tr("chain broken: the previous hash does not match revision %1")
                                    .arg(i == 0 ? 0 : rows.at(i - 1).rev.revision) });
            const QString recomputed = SheetHash::compute(s.number, r);
            if (recomputed != r.hash)
                issues.append({ s.number, r.revision,
                                tr("content does not match its hash (stored %1…, computed %2…)")
                                    .arg(r.hash.left(12), recomputed.left(12)) });
            if (rows.at(i).sealed != isSealedStatus(r.status))
                issues.append({ s.number, r.revision,
                                tr("sealed flag does not match status %1").arg(sheetStatusCode(r.status)) });
            previous = r.hash;
        }
        const SheetRevision &latest = rows.last().rev;
        if (s.current != latest.revision || s.status != sheetStatusCode(latest.status) || s.customer != latest.customer
            || s.vin != latest.vin || s.registration != latest.registration || s.variant != latest.variantId
            || s.notes != latest.notes)
            issues.append(
                { s.number, 0, tr("the sheet list does not match its latest revision %1").arg(latest.revision) });
    }
    return issues;
}

std::optional<SheetImportReport> SheetStore::importSheets(const QList<BuildSheet> &sheets, SheetError *error)
{
    if (m_db.isReadOnly()) {
        setError(error, SheetError::Database, tr("the database is open read-only; nothing was imported"));
        return std::nullopt;
    }
    WriteTransaction tx(m_db); // may reconnect a team database first: take the connection after
    QSqlDatabase db = m_db.connection();
    if (!tx.isActive()) {
        setError(error, SheetError::Database, tr("cannot start the import: %1").arg(tx.error()));
        return std::nullopt;
    }
    SheetImportReport report;
    Writer w(db, m_db.backend(), m_db.userName());
    QSqlQuery hashes(db);
    hashes.prepare(QStringLiteral("SELECT r.hash FROM sheet_revision r JOIN sheet s ON s.id = r.sheet_id"
                                  " WHERE s.number = ? ORDER BY r.revision"));
    for (const BuildSheet &sheet : sheets) {
        hashes.addBindValue(sheet.number);
        if (!hashes.exec()) {
            setError(error, SheetError::Database, sqlError(hashes));
            return std::nullopt;
        }
        QStringList existing;
        while (hashes.next())
            existing.append(hashes.value(0).toString());
        hashes.finish();
        if (!existing.isEmpty()) {
            QStringList incoming;
            for (const SheetRevision &r : sheet.revisions)
                incoming.append(r.hash);
            if (incoming == existing) {
                ++report.alreadyPresent;
                continue;
            }
            setError(error, SheetError::Invalid,
                     tr("sheet %1 already exists in this database with different content; nothing was imported")
                         .arg(sheet.number));
            return std::nullopt;
        }
        const int year = sheet.number.left(4).toInt();
        const int seq = sheet.number.mid(5).toInt();
        const qint64 sheetId = w.insertSheet(sheet.number, year, seq, sheet.revisions.first(), sheet.createdAt);
        if (!sheetId) {
            setError(error, SheetError::Invalid,
                     tr("sheet %1 cannot be stored: %2; nothing was imported").arg(sheet.number, w.error));
            return std::nullopt;
        }
        for (const SheetRevision &r : sheet.revisions) {
            const qint64 id = w.insertRevision(sheetId, r);
            if (!id || (isSealedStatus(r.status) && !w.seal(id))) {
                setError(error, SheetError::Invalid,
                         tr("sheet %1 revision %2 cannot be stored: %3; nothing was imported")
                             .arg(sheet.number)
                             .arg(r.revision)
                             .arg(w.error));
                return std::nullopt;
            }
        }
        if (!w.updateSheet(sheetId, sheet.latest(), sheet.latest().createdAt)) {
            setError(error, SheetError::Invalid,
                     tr("sheet %1 cannot be stored: %2; nothing was imported").arg(sheet.number, w.error));
            return std::nullopt;
        }
        ++report.imported;
        report.numbers.append(sheet.number);
    }
    if (!tx.commit()) {
        setError(error, SheetError::Database, tr("cannot finish the import: %1; nothing was imported").arg(tx.error()));
        return std::nullopt;
    }
    return report;
}

} // namespace remaster::storage
