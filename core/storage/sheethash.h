// Tamper evidence of build sheets: each revision's content in one canonical JSON form (keys
// sorted, compact, numbers in Qt's shortest round-trip form), hashed with SHA-256 together with
// the previous revision's hash. Changing any stored field, or a revision of the chain, changes
// every hash from there on; `remaster-cli sheet verify` recomputes them all.
#pragma once

#include "buildsheet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace remaster::storage {

struct SheetHash {
    // The previous hash of a sheet's first revision.
    static QString genesis() { return QString(64, QLatin1Char('0')); }
    // Every field of the revision except `hash` (the previous hash included), as exported.
    static QJsonObject content(const QString &sheetNumber, const SheetRevision &revision);
    static QByteArray canonical(const QString &sheetNumber, const SheetRevision &revision);
    // Lower-case hex SHA-256 of canonical().
    static QString compute(const QString &sheetNumber, const SheetRevision &revision);
};

} // namespace remaster::storage
