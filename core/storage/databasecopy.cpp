#include "databasecopy.h"

#include "sheetstore.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace remaster::storage {
namespace {

// The user's part of the catalogs: entries added or edited by the user. Seed entries come with
// every ReMaster and are seeded into the target when it is opened.
bool copyCatalog(Database &from, Database &to, DatabaseCopyReport &report, QString *error)
{
    QSqlDatabase target = to.connection();
    Transaction tx(target);
    if (!tx.isActive()) {
        *error = databaseErrorText(target.lastError());
        return false;
    }
    QSqlQuery sources(from.connection());
    sources.setForwardOnly(true);
    if (!sources.exec(
            QStringLiteral("SELECT catalog, id, citation, note, json FROM catalog_source ORDER BY catalog, id"))) {
        *error = databaseErrorText(sources.lastError());
        return false;
    }
    QSqlQuery insertSource(target);
    // A source the target already cites under the same id is kept as it is there.
    insertSource.prepare(
        QStringLiteral("INSERT INTO catalog_source(catalog, id, citation, note, json) VALUES (?,?,?,?,?)"
                       " ON CONFLICT (catalog, id) DO NOTHING"));
    while (sources.next()) {
        for (int i = 0; i < 5; ++i)
            insertSource.addBindValue(sources.value(i));
        if (!insertSource.exec()) {
            *error = databaseErrorText(insertSource.lastError());
            return false;
        }
        report.catalogSourcesCopied += insertSource.numRowsAffected() > 0 ? 1 : 0;
    }

    QSqlQuery entries(from.connection());
    entries.setForwardOnly(true);
    if (!entries.exec(QStringLiteral("SELECT id, catalog, kind, origin, seed_version, user_modified, label, json,"
                                     " updated_at FROM catalog_entry WHERE origin = 'user' OR user_modified <> 0"
                                     " ORDER BY rowid"))) {
        *error = databaseErrorText(entries.lastError());
        return false;
    }
    QSqlQuery existing(target);
    existing.prepare(QStringLiteral("SELECT origin, user_modified, json FROM catalog_entry WHERE id = ?"));
    QSqlQuery write(target);
    while (entries.next()) {
        const QString id = entries.value(0).toString();
        existing.addBindValue(id);
        if (!existing.exec()) {
            *error = databaseErrorText(existing.lastError());
            return false;
        }
        const bool present = existing.next();
        const bool targetOwn
            = present && (existing.value(0).toString() == QLatin1String("user") || existing.value(1).toInt() != 0);
        const bool same = present && existing.value(2).toString() == entries.value(7).toString();
        existing.finish();
        if (same)
            continue;
        if (targetOwn) {
            *error = DatabaseCopy::tr("catalog entry %1 exists in the target with other content entered there; "
                                      "nothing was overwritten (rename one of them and copy again)")
                         .arg(id);
            return false;
        }
        write.prepare(present
                          ? QStringLiteral("UPDATE catalog_entry SET catalog=?, kind=?, origin=?, seed_version=?,"
                                           " user_modified=?, label=?, json=?, updated_at=? WHERE id=?")
                          : QStringLiteral("INSERT INTO catalog_entry(catalog, kind, origin, seed_version,"
                                           " user_modified, label, json, updated_at, id) VALUES (?,?,?,?,?,?,?,?,?)"));
        for (int i = 1; i <= 8; ++i)
            write.addBindValue(entries.value(i));
        write.addBindValue(id);
        if (!write.exec()) {
            *error = databaseErrorText(write.lastError());
            return false;
        }
        ++report.catalogEntriesCopied;
    }
    if (!tx.commit()) {
        *error = databaseErrorText(target.lastError());
        return false;
    }
    return true;
}

} // namespace

std::optional<DatabaseCopyReport> DatabaseCopy::run(Database &from, Database &to, bool merge, QString *error,
                                                    const std::function<void(int, int)> &progress)
{
    QString problem;
    auto fail = [&](const QString &message) -> std::optional<DatabaseCopyReport> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!from.isOpen() || !to.isOpen())
        return fail(tr("both databases must be open"));
    if (to.isReadOnly())
        return fail(tr("the target %1 is open read-only; nothing was copied").arg(to.path()));
    const auto &a = from.location();
    const auto &b = to.location();
    const bool sameFile = !a.isPostgres() && !b.isPostgres()
        && QFileInfo(a.sqlitePath).canonicalFilePath() == QFileInfo(b.sqlitePath).canonicalFilePath();
    if (sameFile || (a.isPostgres() && a.uri() == b.uri()))
        return fail(tr("the source and the target are the same database"));

    SheetStore source(from);
    SheetStore target(to);
    SheetError e;
    const QStringList numbers = source.numbers(&e);
    if (e)
        return fail(tr("cannot read the source: %1").arg(e.message));
    const QStringList present = target.numbers(&e);
    if (e)
        return fail(tr("cannot read the target: %1").arg(e.message));
    if (!present.isEmpty() && !merge)
        return fail(tr("the target %1 already holds %n build sheet(s); copy into an empty database, or merge "
                       "(--merge) to add the missing sheets",
                       nullptr, int(present.size()))
                        .arg(to.path()));

    DatabaseCopyReport report;
    if (!copyCatalog(from, to, report, &problem))
        return fail(tr("catalog: %1; no build sheet was copied").arg(problem));

    // Sheets as stored, revisions with their own dates and hashes: importSheets writes them
    // unchanged, in one transaction, and refuses a number that holds other content.
    QList<BuildSheet> sheets;
    sheets.reserve(numbers.size());
    for (int i = 0; i < numbers.size(); ++i) {
        const auto sheet = source.load(numbers.at(i), &e);
        if (!sheet)
            return fail(
                tr("sheet %1 cannot be read from the source: %2; nothing was copied").arg(numbers.at(i), e.message));
        sheets.append(*sheet);
        if (progress)
            progress(i + 1, int(numbers.size()) * 2);
    }
    const auto imported = target.importSheets(sheets, &e);
    if (!imported)
        return fail(e.message);
    report.sheetsCopied = imported->imported;
    report.sheetsAlreadyPresent = imported->alreadyPresent;
    report.numbers = imported->numbers;

    // Read back what was written and compare it with the source, revision by revision.
    const QSet<QString> copied(report.numbers.cbegin(), report.numbers.cend());
    for (int i = 0; i < sheets.size(); ++i) {
        const BuildSheet &original = sheets.at(i);
        if (progress)
            progress(int(numbers.size()) + i + 1, int(numbers.size()) * 2);
        if (!copied.contains(original.number))
            continue;
        const auto back = target.load(original.number, &e);
        if (!back || back->revisions.size() != original.revisions.size())
            return fail(tr("sheet %1 does not read back from the target as copied").arg(original.number));
        for (int r = 0; r < original.revisions.size(); ++r) {
            if (back->revisions.at(r).hash != original.revisions.at(r).hash)
                return fail(tr("sheet %1 revision %2: the hash in the target differs from the source")
                                .arg(original.number)
                                .arg(original.revisions.at(r).revision));
            ++report.revisionsVerified;
        }
        report.revisionsCopied += int(original.revisions.size());
    }
    const QList<SheetVerifyIssue> issues = target.verify(&e);
    if (e)
        return fail(tr("cannot verify the target: %1").arg(e.message));
    if (!issues.isEmpty())
        return fail(tr("the target does not verify after the copy: sheet %1 revision %2: %3")
                        .arg(issues.first().number)
                        .arg(issues.first().revision)
                        .arg(issues.first().problem));
    return report;
}

} // namespace remaster::storage
