#include "catalogjsonreader.h"

#include "jsonenvelope.h"
#include "model/catalog_validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace remaster::storage {

using namespace remaster::model;
namespace u = remaster::units;

QString CatalogIssue::toString() const
{
    QString s = file;
    if (!entryId.isEmpty())
        s += QStringLiteral(": ") + entryId;
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    s += QStringLiteral(": ") + message;
    if (!accepted.isEmpty())
        s += QStringLiteral(" (") + CatalogJsonReader::tr("accepted: %1").arg(accepted) + QStringLiteral(")");
    return s;
}

namespace {

// One physical dimension: the units a catalog may write it in, each with its conversion to SI
// through the single conversion point in model/units.h.
struct Dimension {
    const char *name;
    std::vector<std::pair<QString, std::function<double(double)>>> units;

    QString acceptedUnits() const
    {
        QStringList names;
        for (const auto &[unit, convert] : units)
            names << unit;
        return names.join(QStringLiteral(", "));
    }
};

const Dimension kMass { QT_TRANSLATE_NOOP("CatalogJsonReader", "mass"),
                        { { QStringLiteral("kg"), [](double v) { return u::kilograms(v).value(); } },
                          { QStringLiteral("t"), [](double v) { return u::tonnes(v).value(); } } } };
const Dimension kLength { QT_TRANSLATE_NOOP("CatalogJsonReader", "length"),
                          { { QStringLiteral("mm"), [](double v) { return u::millimetres(v).value(); } },
                            { QStringLiteral("m"), [](double v) { return u::metres(v).value(); } } } };
const Dimension kArea { QT_TRANSLATE_NOOP("CatalogJsonReader", "area"),
                        { { QStringLiteral("m2"), [](double v) { return u::squareMetres(v).value(); } } } };
const Dimension kVolume { QT_TRANSLATE_NOOP("CatalogJsonReader", "volume"),
                          { { QStringLiteral("L"), [](double v) { return u::litres(v).value(); } } } };
const Dimension kRatio { QT_TRANSLATE_NOOP("CatalogJsonReader", "dimensionless"),
                         { { QStringLiteral("1"), [](double v) { return v; } },
                           { QStringLiteral("%"), [](double v) { return v / 100.0; } } } };
const Dimension kPower { QT_TRANSLATE_NOOP("CatalogJsonReader", "power"),
                         { { QStringLiteral("kW"), [](double v) { return u::kilowatts(v).value(); } },
                           { QStringLiteral("W"), [](double v) { return u::watts(v).value(); } } } };
const Dimension kTorque { QT_TRANSLATE_NOOP("CatalogJsonReader", "torque"),
                          { { QStringLiteral("N.m"), [](double v) { return u::newtonMetres(v).value(); } } } };
const Dimension kSpeed { QT_TRANSLATE_NOOP("CatalogJsonReader", "rotational speed"),
                         { { QStringLiteral("rpm"), [](double v) { return u::rpm(v).value(); } } } };
const Dimension kVoltage { QT_TRANSLATE_NOOP("CatalogJsonReader", "voltage"),
                           { { QStringLiteral("V"), [](double v) { return u::volts(v).value(); } } } };
const Dimension kCurrent { QT_TRANSLATE_NOOP("CatalogJsonReader", "current"),
                           { { QStringLiteral("A"), [](double v) { return u::amperes(v).value(); } } } };
const Dimension kCharge { QT_TRANSLATE_NOOP("CatalogJsonReader", "charge"),
                          { { QStringLiteral("Ah"), [](double v) { return u::ampereHours(v).value(); } } } };
const Dimension kEnergy { QT_TRANSLATE_NOOP("CatalogJsonReader", "energy"),
                          { { QStringLiteral("kWh"), [](double v) { return u::kilowattHours(v).value(); } },
                            { QStringLiteral("Wh"), [](double v) { return u::wattHours(v).value(); } } } };
const Dimension kResistance { QT_TRANSLATE_NOOP("CatalogJsonReader", "resistance"),
                              { { QStringLiteral("mOhm"), [](double v) { return u::milliohms(v).value(); } },
                                { QStringLiteral("Ohm"), [](double v) { return u::ohms(v).value(); } } } };

const QRegularExpression kIdPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));

