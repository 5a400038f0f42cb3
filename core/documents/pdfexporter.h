// Build-sheet documents onto paged devices: PDF files through QPdfWriter, and printers through
// the same page painter (printsupport.h). Every page has a header (document, sheet number,
// revision, status, VIN), a footer (sheet/revision, short hash, "Page x of y"), and a diagonal
// "DRAFT" watermark unless the revision is approved, built or archived. Long tables break across
// pages with their header rows repeated (QTextTable header rows from <thead>).
//
// PDF metadata, Qt 6.4: QPdfWriter writes /Title and /Creator to the Info dictionary (plus
// /Producer and /CreationDate). Author, subject and keywords have no QPdfWriter setter before
// Qt 6.8 (setAuthor), so they go into the document's XMP metadata (dc:creator, dc:description,
// pdf:Keywords), which we write ourselves with setDocumentXmpMetadata(); readers that only read
// the Info dictionary (e.g. `pdfinfo` without -meta) do not show them. With PDF/A-1b the XMP
// also carries pdfaid:part=1 / pdfaid:conformance=B, and Qt embeds the sRGB output intent.
// Fonts: Qt embeds the used glyphs of every font as subsets.
#pragma once

#include "sheetdocument.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

class QIODevice;
class QPagedPaintDevice;
class QPainter;

namespace remaster::documents {

struct PageSetup {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QMarginsF marginsMm { 15, 12, 15, 12 }; // left, top, right, bottom (header and footer inside)
};
std::optional<QPageSize::PageSizeId> paperFromCode(const QString &code); // "a4", "letter"

struct PdfExportOptions {
    DocumentKind kind = DocumentKind::Workshop;
    QString language = QStringLiteral("en");
    PageSetup page;
    bool pdfA = false; // PDF/A-1b for archiving
    DocumentOptions document;
    int revisionIndex = -1; // -1: latest revision
    QString creator; // default: "ReMaster <version>"
};

struct PdfExportResult {
    bool ok = false;
    int pages = 0;
    QString error;
};

class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)
public:
    // Writes the document to `fileName` atomically (QSaveFile): a failed export leaves no file
    // and never a half-written one over an existing file.
    static PdfExportResult exportToFile(const storage::BuildSheet &sheet, const QString &fileName,
                                        const PdfExportOptions &options);
    static PdfExportResult exportToDevice(const storage::BuildSheet &sheet, QIODevice *device,
                                          const PdfExportOptions &options);

    // Lays `content` out for `device`'s page layout and paints every page with header, footer and
    // watermark; the device is a QPdfWriter or a QPrinter. Returns the number of pages.
    static int paintDocument(const DocumentContent &content, QPagedPaintDevice &device, QPainter &painter);

    // The XMP packet we give QPdfWriter (title, author, subject, keywords, PDF/A identification).
    static QByteArray xmpMetadata(const DocumentContent &content, const QString &creator, bool pdfA);
};

} // namespace remaster::documents
