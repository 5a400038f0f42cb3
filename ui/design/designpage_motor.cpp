#include "designpages.h"

#include "ui/catalogcontext.h"
#include "ui/displaynames.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QSlider>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <iterator>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

QString passText(bool pass)
{
    return pass ? QStringLiteral("✔") : QStringLiteral("✘");
}

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(align);
    return i;
}

QDoubleSpinBox *spin(QWidget *parent, double min, double max, int decimals, const QString &suffix)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(min, max);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setKeyboardTracking(false); // recompute when the value is complete, not on every digit
    return s;
}

} // namespace

MotorPage::MotorPage(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : DesignPage(doc, context, parent)
{
    m_motor = new QComboBox(this);
    m_motor->setObjectName(QStringLiteral("designMotor"));
    m_inverter = new QComboBox(this);
    m_inverter->setObjectName(QStringLiteral("designInverter"));
    m_reducer = new QComboBox(this);
    m_ratio = spin(this, 1, 20, 3, QString());
    m_ratio->setObjectName(QStringLiteral("designRatio"));
    m_ratioSlider = new QSlider(Qt::Horizontal, this);
    m_ratioSlider->setRange(100, 2000); // ratio × 100
    m_topSpeed = spin(this, 40, 200, 0, QStringLiteral(" km/h"));
    m_hillStart = spin(this, 0, 40, 1, QStringLiteral(" %"));
    m_sustainedGrade = spin(this, 0, 40, 1, QStringLiteral(" %"));
    m_acceleration = spin(this, 1, 60, 1, QStringLiteral(" s"));
    m_powerBasis = new QComboBox(this);

    auto *kitForm = new QFormLayout;
    kitForm->addRow(tr("&Motor:"), m_motor);
    kitForm->addRow(tr("&Inverter:"), m_inverter);
    kitForm->addRow(tr("Re&ducer:"), m_reducer);
    auto *ratioRow = new QHBoxLayout;
    ratioRow->addWidget(m_ratio);
    ratioRow->addWidget(m_ratioSlider, 1);
    auto *ratioLabel = new QLabel(tr("&Ratio:"), this);
    ratioLabel->setBuddy(m_ratio);
    kitForm->addRow(ratioLabel, ratioRow);
    kitForm->addRow(tr("FR-07 power &basis:"), m_powerBasis);
    auto *reqForm = new QFormLayout;
    reqForm->addRow(tr("&Top speed:"), m_topSpeed);
    reqForm->addRow(tr("&Hill start at GVW:"), m_hillStart);
    reqForm->addRow(tr("&Sustained grade at GVW:"), m_sustainedGrade);
    reqForm->addRow(tr("0–50 km/h at GVW &within:"), m_acceleration);
    auto *kitBox = new QGroupBox(tr("Motor and drivetrain"), this);
    kitBox->setLayout(kitForm);
    auto *reqBox = new QGroupBox(tr("Requirements"), this);
    reqBox->setLayout(reqForm);

    m_checks = new QTableWidget(0, 5, this);
    m_checks->verticalHeader()->hide();
    m_checks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_checks->horizontalHeader()->setStretchLastSection(true);
    m_checks->setMaximumHeight(150);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_feasibility = new QTableWidget(0, 7, this);
    m_feasibility->setObjectName(QStringLiteral("motorFeasibility"));
    m_feasibility->verticalHeader()->hide();
    m_feasibility->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_feasibility->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_feasibility->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_feasibility->setWordWrap(false);
    m_feasibility->setTextElideMode(Qt::ElideRight);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);

    auto *top = new QHBoxLayout;
    top->addWidget(kitBox, 3);
    top->addWidget(reqBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    QPushButton *findKits = makeFindKitsButton();
    summaryRow->addWidget(findKits, 0, Qt::AlignTop);
    layout->addLayout(summaryRow);
    layout->addWidget(m_checks);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_chart, 3);
    bottom->addWidget(m_feasibility, 2);
    layout->addLayout(bottom, 1);

    auto pick = [this](QComboBox *combo, std::string KitSelection::*member, const QString &text) {
        connect(combo, &QComboBox::activated, this, [this, combo, member, text](int index) {
            const std::string id = combo->itemData(index).toString().toStdString();
            if (!m_updating && id != m_doc.design().kit.*member)
                m_doc.edit(text, [&](RetrofitDesign &d) { d.kit.*member = id; });
        });
    };
    pick(m_motor, &KitSelection::motorId, tr("Choose motor"));
    pick(m_inverter, &KitSelection::inverterId, tr("Choose inverter"));
    connect(m_reducer, &QComboBox::activated, this, [this](int index) {
        const std::string id = m_reducer->itemData(index).toString().toStdString();
        if (!m_updating && id != m_doc.design().kit.reducerId)
            m_doc.edit(tr("Choose reducer"), [&](RetrofitDesign &d) {
                d.kit.reducerId = id;
                d.kit.reducerRatio.reset(); // the new reducer's own ratio
            });
    });
    connect(m_ratio, &QDoubleSpinBox::valueChanged, this, [this](double r) {
        if (!m_updating)
            m_doc.edit(
                tr("Change ratio"), [&](RetrofitDesign &d) { d.kit.reducerRatio = r; }, QStringLiteral("ratio"));
    });
    // Slider drags merge into one undo step (same merge key as the spin box).
    connect(m_ratioSlider, &QSlider::valueChanged, this, [this](int v) {
        if (!m_updating)
            m_doc.edit(
                tr("Change ratio"), [&](RetrofitDesign &d) { d.kit.reducerRatio = v / 100.0; },
                QStringLiteral("ratio"));
    });
    auto requirement = [this](QDoubleSpinBox *s, const QString &text, auto apply) {
        connect(s, &QDoubleSpinBox::valueChanged, this, [this, text, apply](double v) {
            if (!m_updating)
                m_doc.edit(text, [&](RetrofitDesign &d) { apply(d.requirements, v); });
        });
    };
    requirement(m_topSpeed, tr("Change top speed"),
                [](Requirements &r, double v) { r.topSpeed = u::kilometresPerHour(v); });
    requirement(m_hillStart, tr("Change hill start"), [](Requirements &r, double v) { r.hillStartGradePercent = v; });
    requirement(m_sustainedGrade, tr("Change sustained grade"),
                [](Requirements &r, double v) { r.sustainedGradePercent = v; });
    requirement(m_acceleration, tr("Change acceleration time"),
                [](Requirements &r, double v) { r.accelerationMaxTime = u::seconds(v); });
    connect(m_powerBasis, &QComboBox::activated, this, [this](int index) {
        const int basis = m_powerBasis->itemData(index).toInt();
        if (!m_updating)
            m_doc.edit(tr("Change power basis"), [&](RetrofitDesign &d) {
                d.homologation.powerBasis
                    = basis < 0 ? std::nullopt : std::optional<PowerBasis>(static_cast<PowerBasis>(basis));
            });
    });
    connect(m_feasibility, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const std::string id = m_feasibility->item(row, 0)->data(Qt::UserRole).toString().toStdString();
        if (id != m_doc.design().kit.motorId)
            m_doc.edit(tr("Choose motor"), [&](RetrofitDesign &d) { d.kit.motorId = id; });
    });
    reload();
}

