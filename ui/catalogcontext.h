// The open database and the catalog loaded from it, shared by the windows and views.
// Views listen to catalogChanged() and re-read; edits go through this object so that every
// view sees the same state.
#pragma once

#include "model/catalog_set.h"
#include "storage/catalogstore.h"
#include "storage/database.h"
#include "storage/sheetchangelistener.h"
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
    // A location with a password typed for this session (the connection dialog).
    bool open(const storage::DatabaseLocation &location, QString &message);
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

    // True when other workstations' changes arrive by themselves (a PostgreSQL team database).
    bool hearsOtherWorkstations() const { return m_listener && m_listener->isActive(); }

signals:
    void catalogChanged();
    void sheetsChanged();
    // Another workstation changed `number` (team database); sheetsChanged follows.
    void sheetChangedElsewhere(const QString &number);
    // The team database's connection was lost and made again (by the next save).
    void reconnected(const QString &database);

private:
    void listen();
    std::unique_ptr<storage::SheetChangeListener> m_listener; // before m_db: it unsubscribes
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::CatalogStore> m_store;
    std::unique_ptr<storage::SheetStore> m_sheets;
    model::CatalogSet m_catalog;
    QList<storage::CatalogIssue> m_issues;
    bool m_refreshPending = false;
};

} // namespace remaster::ui
