// The open database and the catalog loaded from it, shared by the windows and views.
// Views listen to catalogChanged() and re-read; edits go through this object so that every
// view sees the same state.
#pragma once

#include "model/catalog_set.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/sheetstore.h"

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
    storage::SheetStore *sheets() { return m_sheets.get(); }
    storage::Database *database() { return m_db.get(); }
    // Tell every view that sheets were added or changed.
    void notifySheetsChanged() { emit sheetsChanged(); }
    const QList<storage::CatalogIssue> &loadIssues() const { return m_issues; }
    void reload();

signals:
    void catalogChanged();
    void sheetsChanged();

private:
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::CatalogStore> m_store;
    std::unique_ptr<storage::SheetStore> m_sheets;
    model::CatalogSet m_catalog;
    QList<storage::CatalogIssue> m_issues;
};

} // namespace remaster::ui
