#include "designpages.h"

#include "ui/catalogcontext.h"
#include "ui/chartwidget.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

QTableWidgetItem *cell(const QString &text, bool number = false, bool editable = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable
                         : Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return i;
}

// What a row of the parts table stands for, so that an edit lands in the right design field.
enum class PartRow { Removed, KitComponent, Extra };
constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;
constexpr int kIdRole = Qt::UserRole + 3;

std::optional<double> parseNumber(const QString &text)
{
    QString t = text;
    t.remove(QStringLiteral("kg")).remove(QStringLiteral("mm"));
    t = t.trimmed();
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

MassPage::MassPage(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : DesignPage(doc, context, parent)
{
    m_parts = new QTableWidget(0, 4, this);
    m_parts->setObjectName(QStringLiteral("massParts"));
    m_parts->verticalHeader()->hide();
    m_parts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_parts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_parts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_addPart = new QPushButton(this);
    m_removePart = new QPushButton(this);
    m_cases = new QTableWidget(0, 6, this);
    m_cases->setObjectName(QStringLiteral("loadCases"));
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_payload = new QLabel(this);
    m_payload->setWordWrap(true);
    m_chart = new ChartWidget(this);
    m_chart->setObjectName(QStringLiteral("axleChart"));

    auto *partButtons = new QHBoxLayout;
    partButtons->addWidget(m_addPart);
    partButtons->addWidget(m_removePart);
    partButtons->addStretch();
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_parts, 1);
    topLayout->addLayout(partButtons);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *casesColumn = new QVBoxLayout;
    casesColumn->addWidget(m_cases, 1);
    casesColumn->addWidget(m_payload);
    bottomLayout->addLayout(casesColumn, 3);
    bottomLayout->addWidget(m_chart, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_parts, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updating)
            applyPartEdit(item->row(), item->column(), item->text());
    });
    connect(m_addPart, &QPushButton::clicked, this, [this] {
        m_doc.edit(tr("Add part"), [&](RetrofitDesign &d) {
            d.kit.extraParts.push_back({ "part-" + std::to_string(d.kit.extraParts.size() + 1),
                                         tr("New part").toStdString(), u::kilograms(1), u::millimetres(1000) });
        });
    });
    connect(m_removePart, &QPushButton::clicked, this, [this] {
        const int row = m_parts->currentRow();
        if (row < 0 || static_cast<PartRow>(m_parts->item(row, 0)->data(kKindRole).toInt()) != PartRow::Extra)
            return;
        const int index = m_parts->item(row, 0)->data(kIndexRole).toInt();
        m_doc.edit(tr("Remove part"), [&](RetrofitDesign &d) {
            if (index >= 0 && index < static_cast<int>(d.kit.extraParts.size()))
                d.kit.extraParts.erase(d.kit.extraParts.begin() + index);
        });
    });
    reload();
}

