// Turns a catalog entry (its JSON, as stored) into rows people read and edit: translated field
// names, values with units, and the provenance of every figure. Used by the GUI's detail view
// and editor and by `remaster-cli catalog show`.
#pragma once

#include "model/catalog_set.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remaster::storage {

struct CatalogRow {
    QString path; // JSON path of the field, e.g. "gvw" or "removed_parts[2].mass"
    QString label; // translated field name
    bool sourced = false;
    QString value; // number as written (sourced) or text, as stored: what an editor edits
    QString displayValue; // for coded fields (body, drive, engines ...), the translated reading
    QString unit;
    QString confidence; // A, B, C, E, R
    QString sourceId;
    QString citation;
    QString note;
};

class CatalogPresenter
{
    Q_DECLARE_TR_FUNCTIONS(CatalogPresenter)
public:
    static QList<CatalogRow> rows(const QJsonObject &entry, const model::CatalogSet &catalog);
    // Writes edited rows back into a copy of `entry` (inverse of rows()).
    static QJsonObject applyRows(const QJsonObject &entry, const QList<CatalogRow> &rows);

    static QString fieldLabel(const QString &key);
    static QString confidenceText(const QString &code);
    static QString valueWithUnit(const CatalogRow &row, const QLocale &locale);
    // The translated reading of a coded field, empty when the field is not coded.
    static QString codeText(const QString &key, const QJsonValue &value, const model::CatalogSet &catalog);
};

} // namespace remaster::storage
