// Moves a whole ReMaster database to another one, SQLite or PostgreSQL in either direction
// (issue 14: `remaster-cli db copy`): every build sheet with all its revisions, BOM, steps and
// sign-offs exactly as stored (same numbers, dates and hashes), and the user's own catalog
// entries and sources. After the copy every copied revision's hash is compared with the source
// and the target's whole chain is re-verified.
#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

namespace remaster::storage {

struct DatabaseCopyReport {
    int sheetsCopied = 0;
    int sheetsAlreadyPresent = 0; // merge: identical sheets found in the target
    int revisionsCopied = 0;
    int revisionsVerified = 0; // hashes compared with the source after the copy
    int catalogEntriesCopied = 0;
    int catalogSourcesCopied = 0;
    QStringList numbers; // the sheets copied
};

class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    // Refuses a target that already holds build sheets unless `merge`: then sheets already
    // present with the same revisions are skipped, and a sheet present with different content,
    // or a user catalog entry of the target that the source's would overwrite, fails the copy
    // naming it. Sheets are copied all or nothing (one transaction); catalog entries before them,
    // idempotently, so that a failed copy can simply be run again. `progress` gets (done, total).
    static std::optional<DatabaseCopyReport> run(Database &from, Database &to, bool merge, QString *error,
                                                 const std::function<void(int, int)> &progress = {});
};

} // namespace remaster::storage