// Reads the fields of one JSON entry, collecting every problem instead of stopping at the first.
class EntryParser
{
public:
    EntryParser(const QJsonObject &obj, const QSet<QString> &sourceIds)
        : m_obj(obj)
        , m_sourceIds(sourceIds)
    {
    }

    QList<CatalogIssue> issues;

    void fail(const QString &field, const QString &message, const QString &accepted = {})
    {
        issues.append({ {}, {}, field, message, accepted });
    }

    bool has(const char *field) const
    {
        return m_obj.contains(QLatin1String(field)) && !m_obj.value(QLatin1String(field)).isNull();
    }

    std::string text(const char *field, bool required = true)
    {
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QLatin1String(field), CatalogJsonReader::tr("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(QLatin1String(field), CatalogJsonReader::tr("must be a text string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(QLatin1String(field), CatalogJsonReader::tr("must not be empty"));
        return v.toString().toStdString();
    }

    std::string id()
    {
        const std::string s = text("id");
        if (!s.empty() && !kIdPattern.match(QString::fromStdString(s)).hasMatch())
            fail(QStringLiteral("id"), CatalogJsonReader::tr("has characters that are not allowed"),
                 QStringLiteral("a-z, 0-9, -"));
        return s;
    }

    int integer(const char *field, int min, int max)
    {
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            fail(QLatin1String(field), CatalogJsonReader::tr("is missing"));
            return 0;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < min || d > max) {
            fail(QLatin1String(field), CatalogJsonReader::tr("must be a whole number"),
                 QStringLiteral("%1 … %2").arg(min).arg(max));
            return 0;
        }
        return static_cast<int>(d);
    }

    template<class Enum>
    Enum choice(const char *field, bool (*parse)(const std::string &, Enum &), const QString &accepted, Enum fallback)
    {
        const std::string s = text(field);
        Enum out = fallback;
        if (!s.empty() && !parse(s, out))
            fail(QLatin1String(field),
                 CatalogJsonReader::tr("has an unknown value '%1'").arg(QString::fromStdString(s)), accepted);
        return out;
    }

    void years(int &from, int &to)
    {
        const QJsonValue v = m_obj.value(QLatin1String("years"));
        if (!v.isObject()) {
            fail(QStringLiteral("years"), CatalogJsonReader::tr("must be an object {from, to}"));
            return;
        }
        const QJsonObject y = v.toObject();
        if (!y.value(QLatin1String("from")).isDouble())
            fail(QStringLiteral("years.from"), CatalogJsonReader::tr("must be a year"));
        from = y.value(QLatin1String("from")).toInt();
        const QJsonValue t = y.value(QLatin1String("to"));
        if (t.isNull() || t.isUndefined())
            to = 0;
        else if (t.isDouble())
            to = t.toInt();
        else
            fail(QStringLiteral("years.to"), CatalogJsonReader::tr("must be a year or null"));
    }