QString MotorPage::title() const
{
    return tr("Motor & drivetrain");
}

int MotorPage::status() const
{
    const auto &o = m_doc.outcome();
    if (!o.evaluation)
        return 2;
    const auto &m = o.evaluation->result.motor;
    if (!m.powerWindow.pass)
        return 2;
    return m.pass() ? 0 : 1;
}

bool MotorPage::focusField(const QString &field)
{
    if (field.startsWith(QLatin1String("kit.motor")) || field.contains(QLatin1String("power")))
        m_motor->setFocus(Qt::OtherFocusReason);
    else if (field.startsWith(QLatin1String("kit.inverter")))
        m_inverter->setFocus(Qt::OtherFocusReason);
    else if (field.startsWith(QLatin1String("kit.reducer")))
        m_ratio->setFocus(Qt::OtherFocusReason);
    else if (field.startsWith(QLatin1String("requirements")))
        m_topSpeed->setFocus(Qt::OtherFocusReason);
    else
        return false;
    return true;
}

void MotorPage::retranslate()
{
    m_checks->setHorizontalHeaderLabels(
        { tr("Requirement"), tr("Required at wheel"), tr("Available"), tr("Margin"), tr("Met") });
    m_feasibility->setHorizontalHeaderLabels({ tr("Motor"), tr("Peak"), tr("Top speed"), tr("Hill start"),
                                               tr("Sustained grade"), tr("0–50 km/h"), tr("Power window") });
    m_feasibility->setToolTip(
        tr("Every catalog motor with this design's inverter, ratio and pack: double-click to choose it"));
    m_ratio->setToolTip(tr("Overall ratio motor : wheel. Feasible range: from the hill-start torque (minimum) to the "
                           "motor's maximum speed at the required top speed (maximum)."));
    m_powerBasis->clear();
    m_powerBasis->addItem(tr("Rule set's choice"), -1);
    m_powerBasis->addItem(tr("Peak power"), static_cast<int>(PowerBasis::Peak));
    m_powerBasis->addItem(tr("30-minute (continuous) power"), static_cast<int>(PowerBasis::ThirtyMinute));
}

