// The standard work steps of a conversion (resources/worksteps/worksteps.json, embedded as
// ":/worksteps/worksteps.json"), in English and French, with the HV-safety steps flagged and
// their required values filled in for one design (isolation and bonding minimums, UN R100).
#pragma once

#include "buildsheet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace remaster::storage {

struct WorkStepParameters {
    double packMaxVoltageV = 0; // full-charge pack voltage
    bool acDcGalvanicallyConnected = true;
    bool acDoubleProtection = false;
};

class WorkSteps
{
    Q_DECLARE_TR_FUNCTIONS(WorkSteps)
public:
    static QString bundledPath() { return QStringLiteral(":/worksteps/worksteps.json"); }
    // The steps of the file, or an empty list and `error` naming what is wrong.
    static QList<WorkStep> load(const QString &path, const WorkStepParameters &parameters, QString *error);
    // The required minimum isolation resistance in ohm per volt (EL-02/EL-03).
    static double isolationOhmPerVolt(const WorkStepParameters &p);
};

} // namespace remaster::storage