    std::vector<std::string> stringList(const char *field)
    {
        std::vector<std::string> out;
        const QJsonValue v = m_obj.value(QLatin1String(field));
        if (!v.isArray()) {
            fail(QLatin1String(field), CatalogJsonReader::tr("must be an array of text strings"));
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                fail(QLatin1String(field), CatalogJsonReader::tr("must be an array of text strings"));
                return {};
            }
            out.push_back(item.toString().toStdString());
        }
        return out;
    }

    template<class Q> Sourced<Q> quantity(const char *field, const Dimension &dim)
    {
        return quantityAt<Q>(QLatin1String(field), m_obj.value(QLatin1String(field)), dim);
    }

    template<class Q> Sourced<Q> quantityAt(const QString &field, const QJsonValue &v, const Dimension &dim)
    {
        Sourced<Q> out;
        if (v.isUndefined() || v.isNull()) {
            fail(field, CatalogJsonReader::tr("is missing"));
            return out;
        }
        if (!v.isObject()) {
            fail(field, CatalogJsonReader::tr("must be an object {value, unit, source, confidence}"));
            return out;
        }
        const QJsonObject q = v.toObject();
        const QJsonValue value = q.value(QLatin1String("value"));
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(field + QStringLiteral(".value"), CatalogJsonReader::tr("must be a finite number"));
            return out;
        }
        const QString unit = q.value(QLatin1String("unit")).toString();
        const std::function<double(double)> *convert = nullptr;
        for (const auto &[name, fn] : dim.units)
            if (name == unit)
                convert = &fn;
        if (!convert) {
            fail(field + QStringLiteral(".unit"),
                 CatalogJsonReader::tr("'%1' is not a unit of %2").arg(unit, CatalogJsonReader::tr(dim.name)),
                 dim.acceptedUnits());
            return out;
        }
        out.value = Q::from_value((*convert)(value.toDouble()));
        const QString source = q.value(QLatin1String("source")).toString();
        if (source.isEmpty())
            fail(field + QStringLiteral(".source"), CatalogJsonReader::tr("is missing: every figure needs a source"));
        else if (!m_sourceIds.contains(source))
            fail(field + QStringLiteral(".source"),
                 CatalogJsonReader::tr("'%1' is not in the file's source list").arg(source));
        out.provenance.sourceId = source.toStdString();
        const QString conf = q.value(QLatin1String("confidence")).toString();
        if (!confidenceFromCode(conf.toStdString(), out.provenance.confidence))
            fail(field + QStringLiteral(".confidence"),
                 CatalogJsonReader::tr("'%1' is not a confidence mark").arg(conf), QStringLiteral("A, B, C, E, R, V"));
        out.provenance.note = q.value(QLatin1String("note")).toString().toStdString();
        return out;
    }

    void addRangeErrors(const std::vector<FieldError> &errors)
    {
        for (const auto &e : errors) {
            QString message = QCoreApplication::translate("Model", e.message.c_str());
            if (!e.actual.empty())
                message += QStringLiteral(": ") + QString::fromStdString(e.actual);
            fail(QString::fromStdString(e.field), message, QString::fromStdString(e.acceptedRange));
        }
    }

    const QJsonObject &object() const { return m_obj; }

private:
    QJsonObject m_obj;
    const QSet<QString> &m_sourceIds;
};

ComponentInfo readInfo(EntryParser &p, ComponentKind kind)
{
    ComponentInfo info;
    info.id = p.id();
    info.kind = kind;
    info.label = p.text("label");
    info.manufacturer = p.text("manufacturer", false);
    info.origin = p.text("origin", false);
    info.condition = p.choice("condition", &conditionFromCode, QStringLiteral("new, second-life"), Condition::New);
    info.notes = p.text("notes", false);
    return info;
}

EngineOption readEngine(EntryParser &p)
{
    EngineOption e;
    e.id = p.id();
    e.label = p.text("label");
    e.code = p.text("code");
    e.generation
        = p.choice("generation", &generationFromCode, QStringLiteral("master-3, master-4"), Generation::MasterIII);
    p.years(e.yearFrom, e.yearTo);
    e.power = p.quantity<u::Power>("power", kPower);
    if (p.has("torque"))
        e.torque = p.quantity<u::Torque>("torque", kTorque);
    e.fuel = p.text("fuel");
    if (p.issues.isEmpty())
        p.addRangeErrors(validateEngine(e));
    return e;
}

