// Typed access to the GUI's settings (QSettings), one place for every key.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace remaster::ui {

class UiSettings
{
public:
    static QString language(); // "en" (default) or "fr"
    static void setLanguage(const QString &code);
    static QByteArray mainWindowGeometry();
    static QByteArray mainWindowState();
    static void setMainWindowLayout(const QByteArray &geometry, const QByteArray &state);
    static QString databasePath(); // empty = the default location
    static void setDatabasePath(const QString &path);
    static QString powerUnit(); // "kW" (default) or "hp"
    static void setPowerUnit(const QString &unit);
    static QStringList recentDesigns(); // most recent first, at most 8
    static void addRecentDesign(const QString &path);
    // Team databases connected to, as URIs (never with a password), most recent first, at most 8.
    static QStringList recentConnections();
    static void addRecentConnection(const QString &uri);
    static QStringList recentSheets(); // sheet numbers, most recent first, at most 8
    static void addRecentSheet(const QString &number);
};

} // namespace remaster::ui
