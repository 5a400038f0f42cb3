// Where ReMaster keeps its files. Everything goes through QStandardPaths so that Windows
// (%APPDATA%), Linux (~/.local/share) and tests (QStandardPaths::setTestModeEnabled) agree.
#pragma once

#include <QString>

namespace remaster::storage {

struct AppPaths {
    static QString dataDirectory(); // created on demand
    static QString defaultDatabasePath(); // <data>/remaster.sqlite
    static QString demoDatabasePath(); // <data>/demo.sqlite, never the user's real data
};

} // namespace remaster::storage