VehicleVariant readVariant(EntryParser &p, const QSet<QString> &engineIds)
{
    VehicleVariant v;
    v.id = p.id();
    v.label = p.text("label");
    v.generation
        = p.choice("generation", &generationFromCode, QStringLiteral("master-3, master-4"), Generation::MasterIII);
    v.phase = p.text("phase");
    static const QStringList phases { QStringLiteral("2010"), QStringLiteral("2014"), QStringLiteral("2019"),
                                      QStringLiteral("2024") };
    if (!v.phase.empty() && !phases.contains(QString::fromStdString(v.phase)))
        p.fail(QStringLiteral("phase"), CatalogJsonReader::tr("is not a known phase"),
               phases.join(QStringLiteral(", ")));
    p.years(v.yearFrom, v.yearTo);
    v.body = p.choice("body", &bodyFromCode, QStringLiteral("panel-van, chassis-cab, platform-cab"), Body::PanelVan);
    v.lengthCode = p.text("length_code");
    if (!v.lengthCode.empty()
        && !QRegularExpression(QStringLiteral("^L[1-4]$")).match(QString::fromStdString(v.lengthCode)).hasMatch())
        p.fail(QStringLiteral("length_code"), CatalogJsonReader::tr("is not a length code"),
               QStringLiteral("L1, L2, L3, L4"));
    v.heightCode = p.text("height_code");
    if (!v.heightCode.empty()
        && !QRegularExpression(QStringLiteral("^H[1-3]$")).match(QString::fromStdString(v.heightCode)).hasMatch())
        p.fail(QStringLiteral("height_code"), CatalogJsonReader::tr("is not a height code"),
               QStringLiteral("H1, H2, H3"));
    v.drive = p.choice("drive", &driveFromCode, QStringLiteral("fwd, rwd"), Drive::FrontWheel);
    v.rearWheels = p.choice("rear_wheels", &rearWheelsFromCode, QStringLiteral("single, twin"), RearWheels::Single);
    v.category = p.text("category");
    v.engineIds = p.stringList("engines");
    for (const auto &e : v.engineIds)
        if (!engineIds.contains(QString::fromStdString(e)))
            p.fail(QStringLiteral("engines"),
                   CatalogJsonReader::tr("'%1' is not an engine of this catalog").arg(QString::fromStdString(e)));
    v.gearbox = p.text("gearbox");
    v.gvw = p.quantity<u::Mass>("gvw", kMass);
    v.massInRunningOrder = p.quantity<u::Mass>("mass_in_running_order", kMass);
    v.frontAxleLimit = p.quantity<u::Mass>("front_axle_limit", kMass);
    v.rearAxleLimit = p.quantity<u::Mass>("rear_axle_limit", kMass);
    v.unladenFrontAxleLoad = p.quantity<u::Mass>("unladen_front_axle_load", kMass);
    v.wheelbase = p.quantity<u::Length>("wheelbase", kLength);
    v.overallLength = p.quantity<u::Length>("overall_length", kLength);
    v.overallWidth = p.quantity<u::Length>("overall_width", kLength);
    v.overallHeight = p.quantity<u::Length>("overall_height", kLength);
    v.loadSpaceCentreFromFrontAxle = p.quantity<u::Length>("load_space_centre_from_front_axle", kLength);
    v.frontalArea = p.quantity<u::Area>("frontal_area", kArea);
    v.dragCoefficient = p.quantity<u::Dimensionless>("drag_coefficient", kRatio);
    v.rollingResistance = p.quantity<u::Dimensionless>("rolling_resistance", kRatio);
    v.tyreSize = p.text("tyre_size");
    v.tyreRollingRadius = p.quantity<u::Length>("tyre_rolling_radius", kLength);
    v.fuelTank = p.quantity<u::Volume>("fuel_tank", kVolume);

    const QJsonValue parts = p.object().value(QLatin1String("removed_parts"));
    if (!parts.isArray()) {
        p.fail(QStringLiteral("removed_parts"), CatalogJsonReader::tr("must be an array"));
    } else {
        int index = 0;
        for (const QJsonValue &pv : parts.toArray()) {
            const QString prefix = QStringLiteral("removed_parts[%1].").arg(index++);
            const QJsonObject po = pv.toObject();
            RemovedPart part;
            part.id = po.value(QLatin1String("id")).toString().toStdString();
            part.name = po.value(QLatin1String("name")).toString().toStdString();
            if (part.id.empty() || part.name.empty())
                p.fail(prefix + QStringLiteral("id"), CatalogJsonReader::tr("id and name are required"));
            part.mass = p.quantityAt<u::Mass>(prefix + QStringLiteral("mass"), po.value(QLatin1String("mass")), kMass);
            part.positionFromFrontAxle
                = p.quantityAt<u::Length>(prefix + QStringLiteral("position_from_front_axle"),
                                          po.value(QLatin1String("position_from_front_axle")), kLength);
            v.removedParts.push_back(part);
        }
    }
    if (p.issues.isEmpty())
        p.addRangeErrors(validateVariant(v));
    return v;
}

