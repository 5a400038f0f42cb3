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
    static QString chargerType(model::ChargerType t);
    static QString mass(double kg);
    static QString power(double kw);
};

} // namespace remaster::ui
