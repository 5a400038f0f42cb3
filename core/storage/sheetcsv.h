// CSV exports of build sheets (RFC 4180: CRLF line ends, fields with a comma, quote or line break
// quoted, quotes doubled; UTF-8). Column names are stable English identifiers with their unit.
#pragma once

#include "buildsheet.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace remaster::storage {

struct SheetCsv {
    static QString field(const QString &value);
    static QByteArray rows(const QList<QStringList> &rows);
    // number,status,revision,customer,vin,registration,variant_id,created_at,updated_at
    static QByteArray sheetList(const QList<SheetSummary> &sheets);
    // sheet_number,revision,line,part_number,description,quantity,mass_kg,position_mm,serial_numbers
    static QByteArray bom(const QString &number, const SheetRevision &revision);
};

} // namespace remaster::storage