Motor readMotor(EntryParser &p)
{
    Motor m;
    m.info = readInfo(p, ComponentKind::Motor);
    m.technology = p.text("technology");
    m.peakPower = p.quantity<u::Power>("peak_power", kPower);
    m.continuousPower = p.quantity<u::Power>("continuous_power", kPower);
    m.peakTorque = p.quantity<u::Torque>("peak_torque", kTorque);
    m.maxSpeed = p.quantity<u::AngularVelocity>("max_speed", kSpeed);
    m.dcVoltageMin = p.quantity<u::Voltage>("dc_voltage_min", kVoltage);
    m.dcVoltageMax = p.quantity<u::Voltage>("dc_voltage_max", kVoltage);
    m.mass = p.quantity<u::Mass>("mass", kMass);
    m.peakEfficiency = p.quantity<u::Dimensionless>("peak_efficiency", kRatio);
    if (p.issues.isEmpty())
        p.addRangeErrors(validateMotor(m));
    return m;
}

Inverter readInverter(EntryParser &p)
{
    Inverter i;
    i.info = readInfo(p, ComponentKind::Inverter);
    i.dcVoltageMin = p.quantity<u::Voltage>("dc_voltage_min", kVoltage);
    i.dcVoltageMax = p.quantity<u::Voltage>("dc_voltage_max", kVoltage);
    i.peakPower = p.quantity<u::Power>("peak_power", kPower);
    i.continuousPower = p.quantity<u::Power>("continuous_power", kPower);
    i.peakPhaseCurrent = p.quantity<u::Current>("peak_phase_current", kCurrent);
    i.continuousPhaseCurrent = p.quantity<u::Current>("continuous_phase_current", kCurrent);
    i.mass = p.quantity<u::Mass>("mass", kMass);
    i.efficiency = p.quantity<u::Dimensionless>("efficiency", kRatio);
    if (p.issues.isEmpty())
        p.addRangeErrors(validateInverter(i));
    return i;
}

Reducer readReducer(EntryParser &p)
{
    Reducer r;
    r.info = readInfo(p, ComponentKind::Reducer);
    r.ratio = p.quantity<u::Dimensionless>("ratio", kRatio);
    r.maxInputTorque = p.quantity<u::Torque>("max_input_torque", kTorque);
    r.maxInputSpeed = p.quantity<u::AngularVelocity>("max_input_speed", kSpeed);
    r.mass = p.quantity<u::Mass>("mass", kMass);
    r.efficiency = p.quantity<u::Dimensionless>("efficiency", kRatio);
    if (p.issues.isEmpty())
        p.addRangeErrors(validateReducer(r));
    return r;
}

BatteryModule readBatteryModule(EntryParser &p)
{
    BatteryModule b;
    b.info = readInfo(p, ComponentKind::BatteryModule);
    b.chemistry = p.text("chemistry");
    b.cellsInSeries = p.integer("cells_series", 1, 1000);
    b.cellsInParallel = p.integer("cells_parallel", 1, 1000);
    b.nominalVoltage = p.quantity<u::Voltage>("nominal_voltage", kVoltage);
    b.minVoltage = p.quantity<u::Voltage>("min_voltage", kVoltage);
    b.maxVoltage = p.quantity<u::Voltage>("max_voltage", kVoltage);
    b.capacity = p.quantity<u::Charge>("capacity", kCharge);
    b.energy = p.quantity<u::Energy>("energy", kEnergy);
    b.mass = p.quantity<u::Mass>("mass", kMass);
    b.length = p.quantity<u::Length>("length", kLength);
    b.width = p.quantity<u::Length>("width", kLength);
    b.height = p.quantity<u::Length>("height", kLength);
    b.maxDischargeCurrent = p.quantity<u::Current>("max_discharge_current", kCurrent);
    b.maxChargeCurrent = p.quantity<u::Current>("max_charge_current", kCurrent);
    b.internalResistance = p.quantity<u::Resistance>("internal_resistance", kResistance);
    if (p.issues.isEmpty())
        p.addRangeErrors(validateBatteryModule(b));
    return b;
}

