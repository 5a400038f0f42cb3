// The numbered schema migrations. Append only: never edit a migration that has shipped.
#pragma once

#include "database.h"

#include <QList>

namespace remaster::storage {

const QList<Migration> &schemaMigrations();

// The expression PostgreSQL's trigram index is built on; a search must use it as written for the
// index to serve it.
inline constexpr const char *kPostgresSearchText
    = "number || ' ' || vin || ' ' || registration || ' ' || customer || ' ' || notes";

} // namespace remaster::storage
