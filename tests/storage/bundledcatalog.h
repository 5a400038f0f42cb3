// The catalogs embedded in the binaries (vehicles and components) as one CatalogSet, for tests
// that run designs on the real catalog without a database.
#pragma once

#include "storage/catalogjsonreader.h"

namespace remaster::tests {

inline model::CatalogSet bundledCatalog()
{
    const auto v = storage::CatalogJsonReader::readFile(QStringLiteral(":/catalog/vehicles.json"));
    const auto c = storage::CatalogJsonReader::readFile(QStringLiteral(":/catalog/components.json"));
    model::CatalogSet set = v.set;
    set.motors = c.set.motors;
    set.inverters = c.set.inverters;
    set.reducers = c.set.reducers;
    set.batteryModules = c.set.batteryModules;
    set.chargers = c.set.chargers;
    set.dcdcs = c.set.dcdcs;
    set.componentsVersion = c.set.componentsVersion;
    return set;
}

} // namespace remaster::tests
