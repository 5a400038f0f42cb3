// Build sheets in the ReMaster SQLite database (schema 2, migrations.cpp): the SQLite
// SheetRepository. Every write is one `BEGIN IMMEDIATE` transaction, so that two app instances
// queue behind the busy timeout instead of failing with "database is locked", and a crash
// leaves either the whole save or nothing.
#pragma once

#include "database.h"
#include "sheetrepository.h"

#include <QCoreApplication>

namespace remaster::storage {

class SheetStore : public SheetRepository
{
    Q_DECLARE_TR_FUNCTIONS(SheetStore)
public:
    enum class SearchMode { Automatic, Like };

    explicit SheetStore(Database &db);

    std::optional<QString> create(const SheetRevision &content, SheetError *error) override;
    bool saveContent(const QString &number, const SheetRevision &content, SheetError *error) override;
    bool transition(const QString &number, SheetStatus to, SignOffRole role, const QString &name, SheetError *error,
                    const QString &expectedHash = {}) override;
    bool recordBuilt(const QString &number, const SheetRevision &record, const QString &workshopLead,
                     SheetError *error) override;
    std::optional<BuildSheet> load(const QString &number, SheetError *error) const override;
    SheetPage list(const SheetQuery &query, SheetError *error) const override;
    int count(const SheetQuery &query, SheetError *error) const override;
    QStringList numbers(SheetError *error) const override;
    QList<SheetVerifyIssue> verify(SheetError *error) const override;
    std::optional<SheetImportReport> importSheets(const QList<BuildSheet> &sheets, SheetError *error) override;

    // True when the database has the FTS5 (trigram) index and it is used for search.
    bool usesFullTextSearch() const { return m_fts && m_searchMode == SearchMode::Automatic; }
    // For tests and the benchmark: search with LIKE even where FTS5 is present.
    void setSearchMode(SearchMode mode) { m_searchMode = mode; }

    // Sealed revisions carry their sign-offs; the default role of each workflow step.
    static SignOffRole defaultRole(SheetStatus to);

private:
    // `expectedHash`: the revision the caller based the change on ("" = whatever is latest).
    bool changeStatus(const QString &number, SheetStatus to, SignOffRole role, const QString &name,
                      const SheetRevision *workshopRecord, const QString &expectedHash, SheetError *error);
    Database &m_db;
    bool m_fts = false;
    SearchMode m_searchMode = SearchMode::Automatic;
};

} // namespace remaster::storage
