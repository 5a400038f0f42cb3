// The printed documents of a build sheet, built from HTML/CSS templates and one stored revision:
// the workshop build sheet, the homologation dossier, the per-vehicle transformation attestation
// (decree of 13 March 2020, Annex II model; regulation.md FR-22) and the transformation plate text
// (FR-20).
//
// Templates: bundled read-only in the binaries as ":/templates/<name>" (resources/templates/).
// A user copy in <AppDataLocation>/templates/<name> replaces the bundled one, file by file, so a
// workshop can restyle a document without rebuilding ReMaster. In a template:
//   {{tr:English text}}  a label, translated into the document's language (context "Documents";
//                        the labels of the bundled templates are listed in sheetdocument.cpp so
//                        that lupdate extracts them; an unknown label is printed as written);
//   {{name}}             a value or a generated block (tables, charts), see SheetDocument::fields().
// The stylesheet is "documents.css" (same override rule), applied as the QTextDocument default
// stylesheet.
//
// Everything a document says comes from the revision (design, frozen snapshot, BOM, steps,
// sign-offs, hash): the same revision gives the same text, whatever the UI language or the day.
#pragma once

#include "chartrenderer.h"
#include "documentlanguage.h"

#include "storage/buildsheet.h"

#include <QCoreApplication>
#include <QHash>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace remaster::documents {

enum class DocumentKind { Workshop, Dossier, Attestation, Plate };
QString documentKindCode(DocumentKind kind); // "workshop", "dossier", "attestation", "plate"
std::optional<DocumentKind> documentKindFromCode(const QString &code);
QList<DocumentKind> allDocumentKinds();

// What the sheet does not hold: the kit maker's identity and approval (entered once per
// workshop). Empty fields print as blank lines to fill in by hand.
struct DocumentOptions {
    QString kitMaker; // FR-20 first line, FR-22 "constructeur du dispositif"
    QString prototypeApprovalNumber; // "agrément de prototype" (FR-20, FR-22)
    QString installer; // habilitated installer (FR-19, FR-22)
    QString deviceType; // conversion device type (FR-15); default: motor + battery ids
    bool grayscaleCharts = false;
};

// Where templates come from.
class DocumentTemplates
{
public:
    static QString bundledPath(const QString &fileName); // ":/templates/workshop.html"
    static QString userDirectory(); // <AppDataLocation>/templates
    // The user copy when it exists, else the bundled file.
    static QString resolve(const QString &fileName);
    // Reads the resolved template (UTF-8); empty and `error` set when it cannot be read.
    static QString read(const QString &fileName, QString *error = nullptr);
    // Copies the bundled template into the user folder (writable) to customise it; false when a
    // user copy already exists or the copy failed.
    static bool copyToUser(const QString &fileName, QString *error = nullptr);
    static QString templateFileName(DocumentKind kind); // "workshop.html" …
    static QString styleSheetFileName() { return QStringLiteral("documents.css"); }
    // The labels the bundled templates use ({{tr:…}}), untranslated.
    static QStringList knownLabels();
};

// A document ready to lay out: HTML, stylesheet, charts and what headers, footers and the PDF's
// metadata show.
struct DocumentContent {
    DocumentKind kind = DocumentKind::Workshop;
    QString languageCode;
    QString html;
    QString styleSheet;
    QList<ChartData> charts; // referenced from the HTML by {{chart:N}} markers
    bool grayscaleCharts = false;
    bool draft = true; // "DRAFT" watermark: the revision is not approved/built/archived
    QString watermark; // translated "DRAFT"
    QString title; // "Workshop build sheet 2026-0001 rev. 2"
    QString subject;
    QStringList keywords; // VIN, sheet number, …
    QString author; // who signed last, else the kit maker, else empty
    QString headerLeft; // "Workshop build sheet"
    QString headerRight; // "Sheet 2026-0001 · rev. 2 · Approved · VIN …"
    QString footerLeft; // "Sheet 2026-0001 / rev. 2"
    QString pageFormat; // translated "Page %1 of %2"
    QString revisionHash;
};

class SheetDocument
{
    Q_DECLARE_TR_FUNCTIONS(SheetDocument)
public:
    // `revisionIndex` < 0: the latest revision.
    SheetDocument(const storage::BuildSheet &sheet, DocumentKind kind, const DocumentLanguage &language,
                  const DocumentOptions &options = {}, int revisionIndex = -1);

    // Fills the template; empty html and `error` set when a template cannot be read.
    DocumentContent build(QString *error = nullptr) const;

    // The values and blocks a template may use, by name (without braces).
    QHash<QString, QString> fields(QList<ChartData> *charts) const;

    // A QTextDocument for `content`, laid out for pages of `pageSize` (in 1/96 inch) with its
    // charts drawn as vector objects. Create and use it in one thread.
    static std::unique_ptr<QTextDocument> createTextDocument(const DocumentContent &content, const QSizeF &pageSize);
    // The font family of documents: DejaVu Sans where installed (every glyph we use, ☐ Ω ≥ →),
    // else the platform's default sans serif.
    static QString fontFamily();

private:
    QString t(const char *text) const;
    QString fill(const QString &tpl, const QHash<QString, QString> &values) const;

    const storage::BuildSheet &m_sheet;
    const storage::SheetRevision &m_rev;
    DocumentKind m_kind;
    const DocumentLanguage &m_lang;
    DocumentOptions m_options;
};

} // namespace remaster::documents