Charger readCharger(EntryParser &p)
{
    Charger c;
    c.info = readInfo(p, ComponentKind::Charger);
    c.type = p.choice("charger_type", &chargerTypeFromCode, QStringLiteral("ac-onboard, dc-inlet"),
                      ChargerType::OnBoardAc);
    c.power = p.quantity<u::Power>("power", kPower);
    c.efficiency = p.quantity<u::Dimensionless>("efficiency", kRatio);
    c.mass = p.quantity<u::Mass>("mass", kMass);
    c.outputVoltageMin = p.quantity<u::Voltage>("output_voltage_min", kVoltage);
    c.outputVoltageMax = p.quantity<u::Voltage>("output_voltage_max", kVoltage);
    if (p.issues.isEmpty())
        p.addRangeErrors(validateCharger(c));
    return c;
}

DcDcConverter readDcDc(EntryParser &p)
{
    DcDcConverter d;
    d.info = readInfo(p, ComponentKind::DcDc);
    d.power = p.quantity<u::Power>("power", kPower);
    d.efficiency = p.quantity<u::Dimensionless>("efficiency", kRatio);
    d.mass = p.quantity<u::Mass>("mass", kMass);
    d.inputVoltageMin = p.quantity<u::Voltage>("input_voltage_min", kVoltage);
    d.inputVoltageMax = p.quantity<u::Voltage>("input_voltage_max", kVoltage);
    if (p.issues.isEmpty())
        p.addRangeErrors(validateDcDc(d));
    return d;
}

// Appends the parser's problems to the result, tagged with file and entry id.
bool flush(EntryParser &p, CatalogReadResult &r, const QString &file, const QString &entryId)
{
    for (auto issue : p.issues) {
        issue.file = file;
        issue.entryId = entryId;
        r.issues.append(issue);
    }
    return p.issues.isEmpty();
}

QString entryLabel(const QJsonObject &o, int index)
{
    const QString id = o.value(QLatin1String("id")).toString();
    return id.isEmpty() ? CatalogJsonReader::tr("entry #%1").arg(index + 1) : id;
}

} // namespace

