// Every field of one catalog entry with its value, confidence and source. Representative (R)
// and derived (E) figures are marked so that nobody mistakes them for the vehicle's own data.
#pragma once

#include "model/catalog_set.h"

#include <QJsonObject>
#include <QTreeWidget>

namespace remaster::ui {

class EntryDetailsView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit EntryDetailsView(QWidget *parent = nullptr);
    void showEntry(const QJsonObject &entry, const model::CatalogSet &catalog);
    void clearEntry();
    void retranslate();

private:
    QJsonObject m_entry;
    const model::CatalogSet *m_catalog = nullptr;
};

} // namespace remaster::ui
