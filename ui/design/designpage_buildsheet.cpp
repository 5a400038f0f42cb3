#include "designpages.h"

#include "ui/catalogcontext.h"

#include "storage/sheetstore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::storage;

BuildSheetPage::BuildSheetPage(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : DesignPage(doc, context, parent)
{
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_create = new QPushButton(this);
    m_show = new QPushButton(this);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveWorkshopRecord"));
    m_steps = new QTableWidget(0, 6, this);
    m_steps->setObjectName(QStringLiteral("workSteps"));
    m_steps->verticalHeader()->hide();
    m_steps->setWordWrap(true);
    m_steps->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_bom = new QTableWidget(0, 4, this);
    m_bom->setObjectName(QStringLiteral("bomTable"));
    m_bom->verticalHeader()->hide();
    m_bom->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bom->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(80);
    m_stale = new QLabel(this);
    m_stale->setWordWrap(true);
    m_stale->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_stale->hide();
    m_reload = new QPushButton(this);
    m_reload->setObjectName(QStringLiteral("reloadSheet"));
    m_reload->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_show);
    buttons->addStretch();
    buttons->addWidget(m_reload);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stale);
    layout->addLayout(buttons);
    layout->addWidget(m_steps, 3);
    layout->addWidget(m_bom, 2);
    layout->addWidget(m_notes);
    // Takes the height only while the tables are hidden (stretch 0 loses to theirs), so that
    // "no build sheet yet" and its button sit together at the top rather than far apart.
    layout->addStretch(0);
    connect(m_create, &QPushButton::clicked, this, &BuildSheetPage::createSheetRequested);
    connect(m_show, &QPushButton::clicked, this, [this] { emit showSheetRequested(m_doc.sheetNumber()); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Workshop record"),
                                                   tr("Workshop lead's name, for the sign-off:"), QLineEdit::Normal,
                                                   QSettings().value(QStringLiteral("sheets/signer")).toString(), &ok)
                                 .trimmed();
        if (ok && !name.isEmpty())
            saveRecord(name);
    });
    // Entries typed but not saved yet must survive another workstation's change of the sheet
    // (the team database refreshes every view): they stay, a note says so, Reload discards them.
    auto markDirty = [this] {
        if (!m_updating && !m_filling)
            m_dirty = true;
    };
    connect(m_steps, &QTableWidget::itemChanged, this, markDirty);
    connect(m_bom, &QTableWidget::itemChanged, this, markDirty);
    connect(m_notes, &QPlainTextEdit::textChanged, this, markDirty);
    connect(&m_context, &CatalogContext::sheetChangedElsewhere, this, [this](const QString &number) {
        if (number != m_doc.sheetNumber() || !m_dirty)
            return;
        m_stale->setText(m_staleText);
        m_stale->show();
        m_reload->show();
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        m_updating = true;
        refresh();
        m_updating = false;
    });
    connect(&m_context, &CatalogContext::sheetsChanged, this, [this] {
        if (m_dirty)
            return; // the unsaved entries stay on screen; the save checks the revision they were made on
        m_updating = true;
        refresh();
        m_updating = false;
    });
    reload();
}

QString BuildSheetPage::title() const
{
    return tr("Build sheet");
}

int BuildSheetPage::status() const
{
    if (m_doc.sheetNumber().isEmpty() || !m_context.sheets())
        return 1;
    SheetError e;
    const auto sheet = m_context.sheets()->load(m_doc.sheetNumber(), &e);
    if (!sheet)
        return 2;
    const SheetRevision &r = sheet->latest();
    if (!r.failingRules().isEmpty())
        return 2;
    return r.status == SheetStatus::Approved || r.status == SheetStatus::Built || r.status == SheetStatus::Archived ? 0
                                                                                                                    : 1;
}

void BuildSheetPage::retranslate()
{
    m_create->setText(tr("&Create build sheet from this design…"));
    m_show->setText(tr("Show in &build sheets"));
    m_steps->setHorizontalHeaderLabels(
        { tr("Done"), tr("HV"), tr("Step"), tr("Required"), tr("Measured"), tr("Done by") });
    m_bom->setHorizontalHeaderLabels(
        { tr("Part"), tr("Description"), tr("Qty"), tr("Serial numbers (comma-separated)") });
    m_notes->setPlaceholderText(tr("Workshop notes"));
    m_staleText = tr("Another workstation changed this build sheet while you were entering the workshop record. "
                     "Your entries are not saved yet: Save checks first and says who changed it, or Reload "
                     "shows their version and drops your entries.");
    m_stale->setText(m_staleText);
    m_reload->setText(tr("Re&load"));
}

