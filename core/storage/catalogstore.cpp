#include "catalogstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace remaster::storage {
namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString kindOf(const QString &catalog, const QJsonObject &entry, bool isEngine)
{
    if (catalog == QLatin1String("vehicles"))
        return isEngine ? QStringLiteral("engine") : QStringLiteral("variant");
    return entry.value(QLatin1String("kind")).toString();
}

bool upsertSources(QSqlDatabase &db, const QString &catalog, const QList<QJsonObject> &sources, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO catalog_source(catalog, id, citation, note, json) VALUES (?,?,?,?,?) "
                             "ON CONFLICT(catalog, id) DO UPDATE SET citation=excluded.citation, "
                             "note=excluded.note, json=excluded.json"));
    for (const QJsonObject &s : sources) {
        q.addBindValue(catalog);
        q.addBindValue(s.value(QLatin1String("id")).toString());
        q.addBindValue(s.value(QLatin1String("citation")).toString());
        // A null QString binds as SQL NULL; notes are optional, so store ''.
        q.addBindValue(s.value(QLatin1String("note")).toString(QStringLiteral("")));
        q.addBindValue(compact(s));
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

QString CatalogStore::bundledCatalogPath(const QString &catalog)
{
    return QStringLiteral(":/catalog/%1.json").arg(catalog);
}

QList<SeedReport> CatalogStore::seedBundled()
{
    QList<SeedReport> reports;
    for (const QString &catalog : { QStringLiteral("vehicles"), QStringLiteral("components") })
        reports.append(seed(CatalogJsonReader::readFile(bundledCatalogPath(catalog))));
    return reports;
}

QString CatalogStore::seedVersion(const QString &catalog) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT seed_version FROM catalog_meta WHERE catalog = ?"));
    q.addBindValue(catalog);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

SeedReport CatalogStore::seed(const CatalogReadResult &file)
{
    SeedReport report;
    report.issues = file.issues;
    if (!file.fileUsable() || m_db.isReadOnly())
        return report;
    if (seedVersion(file.catalog) == file.catalogVersion) {
        report.skippedSameVersion = true;
        return report;
    }

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QString error;
    if (!upsertSources(db, file.catalog, file.sourceJson, &error)) {
        report.issues.append({ file.catalog, {}, {}, error, {} });
        return report;
    }

    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT origin, user_modified, json FROM catalog_entry WHERE id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO catalog_entry(id, catalog, kind, origin, seed_version, "
                                  "user_modified, label, json, updated_at) VALUES (?,?,?, 'seed', ?, 0, ?,?,?)"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE catalog_entry SET kind=?, seed_version=?, label=?, json=?, updated_at=? "
                                  "WHERE id=? AND origin='seed' AND user_modified=0"));

    auto apply = [&](const QJsonObject &entry, bool isEngine) -> bool {
        const QString id = entry.value(QLatin1String("id")).toString();
        const QString json = compact(entry);
        find.addBindValue(id);
        if (!find.exec())
            return false;
        if (!find.next()) {
            insert.addBindValue(id);
            insert.addBindValue(file.catalog);
            insert.addBindValue(kindOf(file.catalog, entry, isEngine));
            insert.addBindValue(file.catalogVersion);
            insert.addBindValue(entry.value(QLatin1String("label")).toString());
            insert.addBindValue(json);
            insert.addBindValue(nowUtc());
            if (!insert.exec())
                return false;
            ++report.added;
            return true;
        }
        const bool userOwned = find.value(0).toString() == QLatin1String("user") || find.value(1).toBool();
        if (userOwned) {
            ++report.keptUserEntries;
            return true;
        }
        if (find.value(2).toString() == json) {
            ++report.unchanged;
        } else {
            ++report.updated;
        }
        update.addBindValue(kindOf(file.catalog, entry, isEngine));
        update.addBindValue(file.catalogVersion);
        update.addBindValue(entry.value(QLatin1String("label")).toString());
        update.addBindValue(json);
        update.addBindValue(nowUtc());
        update.addBindValue(id);
        return update.exec();
    };

    for (const QJsonObject &e : file.validEngineJson)
        if (!apply(e, true)) {
            report.issues.append({ file.catalog, {}, {}, db.lastError().text(), {} });
            return report;
        }
    for (const QJsonObject &e : file.validEntryJson)
        if (!apply(e, false)) {
            report.issues.append({ file.catalog, {}, {}, db.lastError().text(), {} });
            return report;
        }

    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO catalog_meta(catalog, seed_version, seeded_at) VALUES (?,?,?) "
                                "ON CONFLICT(catalog) DO UPDATE SET seed_version=excluded.seed_version, "
                                "seeded_at=excluded.seeded_at"));
    meta.addBindValue(file.catalog);
    meta.addBindValue(file.catalogVersion);
    meta.addBindValue(nowUtc());
    if (!meta.exec() || !tx.commit()) {
        report.issues.append({ file.catalog, {}, {}, db.lastError().text(), {} });
        report.added = report.updated = 0;
    }
    return report;
}

