// The demo database's sample build sheets: three conversions at different points of the
// workflow, made from real designs on the bundled catalogs, so that a new user sees what a
// sheet looks like before entering their own van.
#pragma once

#include "database.h"

#include "model/catalog_set.h"

#include <QCoreApplication>

namespace remaster::storage {

class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // Adds the sample sheets when the database has none. Returns the number added.
    static int populate(Database &db, const model::CatalogSet &catalog, QString *error = nullptr);
};

} // namespace remaster::storage
