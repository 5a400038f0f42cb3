// Build-sheet documents: one sheet to PDF (target <= 300 ms) and a batch of 1,000 sheets to PDF
// files on two workers (target <= 2 minutes). Prints medians; --json for machines,
// --sheets N and --runs N to change the sizes.
#include "../tests/documents/documentfixtures.h"

#include "documents/batchexporter.h"
#include "documents/pdfexporter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace remaster;
using namespace remaster::documents;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never the user's templates
    const QStringList args = QCoreApplication::arguments();
    const bool json = args.contains(QStringLiteral("--json"));
    auto intOption = [&](const QString &name, int fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int sheets = std::max(1, intOption(QStringLiteral("--sheets"), 1000));
    const int runs = std::max(1, intOption(QStringLiteral("--runs"), 15));
    const int jobs = std::max(1, intOption(QStringLiteral("--jobs"), 2));

    const documentfixtures::Fixture fx;
    const storage::BuildSheet sheet = fx.sheet(QStringLiteral("2026-0001"), storage::SheetStatus::Approved, 40);

    QJsonArray results;
    QTextStream out(stdout);
    auto report = [&](const QString &name, const std::vector<double> &ms, double target, const QString &note) {
        const double m = median(ms);
        results.append(QJsonObject { { QStringLiteral("name"), name },
                                     { QStringLiteral("median_ms"), m },
                                     { QStringLiteral("runs"), static_cast<int>(ms.size()) },
                                     { QStringLiteral("target_ms"), target },
                                     { QStringLiteral("within_target"), m <= target },
                                     { QStringLiteral("note"), note } });
        if (!json)
            out << QStringLiteral("%1: median %2 ms over %3 run(s) (target %4 ms%5) %6\n")
                       .arg(name, -36)
                       .arg(m, 0, 'f', 1)
                       .arg(ms.size())
                       .arg(target, 0, 'f', 0)
                       .arg(m <= target ? QStringLiteral(", met") : QStringLiteral(", MISSED"), note);
        out.flush();
    };

    for (const DocumentKind kind : { DocumentKind::Workshop, DocumentKind::Dossier }) {
        PdfExportOptions o;
        o.kind = kind;
        o.language = QStringLiteral("fr");
        std::vector<double> ms;
        int pages = 0;
        for (int i = 0; i < runs + 1; ++i) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            QElapsedTimer t;
            t.start();
            const PdfExportResult r = PdfExporter::exportToDevice(sheet, &buffer, o);
            const double elapsed = static_cast<double>(t.nsecsElapsed()) / 1e6;
            if (!r.ok) {
                std::fprintf(stderr, "export failed: %s\n", qPrintable(r.error));
                return 1;
            }
            pages = r.pages;
            if (i > 0) // the first run loads fonts and translations
                ms.push_back(elapsed);
        }
        report(QStringLiteral("one sheet to PDF (%1)").arg(documentKindCode(kind)), ms, 300,
               QStringLiteral("%1 pages, 40 BOM lines").arg(pages));
    }

    {
        QTemporaryDir dir;
        BatchExportOptions o;
        o.directory = dir.path();
        o.pdf.kind = DocumentKind::Workshop;
        o.pdf.language = QStringLiteral("en");
        o.jobs = jobs;
        QStringList numbers;
        for (int i = 1; i <= sheets; ++i)
            numbers.append(QStringLiteral("2026-%1").arg(i, 4, 10, QLatin1Char('0')));
        auto load = [&](const QString &number, QString *) -> std::optional<storage::BuildSheet> {
            storage::BuildSheet s = sheet;
            s.number = number;
            return s;
        };
        QElapsedTimer t;
        t.start();
        const BatchExportReport r = BatchExporter::run(numbers, load, o);
        const double elapsed = static_cast<double>(t.nsecsElapsed()) / 1e6;
        if (r.written != sheets) {
            std::fprintf(stderr, "batch: %d of %d written\n", r.written, sheets);
            return 1;
        }
        report(QStringLiteral("batch of %1 sheets, %2 jobs").arg(sheets).arg(jobs), { elapsed },
               120000.0 * sheets / 1000.0, QStringLiteral("workshop sheets to files"));
    }
    if (json)
        out << QJsonDocument(QJsonObject { { QStringLiteral("benchmark"), QStringLiteral("documents") },
                                           { QStringLiteral("results"), results } })
                   .toJson(QJsonDocument::Indented);
    return 0;
}
