#pragma once

#include <QDialog>

namespace remaster::model {
struct CatalogSet;
}

namespace remaster::ui {

// Version, catalog versions, where the data comes from, and the licence notices.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const model::CatalogSet &catalog, const QString &databasePath, QWidget *parent = nullptr);
};

} // namespace remaster::ui
