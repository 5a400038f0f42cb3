#include "teamroles.h"

#include <QSqlQuery>

namespace remaster::storage {
namespace {

const char *const kEngineer = "remaster_engineer";
const char *const kWorkshop = "remaster_workshop";
const char *const kHomologation = "remaster_homologation";
const char *const kAdmin = "remaster_admin";

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = databaseErrorText(q.lastError());
    return false;
}

} // namespace

QStringList TeamRoles::names()
{
    return { QLatin1String(kEngineer), QLatin1String(kWorkshop), QLatin1String(kHomologation), QLatin1String(kAdmin) };
}

std::optional<TeamRolesReport> TeamRoles::setUp(Database &db, QString *error)
{
    QString problem;
    auto fail = [&](const QString &message) -> std::optional<TeamRolesReport> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (db.backend() != DatabaseBackend::Postgres)
        return fail(tr("team roles exist only on a PostgreSQL server; %1 is a file").arg(db.path()));
    if (db.isReadOnly())
        return fail(tr("the database is open read-only"));
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    if (!tx.isActive())
        return fail(databaseErrorText(c.lastError()));
    TeamRolesReport report;
    for (const QString &role : names()) {
        QSqlQuery q(c);
        q.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(role);
        if (!q.exec())
            return fail(databaseErrorText(q.lastError()));
        if (q.next()) {
            report.existing.append(role);
            continue;
        }
        // Role names are our constants, never user input: no binding possible for DDL.
        if (!exec(c, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role), &problem))
            return fail(tr("cannot create role %1: %2 (db init needs a user with CREATEROLE)").arg(role, problem));
        report.created.append(role);
    }
    const QString all = names().join(QStringLiteral(", "));
    const QStringList grants {
        // Workshop and homologation can do what an engineer does; the admin, what all do.
        QStringLiteral("GRANT %1 TO %2, %3")
            .arg(QLatin1String(kEngineer), QLatin1String(kWorkshop), QLatin1String(kHomologation)),
        QStringLiteral("GRANT %1, %2, %3 TO %4")
            .arg(QLatin1String(kEngineer), QLatin1String(kWorkshop), QLatin1String(kHomologation),
                 QLatin1String(kAdmin)),
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2")
            .arg(QStringLiteral("\"%1\"").arg(db.location().database), all),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(all),
        QStringLiteral("GRANT INSERT, UPDATE ON sheet, sheet_revision, sheet_bom_line, sheet_work_step, sheet_signoff,"
                       " catalog_entry, catalog_source, catalog_meta TO %1")
            .arg(all),
        // Drafts are rewritten by deleting their parts (the triggers allow it for unsealed
        // revisions only); the record itself can never be deleted.
        QStringLiteral("GRANT DELETE ON sheet_bom_line, sheet_work_step, sheet_signoff TO %1").arg(all),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(all),
        QStringLiteral("INSERT INTO remaster_meta(key, value) VALUES ('roles', 'on')"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
    };
    for (const QString &sql : grants)
        if (!exec(c, sql, &problem))
            return fail(tr("cannot grant the team rights: %1").arg(problem));
    if (!tx.commit())
        return fail(databaseErrorText(c.lastError()));
    return report;
}

} // namespace remaster::storage
