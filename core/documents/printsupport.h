// Printing build-sheet documents through QPrinter with the same page painter as the PDFs, and the
// remembered page setup of the print preview. The GUI shows QPrintPreviewDialog (Qt Widgets) and
// connects its paintRequested(QPrinter *) to SheetPrinter::print; nothing here needs widgets,
// so printing is tested headlessly with QPrinter::PdfFormat.
#pragma once

#include "pdfexporter.h"

#include <QCoreApplication>
#include <QPageLayout>

class QPrinter;
class QSettings;

namespace remaster::documents {

class SheetPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SheetPrinter)
public:
    // Paints the document on `printer` with the printer's own page layout (what the user chose in
    // the page setup), ignoring options.page. Returns the number of pages, or an error.
    static PdfExportResult print(const storage::BuildSheet &sheet, QPrinter &printer, const PdfExportOptions &options);

    // Applies our default page setup (paper and margins) to a printer.
    static void applyPageSetup(QPrinter &printer, const PageSetup &setup);

    // The page setup remembered between sessions (group "print/<kind>": paper, orientation,
    // margins in mm). Defaults: A4 portrait, our margins.
    static QPageLayout loadPageLayout(QSettings &settings, DocumentKind kind);
    static void savePageLayout(QSettings &settings, DocumentKind kind, const QPageLayout &layout);
};

} // namespace remaster::documents