CatalogReadResult CatalogJsonReader::read(const QByteArray &json, const QString &fileName)
{
    CatalogReadResult r;
    auto fileIssue = [&](const QString &message, const QString &accepted = {}) {
        r.issues.append({ fileName, {}, {}, message, accepted });
        r.catalog.clear();
        return r;
    };

    JsonEnvelope::Issue envelopeIssue;
    const std::optional<QJsonObject> parsed = JsonEnvelope::parseObject(json, &envelopeIssue);
    if (!parsed)
        return fileIssue(envelopeIssue.message);
    const QJsonObject &root = *parsed;
    if (const auto wrong = JsonEnvelope::checkFormat(root, QStringLiteral("remaster-catalog"), kFormatVersion))
        return fileIssue(wrong->message, wrong->accepted);
    r.catalog = root.value(QLatin1String("catalog")).toString();
    if (r.catalog != QLatin1String("vehicles") && r.catalog != QLatin1String("components"))
        return fileIssue(tr("'catalog' must be \"vehicles\" or \"components\""));
    r.catalogVersion = root.value(QLatin1String("catalog_version")).toString();
    if (r.catalogVersion.isEmpty())
        return fileIssue(tr("'catalog_version' is missing"));
    if (!root.value(QLatin1String("entries")).isArray())
        return fileIssue(tr("'entries' must be an array"));

    QSet<QString> sourceIds;
    for (const QJsonValue &sv : root.value(QLatin1String("sources")).toArray()) {
        const QJsonObject so = sv.toObject();
        const QString id = so.value(QLatin1String("id")).toString();
        const QString citation = so.value(QLatin1String("citation")).toString();
        if (id.isEmpty() || citation.isEmpty()) {
            r.issues.append({ fileName, id, QStringLiteral("sources"), tr("a source needs an id and a citation"), {} });
            continue;
        }
        sourceIds.insert(id);
        r.set.sources.push_back(
            { id.toStdString(), citation.toStdString(), so.value(QLatin1String("note")).toString().toStdString() });
        r.sourceJson.append(so);
    }

    QSet<QString> seenIds;
    auto checkUnique = [&](EntryParser &p, const QString &id) {
        if (id.isEmpty())
            return;
        if (seenIds.contains(id))
            p.fail(QStringLiteral("id"), tr("is used by another entry of this file"));
        seenIds.insert(id);
    };

    QSet<QString> engineIds;
    const QJsonArray engines = root.value(QLatin1String("engines")).toArray();
    for (int i = 0; i < engines.size(); ++i) {
        const QJsonObject o = engines.at(i).toObject();
        EntryParser p(o, sourceIds);
        EngineOption e = readEngine(p);
        checkUnique(p, QString::fromStdString(e.id));
        if (flush(p, r, fileName, entryLabel(o, i))) {
            engineIds.insert(QString::fromStdString(e.id));
            r.set.engines.push_back(std::move(e));
            r.validEngineJson.append(o);
        }
    }

    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject()) {
            r.issues.append({ fileName, tr("entry #%1").arg(i + 1), {}, tr("must be a JSON object"), {} });
            continue;
        }
        const QJsonObject o = entries.at(i).toObject();
        EntryParser p(o, sourceIds);
        const QString label = entryLabel(o, i);
        checkUnique(p, o.value(QLatin1String("id")).toString());
        if (r.catalog == QLatin1String("vehicles")) {
            VehicleVariant v = readVariant(p, engineIds);
            if (flush(p, r, fileName, label)) {
                r.set.variants.push_back(std::move(v));
                r.validEntryJson.append(o);
            }
            continue;
        }
        ComponentKind kind;
        const std::string kindCode = o.value(QLatin1String("kind")).toString().toStdString();
        if (!componentKindFromCode(kindCode, kind)) {
            p.fail(QStringLiteral("kind"), tr("is not a component kind"),
                   QStringLiteral("motor, inverter, reducer, battery-module, charger, dcdc"));
            flush(p, r, fileName, label);
            continue;
        }
        bool ok = false;
        switch (kind) {
        case ComponentKind::Motor: {
            auto m = readMotor(p);
            if ((ok = flush(p, r, fileName, label)))
                r.set.motors.push_back(std::move(m));
            break;
        }
        case ComponentKind::Inverter: {
            auto x = readInverter(p);
            if ((ok = flush(p, r, fileName, label)))
                r.set.inverters.push_back(std::move(x));
            break;
        }
        case ComponentKind::Reducer: {
            auto x = readReducer(p);
            if ((ok = flush(p, r, fileName, label)))
                r.set.reducers.push_back(std::move(x));
            break;
        }
        case ComponentKind::BatteryModule: {
            auto x = readBatteryModule(p);
            if ((ok = flush(p, r, fileName, label)))
                r.set.batteryModules.push_back(std::move(x));
            break;
        }
        case ComponentKind::Charger: {
            auto x = readCharger(p);
            if ((ok = flush(p, r, fileName, label)))
                r.set.chargers.push_back(std::move(x));
            break;
        }
        case ComponentKind::DcDc: {
            auto x = readDcDc(p);
            if ((ok = flush(p, r, fileName, label)))
                r.set.dcdcs.push_back(std::move(x));
            break;
        }
        }
        if (ok)
            r.validEntryJson.append(o);
    }
    if (r.catalog == QLatin1String("vehicles"))
        r.set.vehiclesVersion = r.catalogVersion.toStdString();
    else
        r.set.componentsVersion = r.catalogVersion.toStdString();
    return r;
}

CatalogReadResult CatalogJsonReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CatalogReadResult r;
        r.issues.append({ path, {}, {}, tr("cannot be read: %1").arg(file.errorString()), {} });
        return r;
    }
    return read(file.readAll(), path);
}

} // namespace remaster::storage