void MotorPage::refresh()
{
    const auto &d = m_doc.design();
    const auto &catalog = m_context.catalog();
    const QLocale l;
    fillComponentCombo(m_motor, catalog.motors, d.kit.motorId);
    fillComponentCombo(m_inverter, catalog.inverters, d.kit.inverterId);
    fillComponentCombo(m_reducer, catalog.reducers, d.kit.reducerId);
    const auto &o = m_doc.outcome();
    const double ratio
        = o.evaluation ? o.evaluation->resolved.input.kit.reducerRatio.value() : d.kit.reducerRatio.value_or(1.0);
    m_ratio->setValue(ratio);
    m_ratioSlider->setValue(static_cast<int>(std::lround(ratio * 100)));
    m_topSpeed->setValue(u::inKilometresPerHour(d.requirements.topSpeed));
    m_hillStart->setValue(d.requirements.hillStartGradePercent);
    m_sustainedGrade->setValue(d.requirements.sustainedGradePercent);
    m_acceleration->setValue(u::inSeconds(d.requirements.accelerationMaxTime));
    m_powerBasis->setCurrentIndex(
        m_powerBasis->findData(d.homologation.powerBasis ? static_cast<int>(*d.homologation.powerBasis) : -1));

    m_checks->setRowCount(0);
    if (!o.evaluation) {
        m_summary->setText(
            tr("Cannot size the motor: %1").arg(o.errors.isEmpty() ? QString() : o.errors.first().toString()));
        return;
    }
    const auto &m = o.evaluation->result.motor;
    const QString names[] = { tr("Hill start"), tr("Sustained grade"), tr("Top speed"), tr("Acceleration") };
    const RequirementCheck *checks[] = { &m.hillStart, &m.sustainedGrade, &m.topSpeed, &m.acceleration };
    for (int i = 0; i < 4; ++i) {
        const auto &c = *checks[i];
        m_checks->insertRow(i);
        m_checks->setItem(i, 0, item(names[i]));
        const bool isTime = checks[i] == &m.acceleration; // judged on a time, not on a wheel torque
        const QString required = isTime
            ? tr("≤ %1 s").arg(l.toString(u::inSeconds(d.requirements.accelerationMaxTime), 'f', 1))
            : tr("%1 N·m, %2 kW")
                  .arg(l.toString(u::inNewtonMetres(c.requiredWheelTorque), 'f', 0),
                       l.toString(u::inKilowatts(c.requiredWheelPower), 'f', 1));
        const QString available = isTime ? (std::isfinite(u::inSeconds(m.accelerationTime))
                                                ? tr("%1 s").arg(l.toString(u::inSeconds(m.accelerationTime), 'f', 1))
                                                : tr("never reached"))
                                         : tr("%1 N·m, %2 kW")
                                               .arg(l.toString(u::inNewtonMetres(c.availableWheelTorque), 'f', 0),
                                                    l.toString(u::inKilowatts(c.availableWheelPower), 'f', 1));
        m_checks->setItem(i, 1, item(required, Qt::AlignRight | Qt::AlignVCenter));
        m_checks->setItem(i, 2, item(available, Qt::AlignRight | Qt::AlignVCenter));
        m_checks->setItem(i, 3,
                          item(tr("%1 %").arg(l.toString(c.marginPercent, 'f', 1)), Qt::AlignRight | Qt::AlignVCenter));
        m_checks->setItem(i, 4, item(passText(c.pass), Qt::AlignCenter));
        static const char *formulas[] = {
            QT_TR_NOOP(
                "Hill start: wheel torque ≥ m·g·(Crr·cos θ + sin θ)·r at GVW on the required grade, from standstill"),
            QT_TR_NOOP("Sustained grade: wheel power ≥ (m·g·(Crr·cos θ + sin θ) + ½·ρ·Cd·A·v²)·v at GVW and the "
                       "required speed"),
            QT_TR_NOOP("Top speed: wheel power ≥ (m·g·Crr + ½·ρ·Cd·A·v²)·v on the flat at GVW, and motor speed within "
                       "its maximum"),
            QT_TR_NOOP("Acceleration: time from 0 to the target speed at GVW on the motor's peak envelope, a = "
                       "(F_wheel − F_road)/(m·(1+λ))")
        };
        for (int col = 0; col < 5; ++col)
            m_checks->item(i, col)->setToolTip(tr(formulas[i]));
    }
    const auto &pw = m.powerWindow;
    m_summary->setText(
        tr("Power window FR-07: %1 is %2 % of the original %3 (65–100 %): %4. Top speed %5 km/h, "
           "0–50 km/h in %6 s. Feasible ratio %7 … %8.")
            .arg(DisplayNames::power(u::inKilowatts(pw.electric), 1), l.toString(pw.ratio * 100, 'f', 1),
                 DisplayNames::power(u::inKilowatts(pw.original), 1), pw.pass ? tr("inside") : tr("OUTSIDE"),
                 l.toString(u::inKilometresPerHour(m.reachableTopSpeed), 'f', 0),
                 l.toString(u::inSeconds(m.accelerationTime), 'f', 1), l.toString(m.ratioRange.minimum.value(), 'f', 2),
                 l.toString(m.ratioRange.maximum.value(), 'f', 2)));
    refreshChart();
    refreshFeasibility();
}

