#include "cyclelibrary.h"

#include "model/errors.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace remaster::storage {

QList<CycleLibrary::Info> CycleLibrary::bundled()
{
    static const QList<Info> infos = [] {
        QList<Info> list;
        QFile f(QStringLiteral(":/cycles/cycles.json"));
        if (!f.open(QIODevice::ReadOnly))
            return list;
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        for (const QJsonValue &v : root.value(QLatin1String("cycles")).toArray()) {
            const QJsonObject c = v.toObject();
            list.append({ c.value(QLatin1String("id")).toString(), c.value(QLatin1String("name")).toString(),
                          c.value(QLatin1String("official_reference")).toString(),
                          c.value(QLatin1String("duration_s")).toDouble(),
                          c.value(QLatin1String("distance_km")).toDouble(),
                          c.value(QLatin1String("max_speed_kmh")).toDouble() });
        }
        return list;
    }();
    return infos;
}

bool CycleLibrary::isBundled(const QString &id)
{
    for (const auto &i : bundled())
        if (i.id == id)
            return true;
    return false;
}

model::DriveCycle CycleLibrary::load(const QString &idOrPath)
{
    const bool bundledId = isBundled(idOrPath);
    const QString path = bundledId ? QStringLiteral(":/cycles/%1.csv").arg(idOrPath) : idOrPath;
    if (!bundledId && !idOrPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        QStringList ids;
        for (const auto &i : bundled())
            ids << i.id;
        throw model::InputError(
            { { "operation.cycles", QT_TRANSLATE_NOOP("Model", "is neither a bundled cycle nor a .csv file"),
                ids.join(QStringLiteral(", ")).toStdString(), idOrPath.toStdString() } });
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw model::InputError({ { "operation.cycles",
                                    QT_TRANSLATE_NOOP("Model", "cannot be read"),
                                    {},
                                    (idOrPath + QStringLiteral(": ") + f.errorString()).toStdString() } });
    // A custom file keeps the design's own word for it as its id (the path written in
    // operation.cycles), so the evaluation finds it again; its name is the file's base name.
    const QString id = idOrPath;
    const QString name = bundledId ? idOrPath : QFileInfo(idOrPath).completeBaseName();
    model::DriveCycle cycle = model::parseCycleCsv(f.readAll().toStdString(), id.toStdString(), name.toStdString());
    if (bundledId)
        model::applyKnownCycleMetadata(cycle);
    return cycle;
}

} // namespace remaster::storage
