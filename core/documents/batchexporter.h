// Many build sheets to PDF files at once, on every core (QThreadPool).
//
// Threading: each job builds its own DocumentLanguage (QTranslator), QTextDocument and QPdfWriter
// inside the worker thread and destroys them there; nothing is shared between jobs but the
// immutable BuildSheet values. Qt documents QTextDocument and related classes as reentrant and
// QPainter on QPrinter/QImage (QPdfWriter uses the same PDF engine) as usable in threads; no
// QWidget is involved. Sheets are loaded by the caller's `load` function in the calling thread
// (a QSqlDatabase connection belongs to its thread).
//
// File names: "<number>_<VIN>_<kind>_<lang>.pdf" with every character outside [A-Za-z0-9._-]
// replaced by '_' (no path separators, no characters Windows reserves, no reserved device names
// such as CON or NUL). An existing file is never replaced unless `overwrite` is set; the skipped
// sheets are reported.
#pragma once

#include "pdfexporter.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace remaster::documents {

struct BatchExportOptions {
    PdfExportOptions pdf;
    QString directory;
    bool overwrite = false;
    int jobs = 0; // <= 0: every core (QThread::idealThreadCount)
};

struct BatchItemResult {
    QString number;
    QString fileName; // full path
    enum Outcome { Written, SkippedExisting, Failed } outcome = Failed;
    int pages = 0;
    QString error;
};

struct BatchExportReport {
    QList<BatchItemResult> items; // in the order of the numbers
    int written = 0;
    int skipped = 0;
    int failed = 0;
};

class BatchExporter
{
    Q_DECLARE_TR_FUNCTIONS(BatchExporter)
public:
    using LoadSheet = std::function<std::optional<storage::BuildSheet>(const QString &number, QString *error)>;
    // done, total, the item just finished; called in the calling thread.
    using Progress = std::function<void(int done, int total, const BatchItemResult &item)>;

    static BatchExportReport run(const QStringList &numbers, const LoadSheet &load, const BatchExportOptions &options,
                                 const Progress &progress = {});

    // "2026-0001_VF1MA000000000001_dossier_fr.pdf"
    static QString safeFileName(const QString &number, const QString &vin, DocumentKind kind, const QString &language);
    // Any text made safe as one file-name component on Windows, macOS and Linux.
    static QString safeComponent(const QString &text);
};

} // namespace remaster::documents
