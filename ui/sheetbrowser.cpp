#include "sheetbrowser.h"

#include "catalogcontext.h"

#include "documents/pdfexporter.h"
#include "documents/printsupport.h"
#include "storage/sheetlistmodel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::storage;

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}
} // namespace

SheetBrowser::SheetBrowser(CatalogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("sheetSearch"));
    m_search->setClearButtonEnabled(true);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("sheetStatusFilter"));
    m_statusLabel->setBuddy(m_status);
    m_count = new QLabel(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_statusLabel);
    bar->addWidget(m_status);
    bar->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sheetTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("sheetDetails"));
    m_openDesign = new QPushButton(this);
    m_submit = new QPushButton(this);
    m_sendBack = new QPushButton(this);
    m_approve = new QPushButton(this);
    m_built = new QPushButton(this);
    m_archive = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : { m_openDesign, m_submit, m_sendBack, m_approve, m_built, m_archive })
        buttons->addWidget(b);
    buttons->addStretch();
    m_docKind = new QComboBox(this);
    m_docKind->setObjectName(QStringLiteral("documentKind"));
    m_docLanguage = new QComboBox(this);
    m_docLanguage->setObjectName(QStringLiteral("documentLanguage"));
    m_docLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_docLanguage->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_preview = new QPushButton(this);
    m_exportPdf = new QPushButton(this);
    auto *docs = new QHBoxLayout;
    docs->addWidget(m_docKind);
    docs->addWidget(m_docLanguage);
    docs->addWidget(m_preview);
    docs->addWidget(m_exportPdf);
    docs->addStretch();

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details, 1);
    rightLayout->addLayout(buttons);
    rightLayout->addLayout(docs);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &SheetBrowser::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &SheetBrowser::applyFilters);
    connect(&m_context, &CatalogContext::sheetsChanged, this, &SheetBrowser::rebuild);
    connect(m_openDesign, &QPushButton::clicked, this, [this] {
        SheetError e;
        const QString number = selectedNumber();
        if (const auto sheet = m_context.sheets()->load(number, &e))
            emit openDesignRequested(sheet->latest().design, number);
    });
    connect(m_submit, &QPushButton::clicked, this, [this] { transitionSelected(QStringLiteral("in-review")); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { transitionSelected(QStringLiteral("draft")); });
    connect(m_approve, &QPushButton::clicked, this, [this] { transitionSelected(QStringLiteral("approved")); });
    connect(m_built, &QPushButton::clicked, this, [this] { transitionSelected(QStringLiteral("built")); });
    connect(m_archive, &QPushButton::clicked, this, [this] { transitionSelected(QStringLiteral("archived")); });
    connect(m_preview, &QPushButton::clicked, this, &SheetBrowser::printPreview);
    connect(m_exportPdf, &QPushButton::clicked, this, [this] {
        const QString suggested
            = QDir(QSettings().value(QStringLiteral("sheets/pdfFolder"), QDir::homePath()).toString())
                  .filePath(QStringLiteral("%1_%2.pdf").arg(selectedNumber(), m_docKind->currentData().toString()));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(QStringLiteral("sheets/pdfFolder"), QFileInfo(path).absolutePath());
        const QString error = exportPdf(path);
        if (!error.isEmpty())
            m_details->append(QStringLiteral("<p style='color:#d03030'><b>%1</b></p>").arg(esc(error)));
    });
    retranslate();
    rebuild();
}

void SheetBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showSelected();
    }
    QWidget::changeEvent(event);
}

void SheetBrowser::retranslate()
{
    m_search->setPlaceholderText(tr("Search sheet number, VIN, registration, customer, notes"));
    m_statusLabel->setText(tr("&Status:"));
    const int index = std::max(0, m_status->currentIndex());
    QSignalBlocker block(m_status);
    m_status->clear();
    m_status->addItem(tr("All"), QString());
    for (SheetStatus s : { SheetStatus::Draft, SheetStatus::InReview, SheetStatus::Approved, SheetStatus::Built,
                           SheetStatus::Archived })
        m_status->addItem(sheetStatusLabel(s), sheetStatusCode(s));
    m_status->setCurrentIndex(index);
    m_openDesign->setText(tr("Open its &design"));
    m_submit->setText(tr("Su&bmit for review"));
    m_sendBack->setText(tr("Send bac&k"));
    m_approve->setText(tr("A&pprove"));
    m_built->setText(tr("Mark b&uilt"));
    m_archive->setText(tr("Arc&hive"));
    m_approve->setToolTip(tr("Homologation sign-off; refused while a rule fails or the rules were not evaluated"));
    const int kind = std::max(0, m_docKind->currentIndex());
    m_docKind->clear();
    m_docKind->addItem(tr("Workshop build sheet"), QStringLiteral("workshop"));
    m_docKind->addItem(tr("Homologation dossier"), QStringLiteral("dossier"));
    m_docKind->addItem(tr("Transformation attestation"), QStringLiteral("attestation"));
    m_docKind->addItem(tr("Transformation plate"), QStringLiteral("plate"));
    m_docKind->setCurrentIndex(kind);
    m_docLanguage->setToolTip(tr("Language of the document, independent of the interface language"));
    m_preview->setText(tr("Print pre&view…"));
    m_exportPdf->setText(tr("E&xport PDF…"));
}

