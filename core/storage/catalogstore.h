// Catalog entries in the database: seeded from resources/catalog at first start, then owned by
// the user. A seed update refreshes seed entries the user has not touched and never overwrites
// a user's own or edited entry.
#pragma once

#include "catalogjsonreader.h"
#include "database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace remaster::storage {

struct CatalogEntryInfo {
    QString id;
    QString catalog; // vehicles | components
    QString kind; // engine | variant | motor | inverter | reducer | battery-module | charger | dcdc
    QString origin; // seed | user
    bool userModified = false;
    QString seedVersion;
    QString label;
};

struct SeedReport {
    int added = 0;
    int updated = 0;
    int keptUserEntries = 0;
    int unchanged = 0;
    bool skippedSameVersion = false;
    QList<CatalogIssue> issues;
};

class CatalogStore
{
    Q_DECLARE_TR_FUNCTIONS(CatalogStore)
public:
    explicit CatalogStore(Database &db)
        : m_db(db)
    {
    }

    // Seeds one catalog file into the database (all-or-nothing, one transaction).
    SeedReport seed(const CatalogReadResult &file);
    // Seeds the catalogs shipped in the application's resources.
    QList<SeedReport> seedBundled();

    // All entries, parsed through the same reader as the files. Entries that fail to parse
    // (e.g. edited behind the app's back) are reported in `issues` and left out.
    model::CatalogSet load(QList<CatalogIssue> *issues = nullptr) const;
    QString seedVersion(const QString &catalog) const;

    QList<CatalogEntryInfo> entries(const QString &catalog = {}) const;
    bool contains(const QString &id) const;
    QJsonObject entryJson(const QString &id) const;

    // Adds or edits an entry after validating it exactly as a catalog file entry. An edited seed
    // entry is marked user-modified so that later seed updates leave it alone.
    bool saveEntry(const QString &catalog, const QJsonObject &entry, QString *error);
    // Adds the valid entries and sources of a catalog file as user entries; all or nothing.
    // Entries may refer to engines and sources already in the database.
    bool importFile(const QByteArray &json, const QString &fileName, int *imported, QString *error);
    bool duplicate(const QString &id, const QString &newId, const QString &newLabel, QString *error);
    bool removeUserEntry(const QString &id, QString *error);

    static QString bundledCatalogPath(const QString &catalog); // ":/catalog/vehicles.json"

private:
    struct Extra {
        QList<QJsonObject> sources;
        QList<QJsonObject> engines;
        QList<QJsonObject> entries;
        QString skipId;
    };
    QJsonObject documentFor(const QString &catalog, const Extra &extra = {}) const;
    Database &m_db;
};

} // namespace remaster::storage
