// Where build sheets live, seen from the rest of the app: no SQL above this interface. The SQLite
// implementation is SheetStore (sheetstore.h); a shared PostgreSQL team database would be a
// second implementation of the same interface.
#pragma once

#include "buildsheet.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace remaster::storage {

struct SheetError {
    // Conflict: the sheet changed since the caller loaded it (optimistic concurrency).
    enum Kind { None, NotFound, Forbidden, Invalid, Database, Conflict };
    Kind kind = None;
    QString message;
    explicit operator bool() const { return kind != None; }
};

enum class SheetSortColumn { Number, Status, Customer, Vin, Registration, Variant, Created, Updated };

// One page of the sheet list. Paging is by key (the previous page's last row), so that page N
// costs the same as page 1 however far the list is scrolled.
struct SheetQuery {
    QString search; // words, each matched anywhere in number, VIN, registration, customer, notes
    std::optional<SheetStatus> status;
    QDate createdFrom; // inclusive; null = open
    QDate createdTo; // inclusive; null = open
    SheetSortColumn sort = SheetSortColumn::Number;
    bool descending = false;
    int limit = 256; // <= 0: no limit
    QVariantList after; // sort key of the last row already read (SheetSummary::sortKey)
};

struct SheetPage {
    QList<SheetSummary> rows;
    QList<QVariantList> keys; // the sort key of each row, for the next page's `after`
};

struct SheetVerifyIssue {
    QString number;
    int revision = 0; // 0: the sheet as a whole
    QString problem;
};

struct SheetImportReport {
    int imported = 0;
    int alreadyPresent = 0; // identical sheets (same hashes) already in the database
    QStringList numbers;
};

class SheetRepository
{
public:
    virtual ~SheetRepository() = default;

    // Stores a new sheet whose first revision (a draft) holds `content`; returns its number.
    virtual std::optional<QString> create(const SheetRevision &content, SheetError *error) = 0;
    // Changes a sheet's content: a draft is edited in place; an approved or built sheet gets a
    // new draft revision (the sealed one stays as it was). Status and sign-offs of `content`
    // are ignored. Optimistic concurrency: when `content.hash` is set (content loaded from the
    // store and edited), the save is refused with SheetError::Conflict, naming who saved the
    // sheet last and when, if its latest revision no longer has that hash; an empty hash saves
    // on top of whatever is there.
    virtual bool saveContent(const QString &number, const SheetRevision &content, SheetError *error) = 0;
    // Moves a sheet along the workflow with the signer's sign-off. Approving is refused while
    // the snapshot holds a failing rule. With `expectedHash` (the revision the signer looked at),
    // a sheet changed since is refused with SheetError::Conflict: one approves what one saw.
    virtual bool transition(const QString &number, SheetStatus to, SignOffRole role, const QString &name,
                            SheetError *error, const QString &expectedHash = {})
        = 0;
    // Approved → Built with the workshop's record: the work steps (ticks, measured values, who
    // and when), the BOM serial numbers and the notes of `record` go into the new sealed Built
    // revision; everything else stays as approved. `record.hash` is checked as in saveContent.
    virtual bool recordBuilt(const QString &number, const SheetRevision &record, const QString &workshopLead,
                             SheetError *error)
        = 0;

    virtual std::optional<BuildSheet> load(const QString &number, SheetError *error) const = 0;
    virtual SheetPage list(const SheetQuery &query, SheetError *error) const = 0;
    virtual int count(const SheetQuery &query, SheetError *error) const = 0;
    // Every number, oldest first.
    virtual QStringList numbers(SheetError *error) const = 0;

    // Recomputes every revision's hash and chain link; empty when nothing was tampered with.
    virtual QList<SheetVerifyIssue> verify(SheetError *error) const = 0;

    // All or nothing: the sheets (already checked, hashes included) are added in one transaction.
    virtual std::optional<SheetImportReport> importSheets(const QList<BuildSheet> &sheets, SheetError *error) = 0;
};

} // namespace remaster::storage
