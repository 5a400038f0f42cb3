#include "worksteps.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace remaster::storage {

double WorkSteps::isolationOhmPerVolt(const WorkStepParameters &p)
{
    // EL-03: buses galvanically connected need 500 Ω/V unless the AC side has double protection;
    // EL-02: separate DC buses need 100 Ω/V.
    return p.acDcGalvanicallyConnected && !p.acDoubleProtection ? 500.0 : 100.0;
}

QList<WorkStep> WorkSteps::load(const QString &path, const WorkStepParameters &p, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read the work steps %1: %2").arg(path, file.errorString());
        return {};
    }
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parse).object();
    if (parse.error != QJsonParseError::NoError
        || root.value(QLatin1String("format")).toString() != QLatin1String("remaster-worksteps")) {
        if (error)
            *error = tr("%1 is not a work-step file (format \"remaster-worksteps\")").arg(path);
        return {};
    }
    // Required values are stored in the sheet, which both languages read: symbols and figures
    // only, in the C locale.
    const QLocale c = QLocale::c();
    QList<WorkStep> steps;
    const QJsonArray list = root.value(QLatin1String("steps")).toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        WorkStep s;
        s.stepId = o.value(QLatin1String("id")).toString();
        s.textEn = o.value(QLatin1String("en")).toString();
        s.textFr = o.value(QLatin1String("fr")).toString();
        s.hvSafety = o.value(QLatin1String("hv_safety")).toBool();
        if (s.stepId.isEmpty() || s.textEn.isEmpty() || s.textFr.isEmpty()
            || !o.value(QLatin1String("hv_safety")).isBool()) {
            if (error)
                *error = tr("%1: steps[%2] needs id, en, fr and hv_safety").arg(path).arg(i);
            return {};
        }
        const QString req = o.value(QLatin1String("requirement")).toString();
        if (req == QLatin1String("isolation-resistance")) {
            const double ohmPerVolt = isolationOhmPerVolt(p);
            s.requiredValue = QStringLiteral("≥ %1 kΩ (%2 Ω/V × %3 V)")
                                  .arg(c.toString(ohmPerVolt * p.packMaxVoltageV / 1000.0, 'f', 1),
                                       c.toString(ohmPerVolt, 'f', 0), c.toString(p.packMaxVoltageV, 'f', 0));
        } else if (req == QLatin1String("bonding-resistance")) {
            s.requiredValue = QStringLiteral("< 0.1 Ω @ ≥ 0.2 A");
        } else if (req == QLatin1String("absence-of-voltage")) {
            s.requiredValue = QStringLiteral("≤ 60 V DC");
        }
        steps.append(s);
    }
    return steps;
}

} // namespace remaster::storage