bool MassPage::applyPartEdit(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_parts->rowCount() || (column != 1 && column != 2 && column != 3))
        return false;
    const auto kind = static_cast<PartRow>(m_parts->item(row, 0)->data(kKindRole).toInt());
    const int index = m_parts->item(row, 0)->data(kIndexRole).toInt();
    const QString id = m_parts->item(row, 0)->data(kIdRole).toString();
    const auto value = column == 1 ? std::optional<double>(0) : parseNumber(text);
    const double min = column == 2 ? 0 : -2000, max = column == 2 ? 1000 : 8000;
    QTableWidgetItem *item = m_parts->item(row, column);
    if (!value || *value < min || *value > max) {
        // Nothing invalid reaches the design: the cell says what is accepted.
        m_updating = true;
        item->setForeground(QColor(0xd0, 0x30, 0x30));
        item->setToolTip(tr("Accepted: %1 … %2 %3").arg(min).arg(max).arg(column == 2 ? tr("kg") : tr("mm")));
        m_updating = false;
        return false;
    }
    const auto &resolved = m_doc.outcome().evaluation->resolved;
    m_doc.edit(tr("Edit mass sheet"), [&](RetrofitDesign &d) {
        if (kind == PartRow::Removed) {
            // The first edit copies the catalog's list into the design (the weighed parts).
            if (!d.removedParts)
                d.removedParts = resolved.removedParts;
            auto &p = (*d.removedParts)[static_cast<std::size_t>(index)];
            if (column == 1)
                p.name = text.toStdString();
            else if (column == 2)
                p.mass = u::kilograms(*value);
            else
                p.positionFromFrontAxle = u::millimetres(*value);
        } else if (kind == PartRow::Extra) {
            auto &p = d.kit.extraParts[static_cast<std::size_t>(index)];
            if (column == 1)
                p.name = text.toStdString();
            else if (column == 2)
                p.mass = u::kilograms(*value);
            else
                p.positionFromFrontAxle = u::millimetres(*value);
        } else if (column == 3) {
            const auto at = u::millimetres(*value);
            if (id == QLatin1String("motor") || id == QLatin1String("reducer"))
                d.kit.motorPosition = at;
            else if (id == QLatin1String("inverter"))
                d.kit.inverterPosition = at;
            else if (id == QLatin1String("battery"))
                d.kit.batteryPosition = at;
            else if (id == QLatin1String("charger"))
                d.kit.chargerPosition = at;
            else if (id == QLatin1String("dcdc"))
                d.kit.dcdcPosition = at;
        }
    });
    return true;
}

QString MassPage::title() const
{
    return tr("Mass & axles");
}

int MassPage::status() const
{
    const auto &o = m_doc.outcome();
    if (!o.check)
        return o.evaluation ? 1 : 2;
    for (const auto &c : o.check->massBalance.loadCases)
        if (!c.pass())
            return 2;
    return std::abs(o.check->massBalance.massChangeRatio) > 0.2 ? 2 : 0;
}

bool MassPage::focusField(const QString &field)
{
    if (!field.startsWith(QLatin1String("mass_balance")) && !field.contains(QLatin1String("removed_parts"))
        && !field.contains(QLatin1String("extra_parts")) && !field.contains(QLatin1String("axle")))
        return false;
    m_parts->setFocus(Qt::OtherFocusReason);
    return true;
}

void MassPage::retranslate()
{
    m_parts->setHorizontalHeaderLabels(
        { tr("Change"), tr("Part"), tr("Mass (kg)"), tr("Position behind front axle (mm)") });
    m_parts->setToolTip(
        tr("Double-click a mass or a position to enter the weighed or measured figure; negative positions "
           "are ahead of the front axle."));
    m_cases->setHorizontalHeaderLabels(
        { tr("Load case"), tr("Total"), tr("Front axle"), tr("Rear axle"), tr("Front share"), tr("Within limits") });
    m_addPart->setText(tr("&Add part"));
    m_removePart->setText(tr("Re&move part"));
    m_removePart->setToolTip(tr("Removes a part you added (cabling, housings, brackets …)"));
}

