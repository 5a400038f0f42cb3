// Edits one catalog entry field by field: value, unit, confidence, source and note. The entry is
// validated exactly like a catalog file entry before it is stored; on error the dialog stays
// open and names the field and the accepted range.
#pragma once

#include "model/catalog_set.h"
#include "storage/catalogpresenter.h"

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QTableWidget;

namespace remaster::storage {
class CatalogStore;
}

namespace remaster::ui {

class CatalogEntryEditor : public QDialog
{
    Q_OBJECT
public:
    CatalogEntryEditor(storage::CatalogStore &store, const QString &catalog, const QJsonObject &entry,
                       const model::CatalogSet &catalogSet, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString lastError() const;

public slots:
    void accept() override;

private:
    enum Column { Field, Value, Unit, Confidence, Source, Note, ColumnCount };
    storage::CatalogStore &m_store;
    QString m_catalog;
    QJsonObject m_entry;
    QList<storage::CatalogRow> m_rows;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace remaster::ui