void MotorPage::refreshChart()
{
    const auto &env = m_doc.outcome().evaluation->result.motor.envelope;
    auto *chart = new QChart;
    chart->setTitle(tr("Wheel torque at GVW: motor envelope against demand"));
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = chart->legend()->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("Speed (km/h)"));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(tr("Wheel torque (N·m)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    // Explicit colours: the theme's five would repeat across seven lines. The motor is one hue
    // (solid peak, dashed continuous); demand darkens from grey to red as the grade steepens.
    auto addLine
        = [&](const QString &name, const std::vector<u::Torque> &torque, Qt::PenStyle style, const QColor &colour) {
              auto *s = new QLineSeries;
              s->setName(name);
              for (std::size_t i = 0; i < env.speed.size() && i < torque.size(); ++i)
                  s->append(u::inKilometresPerHour(env.speed[i]), u::inNewtonMetres(torque[i]));
              chart->addSeries(s);
              QPen pen(colour);
              pen.setStyle(style);
              pen.setWidthF(style == Qt::SolidLine ? 2.5 : 1.6);
              s->setPen(pen);
              s->attachAxis(axisX);
              s->attachAxis(axisY);
          };
    const QColor motorColour(0x1f, 0x77, 0xb4);
    addLine(tr("Peak"), env.peakWheelTorque, Qt::SolidLine, motorColour);
    addLine(tr("Continuous"), env.continuousWheelTorque, Qt::DashLine, motorColour);
    const QColor demandColours[] = { QColor(0x8c, 0x8c, 0x8c), QColor(0xe3, 0xb5, 0x05), QColor(0xf0, 0x7c, 0x0c),
                                     QColor(0xd9, 0x48, 0x01), QColor(0xb2, 0x18, 0x2b) };
    for (std::size_t i = 0; i < env.demand.size(); ++i)
        addLine(tr("%1 % grade").arg(env.demand[i].gradePercent), env.demand[i].wheelTorque, Qt::DotLine,
                demandColours[std::min<std::size_t>(i, std::size(demandColours) - 1)]);

    // The requirement points: hill start from standstill, the sustained grade at its speed, top
    // speed on the flat — each must sit under the peak line (the grade one under the continuous).
    const auto &motor = m_doc.outcome().evaluation->result.motor;
    const auto &req = m_doc.design().requirements;
    auto *points = new QScatterSeries;
    points->setName(tr("Requirements"));
    points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    points->setMarkerSize(9);
    points->setColor(QColor(0x7b, 0x1f, 0xa2));
    points->setBorderColor(QColor(0x7b, 0x1f, 0xa2));
    points->append(0, u::inNewtonMetres(motor.hillStart.requiredWheelTorque));
    points->append(u::inKilometresPerHour(req.sustainedGradeSpeed),
                   u::inNewtonMetres(motor.sustainedGrade.requiredWheelTorque));
    points->append(u::inKilometresPerHour(req.topSpeed), u::inNewtonMetres(motor.topSpeed.requiredWheelTorque));
    chart->addSeries(points);
    points->attachAxis(axisX);
    points->attachAxis(axisY);
    double maxTorque = 0;
    for (const auto &t : env.peakWheelTorque)
        maxTorque = std::max(maxTorque, u::inNewtonMetres(t));
    double maxSpeed = env.speed.empty() ? 150 : u::inKilometresPerHour(env.speed.back());
    for (const QPointF &p : points->points()) { // a failing requirement must stay in view
        maxTorque = std::max(maxTorque, p.y());
        maxSpeed = std::max(maxSpeed, p.x());
    }
    axisY->setRange(0, maxTorque * 1.1);
    axisX->setRange(0, maxSpeed);
    axisX->applyNiceNumbers();
    axisY->applyNiceNumbers();
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void MotorPage::refreshFeasibility()
{
    const auto &d = m_doc.design();
    const QString key
        = QString::fromStdString(d.variantId + d.engineId + d.kit.inverterId + d.kit.reducerId + d.kit.batteryModuleId)
        + QString::number(d.kit.reducerRatio.value_or(0)) + QString::number(d.kit.modulesInSeries)
        + QString::number(u::inKilometresPerHour(d.requirements.topSpeed))
        + QString::number(d.requirements.hillStartGradePercent) + QString::number(d.requirements.sustainedGradePercent)
        + QString::number(u::inSeconds(d.requirements.accelerationMaxTime))
        + QString::number(d.homologation.powerBasis ? static_cast<int>(*d.homologation.powerBasis) : -1)
        + QString::number(d.overrides.count());
    if (key == m_feasibilityKey)
        return;
    m_feasibilityKey = key;
    const auto &catalog = m_context.catalog();
    const QLocale l;
    m_feasibility->setRowCount(0);
    int row = 0;
    for (const auto &motor : catalog.motors) {
        RetrofitDesign candidate = d;
        candidate.kit.motorId = motor.info.id;
        m_feasibility->insertRow(row);
        auto *name = item(QString::fromStdString(motor.info.label));
        name->setData(Qt::UserRole, QString::fromStdString(motor.info.id));
        m_feasibility->setItem(row, 0, name);
        m_feasibility->setItem(
            row, 1,
            item(DisplayNames::power(u::inKilowatts(motor.peakPower.value)), Qt::AlignRight | Qt::AlignVCenter));
        try {
            ResolvedDesign r = resolveDesign(candidate, catalog);
            // Sizing only (no cycles): fast enough for the whole motor catalog on every edit.
            const auto ev = evaluate(r.input, std::vector<PreparedCycle> {});
            const auto &m = ev.motor;
            m_feasibility->setItem(row, 2, item(passText(m.topSpeed.pass), Qt::AlignCenter));
            m_feasibility->setItem(row, 3, item(passText(m.hillStart.pass), Qt::AlignCenter));
            m_feasibility->setItem(row, 4, item(passText(m.sustainedGrade.pass), Qt::AlignCenter));
            m_feasibility->setItem(row, 5, item(passText(m.acceleration.pass), Qt::AlignCenter));
            m_feasibility->setItem(
                row, 6,
                item(tr("%1 %2 %").arg(passText(m.powerWindow.pass), l.toString(m.powerWindow.ratio * 100, 'f', 0)),
                     Qt::AlignCenter));
        } catch (const InputError &e) {
            m_feasibility->setItem(row, 2,
                                   item(tr("not possible: %1").arg(QString::fromStdString(e.errors().front().field))));
            m_feasibility->setSpan(row, 2, 1, 5);
        }
        if (motor.info.id == d.kit.motorId)
            m_feasibility->selectRow(row);
        ++row;
    }
}

} // namespace remaster::ui
