// `remaster-cli sheet export-pdf NUMBER --out FILE` and `sheet export-pdfs … --dir DIR`: build-sheet
// documents (workshop sheet, homologation dossier, attestation, plate) as PDF files.
// Needs a QGuiApplication (fonts and text layout); see main.cpp.
#pragma once

#include "cliapp.h"

#include "documents/batchexporter.h"
#include "storage/sheetrepository.h"

#include <functional>

namespace remaster::cli {

class DocumentCommand
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommand)
public:
    // `openStore` opens the database when first needed (after the command line was checked) and
    // returns the sheets, or nullptr after reporting why it could not.
    DocumentCommand(CliApp &app, std::function<storage::SheetRepository *()> openStore)
        : m_app(app)
        , m_openStore(std::move(openStore))
    {
    }
    int exportPdf(QStringList args);
    int exportPdfs(QStringList args);
    static QString usage();

private:
    // Options common to both: --lang, --kind, --paper, --pdfa, --kit-maker, --approval,
    // --installer, --grayscale. Returns kOk or the exit code of a usage error.
    int takeDocumentOptions(QStringList &args, documents::PdfExportOptions &options);

    CliApp &m_app;
    std::function<storage::SheetRepository *()> m_openStore;
};

} // namespace remaster::cli
