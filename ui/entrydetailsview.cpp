#include "entrydetailsview.h"

#include "displaynames.h"

#include "storage/catalogpresenter.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

namespace remaster::ui {

using storage::CatalogPresenter;

EntryDetailsView::EntryDetailsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(4);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    retranslate();
}

void EntryDetailsView::retranslate()
{
    setHeaderLabels({ tr("Field"), tr("Value"), tr("Conf."), tr("Source") });
    if (m_catalog)
        showEntry(m_entry, *m_catalog);
}

void EntryDetailsView::clearEntry()
{
    m_entry = {};
    m_catalog = nullptr;
    clear();
}

void EntryDetailsView::showEntry(const QJsonObject &entry, const model::CatalogSet &catalog)
{
    m_entry = entry;
    m_catalog = &catalog;
    clear();
    const QLocale locale;
    QFont bold = font();
    bold.setBold(true);
    QFont italic = font();
    italic.setItalic(true);
    for (const auto &row : CatalogPresenter::rows(entry, catalog)) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, row.label);
        item->setText(1, CatalogPresenter::valueWithUnit(row, locale));
        item->setData(0, Qt::UserRole, row.path);
        if (!row.sourced && row.path.startsWith(QLatin1String("removed_parts")))
            item->setFont(0, bold);
        if (!row.sourced)
            continue;
        item->setText(2, row.confidence);
        item->setText(3, row.citation.isEmpty() ? row.sourceId : row.citation);
        QString tip = CatalogPresenter::confidenceText(row.confidence) + QStringLiteral("\n") + row.citation;
        if (!row.note.isEmpty())
            tip += QStringLiteral("\n\n") + row.note;
        for (int c = 0; c < 4; ++c)
            item->setToolTip(c, tip);
        if (row.confidence == QLatin1String("R") || row.confidence == QLatin1String("E")) {
            // Colour from the palette so that dark mode stays readable.
            item->setFont(1, italic);
            item->setForeground(2, palette().color(QPalette::LinkVisited));
        }
    }
    // Engines are referenced by id; show what they are.
    const auto engines = entry.value(QLatin1String("engines")).toArray();
    for (const QJsonValue &id : engines) {
        const auto *e = catalog.engine(id.toString().toStdString());
        if (!e)
            continue;
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, tr("Engine option"));
        QString text = tr("%1 %2, %3")
                           .arg(QString::fromStdString(e->code), QString::fromStdString(e->label),
                                DisplayNames::power(units::inKilowatts(e->power.value), 0));
        if (e->torque)
            text += tr(", %1 N·m").arg(locale.toString(units::inNewtonMetres(e->torque->value), 'f', 0));
        item->setText(1, text);
        item->setText(2, QString::fromLatin1(model::confidenceCode(e->power.provenance.confidence)));
    }
}

} // namespace remaster::ui
