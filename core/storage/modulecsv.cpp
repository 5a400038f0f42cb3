#include "modulecsv.h"

#include <QSet>

#include <cmath>

namespace remaster::storage {

namespace u = remaster::units;

std::optional<std::vector<model::MeasuredModule>> ModuleCsv::read(const QByteArray &csv, QStringList *errors)
{
    QStringList problems;
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    int headerLine = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (!lines.at(i).trimmed().isEmpty()) {
            headerLine = i;
            break;
        }
    if (headerLine < 0) {
        if (errors)
            *errors << tr("the file is empty");
        return std::nullopt;
    }
    const QChar sep = lines.at(headerLine).contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    const QStringList header = lines.at(headerLine).trimmed().split(sep);
    const int serialCol = header.indexOf(QStringLiteral("serial"));
    const int capCol = header.indexOf(QStringLiteral("capacity_ah"));
    const int resCol = header.indexOf(QStringLiteral("resistance_mohm"));
    if (serialCol < 0 || capCol < 0 || resCol < 0) {
        if (errors)
            *errors << tr("line %1: the header must name the columns serial, capacity_ah and resistance_mohm")
                           .arg(headerLine + 1);
        return std::nullopt;
    }
    std::vector<model::MeasuredModule> modules;
    QSet<QString> serials;
    for (int i = headerLine + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(sep);
        if (cells.size() != header.size()) {
            problems << tr("line %1: %2 columns, the header has %3").arg(i + 1).arg(cells.size()).arg(header.size());
            continue;
        }
        const QString serial = cells.at(serialCol).trimmed();
        if (serial.isEmpty())
            problems << tr("line %1, serial: is empty").arg(i + 1);
        else if (serials.contains(serial))
            problems << tr("line %1, serial: %2 appears twice").arg(i + 1).arg(serial);
        serials.insert(serial);
        auto number = [&](int col, const char *name, double min, double max, const char *unit) -> double {
            bool ok = false;
            const double v = cells.at(col).trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(v) || v < min || v > max)
                problems << tr("line %1, %2: '%3' is not a number in %4 … %5 %6")
                                .arg(i + 1)
                                .arg(QLatin1String(name), cells.at(col).trimmed())
                                .arg(min)
                                .arg(max)
                                .arg(QLatin1String(unit));
            return v;
        };
        const double ah = number(capCol, "capacity_ah", 0.1, 2000, "Ah");
        const double mohm = number(resCol, "resistance_mohm", 0.01, 10000, "mΩ");
        modules.push_back({ serial.toStdString(), u::ampereHours(ah), u::milliohms(mohm) });
    }
    if (modules.empty() && problems.isEmpty())
        problems << tr("the file lists no module");
    if (!problems.isEmpty()) {
        if (errors)
            *errors << problems;
        return std::nullopt;
    }
    return modules;
}

} // namespace remaster::storage
