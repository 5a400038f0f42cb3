// Drive cycles: the bundled traces (resources/cycles, with provenance in its README) and user
// cycles imported from CSV files (time_s, speed_kmh[, grade_percent]).
#pragma once

#include "model/drive_cycle.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace remaster::storage {

class CycleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(CycleLibrary)
public:
    struct Info {
        QString id;
        QString name;
        QString reference;
        double durationS = 0;
        double distanceKm = 0;
        double maxSpeedKmh = 0;
    };

    // The bundled cycles, from resources/cycles/cycles.json.
    static QList<Info> bundled();
    static bool isBundled(const QString &id);
    // Loads a bundled cycle, or a file path ending in .csv. Throws model::InputError.
    static model::DriveCycle load(const QString &idOrPath);
};

} // namespace remaster::storage
