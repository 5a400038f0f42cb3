// The numbered schema migrations. Append only: never edit a migration that has shipped.
#pragma once

#include "database.h"

#include <QList>

namespace remaster::storage {

const QList<Migration> &schemaMigrations();

} // namespace remaster::storage