void SheetBrowser::rebuild()
{
    if (!m_context.sheets())
        return;
    const QString selected = selectedNumber();
    auto *old = m_model;
    m_model = new SheetListModel(*m_context.sheets(), this);
    m_table->setModel(m_model);
    delete old;
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SheetBrowser::showSelected);
    applyFilters();
    if (!selectNumber(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    showSelected();
}

void SheetBrowser::applyFilters()
{
    if (!m_model)
        return;
    m_model->setSearchText(m_search->text().trimmed());
    m_model->setStatusFilter(sheetStatusFromCode(m_status->currentData().toString()));
    m_count->setText(tr("%1 shown").arg(m_model->rowCount())
                     + (m_model->canFetchMore({}) ? QStringLiteral("+") : QString()));
    showSelected();
}

QString SheetBrowser::selectedNumber() const
{
    if (!m_model || !m_table->selectionModel())
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(SheetListModel::NumberRole).toString();
}

bool SheetBrowser::selectNumber(const QString &number)
{
    if (!m_model || number.isEmpty())
        return false;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->index(row, 0).data(SheetListModel::NumberRole).toString() == number) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void SheetBrowser::updateButtons()
{
    const QString number = selectedNumber();
    std::optional<SheetStatus> status;
    if (!number.isEmpty()) {
        SheetError e;
        if (const auto sheet = m_context.sheets()->load(number, &e))
            status = sheet->latest().status;
    }
    const bool writable = !m_context.isReadOnly();
    auto allowed = [&](SheetStatus to) { return writable && status && isAllowedTransition(*status, to); };
    m_openDesign->setEnabled(status.has_value());
    m_submit->setEnabled(allowed(SheetStatus::InReview));
    m_sendBack->setEnabled(allowed(SheetStatus::Draft));
    m_approve->setEnabled(allowed(SheetStatus::Approved));
    m_built->setEnabled(allowed(SheetStatus::Built));
    m_archive->setEnabled(allowed(SheetStatus::Archived));
    m_preview->setEnabled(status.has_value());
    m_exportPdf->setEnabled(status.has_value());
}

void SheetBrowser::showSelected()
{
    m_shownNumber.clear();
    m_shownHash.clear();
    updateButtons();
    const QString number = selectedNumber();
    if (number.isEmpty()) {
        m_details->setHtml(tr("<p>No sheet selected. Create one from a design: <i>File → Create build sheet from "
                              "design</i>.</p>"));
        return;
    }
    SheetError e;
    const auto sheet = m_context.sheets()->load(number, &e);
    if (!sheet) {
        m_details->setPlainText(e.message);
        return;
    }
    const SheetRevision &r = sheet->latest();
    m_shownNumber = number;
    m_shownHash = r.hash;
    const QLocale l;
    const QJsonObject snap = r.snapshot;
    const QJsonObject vehicle = snap.value(QLatin1String("vehicle")).toObject();
    QString html = tr("<h2>Build sheet %1</h2><p><b>%2</b>, revision %3 of %4</p>")
                       .arg(esc(number), esc(sheetStatusLabel(r.status)))
                       .arg(r.revision)
                       .arg(sheet->revisions.size());
    html += tr("<p>Customer: %1<br>VIN: %2 — registration %3 — first registered %4<br>Variant: %5</p>")
                .arg(esc(r.customer), esc(r.vin), esc(r.registration), esc(r.firstRegistrationDate),
                     esc(vehicle.value(QLatin1String("variant_label")).toString()));
    html += tr("<p>Mass in running order %1 kg → %2 kg; kit %3 kg.</p>")
                .arg(l.toString(vehicle.value(QLatin1String("original_mass_in_running_order_kg")).toDouble(), 'f', 0),
                     l.toString(vehicle.value(QLatin1String("converted_mass_in_running_order_kg")).toDouble(), 'f', 0),
                     l.toString(vehicle.value(QLatin1String("kit_mass_kg")).toDouble(), 'f', 0));
    if (snap.value(QLatin1String("rules_evaluated")).toBool()) {
        const QStringList failing = r.failingRules();
        html += tr("<p>Rule set %1: %2</p>")
                    .arg(esc(r.rulesetVersion),
                         failing.isEmpty() ? tr("no failing rule")
                                           : tr("<b>failing: %1</b>").arg(esc(failing.join(QStringLiteral(", ")))));
    } else {
        html += tr("<p><b>Rules not evaluated</b>: the design's registration data was incomplete. This sheet cannot be "
                   "approved.</p>");
    }
    html += tr("<h3>Bill of materials</h3><table cellspacing=4>");
    for (const auto &b : r.bom)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(esc(b.partNumber), esc(b.description), l.toString(b.quantity),
                         tr("%1 kg").arg(l.toString(b.massKg, 'f', 1)));
    html += QStringLiteral("</table>");
    html += tr("<h3>Work steps</h3><ol>");
    for (const auto &s : r.steps)
        html += QStringLiteral("<li>%1%2%3</li>")
                    .arg(s.hvSafety ? tr("<b>[HV]</b> ") : QString(),
                         esc(l.language() == QLocale::French ? s.textFr : s.textEn),
                         s.requiredValue.isEmpty() ? QString() : tr(" — required: %1").arg(esc(s.requiredValue)));
    html += QStringLiteral("</ol>");
    if (!r.signOffs.isEmpty()) {
        html += tr("<h3>Sign-offs</h3><ul>");
        for (const auto &s : r.signOffs)
            html += QStringLiteral("<li>%1 → %2: %3 (%4), %5</li>")
                        .arg(esc(sheetStatusLabel(s.fromStatus)), esc(sheetStatusLabel(s.toStatus)), esc(s.name),
                             esc(signOffRoleCode(s.role)), esc(s.signedAt));
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><small>SHA-256 %1</small></p>").arg(esc(r.hash));
    m_details->setHtml(html);
}

namespace {
documents::DocumentKind kindFromCode(const QString &code)
{
    if (code == QLatin1String("dossier"))
        return documents::DocumentKind::Dossier;
    if (code == QLatin1String("attestation"))
        return documents::DocumentKind::Attestation;
    if (code == QLatin1String("plate"))
        return documents::DocumentKind::Plate;
    return documents::DocumentKind::Workshop;
}
} // namespace

QString SheetBrowser::exportPdf(const QString &path)
{
    SheetError e;
    const auto sheet = m_context.sheets()->load(selectedNumber(), &e);
    if (!sheet)
        return e.message.isEmpty() ? tr("No sheet selected.") : e.message;
    documents::PdfExportOptions options;
    options.kind = kindFromCode(m_docKind->currentData().toString());
    options.language = m_docLanguage->currentData().toString();
    const auto result = documents::PdfExporter::exportToFile(*sheet, path, options);
    return result.ok ? QString() : result.error;
}

void SheetBrowser::printPreview()
{
    SheetError e;
    const auto sheet = m_context.sheets()->load(selectedNumber(), &e);
    if (!sheet)
        return;
    documents::PdfExportOptions options;
    options.kind = kindFromCode(m_docKind->currentData().toString());
    options.language = m_docLanguage->currentData().toString();
    QPrinter printer(QPrinter::HighResolution);
    QSettings settings;
    // The page setup chosen last time for this kind of document.
    printer.setPageLayout(documents::SheetPrinter::loadPageLayout(settings, options.kind));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — sheet %1").arg(sheet->number));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *p) { documents::SheetPrinter::print(*sheet, *p, options); });
    preview.exec();
    documents::SheetPrinter::savePageLayout(settings, options.kind, printer.pageLayout());
}

QString SheetBrowser::transitionSelected(const QString &statusCode)
{
    const QString number = selectedNumber();
    const auto to = sheetStatusFromCode(statusCode);
    if (number.isEmpty() || !to)
        return tr("No sheet selected.");
    QString name = m_testSigner;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(
                   this, tr("Sign-off"),
                   tr("Sheet %1 becomes %2. Your name, for the sign-off:").arg(number, sheetStatusLabel(*to)),
                   QLineEdit::Normal, QSettings().value(QStringLiteral("sheets/signer")).toString(), &ok)
                   .trimmed();
        if (!ok || name.isEmpty())
            return tr("Cancelled.");
        QSettings().setValue(QStringLiteral("sheets/signer"), name);
    }
    SheetError e;
    // The signer signs what the details show: a sheet changed since (on another workstation)
    // is refused, and shown again as it is now.
    const QString shown = number == m_shownNumber ? m_shownHash : QString();
    if (!m_context.sheets()->transition(number, *to, SheetStore::defaultRole(*to), name, &e, shown)) {
        if (e.kind == SheetError::Conflict)
            showSelected();
        m_details->append(QStringLiteral("<p style='color:#d03030'><b>%1</b></p>").arg(esc(e.message)));
        return e.message;
    }
    m_context.notifySheetsChanged();
    selectNumber(number);
    return {};
}

} // namespace remaster::ui