QJsonObject CatalogStore::documentFor(const QString &catalog, const Extra &extra) const
{
    QJsonObject doc;
    doc.insert(QStringLiteral("format"), QStringLiteral("remaster-catalog"));
    doc.insert(QStringLiteral("format_version"), CatalogJsonReader::kFormatVersion);
    doc.insert(QStringLiteral("catalog"), catalog);
    const QString version = seedVersion(catalog);
    doc.insert(QStringLiteral("catalog_version"), version.isEmpty() ? QStringLiteral("user") : version);

    QSqlQuery q(m_db.connection());
    QJsonArray sources;
    q.prepare(QStringLiteral("SELECT json FROM catalog_source WHERE catalog = ? ORDER BY id"));
    q.addBindValue(catalog);
    if (q.exec())
        while (q.next())
            sources.append(parseObject(q.value(0).toString()));
    for (const QJsonObject &s : extra.sources)
        sources.append(s);
    doc.insert(QStringLiteral("sources"), sources);

    QJsonArray engines;
    QJsonArray entries;
    q.prepare(QStringLiteral("SELECT id, kind, json FROM catalog_entry WHERE catalog = ? ORDER BY rowid"));
    q.addBindValue(catalog);
    if (q.exec()) {
        while (q.next()) {
            if (q.value(0).toString() == extra.skipId)
                continue;
            const QJsonObject o = parseObject(q.value(2).toString());
            (q.value(1).toString() == QLatin1String("engine") ? engines : entries).append(o);
        }
    }
    for (const QJsonObject &e : extra.engines)
        engines.append(e);
    for (const QJsonObject &e : extra.entries)
        entries.append(e);
    if (catalog == QLatin1String("vehicles"))
        doc.insert(QStringLiteral("engines"), engines);
    doc.insert(QStringLiteral("entries"), entries);
    return doc;
}

model::CatalogSet CatalogStore::load(QList<CatalogIssue> *issues) const
{
    model::CatalogSet set;
    for (const QString &catalog : { QStringLiteral("vehicles"), QStringLiteral("components") }) {
        const QByteArray json = QJsonDocument(documentFor(catalog)).toJson(QJsonDocument::Compact);
        CatalogReadResult r = CatalogJsonReader::read(json, tr("database catalog '%1'").arg(catalog));
        if (issues)
            issues->append(r.issues);
        auto &s = r.set;
        set.sources.insert(set.sources.end(), s.sources.begin(), s.sources.end());
        if (catalog == QLatin1String("vehicles")) {
            set.vehiclesVersion = seedVersion(catalog).toStdString();
            set.engines = std::move(s.engines);
            set.variants = std::move(s.variants);
        } else {
            set.componentsVersion = seedVersion(catalog).toStdString();
            set.motors = std::move(s.motors);
            set.inverters = std::move(s.inverters);
            set.reducers = std::move(s.reducers);
            set.batteryModules = std::move(s.batteryModules);
            set.chargers = std::move(s.chargers);
            set.dcdcs = std::move(s.dcdcs);
        }
    }
    return set;
}

QList<CatalogEntryInfo> CatalogStore::entries(const QString &catalog) const
{
    QList<CatalogEntryInfo> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, catalog, kind, origin, user_modified, seed_version, label "
                             "FROM catalog_entry WHERE (? = '' OR catalog = ?) ORDER BY rowid"));
    const QString which = catalog.isNull() ? QStringLiteral("") : catalog; // null would bind as NULL
    q.addBindValue(which);
    q.addBindValue(which);
    if (q.exec())
        while (q.next())
            out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toBool(), q.value(5).toString(), q.value(6).toString() });
    return out;
}

bool CatalogStore::contains(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM catalog_entry WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

QJsonObject CatalogStore::entryJson(const QString &id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT json FROM catalog_entry WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? parseObject(q.value(0).toString()) : QJsonObject();
}

bool CatalogStore::saveEntry(const QString &catalog, const QJsonObject &entry, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_db.isReadOnly())
        return fail(tr("The database is open read-only."));
    if (catalog != QLatin1String("vehicles") && catalog != QLatin1String("components"))
        return fail(tr("Unknown catalog '%1'.").arg(catalog));
    const QString id = entry.value(QLatin1String("id")).toString();

    // Validate exactly as a file entry, in the context of the stored sources and engines.
    const QJsonObject doc = documentFor(catalog, Extra { {}, {}, { entry }, id });
    const CatalogReadResult r
        = CatalogJsonReader::read(QJsonDocument(doc).toJson(QJsonDocument::Compact), tr("entry %1").arg(id));
    QStringList problems;
    for (const CatalogIssue &issue : r.issues)
        if (issue.entryId == id || issue.entryId.isEmpty())
            problems << issue.toString();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QSqlQuery q(db);
    if (contains(id)) {
        q.prepare(QStringLiteral("UPDATE catalog_entry SET json=?, label=?, user_modified=1, updated_at=? WHERE id=?"));
        q.addBindValue(compact(entry));
        q.addBindValue(entry.value(QLatin1String("label")).toString());
        q.addBindValue(nowUtc());
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO catalog_entry(id, catalog, kind, origin, seed_version, user_modified, "
                                 "label, json, updated_at) VALUES (?,?,?, 'user', NULL, 0, ?,?,?)"));
        q.addBindValue(id);
        q.addBindValue(catalog);
        q.addBindValue(kindOf(catalog, entry, false));
        q.addBindValue(entry.value(QLatin1String("label")).toString());
        q.addBindValue(compact(entry));
        q.addBindValue(nowUtc());
    }
    if (!q.exec() || !tx.commit())
        return fail(q.lastError().text());
    return true;
}