void BuildSheetPage::refresh()
{
    m_filling = true;
    fill();
    m_filling = false;
    m_dirty = false;
    m_stale->hide();
    m_reload->hide();
}

void BuildSheetPage::fill()
{
    const QString number = m_doc.sheetNumber();
    const bool hasSheet = !number.isEmpty() && m_context.sheets();
    std::optional<BuildSheet> sheet;
    SheetError e;
    if (hasSheet)
        sheet = m_context.sheets()->load(number, &e);
    m_create->setVisible(!sheet);
    m_show->setVisible(sheet.has_value());
    // Without a sheet there is nothing to record: show only the way to create one.
    for (QWidget *w : std::initializer_list<QWidget *> { m_save, m_steps, m_bom, m_notes })
        w->setVisible(sheet.has_value());
    m_steps->setRowCount(0);
    m_bom->setRowCount(0);
    if (!sheet) {
        m_header->setText(tr("This design has no build sheet yet. Create one when the design is ready: it freezes the "
                             "results and the rule check, and lists the parts and the work steps."));
        m_save->setEnabled(false);
        m_notes->setEnabled(false);
        return;
    }
    const SheetRevision &r = sheet->latest();
    m_shownHash = r.hash;
    const bool editable = r.status == SheetStatus::Approved || r.status == SheetStatus::Draft;
    m_header->setText(tr("<b>Build sheet %1</b> — %2, revision %3 of %4. %5")
                          .arg(number, sheetStatusLabel(r.status))
                          .arg(r.revision)
                          .arg(sheet->revisions.size())
                          .arg(r.status == SheetStatus::Approved
                                   ? tr("Tick the steps as the work is done, enter the measured "
                                        "values and module serial numbers, then record it as built.")
                                   : r.status == SheetStatus::Draft ? tr("Draft: the record can be prepared and saved.")
                                                                    : tr("This revision is sealed.")));
    m_save->setText(r.status == SheetStatus::Approved ? tr("&Record as built…") : tr("&Save the record…"));
    m_save->setEnabled(editable && !m_context.isReadOnly());
    const bool french = QLocale().language() == QLocale::French;
    for (const WorkStep &s : r.steps) {
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        auto *done = new QTableWidgetItem;
        done->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::ItemIsEnabled);
        done->setCheckState(s.done ? Qt::Checked : Qt::Unchecked);
        done->setData(Qt::UserRole, s.stepId);
        m_steps->setItem(row, 0, done);
        auto *hv = new QTableWidgetItem(s.hvSafety ? tr("HV") : QString());
        hv->setFlags(Qt::ItemIsEnabled);
        if (s.hvSafety)
            hv->setForeground(QColor(0xe0, 0x70, 0x10));
        m_steps->setItem(row, 1, hv);
        auto *text = new QTableWidgetItem(french ? s.textFr : s.textEn);
        text->setFlags(Qt::ItemIsEnabled);
        m_steps->setItem(row, 2, text);
        auto *required = new QTableWidgetItem(s.requiredValue);
        required->setFlags(Qt::ItemIsEnabled);
        m_steps->setItem(row, 3, required);
        auto *measured = new QTableWidgetItem(s.measuredValue);
        measured->setFlags(editable && !s.requiredValue.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsEditable
                                                                  : Qt::ItemIsEnabled);
        m_steps->setItem(row, 4, measured);
        auto *by = new QTableWidgetItem(s.doneBy);
        by->setFlags(Qt::ItemIsEnabled);
        m_steps->setItem(row, 5, by);
    }
    m_steps->resizeRowsToContents();
    const QLocale l;
    for (const BomLine &b : r.bom) {
        const int row = m_bom->rowCount();
        m_bom->insertRow(row);
        auto *part = new QTableWidgetItem(b.partNumber);
        part->setFlags(Qt::ItemIsEnabled);
        m_bom->setItem(row, 0, part);
        auto *desc = new QTableWidgetItem(b.description);
        desc->setFlags(Qt::ItemIsEnabled);
        m_bom->setItem(row, 1, desc);
        auto *qty = new QTableWidgetItem(l.toString(b.quantity));
        qty->setFlags(Qt::ItemIsEnabled);
        m_bom->setItem(row, 2, qty);
        auto *serials = new QTableWidgetItem(b.serialNumbers.join(QStringLiteral(", ")));
        serials->setFlags(editable ? Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::ItemIsEnabled);
        m_bom->setItem(row, 3, serials);
    }
    m_notes->setEnabled(editable);
    m_notes->setPlainText(r.notes);
}

