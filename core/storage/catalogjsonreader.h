// Reads catalog files (docs/catalog-format.md) into the model's catalog types.
//
// This is the edge where catalog units become SI quantities. A bad entry is reported with the
// file, the entry id and the field, and skipped; the other entries of the file still load. A
// file that is not a catalog at all (malformed JSON, wrong format) loads nothing.
#pragma once

#include "model/catalog_set.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remaster::storage {

struct CatalogIssue {
    QString file;
    QString entryId; // empty for file-level problems
    QString field; // empty when the whole entry or file is concerned
    QString message;
    QString accepted; // accepted values or range, may be empty

    QString toString() const;
};

struct CatalogReadResult {
    QString catalog; // "vehicles" or "components"
    QString catalogVersion;
    QList<CatalogIssue> issues;
    model::CatalogSet set; // only the valid entries
    QList<QJsonObject> validEngineJson; // raw JSON of each valid engine, in file order
    QList<QJsonObject> validEntryJson; // raw JSON of each valid entry, in file order
    QList<QJsonObject> sourceJson;

    bool fileUsable() const { return !catalog.isEmpty(); }
};

class CatalogJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogJsonReader)
public:
    static constexpr int kFormatVersion = 1;

    // `fileName` is only used in messages.
    static CatalogReadResult read(const QByteArray &json, const QString &fileName);
    static CatalogReadResult readFile(const QString &path);
};

} // namespace remaster::storage