bool CatalogStore::importFile(const QByteArray &json, const QString &fileName, int *imported, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    auto describe = [](const QList<CatalogIssue> &issues) {
        QStringList problems;
        for (const auto &issue : issues)
            problems << issue.toString();
        return tr("The file was not imported:\n%1").arg(problems.join(QLatin1Char('\n')));
    };
    if (m_db.isReadOnly())
        return fail(tr("The database is open read-only."));
    const CatalogReadResult file = CatalogJsonReader::read(json, fileName);
    if (!file.fileUsable())
        return fail(describe(file.issues));

    // The raw entries of the file, valid or not: validity is judged below in the context of the
    // database, where the entries may refer to stored engines and sources.
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    Extra extra;
    QSet<QString> fileIds;
    for (const QJsonValue &v : root.value(QLatin1String("engines")).toArray()) {
        extra.engines.append(v.toObject());
        fileIds.insert(v.toObject().value(QLatin1String("id")).toString());
    }
    for (const QJsonValue &v : root.value(QLatin1String("entries")).toArray()) {
        extra.entries.append(v.toObject());
        fileIds.insert(v.toObject().value(QLatin1String("id")).toString());
    }
    for (const QString &id : fileIds)
        if (contains(id))
            return fail(tr("Entry '%1' already exists; nothing was imported.").arg(id));
    QSet<QString> storedSources;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT id FROM catalog_source WHERE catalog = ?"));
        q.addBindValue(file.catalog);
        if (q.exec())
            while (q.next())
                storedSources.insert(q.value(0).toString());
    }
    QList<QJsonObject> newSources;
    for (const QJsonObject &s : file.sourceJson)
        if (!storedSources.contains(s.value(QLatin1String("id")).toString()))
            newSources.append(s);
    extra.sources = newSources;

    const CatalogReadResult combined = CatalogJsonReader::read(
        QJsonDocument(documentFor(file.catalog, extra)).toJson(QJsonDocument::Compact), fileName);
    QList<CatalogIssue> problems;
    // Stored entries always have an id, so an issue without a known stored id is the file's.
    const QSet<QString> storedIds = [this] {
        QSet<QString> ids;
        for (const auto &e : entries())
            ids.insert(e.id);
        return ids;
    }();
    for (const auto &issue : combined.issues)
        if (!storedIds.contains(issue.entryId))
            problems.append(issue);
    if (!problems.isEmpty())
        return fail(describe(problems));

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    QString sqlError;
    if (!upsertSources(db, file.catalog, newSources, &sqlError))
        return fail(sqlError);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO catalog_entry(id, catalog, kind, origin, seed_version, user_modified, "
                             "label, json, updated_at) VALUES (?,?,?, 'user', NULL, 0, ?,?,?)"));
    int count = 0;
    auto insert = [&](const QJsonObject &e, bool isEngine) {
        q.addBindValue(e.value(QLatin1String("id")).toString());
        q.addBindValue(file.catalog);
        q.addBindValue(kindOf(file.catalog, e, isEngine));
        q.addBindValue(e.value(QLatin1String("label")).toString());
        q.addBindValue(compact(e));
        q.addBindValue(nowUtc());
        ++count;
        return q.exec();
    };
    for (const QJsonObject &e : extra.engines)
        if (!insert(e, true))
            return fail(q.lastError().text());
    for (const QJsonObject &e : extra.entries)
        if (!insert(e, false))
            return fail(q.lastError().text());
    if (!tx.commit())
        return fail(db.lastError().text());
    if (imported)
        *imported = count;
    return true;
}

bool CatalogStore::duplicate(const QString &id, const QString &newId, const QString &newLabel, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT catalog, kind FROM catalog_entry WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no catalog entry '%1'.").arg(id);
        return false;
    }
    if (q.value(1).toString() == QLatin1String("engine")) {
        if (error)
            *error = tr("Engines cannot be duplicated; duplicate a vehicle variant instead.");
        return false;
    }
    if (contains(newId)) {
        if (error)
            *error = tr("An entry '%1' already exists.").arg(newId);
        return false;
    }
    QJsonObject entry = entryJson(id);
    entry.insert(QStringLiteral("id"), newId);
    entry.insert(QStringLiteral("label"),
                 newLabel.isEmpty() ? entry.value(QLatin1String("label")).toString() + tr(" (copy)") : newLabel);
    return saveEntry(q.value(0).toString(), entry, error);
}

bool CatalogStore::removeUserEntry(const QString &id, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM catalog_entry WHERE id = ? AND origin = 'user'"));
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error = tr("Only entries you added can be deleted; '%1' is not one of them.").arg(id);
        return false;
    }
    return true;
}

} // namespace remaster::storage
