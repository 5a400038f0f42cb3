// Translated names of catalog codes, for the UI.
#pragma once

#include "model/catalog.h"

#include <QCoreApplication>
#include <QString>

namespace remaster::ui {

class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)
public:
    static QString generation(model::Generation g);
    static QString body(model::Body b);
    static QString drive(model::Drive d, model::RearWheels r);
    static QString driveOnly(model::Drive d);
    static QString rearWheels(model::RearWheels r);
    static QString componentKindPlural(model::ComponentKind k);
    static QString condition(model::Condition c);
    static QString payloadCase(const std::string &name); // "empty", "half", "full", or a user's name
    static QString chargerType(model::ChargerType t);
    static QString mass(double kg);
    // Traction and engine power in the unit chosen in the settings (kW or metric hp).
    static QString power(double kw, int decimals = -1);
    static QString powerUnit();
    static double powerValue(double kw);
};

} // namespace remaster::ui
