#include "printsupport.h"

#include <QPainter>
#include <QPrinter>
#include <QSettings>

namespace remaster::documents {

namespace {
QString group(DocumentKind kind)
{
    return QStringLiteral("print/") + documentKindCode(kind);
}
} // namespace

PdfExportResult SheetPrinter::print(const storage::BuildSheet &sheet, QPrinter &printer,
                                    const PdfExportOptions &options)
{
    PdfExportResult result;
    if (!sheet.isValid()) {
        result.error = tr("the build sheet has no revision");
        return result;
    }
    if (!DocumentLanguage::supportedCodes().contains(options.language)) {
        result.error = tr("unknown document language '%1' (en or fr)").arg(options.language);
        return result;
    }
    const DocumentLanguage language(options.language);
    const SheetDocument builder(sheet, options.kind, language, options.document, options.revisionIndex);
    QString error;
    const DocumentContent content = builder.build(&error);
    if (content.html.isEmpty()) {
        result.error = error;
        return result;
    }
    printer.setDocName(content.title);
    if (printer.creator().isEmpty())
        printer.setCreator(QStringLiteral("ReMaster %1").arg(QCoreApplication::applicationVersion()).trimmed());
    QPainter painter;
    if (!painter.begin(&printer)) {
        result.error = tr("cannot start printing");
        return result;
    }
    result.pages = PdfExporter::paintDocument(content, printer, painter);
    result.ok = painter.end();
    if (!result.ok)
        result.error = tr("printing failed");
    return result;
}

void SheetPrinter::applyPageSetup(QPrinter &printer, const PageSetup &setup)
{
    printer.setPageLayout(
        QPageLayout(QPageSize(setup.paper), QPageLayout::Portrait, setup.marginsMm, QPageLayout::Millimeter));
}

QPageLayout SheetPrinter::loadPageLayout(QSettings &settings, DocumentKind kind)
{
    const PageSetup defaults;
    settings.beginGroup(group(kind));
    const auto paper = static_cast<QPageSize::PageSizeId>(
        settings.value(QStringLiteral("paper"), static_cast<int>(defaults.paper)).toInt());
    const auto orientation
        = settings.value(QStringLiteral("landscape"), false).toBool() ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QMarginsF margins(settings.value(QStringLiteral("left_mm"), defaults.marginsMm.left()).toDouble(),
                            settings.value(QStringLiteral("top_mm"), defaults.marginsMm.top()).toDouble(),
                            settings.value(QStringLiteral("right_mm"), defaults.marginsMm.right()).toDouble(),
                            settings.value(QStringLiteral("bottom_mm"), defaults.marginsMm.bottom()).toDouble());
    settings.endGroup();
    return QPageLayout(QPageSize(paper), orientation, margins, QPageLayout::Millimeter);
}

void SheetPrinter::savePageLayout(QSettings &settings, DocumentKind kind, const QPageLayout &layout)
{
    const QMarginsF m = layout.margins(QPageLayout::Millimeter);
    settings.beginGroup(group(kind));
    settings.setValue(QStringLiteral("paper"), static_cast<int>(layout.pageSize().id()));
    settings.setValue(QStringLiteral("landscape"), layout.orientation() == QPageLayout::Landscape);
    settings.setValue(QStringLiteral("left_mm"), m.left());
    settings.setValue(QStringLiteral("top_mm"), m.top());
    settings.setValue(QStringLiteral("right_mm"), m.right());
    settings.setValue(QStringLiteral("bottom_mm"), m.bottom());
    settings.endGroup();
}

} // namespace remaster::documents
