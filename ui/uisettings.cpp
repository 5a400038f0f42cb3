#include "uisettings.h"

#include <QLocale>
#include <QSettings>

namespace remaster::ui {
namespace {

// A most-recent-first list of at most 8 entries, `value` moved to the front.
void addRecent(const QString &key, const QString &value)
{
    QSettings settings;
    QStringList list = settings.value(key).toStringList();
    list.removeAll(value);
    list.prepend(value);
    while (list.size() > 8)
        list.removeLast();
    settings.setValue(key, list);
}

} // namespace

QString UiSettings::language()
{
    // First start: follow the desktop's language when we have it, English otherwise.
    const QString fallback
        = QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    const QString code = QSettings().value(QStringLiteral("ui/language"), fallback).toString();
    return code == QLatin1String("fr") ? code : QStringLiteral("en");
}

void UiSettings::setLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("ui/language"), code);
}

QByteArray UiSettings::mainWindowGeometry()
{
    return QSettings().value(QStringLiteral("ui/mainWindowGeometry")).toByteArray();
}

QByteArray UiSettings::mainWindowState()
{
    return QSettings().value(QStringLiteral("ui/mainWindowState")).toByteArray();
}

void UiSettings::setMainWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    QSettings s;
    s.setValue(QStringLiteral("ui/mainWindowGeometry"), geometry);
    s.setValue(QStringLiteral("ui/mainWindowState"), state);
}

QString UiSettings::databasePath()
{
    return QSettings().value(QStringLiteral("storage/databasePath")).toString();
}

QString UiSettings::powerUnit()
{
    return QSettings().value(QStringLiteral("ui/powerUnit")).toString() == QLatin1String("hp") ? QStringLiteral("hp")
                                                                                               : QStringLiteral("kW");
}

void UiSettings::setPowerUnit(const QString &unit)
{
    QSettings().setValue(QStringLiteral("ui/powerUnit"), unit);
}

QStringList UiSettings::recentDesigns()
{
    return QSettings().value(QStringLiteral("files/recentDesigns")).toStringList();
}

void UiSettings::addRecentDesign(const QString &path)
{
    addRecent(QStringLiteral("files/recentDesigns"), path);
}

QStringList UiSettings::recentConnections()
{
    return QSettings().value(QStringLiteral("storage/recentConnections")).toStringList();
}

void UiSettings::addRecentConnection(const QString &uri)
{
    addRecent(QStringLiteral("storage/recentConnections"), uri);
}

QStringList UiSettings::recentSheets()
{
    return QSettings().value(QStringLiteral("files/recentSheets")).toStringList();
}

void UiSettings::addRecentSheet(const QString &number)
{
    addRecent(QStringLiteral("files/recentSheets"), number);
}

void UiSettings::setDatabasePath(const QString &path)
{
    QSettings().setValue(QStringLiteral("storage/databasePath"), path);
}

} // namespace remaster::ui
