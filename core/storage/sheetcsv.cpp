#include "sheetcsv.h"

namespace remaster::storage {

QString SheetCsv::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray SheetCsv::rows(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &v : row)
            fields.append(field(v));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray SheetCsv::sheetList(const QList<SheetSummary> &sheets)
{
    QList<QStringList> out { { QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("revision"),
                               QStringLiteral("customer"), QStringLiteral("vin"), QStringLiteral("registration"),
                               QStringLiteral("variant_id"), QStringLiteral("created_at"),
                               QStringLiteral("updated_at") } };
    for (const SheetSummary &s : sheets)
        out.append({ s.number, sheetStatusCode(s.status), QString::number(s.revision), s.customer, s.vin,
                     s.registration, s.variantId, s.createdAt, s.updatedAt });
    return rows(out);
}

QByteArray SheetCsv::bom(const QString &number, const SheetRevision &revision)
{
    QList<QStringList> out { { QStringLiteral("sheet_number"), QStringLiteral("revision"), QStringLiteral("line"),
                               QStringLiteral("part_number"), QStringLiteral("description"), QStringLiteral("quantity"),
                               QStringLiteral("mass_kg"), QStringLiteral("position_mm"),
                               QStringLiteral("serial_numbers") } };
    for (int i = 0; i < revision.bom.size(); ++i) {
        const BomLine &b = revision.bom.at(i);
        // Numbers in the C locale (a dot), whatever the user's locale: CSV is for machines.
        out.append({ number, QString::number(revision.revision), QString::number(i + 1), b.partNumber, b.description,
                     QString::number(b.quantity, 'g', 10), QString::number(b.massKg, 'f', 3),
                     QString::number(b.positionMm, 'f', 1), b.serialNumbers.join(QLatin1Char(';')) });
    }
    return rows(out);
}

} // namespace remaster::storage
