#include "pdfexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <cmath>

namespace remaster::documents {

namespace {

// Documents are laid out in 1/96 inch (CSS pixels), whatever the device's resolution.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kHeaderHeight = 40; // ≈ 10.6 mm
constexpr qreal kFooterHeight = 30; // ≈ 7.9 mm

QFont pixelFont(qreal points, bool bold = false)
{
    QFont f(SheetDocument::fontFamily());
    f.setPixelSize(static_cast<int>(std::lround(points * kLayoutDpi / 72.0)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
    return f;
}

QString xmlEscape(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

std::optional<QPageSize::PageSizeId> paperFromCode(const QString &code)
{
    if (code.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (code.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return std::nullopt;
}

QByteArray PdfExporter::xmpMetadata(const DocumentContent &content, const QString &creator, bool pdfA)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QString x;
    x += QStringLiteral("<?xpacket begin='") + QChar(0xFEFF)
        + QStringLiteral("' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
                         "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
                         "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n");
    x += QStringLiteral(
             "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>\n"
             "<dc:format>application/pdf</dc:format>\n"
             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>\n"
             "<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>%2</rdf:li></rdf:Alt></dc:description>\n")
             .arg(xmlEscape(content.title), xmlEscape(content.subject));
    if (!content.author.isEmpty())
        x += QStringLiteral("<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>\n")
                 .arg(xmlEscape(content.author));
    x += QStringLiteral("<dc:subject><rdf:Bag>");
    for (const QString &k : content.keywords)
        x += QStringLiteral("<rdf:li>%1</rdf:li>").arg(xmlEscape(k));
    x += QStringLiteral("</rdf:Bag></dc:subject>\n<dc:language><rdf:Bag><rdf:li>%1</rdf:li></rdf:Bag></dc:language>\n"
                        "</rdf:Description>\n")
             .arg(xmlEscape(content.languageCode));
    x += QStringLiteral("<rdf:Description rdf:about='' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>\n"
                        "<pdf:Keywords>%1</pdf:Keywords>\n<pdf:Producer>Qt %2</pdf:Producer>\n</rdf:Description>\n")
             .arg(xmlEscape(content.keywords.join(QStringLiteral(", "))), QString::fromLatin1(qVersion()));
    x += QStringLiteral(
             "<rdf:Description rdf:about='' xmlns:xmp='http://ns.adobe.com/xap/1.0/'>\n"
             "<xmp:CreatorTool>%1</xmp:CreatorTool>\n<xmp:CreateDate>%2</xmp:CreateDate>\n"
             "<xmp:ModifyDate>%2</xmp:ModifyDate>\n<xmp:MetadataDate>%2</xmp:MetadataDate>\n</rdf:Description>\n")
             .arg(xmlEscape(creator), now);
    if (pdfA)
        x += QStringLiteral(
            "<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/'>\n"
            "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n");
    x += QStringLiteral("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>");
    return x.toUtf8();
}

int PdfExporter::paintDocument(const DocumentContent &content, QPagedPaintDevice &device, QPainter &painter)
{
    const qreal dpi = device.logicalDpiY();
    const qreal scale = dpi / kLayoutDpi;
    // The painter's origin is the top-left of the page's paint rect (inside the margins).
    const QRectF paintRect = device.pageLayout().paintRectPixels(static_cast<int>(dpi));
    const qreal width = paintRect.width() / scale;
    const qreal height = paintRect.height() / scale;
    const qreal bodyHeight = height - kHeaderHeight - kFooterHeight;

    // Lay out on a fixed 96 dpi device: the same line and page breaks on screen, PDF and paper.
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(3780);
    layoutDevice.setDotsPerMeterY(3780);
    std::unique_ptr<QTextDocument> doc = SheetDocument::createTextDocument(content, QSizeF(width, bodyHeight));
    doc->documentLayout()->setPaintDevice(&layoutDevice);
    doc->setPageSize(QSizeF(width, bodyHeight));
    const int pages = std::max(1, doc->pageCount());

    const QFont headerFont = pixelFont(8.5);
    const QFont headerBold = pixelFont(9.5, true);
    const QFont footerFont = pixelFont(8);
    const QFont watermarkFont = pixelFont(96, true);
    const QColor ink(0x20, 0x20, 0x20);

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.scale(scale, scale);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);

        // Watermark first, so that the content stays readable on top of it.
        if (content.draft && !content.watermark.isEmpty()) {
            painter.save();
            painter.translate(width / 2, height / 2);
            painter.rotate(-45);
            painter.setFont(watermarkFont);
            painter.setPen(QColor(0xE2, 0xE2, 0xE2));
            const QFontMetricsF fm(watermarkFont);
            const qreal w = fm.horizontalAdvance(content.watermark);
            painter.drawText(QRectF(-w / 2 - 10, -fm.height() / 2, w + 20, fm.height()), Qt::AlignCenter,
                             content.watermark);
            painter.restore();
        }

        // Header: document on the left, sheet/revision/status/VIN on the right, a rule below.
        painter.setPen(ink);
        painter.setFont(headerBold);
        const QFontMetricsF hb(headerBold);
        const qreal leftW = hb.horizontalAdvance(content.headerLeft) + 8;
        painter.drawText(QRectF(0, 0, leftW, kHeaderHeight - 8), Qt::AlignLeft | Qt::AlignVCenter, content.headerLeft);
        painter.setFont(headerFont);
        painter.drawText(QRectF(leftW + 8, 0, width - leftW - 8, kHeaderHeight - 8), Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(headerFont).elidedText(content.headerRight, Qt::ElideMiddle, width - leftW - 8));
        painter.setPen(QPen(ink, 0.8));
        painter.drawLine(QPointF(0, kHeaderHeight - 6), QPointF(width, kHeaderHeight - 6));

        // Footer: sheet/revision and short hash on the left, page x of y on the right.
        const qreal footerTop = height - kFooterHeight;
        painter.drawLine(QPointF(0, footerTop + 6), QPointF(width, footerTop + 6));
        painter.setFont(footerFont);
        painter.drawText(QRectF(0, footerTop + 8, width * 0.7, kFooterHeight - 8), Qt::AlignLeft | Qt::AlignVCenter,
                         content.footerLeft);
        painter.drawText(QRectF(width * 0.7, footerTop + 8, width * 0.3, kFooterHeight - 8),
                         Qt::AlignRight | Qt::AlignVCenter, QString(content.pageFormat).arg(page + 1).arg(pages));

        // Body: this page's slice of the document.
        painter.translate(0, kHeaderHeight - page * bodyHeight);
        const QRectF clip(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    return pages;
}

PdfExportResult PdfExporter::exportToDevice(const storage::BuildSheet &sheet, QIODevice *device,
                                            const PdfExportOptions &options)
{
    PdfExportResult result;
    if (!sheet.isValid()) {
        result.error = tr("the build sheet has no revision");
        return result;
    }
    const DocumentLanguage language(options.language);
    if (!DocumentLanguage::supportedCodes().contains(options.language)) {
        result.error = tr("unknown document language '%1' (en or fr)").arg(options.language);
        return result;
    }
    const SheetDocument builder(sheet, options.kind, language, options.document, options.revisionIndex);
    QString error;
    const DocumentContent content = builder.build(&error);
    if (content.html.isEmpty()) {
        result.error = error;
        return result;
    }
    const QString creator = options.creator.isEmpty()
        ? QStringLiteral("ReMaster %1").arg(QCoreApplication::applicationVersion()).trimmed()
        : options.creator;

    QPdfWriter writer(device);
    writer.setPdfVersion(options.pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
    writer.setResolution(1200);
    writer.setTitle(content.title);
    writer.setCreator(creator);
    writer.setDocumentXmpMetadata(xmpMetadata(content, creator, options.pdfA));
    writer.setPageLayout(QPageLayout(QPageSize(options.page.paper), QPageLayout::Portrait, options.page.marginsMm,
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer)) {
        result.error = tr("cannot start the PDF");
        return result;
    }
    result.pages = paintDocument(content, writer, painter);
    result.ok = painter.end();
    if (!result.ok)
        result.error = tr("cannot finish the PDF");
    return result;
}

PdfExportResult PdfExporter::exportToFile(const storage::BuildSheet &sheet, const QString &fileName,
                                          const PdfExportOptions &options)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        PdfExportResult r;
        r.error = tr("cannot write %1: %2").arg(fileName, file.errorString());
        return r;
    }
    PdfExportResult r = exportToDevice(sheet, &file, options);
    if (!r.ok) {
        file.cancelWriting();
        return r;
    }
    if (!file.commit()) {
        r.ok = false;
        r.error = tr("cannot write %1: %2").arg(fileName, file.errorString());
    }
    return r;
}

} // namespace remaster::documents
