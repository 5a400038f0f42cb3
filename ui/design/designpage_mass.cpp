#include "designpages.h"

#include "ui/catalogcontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

namespace {
QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    i->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    return i;
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
    m_cases = new QTableWidget(0, 6, this);
    m_cases->setObjectName(QStringLiteral("loadCases"));
    m_cases->verticalHeader()->hide();
    m_cases->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cases->horizontalHeader()->setStretchLastSection(true);
    m_payload = new QLabel(this);
    m_payload->setWordWrap(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_parts);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_cases);
    bottomLayout->addWidget(m_payload);
    split->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);
    reload();
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
        && !field.contains(QLatin1String("extra_parts")))
        return false;
    m_parts->setFocus(Qt::OtherFocusReason);
    return true;
}

void MassPage::retranslate()
{
    m_parts->setHorizontalHeaderLabels({ tr("Change"), tr("Part"), tr("Mass"), tr("Position behind front axle") });
    m_cases->setHorizontalHeaderLabels(
        { tr("Load case"), tr("Total"), tr("Front axle"), tr("Rear axle"), tr("Front share"), tr("Within limits") });
}

void MassPage::refresh()
{
    const QLocale l;
    const auto &o = m_doc.outcome();
    m_parts->setRowCount(0);
    m_cases->setRowCount(0);
    if (!o.evaluation) {
        m_payload->setText(tr("The mass sheet needs a design that evaluates."));
        return;
    }
    const auto &r = o.evaluation->resolved;
    auto addPart = [&](const QString &change, const PlacedPart &p) {
        const int row = m_parts->rowCount();
        m_parts->insertRow(row);
        m_parts->setItem(row, 0, cell(change));
        m_parts->setItem(row, 1, cell(QString::fromStdString(p.name)));
        m_parts->setItem(row, 2, cell(tr("%1 kg").arg(l.toString(u::inKilograms(p.mass), 'f', 1)), true));
        m_parts->setItem(row, 3,
                         cell(tr("%1 mm").arg(l.toString(u::inMillimetres(p.positionFromFrontAxle), 'f', 0)), true));
    };
    for (const auto &p : r.removedParts)
        addPart(tr("removed"), p);
    for (const auto &p : r.addedParts)
        addPart(tr("added"), p);
    if (!o.check) {
        m_payload->setText(tr("Axle loads need the registration data on the Vehicle step: %1")
                               .arg(o.errors.isEmpty() ? QString() : o.errors.first().toString()));
        return;
    }
    const auto &m = o.check->massBalance;
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
    }
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