QStringList BuildSheetPage::differences(const SheetRevision &mine, const SheetRevision &stored)
{
    QStringList out;
    auto quoted = [](const QString &s) { return s.isEmpty() ? tr("(empty)") : QStringLiteral("“%1”").arg(s); };
    const bool french = QLocale().language() == QLocale::French;
    for (int i = 0; i < mine.steps.size() && i < stored.steps.size(); ++i) {
        const WorkStep &a = mine.steps.at(i);
        const WorkStep &b = stored.steps.at(i);
        const QString step = (french ? a.textFr : a.textEn).left(48);
        if (a.done != b.done)
            out << tr("Step %1 (%2…): yours %3, stored %4")
                       .arg(i + 1)
                       .arg(step, a.done ? tr("done") : tr("not done"), b.done ? tr("done") : tr("not done"));
        if (a.measuredValue != b.measuredValue)
            out << tr("Step %1 measured value: yours %2, stored %3")
                       .arg(i + 1)
                       .arg(quoted(a.measuredValue), quoted(b.measuredValue));
    }
    for (int i = 0; i < mine.bom.size() && i < stored.bom.size(); ++i)
        if (mine.bom.at(i).serialNumbers != stored.bom.at(i).serialNumbers)
            out << tr("%1 serial numbers: yours %2, stored %3")
                       .arg(mine.bom.at(i).partNumber, quoted(mine.bom.at(i).serialNumbers.join(QStringLiteral(", "))),
                            quoted(stored.bom.at(i).serialNumbers.join(QStringLiteral(", "))));
    if (mine.notes != stored.notes)
        out << tr("Notes: yours %1, stored %2").arg(quoted(mine.notes.left(80)), quoted(stored.notes.left(80)));
    return out;
}

void BuildSheetPage::showDifferences(const SheetRevision &mine, const SheetRevision &stored)
{
    const QStringList diffs = differences(mine, stored);
    QString html = tr("<b>Your entries against the stored version:</b>");
    if (diffs.isEmpty())
        html += QStringLiteral(" ") + tr("no difference.");
    else {
        html += QStringLiteral("<ul style='margin:0'>");
        for (const QString &d : diffs)
            html += QStringLiteral("<li>%1</li>").arg(d.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += tr("Save again to put yours on top, or Reload to take the stored version.");
    m_stale->setText(html);
    m_stale->show();
    m_reload->show();
}

QString BuildSheetPage::saveRecord(const QString &workshopLead)
{
    SheetError e;
    const QString number = m_doc.sheetNumber();
    auto sheet = m_context.sheets() ? m_context.sheets()->load(number, &e) : std::nullopt;
    if (!sheet)
        return tr("This design has no build sheet.");
    SheetRevision record = sheet->latest();
    const QString latestHash = record.hash;
    record.hash = m_shownHash; // what the user was looking at: the store refuses a stale base
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int row = 0; row < m_steps->rowCount() && row < record.steps.size(); ++row) {
        WorkStep &s = record.steps[row];
        const bool done = m_steps->item(row, 0)->checkState() == Qt::Checked;
        if (done && !s.done) {
            s.doneBy = workshopLead;
            s.doneAt = now;
        } else if (!done) {
            s.doneBy.clear();
            s.doneAt.clear();
        }
        s.done = done;
        s.measuredValue = m_steps->item(row, 4)->text().trimmed();
    }
    for (int row = 0; row < m_bom->rowCount() && row < record.bom.size(); ++row) {
        QStringList serials;
        for (const QString &x : m_bom->item(row, 3)->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            serials << x.trimmed();
        record.bom[row].serialNumbers = serials;
    }
    record.notes = m_notes->toPlainText();
    QSettings().setValue(QStringLiteral("sheets/signer"), workshopLead);
    const bool ok = record.status == SheetStatus::Approved
        ? m_context.sheets()->recordBuilt(number, record, workshopLead, &e)
        : m_context.sheets()->saveContent(number, record, &e);
    if (!ok) {
        m_header->setText(m_header->text()
                          + QStringLiteral("<br><b style='color:#d03030'>%1</b>").arg(e.message.toHtmlEscaped()));
        if (e.kind == SheetError::Conflict) {
            m_shownHash = latestHash; // the user has been told: a second Save goes on top
            showDifferences(record, sheet->latest());
        }
        return e.message;
    }
    m_context.notifySheetsChanged();
    refresh(); // shows (and bases the next save on) the revision just written
    return {};
}

} // namespace remaster::ui
