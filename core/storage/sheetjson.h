// The build-sheet exchange file, "remaster-sheets" format version 1 (docs: the header below).
//
//   { "format": "remaster-sheets", "format_version": 1, "exported_at": "…",
//     "sheets": [ { "number": "2026-0001", "created_at": "…",
//                   "revisions": [ { <every field of SheetHash::content()>, "hash": "<hex SHA-256>" } ] } ] }
//
// Reading is strict: a file that is truncated, has a field of the wrong type, repeats a sheet
// number, breaks a revision chain or carries a hash that does not match its content is refused as
// a whole, with a message naming the JSON path of the problem.
#pragma once

#include "buildsheet.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace remaster::storage {

class SheetJson
{
    Q_DECLARE_TR_FUNCTIONS(SheetJson)
public:
    static constexpr int kFormatVersion = 1;
    static QByteArray write(const QList<BuildSheet> &sheets);
    static QJsonObject writeSheet(const BuildSheet &sheet);
    // nullopt and `error` set when anything in the file is wrong; nothing partial is returned.
    static std::optional<QList<BuildSheet>> read(const QByteArray &json, QString *error);
};

} // namespace remaster::storage
