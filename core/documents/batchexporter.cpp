#include "batchexporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <deque>
#include <mutex>

namespace remaster::documents {

QString BatchExporter::safeComponent(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-'
            || u == u'.';
        out += ok ? c : QLatin1Char('_');
    }
    // No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them).
    while (out.startsWith(QLatin1Char('.')))
        out.replace(0, 1, QLatin1Char('_'));
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("_");
    static const QStringList reserved
        = { QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"), QStringLiteral("NUL") };
    const QString stem = out.section(QLatin1Char('.'), 0, 0).toUpper();
    const bool device = reserved.contains(stem)
        || ((stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) && stem.size() == 4
            && stem.at(3).isDigit());
    if (device)
        out.prepend(QLatin1Char('_'));
    return out.left(120);
}

QString BatchExporter::safeFileName(const QString &number, const QString &vin, DocumentKind kind,
                                    const QString &language)
{
    QStringList parts { safeComponent(number) };
    if (!vin.trimmed().isEmpty())
        parts.append(safeComponent(vin.trimmed()));
    parts.append(documentKindCode(kind));
    parts.append(safeComponent(language));
    return parts.join(QLatin1Char('_')) + QStringLiteral(".pdf");
}

BatchExportReport BatchExporter::run(const QStringList &numbersIn, const LoadSheet &load,
                                     const BatchExportOptions &options, const Progress &progress)
{
    BatchExportReport report;
    QStringList numbers;
    QSet<QString> seen;
    for (const QString &n : numbersIn)
        if (!seen.contains(n)) {
            seen.insert(n);
            numbers.append(n);
        }
    const int total = static_cast<int>(numbers.size());
    report.items.resize(total);
    const QDir dir(options.directory);

    QThreadPool pool;
    const int jobs = options.jobs > 0 ? options.jobs : QThread::idealThreadCount();
    pool.setMaxThreadCount(std::max(1, jobs));

    std::mutex mutex;
    std::condition_variable changed;
    std::deque<int> finished;
    int inFlight = 0;
    int done = 0;

    auto report1 = [&](int index) {
        const BatchItemResult &item = report.items.at(index);
        switch (item.outcome) {
        case BatchItemResult::Written: ++report.written; break;
        case BatchItemResult::SkippedExisting: ++report.skipped; break;
        case BatchItemResult::Failed: ++report.failed; break;
        }
        ++done;
        if (progress)
            progress(done, total, item);
    };
    // Reports what the workers finished; waits for at least one when `wait` is set.
    auto drain = [&](bool wait) {
        std::deque<int> ready;
        {
            std::unique_lock lock(mutex);
            if (wait)
                changed.wait(lock, [&] { return !finished.empty(); });
            ready.swap(finished);
            inFlight -= static_cast<int>(ready.size());
        }
        for (const int i : ready)
            report1(i);
    };

    for (int i = 0; i < total; ++i) {
        BatchItemResult &item = report.items[i];
        item.number = numbers.at(i);
        QString error;
        std::optional<storage::BuildSheet> sheet = load(item.number, &error);
        if (!sheet || !sheet->isValid()) {
            item.outcome = BatchItemResult::Failed;
            item.error = error.isEmpty() ? tr("build sheet %1 not found").arg(item.number) : error;
            report1(i);
            continue;
        }
        const storage::SheetRevision &rev
            = options.pdf.revisionIndex >= 0 && options.pdf.revisionIndex < sheet->revisions.size()
            ? sheet->revisions.at(options.pdf.revisionIndex)
            : sheet->latest();
        item.fileName = dir.filePath(safeFileName(sheet->number, rev.vin, options.pdf.kind, options.pdf.language));
        if (!options.overwrite && QFileInfo::exists(item.fileName)) {
            item.outcome = BatchItemResult::SkippedExisting;
            item.error = tr("%1 exists (use --overwrite to replace it)").arg(QDir::toNativeSeparators(item.fileName));
            report1(i);
            continue;
        }
        // Bounded queue: at most a few sheets per worker wait in memory.
        while (true) {
            {
                std::lock_guard lock(mutex);
                if (inFlight < pool.maxThreadCount() * 4)
                    break;
            }
            drain(true);
        }
        {
            std::lock_guard lock(mutex);
            ++inFlight;
        }
        const QString fileName = item.fileName;
        const bool overwrite = options.overwrite;
        const PdfExportOptions pdf = options.pdf;
        pool.start([&, i, fileName, overwrite, pdf, s = std::move(*sheet)] {
            BatchItemResult result;
            if (!overwrite && QFileInfo::exists(fileName)) { // created meanwhile by someone else
                result.outcome = BatchItemResult::SkippedExisting;
                result.error = tr("%1 exists (use --overwrite to replace it)").arg(QDir::toNativeSeparators(fileName));
            } else {
                const PdfExportResult r = PdfExporter::exportToFile(s, fileName, pdf);
                result.outcome = r.ok ? BatchItemResult::Written : BatchItemResult::Failed;
                result.pages = r.pages;
                result.error = r.error;
            }
            std::lock_guard lock(mutex);
            BatchItemResult &target = report.items[i];
            target.outcome = result.outcome;
            target.pages = result.pages;
            target.error = result.error;
            finished.push_back(i);
            changed.notify_one();
        });
        drain(false);
    }
    while (true) {
        {
            std::lock_guard lock(mutex);
            if (inFlight == 0)
                break;
        }
        drain(true);
    }
    pool.waitForDone();
    return report;
}

} // namespace remaster::documents
