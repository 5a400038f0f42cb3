#include "apppaths.h"

#include <QDir>
#include <QStandardPaths>

namespace remaster::storage {

QString AppPaths::dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString AppPaths::defaultDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("remaster.sqlite"));
}

QString AppPaths::demoDatabasePath()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("demo.sqlite"));
}

} // namespace remaster::storage