void MassPage::refresh()
{
    const QLocale l;
    const auto &o = m_doc.outcome();
    m_parts->setRowCount(0);
    m_cases->setRowCount(0);
    m_chart->setChart({});
    if (!o.evaluation) {
        m_payload->setText(tr("The mass sheet needs a design that evaluates."));
        return;
    }
    const auto &r = o.evaluation->resolved;
    auto addPart = [&](const QString &change, const PlacedPart &p, PartRow kind, int index, bool massEditable) {
        const int row = m_parts->rowCount();
        m_parts->insertRow(row);
        auto *first = cell(change);
        first->setData(kKindRole, static_cast<int>(kind));
        first->setData(kIndexRole, index);
        first->setData(kIdRole, QString::fromStdString(p.id));
        m_parts->setItem(row, 0, first);
        m_parts->setItem(row, 1, cell(QString::fromStdString(p.name), false, kind != PartRow::KitComponent));
        m_parts->setItem(row, 2, cell(l.toString(u::inKilograms(p.mass), 'f', 1), true, massEditable));
        m_parts->setItem(row, 3, cell(l.toString(u::inMillimetres(p.positionFromFrontAxle), 'f', 0), true, true));
    };
    for (std::size_t i = 0; i < r.removedParts.size(); ++i)
        addPart(tr("removed"), r.removedParts[i], PartRow::Removed, static_cast<int>(i), true);
    const std::size_t kitParts = r.addedParts.size() - m_doc.design().kit.extraParts.size();
    for (std::size_t i = 0; i < r.addedParts.size(); ++i) {
        const bool extra = i >= kitParts;
        addPart(tr("added"), r.addedParts[i], extra ? PartRow::Extra : PartRow::KitComponent,
                static_cast<int>(extra ? i - kitParts : i), extra);
    }
    if (!o.check) {
        m_payload->setText(tr("Axle loads need the registration data on the Vehicle step: %1")
                               .arg(o.errors.isEmpty() ? QString() : o.errors.first().toString()));
        return;
    }
    const auto &m = o.check->massBalance;
    documents::ChartData chart;
    chart.kind = documents::ChartData::Kind::Bars;
    chart.locale = l;
    chart.title = tr("Axle loads against their limits");
    chart.yTitle = tr("Axle load (kg)");
    chart.barSeries = { tr("Front axle"), tr("Rear axle") };
    for (const auto &c : m.loadCases) {
        const int row = m_cases->rowCount();
        m_cases->insertRow(row);
        const QString name = c.id == LoadCaseId::Unladen ? tr("Unladen (in running order)")
            : c.id == LoadCaseId::GvwAtLoadCentre
            ? tr("Laden to GVW, load-space centre")
            : tr("Laden, payload at %1 mm").arg(l.toString(u::inMillimetres(c.payloadPosition), 'f', 0));
        m_cases->setItem(row, 0, cell(name));
        m_cases->setItem(row, 1, cell(tr("%1 kg").arg(l.toString(u::inKilograms(c.total), 'f', 0)), true));
        auto axle = [&](const AxleCheck &a) {
            return tr("%1 / %2 kg")
                .arg(l.toString(u::inKilograms(a.load), 'f', 0), l.toString(u::inKilograms(a.limit), 'f', 0));
        };
        m_cases->setItem(row, 2, cell(axle(c.front), true));
        m_cases->setItem(row, 3, cell(axle(c.rear), true));
        m_cases->setItem(row, 4, cell(tr("%1 %").arg(l.toString(c.frontShareOfTotal * 100, 'f', 1)), true));
        m_cases->setItem(row, 5, cell(c.pass() ? QStringLiteral("✔") : QStringLiteral("✘")));
        chart.bars.append({ name, { u::inKilograms(c.front.load), u::inKilograms(c.rear.load) } });
        chart.limits.append({ tr("Permissible axle load"), u::inKilograms(c.front.limit), row, 0 });
        chart.limits.append({ tr("Permissible axle load"), u::inKilograms(c.rear.limit), row, 1 });
    }
    m_chart->setChart(chart);
    const auto &cap = m.capacityAtLoadCentre;
    const QString limiter = cap.limitedBy == PayloadLimit::Gvw ? tr("the GVW")
        : cap.limitedBy == PayloadLimit::FrontAxle             ? tr("the front axle")
                                                               : tr("the rear axle");
    m_payload->setText(tr("Mass in running order %1 kg → %2 kg (%3 %). Usable payload at the load-space centre: %4 kg, "
                          "limited by %5.")
                           .arg(l.toString(u::inKilograms(r.variant.massInRunningOrder.value), 'f', 0),
                                l.toString(u::inKilograms(m.massInRunningOrder), 'f', 0),
                                l.toString(m.massChangeRatio * 100, 'f', 1),
                                l.toString(u::inKilograms(cap.usable), 'f', 0), limiter));
}

} // namespace remaster::ui
