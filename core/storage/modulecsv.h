// Measured second-life modules from a CSV file (a bench's export): serial, capacity, resistance.
#pragma once

#include "model/second_life.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace remaster::storage {

class ModuleCsv
{
    Q_DECLARE_TR_FUNCTIONS(ModuleCsv)
public:
    // Header `serial,capacity_ah,resistance_mohm` (comma or semicolon, any order of the three
    // columns). Every problem names the line and the column with the accepted range; nothing is
    // returned when there is any problem.
    static std::optional<std::vector<model::MeasuredModule>> read(const QByteArray &csv, QStringList *errors);
};

} // namespace remaster::storage
