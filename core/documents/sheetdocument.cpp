#include "sheetdocument.h"

#include "cyclenames.h"
#include "rulevaluetext.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextObjectInterface>

#include <cmath>
#include <mutex>

namespace remaster::documents {

using namespace remaster::storage;

namespace {

constexpr int kChartObjectType = QTextFormat::UserObject + 17;
constexpr int kChartIndexProperty = QTextFormat::UserProperty + 17;

// The labels of the bundled templates ({{tr:…}}), listed here so that lupdate extracts them.
const char *const kTemplateLabels[] = {
    QT_TRANSLATE_NOOP("Documents", "Workshop build sheet"),
    QT_TRANSLATE_NOOP("Documents", "Homologation dossier"),
    QT_TRANSLATE_NOOP("Documents", "Vehicle summary"),
    QT_TRANSLATE_NOOP("Documents", "Bill of materials"),
    QT_TRANSLATE_NOOP("Documents", "Work steps"),
    QT_TRANSLATE_NOOP("Documents",
                      "Tick each step when it is done. HV: high-voltage safety step (highlighted); write the measured "
                      "value in the blank and compare it with the required value printed next to it."),
    QT_TRANSLATE_NOOP("Documents", "Notes"),
    QT_TRANSLATE_NOOP("Documents", "Sign-offs"),
    QT_TRANSLATE_NOOP("Documents",
                      "Conversion of a diesel vehicle to battery-electric drive (French decree of 13 March 2020)"),
    QT_TRANSLATE_NOOP("Documents", "Vehicle data before and after conversion"),
    QT_TRANSLATE_NOOP("Documents", "Power of the electric drive against the original engine"),
    QT_TRANSLATE_NOOP("Documents", "Masses"),
    QT_TRANSLATE_NOOP("Documents", "Axle loads for every load case"),
    QT_TRANSLATE_NOOP("Documents", "Payload"),
    QT_TRANSLATE_NOOP("Documents", "WLTC class, energy consumption and range"),
    QT_TRANSLATE_NOOP("Documents", "Motor performance against the requirements"),
    QT_TRANSLATE_NOOP("Documents", "Homologation rules"),
    QT_TRANSLATE_NOOP("Documents", "High-voltage safety evidence"),
    QT_TRANSLATE_NOOP("Documents", "Record integrity"),
    QT_TRANSLATE_NOOP("Documents", "Transformation attestation"),
    QT_TRANSLATE_NOOP("Documents", "Transformation plate"),
    QT_TRANSLATE_NOOP("Documents",
                      "Per-vehicle attestation following the model of Annex II of the decree of 13 March 2020 "
                      "(regulation FR-22), pre-filled from the build sheet."),
    QT_TRANSLATE_NOOP(
        "Documents",
        "Text of the plate fixed next to the manufacturer's plate, in the same format, lines in this order (decree of "
        "13 March 2020, art. 4; regulation FR-20). The wording is the decree's and stays in French."),
    QT_TRANSLATE_NOOP("Documents", "Identification numbers of the components"),
    QT_TRANSLATE_NOOP("Documents", "Installer"),
    QT_TRANSLATE_NOOP("Documents", "Kit maker"),
    QT_TRANSLATE_NOOP("Documents", "Signature"),
    QT_TRANSLATE_NOOP("Documents", "Place and date"),
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Strings of other layers' contexts (CheckJson, SheetText, Model) in the document's language. A
// function of our own, so that lupdate does not take these look-ups for new source strings.
QString translated(const DocumentLanguage &language, const char *context, const char *text)
{
    return language.tr(context, text);
}

QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
std::optional<double> num(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

// Draws ChartData inside QTextDocument pages: the chart is an inline object, so it is laid out
// with the text and painted with the page's QPainter (vector output on QPdfWriter/QPrinter).
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(QList<ChartData> charts, bool grayscale, QFont font, QObject *parent)
        : QObject(parent)
        , m_charts(std::move(charts))
        , m_grayscale(grayscale)
        , m_font(std::move(font))
    {
    }
    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() - 2 * doc->documentMargin() - 4 : 600;
        Q_UNUSED(format)
        return QSizeF(width, std::min<qreal>(width * 0.5, 330));
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const int index = format.intProperty(kChartIndexProperty);
        if (index < 0 || index >= m_charts.size())
            return;
        // The exporter paints each page through a clip of that page's slice. Table layout can
        // hand a chart cell to the page above its final place; a chart that is not wholly inside
        // the slice is drawn by the page that holds it whole, never as a sliver.
        if (painter->hasClipping() && !painter->clipBoundingRect().adjusted(-1, -1, 1, 1).contains(rect))
            return;
        ChartRenderOptions options;
        options.print = true;
        options.grayscale = m_grayscale;
        options.font = m_font;
        ChartRenderer::render(*painter, rect, m_charts.at(index), options);
    }

private:
    QList<ChartData> m_charts;
    bool m_grayscale = false;
    QFont m_font;
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Kinds and templates

QString documentKindCode(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Workshop: return QStringLiteral("workshop");
    case DocumentKind::Dossier: return QStringLiteral("dossier");
    case DocumentKind::Attestation: return QStringLiteral("attestation");
    case DocumentKind::Plate: return QStringLiteral("plate");
    }
    return {};
}

std::optional<DocumentKind> documentKindFromCode(const QString &code)
{
    for (DocumentKind k : allDocumentKinds())
        if (documentKindCode(k) == code)
            return k;
    return std::nullopt;
}

QList<DocumentKind> allDocumentKinds()
{
    return { DocumentKind::Workshop, DocumentKind::Dossier, DocumentKind::Attestation, DocumentKind::Plate };
}

QString DocumentTemplates::bundledPath(const QString &fileName)
{
    return QStringLiteral(":/templates/") + fileName;
}

QString DocumentTemplates::userDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

QString DocumentTemplates::resolve(const QString &fileName)
{
    const QString user = QDir(userDirectory()).filePath(fileName);
    return QFileInfo::exists(user) ? user : bundledPath(fileName);
}

QString DocumentTemplates::read(const QString &fileName, QString *error)
{
    const QString path = resolve(fileName);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = SheetDocument::tr("cannot read the template %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

bool DocumentTemplates::copyToUser(const QString &fileName, QString *error)
{
    const QString target = QDir(userDirectory()).filePath(fileName);
    if (QFileInfo::exists(target)) {
        if (error)
            *error = SheetDocument::tr("%1 already exists").arg(QDir::toNativeSeparators(target));
        return false;
    }
    if (!QDir().mkpath(userDirectory()) || !QFile::copy(bundledPath(fileName), target)) {
        if (error)
            *error = SheetDocument::tr("cannot copy the template to %1").arg(QDir::toNativeSeparators(target));
        return false;
    }
    // Resources are read-only; the user's copy must be editable.
    QFile::setPermissions(
        target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return true;
}

QString DocumentTemplates::templateFileName(DocumentKind kind)
{
    return documentKindCode(kind) + QStringLiteral(".html");
}

QStringList DocumentTemplates::knownLabels()
{
    QStringList out;
    for (const char *l : kTemplateLabels)
        out.append(QString::fromUtf8(l));
    return out;
}

// ---------------------------------------------------------------------------------------------

SheetDocument::SheetDocument(const BuildSheet &sheet, DocumentKind kind, const DocumentLanguage &language,
                             const DocumentOptions &options, int revisionIndex)
    : m_sheet(sheet)
    , m_rev(revisionIndex >= 0 && revisionIndex < sheet.revisions.size() ? sheet.revisions.at(revisionIndex)
                                                                         : sheet.latest())
    , m_kind(kind)
    , m_lang(language)
    , m_options(options)
{
}

QString SheetDocument::t(const char *text) const
{
    return translated(m_lang, "Documents", text);
}

QString SheetDocument::fontFamily()
{
    static const QString family = [] {
        const QString dejavu = QStringLiteral("DejaVu Sans");
        if (QFontDatabase::hasFamily(dejavu))
            return dejavu;
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QString SheetDocument::fill(const QString &tpl, const QHash<QString, QString> &values) const
{
    static const QRegularExpression re(QStringLiteral("\\{\\{(tr:)?([^{}]+)\\}\\}"));
    QString out;
    out.reserve(tpl.size() * 2);
    qsizetype last = 0;
    auto it = re.globalMatch(tpl);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(tpl).mid(last, m.capturedStart() - last);
        const QString key = m.captured(2);
        if (!m.captured(1).isEmpty())
            out += esc(translated(m_lang, "Documents", key.toUtf8().constData()));
        else
            out += values.value(key.trimmed());
        last = m.capturedEnd();
    }
    out += QStringView(tpl).mid(last);
    return out;
}

QHash<QString, QString> SheetDocument::fields(QList<ChartData> *charts) const
{
    const QLocale loc = m_lang.locale();
    const QString dash = QStringLiteral("—");
    const QString nbsp = QString(QChar(0x00A0));
    // French groups digits with U+202F, where Qt's layout may break a narrow cell ("2 / 496 kg");
    // U+00A0 keeps every number on one line.
    auto fixed
        = [&](double v, int decimals) { return loc.toString(v, 'f', decimals).replace(QChar(0x202F), QChar(0x00A0)); };
    auto number = [&](std::optional<double> v, int decimals) { return v ? fixed(*v, decimals) : dash; };
    // A catalog entry's name where the snapshot has it; snapshots saved before the *_label fields
    // carry its id only.
    auto nameOr = [&](const QJsonObject &o, const char *labelKey, const QString &id) {
        const QString label = str(o, labelKey);
        return label.isEmpty() ? id : label;
    };
    auto unit = [&](std::optional<double> v, int decimals, const QString &u) {
        return v ? fixed(*v, decimals) + nbsp + u : dash;
    };
    auto date = [&](const QString &iso) {
        const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
        return d.isValid() ? loc.toString(d, QStringLiteral("d MMMM yyyy")) : (iso.isEmpty() ? dash : iso);
    };
    auto dateTime = [&](const QString &iso) {
        QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
        if (!dt.isValid())
            return iso.isEmpty() ? dash : iso;
        return loc.toString(dt.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm")) + QStringLiteral(" UTC");
    };
    auto orDash = [&](const QString &s) { return s.trimmed().isEmpty() ? dash : esc(s); };
    auto blank = [&](const QString &s) {
        return s.trimmed().isEmpty() ? QStringLiteral("<span class=\"blank\">________________________________</span>")
                                     : esc(s);
    };
    auto statusText = [&](const QString &code) {
        if (code == QLatin1String("pass"))
            return t(QT_TRANSLATE_NOOP("Documents", "pass"));
        if (code == QLatin1String("warning"))
            return t(QT_TRANSLATE_NOOP("Documents", "warning"));
        if (code == QLatin1String("fail"))
            return t(QT_TRANSLATE_NOOP("Documents", "FAIL"));
        if (code == QLatin1String("needs-evidence"))
            return t(QT_TRANSLATE_NOOP("Documents", "needs evidence"));
        if (code == QLatin1String("not-applicable"))
            return t(QT_TRANSLATE_NOOP("Documents", "not applicable"));
        return code;
    };
    auto sheetStatus = [&](SheetStatus s) {
        switch (s) {
        case SheetStatus::Draft: return translated(m_lang, "SheetText", "Draft");
        case SheetStatus::InReview: return translated(m_lang, "SheetText", "In review");
        case SheetStatus::Approved: return translated(m_lang, "SheetText", "Approved");
        case SheetStatus::Built: return translated(m_lang, "SheetText", "Built");
        case SheetStatus::Archived: return translated(m_lang, "SheetText", "Archived");
        }
        return QString();
    };
    auto roleText = [&](SignOffRole r) {
        switch (r) {
        case SignOffRole::Engineer: return t(QT_TRANSLATE_NOOP("Documents", "Engineer"));
        case SignOffRole::WorkshopLead: return t(QT_TRANSLATE_NOOP("Documents", "Workshop lead"));
        case SignOffRole::Homologation: return t(QT_TRANSLATE_NOOP("Documents", "Homologation"));
        }
        return QString();
    };
    auto passText = [&](std::optional<bool> pass) {
        if (!pass)
            return dash;
        return *pass ? QStringLiteral("<span class=\"pass\">%1</span>").arg(esc(statusText(QStringLiteral("pass"))))
                     : QStringLiteral("<span class=\"fail\">%1</span>").arg(esc(statusText(QStringLiteral("fail"))));
    };
    auto boolOf = [](const QJsonObject &o, const char *key) -> std::optional<bool> {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
    };
    auto th = [&](std::initializer_list<QString> heads, std::initializer_list<int> widths = {}) {
        QString h = QStringLiteral("<thead><tr>");
        auto w = widths.begin();
        for (const QString &s : heads) {
            if (w != widths.end())
                h += QStringLiteral("<th width=\"%1%\">%2</th>").arg(*w++).arg(esc(s));
            else
                h += QStringLiteral("<th>%1</th>").arg(esc(s));
        }
        return h + QStringLiteral("</tr></thead>");
    };
    const QString tableOpen
        = QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">");
    const QString kvOpen
        = QStringLiteral("<table class=\"kv\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">");
    auto kvRow = [&](const QString &label, const QString &valueHtml) {
        return QStringLiteral("<tr><td class=\"label\" width=\"38%\">%1</td><td>%2</td></tr>")
            .arg(esc(label), valueHtml);
    };

    const QJsonObject snap = m_rev.snapshot;
    const QJsonObject vehicle = obj(snap, "vehicle");
    const QJsonObject motor = obj(snap, "motor");
    const QJsonObject battery = obj(snap, "battery");
    const QJsonObject massBalance = obj(snap, "mass_balance");
    const QJsonObject wltc = obj(snap, "wltc");
    const QJsonObject design = m_rev.design;
    const QJsonObject dVehicle = obj(design, "vehicle");
    const QJsonObject identity = obj(dVehicle, "identity");
    const QJsonObject kit = obj(design, "kit");
    const QJsonObject homologation = obj(design, "homologation");
    const QJsonObject requirements = obj(design, "requirements");
    const QJsonObject powerWindow = obj(motor, "power_window");

    QHash<QString, QString> f;
    f.insert(QStringLiteral("sheet_number"), esc(m_sheet.number));
    f.insert(QStringLiteral("revision"), QString::number(m_rev.revision));
    f.insert(QStringLiteral("status"), esc(sheetStatus(m_rev.status)));
    f.insert(QStringLiteral("vin"), esc(m_rev.vin));
    f.insert(QStringLiteral("registration"), orDash(m_rev.registration));
    f.insert(QStringLiteral("customer"), orDash(m_rev.customer));
    f.insert(QStringLiteral("language"), m_lang.code());

    // Identity block, at the top of every document.
    {
        QString h = kvOpen;
        h += QStringLiteral("<tr><td class=\"label\" width=\"18%\">%1</td><td width=\"32%\"><b>%2</b></td>"
                            "<td class=\"label\" width=\"18%\">%3</td><td width=\"32%\"><b>%4</b></td></tr>")
                 .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "Sheet number"))), esc(m_sheet.number),
                      esc(t(QT_TRANSLATE_NOOP("Documents", "Revision"))),
                      QStringLiteral("%1 (%2)").arg(m_rev.revision).arg(esc(sheetStatus(m_rev.status))));
        h += QStringLiteral(
                 "<tr><td class=\"label\">%1</td><td><b>%2</b></td><td class=\"label\">%3</td><td>%4</td></tr>")
                 .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "VIN"))), orDash(m_rev.vin),
                      esc(t(QT_TRANSLATE_NOOP("Documents", "Registration"))), orDash(m_rev.registration));
        h += QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td><td class=\"label\">%3</td><td>%4</td></tr>")
                 .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "Customer"))), orDash(m_rev.customer),
                      esc(t(QT_TRANSLATE_NOOP("Documents", "Revision date"))), esc(dateTime(m_rev.createdAt)));
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("identity_table"), h);
    }

    const QString variantLabel
        = str(vehicle, "variant_label").isEmpty() ? m_rev.variantId : str(vehicle, "variant_label");
    const int modulesSeries = battery.value(QLatin1String("modules_in_series")).toInt();
    const int stringsParallel = battery.value(QLatin1String("strings_in_parallel")).toInt();

    // Vehicle summary (workshop).
    {
        QString h = kvOpen;
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Vehicle")), orDash(variantLabel));
        auto named
            = [&](const QJsonObject &o, const char *label, const QString &id) { return orDash(nameOr(o, label, id)); };
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Original engine")),
                   QStringLiteral("%1, %2").arg(named(vehicle, "engine_label", str(vehicle, "engine_id")),
                                                unit(num(vehicle, "original_power_kw"), 0, QStringLiteral("kW"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Motor")),
                   QStringLiteral("%1, %2 %3")
                       .arg(named(motor, "motor_label", str(motor, "motor_id")),
                            esc(t(QT_TRANSLATE_NOOP("Documents", "reduction ratio"))),
                            number(num(motor, "reducer_ratio"), 2)));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Inverter, charger, DC-DC converter")),
                   QStringLiteral("%1, %2, %3")
                       .arg(named(motor, "inverter_label", str(kit, "inverter_id")),
                            named(motor, "charger_label", str(kit, "charger_id")),
                            named(motor, "dcdc_label", str(kit, "dcdc_id"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Battery")),
                   esc(t(QT_TRANSLATE_NOOP("Documents", "%1: %2 in series × %3 in parallel, %4 usable")))
                       .arg(named(battery, "module_label", str(battery, "module_id")))
                       .arg(modulesSeries)
                       .arg(stringsParallel)
                       .arg(unit(num(battery, "usable_energy_kwh"), 1, QStringLiteral("kWh"))));
        const QJsonObject invWindow = obj(battery, "inverter_window");
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Pack voltage (empty – nominal – full)")),
                   QStringLiteral("%1 – %2 – %3")
                       .arg(unit(num(invWindow, "pack_empty_v"), 0, QStringLiteral("V")),
                            unit(num(invWindow, "pack_nominal_v"), 0, QStringLiteral("V")),
                            unit(num(invWindow, "pack_full_v"), 0, QStringLiteral("V"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Mass in running order before → after")),
                   QStringLiteral("%1 → %2").arg(
                       unit(num(vehicle, "original_mass_in_running_order_kg"), 0, QStringLiteral("kg")),
                       unit(num(vehicle, "converted_mass_in_running_order_kg"), 0, QStringLiteral("kg"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Gross vehicle weight (F.1)")),
                   unit(num(vehicle, "gvw_kg"), 0, QStringLiteral("kg")));
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("vehicle_summary"), h);
    }

    // Bill of materials.
    {
        QString h = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Pos.")), t(QT_TRANSLATE_NOOP("Documents", "Part number")),
                   t(QT_TRANSLATE_NOOP("Documents", "Description")), t(QT_TRANSLATE_NOOP("Documents", "Qty")),
                   t(QT_TRANSLATE_NOOP("Documents", "Mass (kg)")), t(QT_TRANSLATE_NOOP("Documents", "Position (mm)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Serial numbers")) },
                 { 7, 16, 27, 6, 9, 11, 24 });
        double totalMass = 0;
        int pos = 0;
        for (const BomLine &b : m_rev.bom) {
            ++pos;
            totalMass += b.massKg;
            h += QStringLiteral("<tr><td align=\"right\">%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td>"
                                "<td align=\"right\">%5</td><td align=\"right\">%6</td><td>%7</td></tr>")
                     .arg(pos)
                     .arg(esc(b.partNumber), esc(b.description), loc.toString(b.quantity),
                          loc.toString(b.massKg, 'f', b.massKg < 10 ? 2 : 1), loc.toString(b.positionMm, 'f', 0),
                          b.serialNumbers.isEmpty() ? QString() : esc(b.serialNumbers.join(QStringLiteral(", "))));
        }
        h += QStringLiteral("<tr><td></td><td colspan=\"3\"><b>%1</b></td><td align=\"right\"><b>%2</b></td><td "
                            "colspan=\"2\"></td></tr>")
                 .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "Total added mass"))), loc.toString(totalMass, 'f', 1));
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("bom_table"), h);
    }

    // Work steps with tick boxes.
    {
        const QString box = QStringLiteral("<table class=\"tick\" cellspacing=\"0\" cellpadding=\"0\" border=\"1\" "
                                           "width=\"22\"><tr><td align=\"center\">%1</td></tr></table>");
        QString h = tableOpen
            + th({ QStringLiteral("#"), QStringLiteral("✓"), t(QT_TRANSLATE_NOOP("Documents", "Step")),
                   t(QT_TRANSLATE_NOOP("Documents", "Required")), t(QT_TRANSLATE_NOOP("Documents", "Measured")),
                   t(QT_TRANSLATE_NOOP("Documents", "Done by, date")) },
                 { 4, 5, 47, 16, 14, 14 });
        int i = 0;
        for (const WorkStep &s : m_rev.steps) {
            ++i;
            const QString text = m_lang.code() == QLatin1String("fr") && !s.textFr.isEmpty() ? s.textFr : s.textEn;
            const QString cls = s.hvSafety ? QStringLiteral(" class=\"hv\" bgcolor=\"#ffe3c4\"") : QString();
            const QString hvTag = s.hvSafety
                ? QStringLiteral("<span class=\"hvtag\">⚡ %1</span> ").arg(esc(t(QT_TRANSLATE_NOOP("Documents", "HV"))))
                : QString();
            QString measured;
            if (!s.measuredValue.isEmpty())
                measured = esc(s.measuredValue);
            else if (!s.requiredValue.isEmpty())
                measured = QStringLiteral("<br/>________");
            QString doneBy = s.done ? esc(s.doneBy) + QStringLiteral("<br/>") + esc(date(s.doneAt)) : QString();
            h += QStringLiteral("<tr><td%1 align=\"right\">%2</td><td%1 align=\"center\">%3</td><td%1>%4%5</td>"
                                "<td%1>%6</td><td%1>%7</td><td%1>%8</td></tr>")
                     .arg(cls)
                     .arg(i)
                     .arg(box.arg(s.done ? QStringLiteral("✓") : QStringLiteral("&nbsp;")), hvTag, esc(text),
                          s.requiredValue.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(esc(s.requiredValue)),
                          measured, doneBy);
        }
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("steps_table"), h);
    }

    f.insert(QStringLiteral("notes"),
             m_rev.notes.trimmed().isEmpty()
                 ? QString()
                 : QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "Notes"))),
                            esc(m_rev.notes).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))));

    // Sign-off boxes: one per role, filled with the latest sign-off of that role.
    {
        QString h = QStringLiteral(
            "<table class=\"signoff\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" border=\"1\"><tr>");
        for (SignOffRole role : { SignOffRole::Engineer, SignOffRole::WorkshopLead, SignOffRole::Homologation }) {
            const SignOff *last = nullptr;
            for (const SignOff &s : m_rev.signOffs)
                if (s.role == role)
                    last = &s;
            h += QStringLiteral("<td width=\"33%\" valign=\"top\"><b>%1</b><br/>%2: %3<br/>%4: %5<br/>%6: "
                                "%7<br/>%8:<br/><br/><br/><br/></td>")
                     .arg(esc(roleText(role)), esc(t(QT_TRANSLATE_NOOP("Documents", "Name"))),
                          last ? esc(last->name) : QStringLiteral("____________________"),
                          esc(t(QT_TRANSLATE_NOOP("Documents", "Date"))),
                          last ? esc(dateTime(last->signedAt)) : QStringLiteral("____________________"),
                          esc(t(QT_TRANSLATE_NOOP("Documents", "Step"))),
                          last
                              ? esc(sheetStatus(last->fromStatus) + QStringLiteral(" → ") + sheetStatus(last->toStatus))
                              : QString(),
                          esc(t(QT_TRANSLATE_NOOP("Documents", "Signature"))));
        }
        h += QStringLiteral("</tr></table>");
        f.insert(QStringLiteral("signoff_boxes"), h);

        // The full sign-off history (dossier).
        QString list = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Role")), t(QT_TRANSLATE_NOOP("Documents", "Name")),
                   t(QT_TRANSLATE_NOOP("Documents", "Step")), t(QT_TRANSLATE_NOOP("Documents", "Date")) },
                 { 20, 28, 26, 26 });
        for (const SignOff &s : m_rev.signOffs)
            list += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(roleText(s.role)), esc(s.name),
                             esc(sheetStatus(s.fromStatus) + QStringLiteral(" → ") + sheetStatus(s.toStatus)),
                             esc(dateTime(s.signedAt)));
        if (m_rev.signOffs.isEmpty())
            list += QStringLiteral("<tr><td colspan=\"4\">%1</td></tr>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "No sign-off yet: this revision is not approved."))));
        list += QStringLiteral("</table>");
        f.insert(QStringLiteral("signoff_table"), list + QStringLiteral("<p></p>") + h);
    }

    // Registration-certificate fields before and after (FR-23: P.3 becomes EL).
    {
        const std::optional<double> gvwAfter
            = num(homologation, "gvw_after_kg") ? num(homologation, "gvw_after_kg") : num(vehicle, "gvw_kg");
        QString h = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Field")), t(QT_TRANSLATE_NOOP("Documents", "Code")),
                   t(QT_TRANSLATE_NOOP("Documents", "Before conversion")),
                   t(QT_TRANSLATE_NOOP("Documents", "After conversion")) },
                 { 34, 8, 29, 29 });
        auto row = [&](const char *label, const QString &code, const QString &before, const QString &after) {
            const bool changed = before != after;
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                     .arg(esc(t(label)), code, before, changed ? QStringLiteral("<b>%1</b>").arg(after) : after);
        };
        row(QT_TRANSLATE_NOOP("Documents", "Vehicle identification number"), QStringLiteral("E"), orDash(m_rev.vin),
            orDash(m_rev.vin));
        row(QT_TRANSLATE_NOOP("Documents", "Registration number"), QStringLiteral("A"), orDash(m_rev.registration),
            orDash(m_rev.registration));
        row(QT_TRANSLATE_NOOP("Documents", "Date of first registration"), QStringLiteral("B"),
            esc(date(m_rev.firstRegistrationDate)), esc(date(m_rev.firstRegistrationDate)));
        row(QT_TRANSLATE_NOOP("Documents", "Type, variant, version"), QStringLiteral("D.2"), orDash(variantLabel),
            orDash(variantLabel));
        row(QT_TRANSLATE_NOOP("Documents", "Category"), QStringLiteral("J"), orDash(str(identity, "category")),
            orDash(str(identity, "category")));
        row(QT_TRANSLATE_NOOP("Documents", "National genre"), QStringLiteral("J.1"),
            orDash(str(identity, "national_genre")), orDash(str(identity, "national_genre")));
        row(QT_TRANSLATE_NOOP("Documents", "Body work"), QStringLiteral("J.3"), orDash(str(identity, "body_work")),
            orDash(str(identity, "body_work")));
        const QString seats = identity.contains(QLatin1String("seats"))
            ? QString::number(identity.value(QLatin1String("seats")).toInt())
            : dash;
        row(QT_TRANSLATE_NOOP("Documents", "Seats including the driver"), QStringLiteral("S.1"), seats, seats);
        row(QT_TRANSLATE_NOOP("Documents", "Technically permissible maximum laden mass"), QStringLiteral("F.1"),
            unit(num(vehicle, "gvw_kg"), 0, QStringLiteral("kg")), unit(gvwAfter, 0, QStringLiteral("kg")));
        row(QT_TRANSLATE_NOOP("Documents", "Mass in running order"), QStringLiteral("G"),
            unit(num(vehicle, "original_mass_in_running_order_kg"), 0, QStringLiteral("kg")),
            unit(num(vehicle, "converted_mass_in_running_order_kg"), 0, QStringLiteral("kg")));
        row(QT_TRANSLATE_NOOP("Documents", "Maximum net power"), QStringLiteral("P.2"),
            unit(num(vehicle, "original_power_kw"), 0, QStringLiteral("kW")),
            unit(num(powerWindow, "electric_kw"), 0, QStringLiteral("kW")));
        const QString energyBefore = str(identity, "energy").isEmpty() ? QStringLiteral("GO") : str(identity, "energy");
        row(QT_TRANSLATE_NOOP("Documents", "Energy source"), QStringLiteral("P.3"), esc(energyBefore),
            QStringLiteral("EL"));
        h += QStringLiteral("</table><p class=\"small\">%1</p>")
                 .arg(esc(t(QT_TRANSLATE_NOOP(
                     "Documents",
                     "P.3 becomes EL (electricity). Mass in running order after conversion as computed from the mass "
                     "sheet; the weighbridge ticket of the converted vehicle is the reference. The owner declares the "
                     "changes to obtain a new registration certificate."))));
        f.insert(QStringLiteral("registration_table"), h);
    }

    // Power window (FR-07).
    {
        const QString basis = str(powerWindow, "basis") == QLatin1String("thirty-minute")
            ? t(QT_TRANSLATE_NOOP("Documents", "30-minute power (UN R85)"))
            : t(QT_TRANSLATE_NOOP("Documents", "maximum net power (UN R85)"));
        QString h = kvOpen;
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Original engine, maximum net power (P.2)")),
                   unit(num(powerWindow, "original_kw"), 1, QStringLiteral("kW")));
        h += kvRow(
            t(QT_TRANSLATE_NOOP("Documents", "Electric drive")),
            QStringLiteral("%1 (%2)").arg(unit(num(powerWindow, "electric_kw"), 1, QStringLiteral("kW")), esc(basis)));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Ratio electric / original")),
                   unit(num(powerWindow, "ratio_percent"), 1, QStringLiteral("%")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Permitted range")),
                   QStringLiteral("%1 … %2").arg(unit(num(powerWindow, "lower_kw"), 1, QStringLiteral("kW")),
                                                 unit(num(powerWindow, "upper_kw"), 1, QStringLiteral("kW"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Result")), passText(boolOf(powerWindow, "pass")));
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("power_table"), h);
    }

    // Masses.
    {
        QString h = kvOpen;
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Mass in running order before conversion")),
                   unit(num(vehicle, "original_mass_in_running_order_kg"), 0, QStringLiteral("kg")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Removed diesel parts")),
                   unit(num(massBalance, "removed_mass_kg") ? num(massBalance, "removed_mass_kg")
                                                            : num(vehicle, "removed_mass_kg"),
                        0, QStringLiteral("kg")));
        h += kvRow(
            t(QT_TRANSLATE_NOOP("Documents", "Added conversion kit")),
            unit(num(massBalance, "added_mass_kg") ? num(massBalance, "added_mass_kg") : num(vehicle, "kit_mass_kg"), 0,
                 QStringLiteral("kg")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Mass in running order after conversion")),
                   QStringLiteral("<b>%1</b>")
                       .arg(unit(num(vehicle, "converted_mass_in_running_order_kg"), 0, QStringLiteral("kg"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Change")),
                   unit(num(vehicle, "mass_change_percent"), 1, QStringLiteral("%")));
        if (num(massBalance, "centre_of_mass_mm"))
            h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Centre of mass behind the front axle, before → after")),
                       QStringLiteral("%1 → %2").arg(
                           unit(num(massBalance, "original_centre_of_mass_mm"), 0, QStringLiteral("mm")),
                           unit(num(massBalance, "centre_of_mass_mm"), 0, QStringLiteral("mm"))));
        if (num(massBalance, "front_share_percent"))
            h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Unladen front-axle share, before → after")),
                       QStringLiteral("%1 → %2").arg(
                           unit(num(massBalance, "original_front_share_percent"), 1, QStringLiteral("%")),
                           unit(num(massBalance, "front_share_percent"), 1, QStringLiteral("%"))));
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("mass_table"), h);
    }

    auto loadCaseLabel = [&](const QString &id) {
        if (id == QLatin1String("unladen"))
            return t(QT_TRANSLATE_NOOP("Documents", "Unladen"));
        if (id == QLatin1String("gvw-load-centre"))
            return t(QT_TRANSLATE_NOOP("Documents", "At GVW, load at the load-space centre"));
        if (id == QLatin1String("custom-position"))
            return t(QT_TRANSLATE_NOOP("Documents", "At GVW, load at the chosen position"));
        return id;
    };

    // Axle loads, chart and payload.
    {
        QString h = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Load case")), t(QT_TRANSLATE_NOOP("Documents", "Payload (kg)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Total (kg)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Front axle / limit (kg)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Rear axle / limit (kg)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Result")) },
                 { 30, 12, 12, 17, 17, 12 });
        ChartData chart;
        chart.kind = ChartData::Kind::Bars;
        chart.locale = loc;
        chart.title = t(QT_TRANSLATE_NOOP("Documents", "Axle loads against their limits"));
        chart.yTitle = t(QT_TRANSLATE_NOOP("Documents", "Axle load (kg)"));
        chart.barSeries
            = { t(QT_TRANSLATE_NOOP("Documents", "Front axle")), t(QT_TRANSLATE_NOOP("Documents", "Rear axle")) };
        const QJsonArray cases = arr(massBalance, "load_cases");
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            const QJsonObject fa = obj(c, "front_axle"), ra = obj(c, "rear_axle");
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td "
                                "align=\"right\">%4 / %5</td>"
                                "<td align=\"right\">%6 / %7</td><td>%8</td></tr>")
                     .arg(esc(loadCaseLabel(str(c, "id"))), number(num(c, "payload_kg"), 0),
                          number(num(c, "total_kg"), 0), number(num(fa, "load_kg"), 0), number(num(fa, "limit_kg"), 0),
                          number(num(ra, "load_kg"), 0), number(num(ra, "limit_kg"), 0), passText(boolOf(c, "pass")));
            chart.bars.append({ loadCaseLabel(str(c, "id")),
                                { num(fa, "load_kg").value_or(NAN), num(ra, "load_kg").value_or(NAN) } });
            const QString limit = t(QT_TRANSLATE_NOOP("Documents", "Permissible axle load"));
            if (num(fa, "limit_kg"))
                chart.limits.append({ limit, *num(fa, "limit_kg"), static_cast<int>(i), 0 });
            if (num(ra, "limit_kg"))
                chart.limits.append({ limit, *num(ra, "limit_kg"), static_cast<int>(i), 1 });
        }
        if (cases.isEmpty())
            h += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>")
                     .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "No mass sheet in this snapshot."))));
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("axle_table"), h);
        QString chartMarker;
        if (!chart.isEmpty() && charts) {
            chartMarker = QStringLiteral("<p class=\"chart\">{{chart:%1}}</p>").arg(charts->size());
            charts->append(chart);
        }
        f.insert(QStringLiteral("chart_axles"), chartMarker);

        const QJsonObject cap = obj(massBalance, "payload_at_load_centre");
        const QString by = str(cap, "limited_by");
        const QString limitedBy = by == QLatin1String("front-axle")
            ? t(QT_TRANSLATE_NOOP("Documents", "the front axle"))
            : by == QLatin1String("rear-axle") ? t(QT_TRANSLATE_NOOP("Documents", "the rear axle"))
            : by == QLatin1String("gvw")       ? t(QT_TRANSLATE_NOOP("Documents", "the gross vehicle weight"))
                                               : dash;
        QString p = kvOpen;
        p += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Usable payload at the load-space centre")),
                   QStringLiteral("<b>%1</b>").arg(unit(num(cap, "usable_kg"), 0, QStringLiteral("kg"))));
        p += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Limited by")), esc(limitedBy));
        p += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Load-space centre behind the front axle")),
                   unit(num(cap, "position_mm"), 0, QStringLiteral("mm")));
        p += QStringLiteral("</table>");
        f.insert(QStringLiteral("payload_table"), p);
    }

    auto payloadLabel = [&](const QString &p) {
        if (p == QLatin1String("empty"))
            return t(QT_TRANSLATE_NOOP("Documents", "empty"));
        if (p == QLatin1String("half"))
            return t(QT_TRANSLATE_NOOP("Documents", "half load"));
        if (p == QLatin1String("full"))
            return t(QT_TRANSLATE_NOOP("Documents", "full load"));
        return p;
    };

    // The WLTP type-approval figures (core/model/wltp.h) with the method and its inputs.
    auto wltpBlock = [&]() -> QString {
        const QJsonObject w = obj(snap, "wltp");
        if (w.isEmpty())
            return {};
        const QJsonObject low = obj(w, "low"), high = obj(w, "high");
        const QJsonObject capped = obj(w, "capped_speed"), dsc = obj(low, "downscaling");
        QString h = QStringLiteral("<h3>") + esc(t(QT_TRANSLATE_NOOP("Documents", "WLTP type-approval procedure")))
            + QStringLiteral("</h3>") + kvOpen;
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Method")),
                   esc(t(QT_TRANSLATE_NOOP("Documents", "UN GTR 15 and Regulation (EU) 2017/1151 Annex XXI: Type 1 "
                                                        "test of a pure electric vehicle, shortened test procedure "
                                                        "(Sub-Annex 8), simulated"))));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Test masses TM_L / TM_H")),
                   number(num(w, "tm_l_kg"), 0) + QStringLiteral(" / ")
                       + unit(num(w, "tm_h_kg"), 0, QStringLiteral("kg")) + QStringLiteral(" (")
                       + t(QT_TRANSLATE_NOOP("Documents", "%1, %2 % of the maximum vehicle load"))
                             .arg(orDash(str(w, "category")), number(num(w, "load_share").value_or(NAN) * 100, 0))
                       + QStringLiteral(")"));
        QString cycle = cycleName(str(w, "cycle_id"), m_lang);
        if (dsc.value(QLatin1String("applied")).toBool())
            cycle += QStringLiteral(", ")
                + t(QT_TRANSLATE_NOOP("Documents", "downscaled by %1")).arg(number(num(dsc, "factor"), 3));
        if (capped.value(QLatin1String("applied")).toBool())
            cycle += QStringLiteral(", ")
                + t(QT_TRANSLATE_NOOP("Documents", "capped at %1")).arg(unit(num(capped, "cap_kmh"), 0, QStringLiteral("km/h")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Cycle driven")), esc(cycle));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Rated power, maximum speed")),
                   unit(num(w, "rated_power_kw"), 0, QStringLiteral("kW")) + QStringLiteral(", ")
                       + unit(num(w, "maximum_speed_kmh"), 0, QStringLiteral("km/h")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Usable battery energy to break-off (UBE)")),
                   unit(num(low, "usable_battery_energy_kwh"), 1, QStringLiteral("kWh")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Consumption at the battery (EC_DC)")),
                   unit(num(low, "ec_dc_wh_per_km"), 0, QStringLiteral("Wh/km")));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Consumption from the mains (EC_AC), TM_L / TM_H")),
                   QStringLiteral("<b>") + number(num(low, "ec_ac_wh_per_km"), 0) + QStringLiteral(" / ")
                       + unit(num(high, "ec_ac_wh_per_km"), 0, QStringLiteral("Wh/km")) + QStringLiteral("</b>"));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "All-electric range (AER), TM_L / TM_H")),
                   QStringLiteral("<b>") + number(num(low, "range_km"), 0) + QStringLiteral(" / ")
                       + unit(num(high, "range_km"), 0, QStringLiteral("km")) + QStringLiteral("</b>"));
        h += QStringLiteral("</table><p class=\"note\">")
            + esc(t(QT_TRANSLATE_NOOP("Documents", "Computed by ReMaster from the design, not measured on a "
                                                   "dynamometer: the approval authority's test gives the "
                                                   "figures of record.")))
            + QStringLiteral("</p>");
        return h;
    };

    // WLTC class, cycles, consumption per phase.
    {
        QString w = kvOpen;
        w += kvRow(t(QT_TRANSLATE_NOOP("Documents", "WLTC class (GTR 15, power-to-mass ratio)")),
                   QStringLiteral("<b>%1</b> (%2)")
                       .arg(orDash(str(wltc, "class")), unit(num(wltc, "pmr_w_per_kg"), 1, QStringLiteral("W/kg"))));
        w += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Cycle used")), orDash(cycleName(str(wltc, "cycle_id"), m_lang)));
        w += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Usable battery energy")),
                   unit(num(battery, "usable_energy_kwh"), 1, QStringLiteral("kWh")));
        w += QStringLiteral("</table>");
        w += wltpBlock();
        f.insert(QStringLiteral("wltc_table"), w);

        QString h = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Cycle")), t(QT_TRANSLATE_NOOP("Documents", "Payload")),
                   t(QT_TRANSLATE_NOOP("Documents", "Test mass (kg)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Battery (Wh/km)")),
                   t(QT_TRANSLATE_NOOP("Documents", "At the plug (Wh/km)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Range (km)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Trace followed")) },
                 { 28, 12, 12, 12, 13, 11, 12 });
        ChartData chart;
        chart.kind = ChartData::Kind::Bars;
        chart.locale = loc;
        chart.yTitle = t(QT_TRANSLATE_NOOP("Documents", "Consumption (Wh/km)"));
        QString wltcCycle;
        QList<QJsonObject> wltcCases;
        for (const QJsonValue &v : arr(snap, "cycles")) {
            const QJsonObject c = v.toObject();
            const QJsonValue followed = c.value(QLatin1String("followed_trace"));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td><td "
                                "align=\"right\">%5</td>"
                                "<td align=\"right\">%6</td><td>%7</td></tr>")
                     .arg(esc(cycleName(str(c, "cycle_id"), m_lang)), esc(payloadLabel(str(c, "payload"))),
                          number(num(c, "test_mass_kg"), 0), number(num(c, "consumption_wh_per_km"), 0),
                          number(num(c, "plug_consumption_wh_per_km"), 0), number(num(c, "range_km"), 0),
                          followed.isBool() ? esc(followed.toBool() ? t(QT_TRANSLATE_NOOP("Documents", "yes"))
                                                                    : t(QT_TRANSLATE_NOOP("Documents", "no")))
                                            : dash);
            if (wltcCycle.isEmpty())
                wltcCycle = str(c, "cycle_id");
            const QString cid = str(c, "cycle_id");
            if ((cid == str(wltc, "cycle_id") || (str(wltc, "cycle_id").isEmpty() && cid == wltcCycle)))
                wltcCases.append(c);
        }
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("cycles_table"), h);
        if (!wltcCases.isEmpty()) {
            chart.title = t(QT_TRANSLATE_NOOP("Documents", "Battery consumption per cycle phase: %1"))
                              .arg(cycleName(str(wltcCases.first(), "cycle_id"), m_lang));
            // Categories: the phases of the first case, then the whole cycle.
            QStringList phases;
            for (const QJsonValue &p : arr(wltcCases.first(), "phases"))
                phases.append(str(p.toObject(), "name"));
            for (const QJsonObject &c : wltcCases)
                chart.barSeries.append(payloadLabel(str(c, "payload")));
            auto phaseLabel = [&](const QString &name) {
                if (name == QLatin1String("Low"))
                    return t(QT_TRANSLATE_NOOP("Documents", "Low"));
                if (name == QLatin1String("Medium"))
                    return t(QT_TRANSLATE_NOOP("Documents", "Medium"));
                if (name == QLatin1String("High"))
                    return t(QT_TRANSLATE_NOOP("Documents", "High"));
                if (name == QLatin1String("Extra High"))
                    return t(QT_TRANSLATE_NOOP("Documents", "Extra High"));
                return name;
            };
            for (const QString &phase : phases) {
                ChartBarGroup g { phaseLabel(phase), {} };
                for (const QJsonObject &c : wltcCases) {
                    double v = NAN;
                    for (const QJsonValue &p : arr(c, "phases"))
                        if (str(p.toObject(), "name") == phase)
                            v = num(p.toObject(), "consumption_wh_per_km").value_or(NAN);
                    g.values.append(v);
                }
                chart.bars.append(g);
            }
            ChartBarGroup total { t(QT_TRANSLATE_NOOP("Documents", "Whole cycle")), {} };
            for (const QJsonObject &c : wltcCases)
                total.values.append(num(c, "consumption_wh_per_km").value_or(NAN));
            chart.bars.append(total);
        }
        QString marker;
        if (!chart.isEmpty() && charts) {
            marker = QStringLiteral("<p class=\"chart\">{{chart:%1}}</p>").arg(charts->size());
            charts->append(chart);
        }
        f.insert(QStringLiteral("chart_consumption"), marker);
    }

    // Motor requirements and the wheel-torque envelope.
    {
        auto reqLabel = [&](const QString &id) {
            if (id == QLatin1String("hill-start"))
                return t(QT_TRANSLATE_NOOP("Documents", "Hill start at GVW"));
            if (id == QLatin1String("sustained-grade"))
                return t(QT_TRANSLATE_NOOP("Documents", "Sustained grade at GVW"));
            if (id == QLatin1String("top-speed"))
                return t(QT_TRANSLATE_NOOP("Documents", "Top speed"));
            if (id == QLatin1String("acceleration"))
                return t(QT_TRANSLATE_NOOP("Documents", "Acceleration"));
            return id;
        };
        auto reqSpeed = [&](const QJsonObject &r) -> std::optional<double> {
            if (const auto s = num(r, "speed_kmh"))
                return s;
            const QString id = str(r, "id");
            if (id == QLatin1String("hill-start"))
                return 0.0;
            if (id == QLatin1String("sustained-grade"))
                return num(requirements, "sustained_grade_speed_kmh").value_or(50.0);
            if (id == QLatin1String("top-speed"))
                return num(requirements, "top_speed_kmh").value_or(110.0);
            return std::nullopt;
        };
        QString h = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Requirement")),
                   t(QT_TRANSLATE_NOOP("Documents", "Wheel torque required / available (N·m)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Wheel power required / available (kW)")),
                   t(QT_TRANSLATE_NOOP("Documents", "Margin")), t(QT_TRANSLATE_NOOP("Documents", "Result")) },
                 { 26, 24, 24, 12, 14 });
        ChartData chart;
        chart.kind = ChartData::Kind::Lines;
        chart.locale = loc;
        chart.title = t(QT_TRANSLATE_NOOP("Documents", "Wheel torque of the motor against the demand at GVW"));
        chart.xTitle = t(QT_TRANSLATE_NOOP("Documents", "Speed (km/h)"));
        chart.yTitle = t(QT_TRANSLATE_NOOP("Documents", "Wheel torque (N·m)"));
        for (const QJsonValue &v : arr(motor, "requirements")) {
            const QJsonObject r = v.toObject();
            h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2 / %3</td><td align=\"right\">%4 / %5</td><td "
                                "align=\"right\">%6</td><td>%7</td></tr>")
                     .arg(esc(reqLabel(str(r, "id"))), number(num(r, "required_wheel_torque_nm"), 0),
                          number(num(r, "available_wheel_torque_nm"), 0), number(num(r, "required_wheel_power_kw"), 1),
                          number(num(r, "available_wheel_power_kw"), 1),
                          unit(num(r, "margin_percent"), 0, QStringLiteral("%")), passText(boolOf(r, "pass")));
            const auto speed = reqSpeed(r);
            const auto torque = num(r, "required_wheel_torque_nm");
            if (speed && torque)
                chart.annotations.append({ QPointF(*speed, *torque), reqLabel(str(r, "id")) });
        }
        h += QStringLiteral("</table>");
        h += QStringLiteral("<p class=\"small\">%1</p>")
                 .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "Reachable top speed %1, 0 to %2 in %3.")))
                          .arg(unit(num(motor, "reachable_top_speed_kmh"), 0, QStringLiteral("km/h")),
                               unit(num(requirements, "acceleration_target_speed_kmh").value_or(50.0), 0,
                                    QStringLiteral("km/h")),
                               unit(num(motor, "acceleration_time_s"), 1, QStringLiteral("s"))));
        f.insert(QStringLiteral("requirements_table"), h);

        // motor.envelope: {speed_kmh[], peak_wheel_torque_nm[], continuous_wheel_torque_nm[],
        // demand: [{grade_percent, wheel_torque_nm[]}]} (written by EvaluationJson).
        const QJsonObject env = obj(motor, "envelope");
        const QJsonArray speeds = arr(env, "speed_kmh");
        auto line = [&](const QJsonArray &ys, const QString &name, int color, Qt::PenStyle pen, qreal width) {
            ChartSeries s;
            s.name = name;
            s.colorIndex = color;
            s.penStyle = pen;
            s.widthPt = width;
            for (int i = 0; i < speeds.size() && i < ys.size(); ++i)
                if (ys.at(i).isDouble())
                    s.points.append(QPointF(speeds.at(i).toDouble(), ys.at(i).toDouble()));
            if (s.points.size() >= 2)
                chart.series.append(s);
        };
        line(arr(env, "peak_wheel_torque_nm"), t(QT_TRANSLATE_NOOP("Documents", "Peak wheel torque")), 0, Qt::SolidLine,
             2.0);
        line(arr(env, "continuous_wheel_torque_nm"), t(QT_TRANSLATE_NOOP("Documents", "Continuous wheel torque")), 0,
             Qt::DashLine, 1.6);
        int c = 1;
        for (const QJsonValue &d : arr(env, "demand")) {
            const QJsonObject demand = d.toObject();
            line(arr(demand, "wheel_torque_nm"),
                 t(QT_TRANSLATE_NOOP("Documents", "Demand on %1 grade"))
                     .arg(unit(num(demand, "grade_percent"), 0, QStringLiteral("%"))),
                 c++, Qt::SolidLine, 1.0);
        }
        QString marker;
        if (!chart.series.isEmpty() && charts) {
            chart.yMin = 0.0;
            double maxY = 0;
            for (const ChartSeries &s : chart.series)
                for (const QPointF &p : s.points)
                    if (s.colorIndex == 0)
                        maxY = std::max(maxY, p.y());
            for (const ChartAnnotation &a : chart.annotations)
                maxY = std::max(maxY, a.at.y());
            chart.yMax = maxY * 1.15; // demand lines on steep grades go off the top
            marker = QStringLiteral("<p class=\"chart\">{{chart:%1}}</p>").arg(charts->size());
            charts->append(chart);
        }
        f.insert(QStringLiteral("chart_envelope"), marker);
    }

    // Rule results.
    {
        const QJsonArray rules = arr(snap, "rules");
        const QString rulesetVersion
            = !m_rev.rulesetVersion.isEmpty() ? m_rev.rulesetVersion : str(snap, "ruleset_version");
        auto value = [&](const QJsonValue &v) {
            const QJsonObject o = v.toObject();
            if (!num(o, "value"))
                return QString();
            const double x = *num(o, "value");
            const int decimals = std::abs(x) >= 100 || x == std::floor(x) ? 0 : (std::abs(x) >= 10 ? 1 : 2);
            const QString u = ruleUnitSymbol(str(o, "unit"), m_lang);
            const QString n = fixed(x, decimals);
            return u.isEmpty() ? n : n + nbsp + esc(u);
        };
        QString h = QStringLiteral("<p>%1</p>")
                        .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "Rule set version: %1")))
                                 .arg(QStringLiteral("<b>%1</b>").arg(orDash(rulesetVersion))));
        if (rules.isEmpty()) {
            h += QStringLiteral("<p><b>%1</b></p>")
                     .arg(esc(t(
                         QT_TRANSLATE_NOOP("Documents", "The rules were not evaluated in this revision's snapshot."))));
        } else {
            h += QStringLiteral(
                     "<table class=\"grid rules\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">")
                + th({ t(QT_TRANSLATE_NOOP("Documents", "Rule")), t(QT_TRANSLATE_NOOP("Documents", "Requirement")),
                       t(QT_TRANSLATE_NOOP("Documents", "Status")), t(QT_TRANSLATE_NOOP("Documents", "Measured")),
                       t(QT_TRANSLATE_NOOP("Documents", "Limit")),
                       t(QT_TRANSLATE_NOOP("Documents", "Legal reference")) },
                     { 10, 24, 15, 12, 17, 22 }); // "justificatif requis" and a range fit on one line
            for (const QJsonValue &v : rules) {
                const QJsonObject r = v.toObject();
                const QString status = str(r, "status");
                QString limit = value(r.value(QLatin1String("limit")));
                const QString boundary = str(r, "boundary");
                if (boundary == QLatin1String("[]"))
                    limit = QStringLiteral("%1 … %2").arg(limit, value(r.value(QLatin1String("limit_high"))));
                else if (!limit.isEmpty() && !boundary.isEmpty())
                    limit = QStringLiteral("%1 %2").arg(esc(boundarySymbol(boundary)), limit);
                if (r.value(QLatin1String("limit_pending_confirmation")).toBool() && !limit.isEmpty())
                    limit += QStringLiteral(" *");
                QString id = esc(str(r, "rule_id"));
                if (!str(r, "item").isEmpty())
                    id += QStringLiteral("<br/><span class=\"small\">%1</span>").arg(esc(str(r, "item")));
                const QString title = translated(m_lang, "Model", str(r, "title").toUtf8().constData());
                const QString statusClass = status == QLatin1String("fail") ? QStringLiteral("fail")
                    : status == QLatin1String("pass")                       ? QStringLiteral("pass")
                    : status == QLatin1String("warning")                    ? QStringLiteral("warn")
                                                                            : QStringLiteral("other");
                h += QStringLiteral(
                         "<tr><td>%1</td><td>%2</td><td><span class=\"%3\">%4</span></td><td align=\"right\">%5</td>"
                         "<td align=\"right\">%6</td><td>%7</td></tr>")
                         .arg(id, esc(title), statusClass, esc(statusText(status)),
                              value(r.value(QLatin1String("measured"))), limit, esc(str(r, "legal_reference")));
            }
            h += QStringLiteral("</table><p class=\"small\">%1</p>")
                     .arg(esc(
                         t(QT_TRANSLATE_NOOP("Documents", "* limit pending legal confirmation (see the rule set)."))));
        }
        f.insert(QStringLiteral("rules_table"), h);
        f.insert(QStringLiteral("ruleset_version"), orDash(rulesetVersion));
    }

    // HV-safety evidence: the design's evidence records, then the measured HV work steps.
    {
        static const std::pair<const char *, const char *> kEvidence[] = {
            { "EL-02.dc-bus", QT_TRANSLATE_NOOP("Documents", "Isolation resistance, DC bus") },
            { "EL-02.ac-bus", QT_TRANSLATE_NOOP("Documents", "Isolation resistance, AC bus") },
            { "EL-03.combined", QT_TRANSLATE_NOOP("Documents", "Isolation resistance, combined DC and AC buses") },
            { "EL-03.double-protection", QT_TRANSLATE_NOOP("Documents", "Double protection of the AC bus") },
            { "EL-05.ipxxd",
              QT_TRANSLATE_NOOP("Documents", "Protection against direct contact IPXXD (cab and load space)") },
            { "EL-05.ipxxb", QT_TRANSLATE_NOOP("Documents", "Protection against direct contact IPXXB (elsewhere)") },
            { "EL-06.bonding", QT_TRANSLATE_NOOP("Documents", "Bonding resistance of exposed conductive parts") },
            { "EL-06.charging-earth", QT_TRANSLATE_NOOP("Documents", "Earth connection for charging") },
            { "EL-07.hv-symbol", QT_TRANSLATE_NOOP("Documents", "High-voltage warning symbols") },
            { "EL-07.orange-cables", QT_TRANSLATE_NOOP("Documents", "Orange covering of HV cables") },
            { "EL-08.reess", QT_TRANSLATE_NOOP("Documents", "Battery (REESS) approval") },
        };
        const QJsonObject evidence = obj(homologation, "evidence");
        QString h = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Evidence")), t(QT_TRANSLATE_NOOP("Documents", "Description")),
                   t(QT_TRANSLATE_NOOP("Documents", "Provided")), t(QT_TRANSLATE_NOOP("Documents", "Measured")),
                   t(QT_TRANSLATE_NOOP("Documents", "Note")) },
                 { 20, 36, 10, 14, 20 });
        for (const auto &[id, label] : kEvidence) {
            const QJsonObject e = obj(evidence, id);
            const bool provided = e.value(QLatin1String("provided")).toBool();
            QString measured;
            if (const auto m = num(e, "measured_value")) {
                const QString ids = QString::fromLatin1(id);
                measured = ids.startsWith(QLatin1String("EL-06")) ? unit(*m * 1000.0, 1, QStringLiteral("mΩ"))
                    : ids.startsWith(QLatin1String("EL-0"))       ? unit(*m / 1e6, 2, QStringLiteral("MΩ"))
                                                                  : number(*m, 2);
            }
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td align=\"right\">%4</td><td>%5</td></tr>")
                     .arg(QString::fromLatin1(id), esc(t(label)),
                          provided ? QStringLiteral("<span class=\"pass\">%1</span>")
                                         .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "yes"))))
                                   : QStringLiteral("<span class=\"fail\">%1</span>")
                                         .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "no")))),
                          measured, esc(str(e, "note")));
        }
        for (const WorkStep &s : m_rev.steps) {
            if (!s.hvSafety || s.requiredValue.isEmpty())
                continue;
            const QString text = m_lang.code() == QLatin1String("fr") && !s.textFr.isEmpty() ? s.textFr : s.textEn;
            h += QStringLiteral("<tr><td>%1</td><td>%2<br/><span class=\"small\">%3: %4</span></td><td>%5</td><td "
                                "align=\"right\">%6</td><td>%7</td></tr>")
                     .arg(esc(s.stepId), esc(text), esc(t(QT_TRANSLATE_NOOP("Documents", "Required"))),
                          esc(s.requiredValue),
                          s.measuredValue.isEmpty() ? QStringLiteral("<span class=\"fail\">%1</span>")
                                                          .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "no"))))
                                                    : QStringLiteral("<span class=\"pass\">%1</span>")
                                                          .arg(esc(t(QT_TRANSLATE_NOOP("Documents", "yes")))),
                          esc(s.measuredValue),
                          s.done ? esc(s.doneBy + QStringLiteral(", ") + date(s.doneAt)) : QString());
        }
        h += QStringLiteral("</table>");
        f.insert(QStringLiteral("evidence_table"), h);
    }

    // Integrity.
    {
        QString h = kvOpen;
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "SHA-256 of this revision")),
                   QStringLiteral("<span class=\"mono\">%1</span>").arg(orDash(m_rev.hash)));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "SHA-256 of the previous revision")),
                   QStringLiteral("<span class=\"mono\">%1</span>").arg(orDash(m_rev.previousHash)));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Revision created")), esc(dateTime(m_rev.createdAt)));
        h += kvRow(
            t(QT_TRANSLATE_NOOP("Documents", "Catalogs (vehicles, components)")),
            QStringLiteral("%1, %2").arg(orDash(m_rev.vehiclesCatalogVersion), orDash(m_rev.componentsCatalogVersion)));
        h += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Rule set version")), orDash(m_rev.rulesetVersion));
        h += QStringLiteral("</table><p class=\"small\">%1</p>")
                 .arg(esc(t(QT_TRANSLATE_NOOP(
                     "Documents", "The hash seals the stored revision; `remaster-cli sheet verify` recomputes it."))));
        f.insert(QStringLiteral("integrity_table"), h);
        f.insert(QStringLiteral("revision_hash"), esc(m_rev.hash));
    }

    // Attestation (FR-22) and plate (FR-20) data.
    {
        const QString deviceType = !m_options.deviceType.isEmpty()
            ? m_options.deviceType
            : QStringLiteral("%1 + %2 × %3")
                  .arg(nameOr(motor, "motor_label", str(motor, "motor_id")))
                  .arg(modulesSeries * std::max(1, stringsParallel))
                  .arg(nameOr(battery, "module_label", str(battery, "module_id")));
        f.insert(QStringLiteral("kit_maker"), blank(m_options.kitMaker));
        f.insert(QStringLiteral("approval_number"), blank(m_options.prototypeApprovalNumber));
        f.insert(QStringLiteral("installer"), blank(m_options.installer));
        f.insert(QStringLiteral("device_type"), orDash(deviceType));
        f.insert(QStringLiteral("vehicle_make_type"), QStringLiteral("Renault Master — %1").arg(orDash(variantLabel)));
        const QDate first = QDate::fromString(m_rev.firstRegistrationDate, Qt::ISODate);
        f.insert(QStringLiteral("first_registration_year"), first.isValid() ? QString::number(first.year()) : dash);
        f.insert(QStringLiteral("first_registration_date"), esc(date(m_rev.firstRegistrationDate)));
        f.insert(QStringLiteral("mass_in_running_order"),
                 unit(num(vehicle, "converted_mass_in_running_order_kg"), 0, QStringLiteral("kg")));
        f.insert(QStringLiteral("gvw"),
                 unit(num(homologation, "gvw_after_kg") ? num(homologation, "gvw_after_kg") : num(vehicle, "gvw_kg"), 0,
                      QStringLiteral("kg")));
        f.insert(QStringLiteral("electric_power"), unit(num(powerWindow, "electric_kw"), 0, QStringLiteral("kW")));
        f.insert(QStringLiteral("conversion_date"),
                 str(homologation, "conversion_date").isEmpty() ? blank(QString())
                                                                : esc(date(str(homologation, "conversion_date"))));

        QString comps = tableOpen
            + th({ t(QT_TRANSLATE_NOOP("Documents", "Component")), t(QT_TRANSLATE_NOOP("Documents", "Part number")),
                   t(QT_TRANSLATE_NOOP("Documents", "Identification numbers")) },
                 { 36, 24, 40 });
        for (const BomLine &b : m_rev.bom) {
            if (b.serialNumbers.isEmpty())
                continue;
            comps += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                         .arg(esc(b.description), esc(b.partNumber), esc(b.serialNumbers.join(QStringLiteral(", "))));
        }
        comps += QStringLiteral("</table>");
        f.insert(QStringLiteral("component_serials"), comps);

        QString a = kvOpen;
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Habilitated installer")), f.value(QStringLiteral("installer")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Kit maker (maker of the conversion device)")),
                   f.value(QStringLiteral("kit_maker")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Type of the conversion device")),
                   f.value(QStringLiteral("device_type")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Prototype approval number")),
                   f.value(QStringLiteral("approval_number")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Make and type of the converted vehicle")),
                   f.value(QStringLiteral("vehicle_make_type")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Year of first registration")),
                   f.value(QStringLiteral("first_registration_year")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Vehicle identification number")),
                   QStringLiteral("<b>%1</b>").arg(orDash(m_rev.vin)));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Mass of the vehicle in running order after conversion")),
                   f.value(QStringLiteral("mass_in_running_order")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "5.4.1 Technically permissible maximum laden mass")),
                   f.value(QStringLiteral("gvw")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Maximum net power of the electric drive")),
                   f.value(QStringLiteral("electric_power")));
        a += kvRow(t(QT_TRANSLATE_NOOP("Documents", "Date of the conversion")),
                   f.value(QStringLiteral("conversion_date")));
        a += kvRow(
            t(QT_TRANSLATE_NOOP("Documents", "Build sheet")),
            esc(t(QT_TRANSLATE_NOOP("Documents", "Sheet %1, revision %2")).arg(m_sheet.number).arg(m_rev.revision)));
        a += QStringLiteral("</table>");
        f.insert(QStringLiteral("attestation_table"), a);

        // The plate's lines in the decree's order and wording (French, whatever the document).
        const QString kitMaker
            = m_options.kitMaker.isEmpty() ? QStringLiteral("______________________") : esc(m_options.kitMaker);
        const QString approval = m_options.prototypeApprovalNumber.isEmpty() ? QStringLiteral("______________")
                                                                             : esc(m_options.prototypeApprovalNumber);
        f.insert(
            QStringLiteral("plate_lines"),
            QStringLiteral(
                "<table class=\"plate\" cellspacing=\"0\" cellpadding=\"8\" border=\"2\"><tr><td>"
                "<p class=\"plateline\">%1</p><p class=\"plateline\">%2</p><p class=\"plateline\">Agrément n° %3</p>"
                "<p class=\"plateline\">Motif : conversion de la motorisation en électrique</p></td></tr></table>")
                .arg(kitMaker, esc(m_rev.vin), approval));
    }
    return f;
}

DocumentContent SheetDocument::build(QString *error) const
{
    DocumentContent c;
    c.kind = m_kind;
    c.languageCode = m_lang.code();
    c.grayscaleCharts = m_options.grayscaleCharts;
    c.draft = !isSealedStatus(m_rev.status);
    c.watermark = t(QT_TRANSLATE_NOOP("Documents", "DRAFT"));
    c.revisionHash = m_rev.hash;

    QString err;
    const QString tpl = DocumentTemplates::read(DocumentTemplates::templateFileName(m_kind), &err);
    if (tpl.isEmpty()) {
        if (error)
            *error = err;
        return c;
    }
    c.styleSheet = DocumentTemplates::read(DocumentTemplates::styleSheetFileName());
    QHash<QString, QString> values = fields(&c.charts);
    // The dossier carries the attestation and the plate: their templates' bodies, filled.
    auto body = [&](DocumentKind k) {
        const QString html = fill(DocumentTemplates::read(DocumentTemplates::templateFileName(k)), values);
        const qsizetype b = html.indexOf(QLatin1String("<body"));
        const qsizetype bEnd = b >= 0 ? html.indexOf(QLatin1Char('>'), b) : -1;
        const qsizetype e = html.lastIndexOf(QLatin1String("</body>"));
        return bEnd >= 0 && e > bEnd ? html.mid(bEnd + 1, e - bEnd - 1) : html;
    };
    if (m_kind == DocumentKind::Dossier) {
        values.insert(QStringLiteral("attestation"), body(DocumentKind::Attestation));
        values.insert(QStringLiteral("plate"), body(DocumentKind::Plate));
    }
    c.html = fill(tpl, values);

    const QString statusLabel = values.value(QStringLiteral("status"));
    QString kindTitle;
    switch (m_kind) {
    case DocumentKind::Workshop: kindTitle = t(QT_TRANSLATE_NOOP("Documents", "Workshop build sheet")); break;
    case DocumentKind::Dossier: kindTitle = t(QT_TRANSLATE_NOOP("Documents", "Homologation dossier")); break;
    case DocumentKind::Attestation: kindTitle = t(QT_TRANSLATE_NOOP("Documents", "Transformation attestation")); break;
    case DocumentKind::Plate: kindTitle = t(QT_TRANSLATE_NOOP("Documents", "Transformation plate")); break;
    }
    const QString sheetRev
        = t(QT_TRANSLATE_NOOP("Documents", "Sheet %1, revision %2")).arg(m_sheet.number).arg(m_rev.revision);
    c.title = QStringLiteral("%1 — %2").arg(kindTitle, sheetRev);
    c.subject
        = t(QT_TRANSLATE_NOOP("Documents", "Battery-electric conversion of Renault Master VIN %1")).arg(m_rev.vin);
    c.keywords = { m_sheet.number, m_rev.vin, QStringLiteral("ReMaster"), documentKindCode(m_kind) };
    if (!m_rev.registration.isEmpty())
        c.keywords.append(m_rev.registration);
    if (!m_rev.signOffs.isEmpty())
        c.author = m_rev.signOffs.last().name;
    else
        c.author = m_options.kitMaker;
    c.headerLeft = kindTitle;
    c.headerRight = QStringLiteral("%1 · %2 · %3 · %4 %5")
                        .arg(t(QT_TRANSLATE_NOOP("Documents", "Sheet %1")).arg(m_sheet.number),
                             t(QT_TRANSLATE_NOOP("Documents", "rev. %1")).arg(m_rev.revision),
                             QTextDocumentFragment::fromHtml(statusLabel).toPlainText(),
                             t(QT_TRANSLATE_NOOP("Documents", "VIN")), m_rev.vin);
    c.footerLeft = QStringLiteral("%1 / %2 · SHA-256 %3…")
                       .arg(t(QT_TRANSLATE_NOOP("Documents", "Sheet %1")).arg(m_sheet.number),
                            t(QT_TRANSLATE_NOOP("Documents", "rev. %1")).arg(m_rev.revision), m_rev.hash.left(12));
    c.pageFormat = t(QT_TRANSLATE_NOOP("Documents", "Page %1 of %2"));
    return c;
}

std::unique_ptr<QTextDocument> SheetDocument::createTextDocument(const DocumentContent &content, const QSizeF &pageSize)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(fontFamily());
    font.setPointSizeF(10.5);
    font.setHintingPreference(QFont::PreferNoHinting); // the same layout on every platform and device
    // No ligatures: "ff" and "fi" stay two letters, so that text extracted from the PDF (search,
    // copy, pdftotext) matches what was written.
    font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setUseDesignMetrics(true);
    doc->setDefaultStyleSheet(content.styleSheet);
    doc->setPageSize(pageSize);
    doc->setHtml(content.html);
    doc->setMetaInformation(QTextDocument::DocumentTitle, content.title);

    if (!content.charts.isEmpty()) {
        auto *handler = new ChartObject(content.charts, content.grayscaleCharts, font, doc.get());
        doc->documentLayout()->registerHandler(kChartObjectType, handler);
        static const QRegularExpression marker(QStringLiteral("\\{\\{chart:(\\d+)\\}\\}"));
        QTextCursor cursor(doc.get());
        while (true) {
            cursor = doc->find(marker, cursor);
            if (cursor.isNull())
                break;
            const int index = marker.match(cursor.selectedText()).captured(1).toInt();
            QTextCharFormat fmt;
            fmt.setObjectType(kChartObjectType);
            fmt.setProperty(kChartIndexProperty, index);
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), fmt);
        }
    }
    return doc;
}

} // namespace remaster::documents

#include "sheetdocument.moc"
