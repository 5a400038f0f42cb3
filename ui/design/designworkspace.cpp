#include "designworkspace.h"

#include "designdocument.h"
#include "designpages.h"
#include "documents/cyclenames.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

// A filled circle: green ok, amber warning, red failing. Drawn, so it scales with the screen.
QIcon statusIcon(int status, qreal dpr)
{
    const QColor colours[] = { QColor(0x30, 0x90, 0x40), QColor(0xd0, 0x90, 0x10), QColor(0xd0, 0x30, 0x30) };
    QPixmap pm(QSize(16, 16) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colours[std::clamp(status, 0, 2)]);
    p.setPen(Qt::NoPen);
    p.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pm);
}

} // namespace

DesignWorkspace::DesignWorkspace(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("designSteps"));
    m_steps->setMaximumWidth(230);
    m_pages = new QStackedWidget(this);
    m_vehicle = new VehiclePage(doc, context, m_pages);
    m_motor = new MotorPage(doc, context, m_pages);
    m_battery = new BatteryPage(doc, context, m_pages);
    m_mass = new MassPage(doc, context, m_pages);
    m_homologation = new HomologationPage(doc, context, m_pages);
    m_buildSheet = new BuildSheetPage(doc, context, m_pages);
    m_pageList = { m_vehicle, m_motor, m_battery, m_mass, m_homologation, m_buildSheet };
    for (DesignPage *page : m_pageList)
        connect(page, &DesignPage::findKitsRequested, this, &DesignWorkspace::findKitsRequested);
    for (DesignPage *page : m_pageList) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_pages->addWidget(scroll);
        m_steps->addItem(page->title());
    }
    m_resultsTitle = new QLabel(this);
    m_results = new QLabel(this);
    m_results->setObjectName(QStringLiteral("designResults"));
    m_results->setWordWrap(true);
    m_results->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_results->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *resultsColumn = new QVBoxLayout;
    resultsColumn->addWidget(m_resultsTitle);
    resultsColumn->addWidget(m_results, 1);
    auto *resultsFrame = new QFrame(this);
    resultsFrame->setFrameShape(QFrame::StyledPanel);
    resultsFrame->setLayout(resultsColumn);
    resultsFrame->setFixedWidth(270);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_pages, 1);
    layout->addWidget(resultsFrame);

    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_homologation, &HomologationPage::jumpRequested, this, &DesignWorkspace::jumpTo);
    connect(&m_doc, &DesignDocument::outcomeChanged, this, [this] {
        updateStatus();
        updateResults();
    });
    // Ctrl+1 … Ctrl+6 reach the steps from anywhere in the window (the tab bar included) while the
    // design tab is shown: Qt ignores the shortcuts of a hidden widget.
    for (int i = 0; i < m_pageList.size(); ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)), this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showStep(i); });
    }
    m_steps->setCurrentRow(0);
    m_resultsTitle->setText(tr("<b>Key results</b>"));
    updateStatus();
    updateResults();
}

void DesignWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_pageList.size(); ++i)
            m_steps->item(i)->setText(m_pageList.at(i)->title());
        updateStatus();
        m_resultsTitle->setText(tr("<b>Key results</b>"));
        updateResults();
    }
    QWidget::changeEvent(event);
}

void DesignWorkspace::showStep(int index)
{
    m_steps->setCurrentRow(index);
}

void DesignWorkspace::jumpTo(const QString &field)
{
    for (int i = 0; i < m_pageList.size(); ++i) {
        // Prefer the page that edits the field; the mass page only for mass-sheet fields.
        if (m_pageList.at(i)->focusField(field)) {
            showStep(i);
            m_pageList.at(i)->focusField(field); // again, now that the page is visible
            return;
        }
    }
}

void DesignWorkspace::updateStatus()
{
    const qreal dpr = devicePixelRatioF();
    const QStringList names { tr("ok"), tr("warning"), tr("failing") };
    for (int i = 0; i < m_pageList.size(); ++i) {
        const int status = m_pageList.at(i)->status();
        m_steps->item(i)->setIcon(statusIcon(status, dpr));
        const QString keys = QKeySequence(Qt::CTRL | (Qt::Key_1 + i)).toString(QKeySequence::NativeText);
        //: Tooltip of a workflow step: its status (ok, warning, failing) and its keyboard shortcut.
        m_steps->item(i)->setToolTip(tr("%1 — %2 (%3)").arg(m_pageList.at(i)->title(), names.value(status), keys));
        m_steps->item(i)->setData(Qt::UserRole, status);
    }
}

void DesignWorkspace::updateResults()
{
    const QLocale l;
    const auto &o = m_doc.outcome();
    if (!o.evaluation) {
        QStringList problems;
        for (const auto &e : o.errors)
            problems << e.toString().toHtmlEscaped();
        m_results->setText(tr("Cannot evaluate this design:<br>%1").arg(problems.join(QStringLiteral("<br>"))));
        return;
    }
    const auto &r = o.evaluation->result;
    QString html;
    auto row = [&](const QString &name, const QString &value, const QString &tip = {}) {
        html += QStringLiteral("<p title=\"%3\">%1<br><b>%2</b></p>").arg(name, value, tip.toHtmlEscaped());
    };
    // Range on the regulatory WLTC cycle, empty and at GVW.
    for (const auto &c : r.cycles) {
        if (c.cycleId != r.wltc.cycleId || (c.payload != "empty" && c.payload != "full"))
            continue;
        row(c.payload == "empty" ? tr("Range, %1, empty").arg(documents::cycleName(QString::fromStdString(c.cycleId)))
                                 : tr("Range, %1, at GVW").arg(documents::cycleName(QString::fromStdString(c.cycleId))),
            tr("%1 km (%2 Wh/km)")
                .arg(l.toString(u::inKilometres(c.simulation.total.range), 'f', 0),
                     l.toString(inWattHoursPerKilometre(c.simulation.total.batteryPerDistance), 'f', 0)),
            tr("Usable energy / consumption at the battery over the cycle"));
    }
    row(tr("Power ratio (FR-07)"), tr("%1 % of the original").arg(l.toString(r.motor.powerWindow.ratio * 100, 'f', 1)),
        tr("Electric power / original engine power P.2; the decree accepts 65–100 %"));
    row(tr("Mass in running order"),
        tr("%1 kg (%2 %)")
            .arg(l.toString(u::inKilograms(r.convertedMassInRunningOrder), 'f', 0),
                 (r.massChangeRatio.value() >= 1 ? QStringLiteral("+") : QString())
                     + l.toString((r.massChangeRatio.value() - 1) * 100, 'f', 1)));
    if (o.check) {
        const auto &cap = o.check->massBalance.capacityAtLoadCentre;
        row(tr("Usable payload"), tr("%1 kg").arg(l.toString(u::inKilograms(cap.usable), 'f', 0)),
            tr("The smaller of GVW − mass in running order and what each axle allows with the load at the load-space "
               "centre"));
        const auto &rep = o.check->report;
        row(tr("Failing rules"), rep.failCount == 0 ? tr("none") : QString::number(rep.failCount));
        row(tr("Needing evidence"), QString::number(rep.needsEvidenceCount));
    } else {
        row(tr("Homologation"), tr("not checked: complete the registration data"));
    }
    row(tr("Usable energy"), tr("%1 kWh").arg(l.toString(u::inKilowattHours(r.battery.usableEnergy), 'f', 1)));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Recomputed in %1 ms").arg(l.toString(o.milliseconds, 'f', 1)));
    m_results->setText(html);
}

} // namespace remaster::ui
