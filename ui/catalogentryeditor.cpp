#include "catalogentryeditor.h"

#include "storage/catalogstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace remaster::ui {

using storage::CatalogRow;

CatalogEntryEditor::CatalogEntryEditor(storage::CatalogStore &store, const QString &catalog, const QJsonObject &entry,
                                       const model::CatalogSet &catalogSet, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_catalog(catalog)
    , m_entry(entry)
    , m_rows(storage::CatalogPresenter::rows(entry, catalogSet))
{
    setWindowTitle(tr("Edit %1").arg(entry.value(QLatin1String("label")).toString()));
    auto *intro = new QLabel(tr("Enter the figures of the real vehicle or part (registration certificate, "
                                "weighbridge ticket, datasheet) and name their source. Confidence: A, B, C "
                                "published; E derived by you; R representative."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(static_cast<int>(m_rows.size()), ColumnCount, this);
    m_table->setObjectName(QStringLiteral("entryEditorTable"));
    m_table->setHorizontalHeaderLabels(
        { tr("Field"), tr("Value"), tr("Unit"), tr("Conf."), tr("Source id"), tr("Note") });
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int r = 0; r < m_rows.size(); ++r) {
        const CatalogRow &row = m_rows.at(r);
        auto *field = new QTableWidgetItem(row.label.trimmed());
        field->setFlags(Qt::ItemIsEnabled);
        field->setToolTip(row.path);
        m_table->setItem(r, Field, field);
        auto *value = new QTableWidgetItem(row.value);
        // The id names the entry; a different id is a different entry (use Duplicate).
        if (row.path == QLatin1String("id") || row.path == QLatin1String("years") || row.path == QLatin1String("kind"))
            value->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(r, Value, value);
        for (int c : { Unit, Confidence, Source, Note }) {
            const QString text = c == Unit ? row.unit
                : c == Confidence          ? row.confidence
                : c == Source              ? row.sourceId
                                           : row.note;
            auto *item = new QTableWidgetItem(text);
            if (!row.sourced)
                item->setFlags(Qt::NoItemFlags);
            m_table->setItem(r, c, item);
        }
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("entryEditorError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xC0, 0x20, 0x20));
    m_error->setPalette(pal);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CatalogEntryEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CatalogEntryEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(900, 640);
}

QString CatalogEntryEditor::lastError() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void CatalogEntryEditor::accept()
{
    QList<CatalogRow> edited = m_rows;
    for (int r = 0; r < edited.size(); ++r) {
        CatalogRow &row = edited[r];
        row.value = m_table->item(r, Value)->text().trimmed();
        if (row.sourced) {
            row.unit = m_table->item(r, Unit)->text().trimmed();
            row.confidence = m_table->item(r, Confidence)->text().trimmed().toUpper();
            row.sourceId = m_table->item(r, Source)->text().trimmed();
            row.note = m_table->item(r, Note)->text().trimmed();
        }
    }
    const QJsonObject entry = storage::CatalogPresenter::applyRows(m_entry, edited);
    QString error;
    if (!m_store.saveEntry(m_catalog, entry, &error)) {
        m_error->setText(tr("Not saved: %1").arg(error));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace remaster::ui
