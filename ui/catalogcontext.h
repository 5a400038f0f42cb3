// The open database and the catalog loaded from it, shared by the windows and views.
// Views listen to catalogChanged() and re-read; edits go through this object so that every
// view sees the same state.
#pragma once

#include "model/catalog_set.h"
#include "storage/catalogstore.h"
#include "storage/database.h"

#include <QObject>

#include <memory>

namespace remaster::ui {

class CatalogContext : public QObject
{
    Q_OBJECT
public:
    explicit CatalogContext(QObject *parent = nullptr);
    ~CatalogContext() override;

    // Opens (and seeds) the database; on failure returns false and fills `message`.
    bool open(const QString &path, QString &message);
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_db && m_db->isReadOnly(); }
    QString databasePath() const;
    const model::CatalogSet &catalog() const { return m_catalog; }
    storage::CatalogStore *store() { return m_store.get(); }
    const QList<storage::CatalogIssue> &loadIssues() const { return m_issues; }
    void reload();

signals:
    void catalogChanged();

private:
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::CatalogStore> m_store;
    model::CatalogSet m_catalog;
    QList<storage::CatalogIssue> m_issues;
};

} // namespace remaster::ui
