#include "designpages.h"

#include "documents/rulevaluetext.h"
#include "storage/checkjson.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::model;

HomologationPage::HomologationPage(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : DesignPage(doc, context, parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_rules = new QTableWidget(0, 7, this);
    m_rules->setObjectName(QStringLiteral("rulesTable"));
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setWordWrap(true);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    // The explanation is the longest text: a fixed, generous width keeps rows a few lines tall;
    // the legal reference takes what is left (and at least its set width, with a scroll bar).
    m_rules->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Interactive);
    m_rules->horizontalHeader()->setSectionResizeMode(6, QHeaderView::Stretch);
    m_rules->horizontalHeader()->setMinimumSectionSize(60);
    m_rules->setColumnWidth(1, 210);
    m_rules->setColumnWidth(5, 260);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rules, 1);
    // Double-click or Enter on a result: go to the field that drives it.
    auto jump = [this](int row) {
        if (auto *i = m_rules->item(row, 0))
            emit jumpRequested(i->data(Qt::UserRole).toString());
    };
    connect(m_rules, &QTableWidget::cellDoubleClicked, this, [jump](int row, int) { jump(row); });
    connect(m_rules, &QTableWidget::cellActivated, this, [jump](int row, int) { jump(row); });
    reload();
}

QString HomologationPage::title() const
{
    return tr("Homologation");
}

int HomologationPage::status() const
{
    const auto &o = m_doc.outcome();
    if (!o.check)
        return 2;
    if (o.check->report.anyFail)
        return 2;
    return o.check->report.warningCount > 0 ? 1 : 0;
}

void HomologationPage::retranslate()
{
    m_rules->setHorizontalHeaderLabels({ tr("Status"), tr("Rule"), tr("Measured"), tr("Limit"), tr("Margin"),
                                         tr("Explanation"), tr("Legal reference") });
}

void HomologationPage::refresh()
{
    const QLocale l;
    const auto &o = m_doc.outcome();
    m_rules->setRowCount(0);
    if (!o.check) {
        QStringList problems;
        for (const auto &e : o.errors)
            problems << e.toString();
        m_summary->setText(tr("The rules cannot be checked yet:\n%1").arg(problems.join(QLatin1Char('\n'))));
        return;
    }
    const auto &report = o.check->report;
    m_summary->setText(
        tr("Rule set %1: %2 failing, %3 warnings, %4 needing evidence, %5 passed. Double-click a result to "
           "go to the field that drives it.")
            .arg(QString::fromStdString(report.rulesetVersion))
            .arg(report.failCount)
            .arg(report.warningCount)
            .arg(report.needsEvidenceCount)
            .arg(report.passCount));
    auto value = [&](const std::optional<RuleValue> &v) {
        if (!v)
            return QString();
        const QString unit = documents::ruleUnitSymbol(QString::fromStdString(v->unit));
        return unit.isEmpty() ? l.toString(v->value, 'g', 5) : l.toString(v->value, 'g', 5) + QChar(0x00a0) + unit;
    };
    for (const auto &r : sortedFailingFirst(report.results)) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        auto *status = new QTableWidgetItem(storage::CheckJson::statusText(r.status));
        status->setData(Qt::UserRole, QString::fromStdString(r.jumpTarget));
        const QColor colour = r.status == RuleStatus::Fail ? QColor(0xd0, 0x30, 0x30)
            : r.status == RuleStatus::Warning              ? QColor(0xd0, 0x90, 0x10)
            : r.status == RuleStatus::Pass                 ? QColor(0x30, 0x90, 0x40)
            : r.status == RuleStatus::NeedsEvidence        ? QColor(0x30, 0x70, 0xc0)
                                                           : palette().color(QPalette::PlaceholderText);
        status->setForeground(colour);
        QFont bold = status->font();
        bold.setBold(r.status == RuleStatus::Fail);
        status->setFont(bold);
        m_rules->setItem(row, 0, status);
        QString rule = QString::fromStdString(r.ruleId) + QStringLiteral(" ") + storage::CheckJson::title(r);
        if (!r.item.empty())
            rule += QStringLiteral(" [") + QString::fromStdString(r.item) + QLatin1Char(']');
        m_rules->setItem(row, 1, new QTableWidgetItem(rule));
        m_rules->setItem(row, 2, new QTableWidgetItem(value(r.measured)));
        QString limit = r.limitHigh ? value(r.limit) + QStringLiteral(" … ") + value(r.limitHigh)
                                    : documents::boundarySymbol(QString::fromLatin1(boundaryCode(r.boundary)))
                + QLatin1Char(' ') + value(r.limit);
        if (r.limitPendingConfirmation)
            limit += QStringLiteral(" *");
        auto *limitItem = new QTableWidgetItem(r.limit ? limit : QString());
        if (r.limitPendingConfirmation)
            limitItem->setToolTip(tr("* This limit is a parameter of the rule set pending legal confirmation."));
        m_rules->setItem(row, 3, limitItem);
        m_rules->setItem(row, 4, new QTableWidgetItem(r.margin ? l.toString(*r.margin, 'g', 4) : QString()));
        m_rules->setItem(row, 5, new QTableWidgetItem(storage::CheckJson::explanation(r)));
        m_rules->setItem(row, 6, new QTableWidgetItem(QString::fromStdString(r.legalReference)));
        for (int c = 0; c < 7; ++c) {
            m_rules->item(row, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_rules->item(row, c)->setToolTip(m_rules->item(row, c)->toolTip().isEmpty()
                                                  ? m_rules->item(row, c)->text()
                                                  : m_rules->item(row, c)->toolTip());
        }
    }
    m_rules->resizeRowsToContents();
}

} // namespace remaster::ui
