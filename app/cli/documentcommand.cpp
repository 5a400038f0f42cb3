#include "documentcommand.h"

#include "documents/documentlanguage.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QThread>

namespace remaster::cli {

using namespace remaster::documents;
using namespace remaster::storage;

QString DocumentCommand::usage()
{
    return tr("  sheet export-pdf NUMBER --out FILE [--lang en|fr] [--kind workshop|dossier|attestation|plate]\n"
              "             [--paper a4|letter] [--pdfa] [--revision N] [--overwrite]\n"
              "             [--kit-maker NAME] [--approval NUMBER] [--installer NAME] [--grayscale]\n"
              "  sheet export-pdfs [NUMBER...] --dir DIR [--status STATUS] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
              "             [--lang en|fr] [--kind …] [--paper a4|letter] [--pdfa] [--overwrite] [--jobs N]\n"
              "             one PDF per sheet, named NUMBER_VIN_KIND_LANG.pdf; progress on stderr;\n"
              "             an existing file is kept unless --overwrite is given\n");
}

int DocumentCommand::takeDocumentOptions(QStringList &args, PdfExportOptions &o)
{
    bool missing = false;
    const auto lang = m_app.takeOption(args, QStringLiteral("--lang"), &missing);
    const auto kind = m_app.takeOption(args, QStringLiteral("--kind"), &missing);
    const auto paper = m_app.takeOption(args, QStringLiteral("--paper"), &missing);
    const auto kitMaker = m_app.takeOption(args, QStringLiteral("--kit-maker"), &missing);
    const auto approval = m_app.takeOption(args, QStringLiteral("--approval"), &missing);
    const auto installer = m_app.takeOption(args, QStringLiteral("--installer"), &missing);
    if (missing)
        return kUsage;
    o.pdfA = args.removeAll(QStringLiteral("--pdfa")) > 0;
    o.document.grayscaleCharts = args.removeAll(QStringLiteral("--grayscale")) > 0;
    // The document's language is its own: the UI language only gives the default.
    o.language = lang.value_or(UiLanguage::current());
    if (!DocumentLanguage::supportedCodes().contains(o.language))
        return m_app.fail(kUsage, tr("--lang '%1' is not a document language (en, fr)").arg(o.language));
    if (kind) {
        const auto k = documentKindFromCode(*kind);
        if (!k)
            return m_app.fail(kUsage,
                              tr("--kind '%1' is not a document (workshop, dossier, attestation, plate)").arg(*kind));
        o.kind = *k;
    }
    if (paper) {
        const auto p = paperFromCode(*paper);
        if (!p)
            return m_app.fail(kUsage, tr("--paper '%1' is not a paper size (a4, letter)").arg(*paper));
        o.page.paper = *p;
    }
    o.document.kitMaker = kitMaker.value_or(QString());
    o.document.prototypeApprovalNumber = approval.value_or(QString());
    o.document.installer = installer.value_or(QString());
    return kOk;
}

int DocumentCommand::exportPdf(QStringList args)
{
    PdfExportOptions options;
    if (const int code = takeDocumentOptions(args, options); code != kOk)
        return code;
    bool missing = false;
    const auto out = m_app.takeOption(args, QStringLiteral("--out"), &missing);
    const auto revision = m_app.takeOption(args, QStringLiteral("--revision"), &missing);
    if (missing)
        return kUsage;
    const bool overwrite = args.removeAll(QStringLiteral("--overwrite")) > 0;
    if (!out)
        return m_app.fail(kUsage, tr("sheet export-pdf needs --out FILE"));
    if (args.size() != 1)
        return m_app.fail(kUsage, tr("sheet export-pdf needs one sheet number"));
    int revisionNumber = 0;
    if (revision) {
        bool ok = false;
        revisionNumber = revision->toInt(&ok);
        if (!ok || revisionNumber < 1)
            return m_app.fail(kUsage, tr("--revision '%1' is not a revision number").arg(*revision));
    }
    if (!overwrite && QFileInfo::exists(*out))
        return m_app.fail(kInputError,
                          tr("%1 exists (use --overwrite to replace it)").arg(QDir::toNativeSeparators(*out)));
    SheetRepository *store = m_openStore();
    if (!store)
        return kDatabaseError;
    SheetError error;
    const auto sheet = store->load(args.first(), &error);
    if (!sheet)
        return m_app.fail(error.kind == SheetError::Database ? kDatabaseError : kInputError, error.message);
    if (revisionNumber > 0) {
        options.revisionIndex = -1;
        for (int i = 0; i < sheet->revisions.size(); ++i)
            if (sheet->revisions.at(i).revision == revisionNumber)
                options.revisionIndex = i;
        if (options.revisionIndex < 0)
            return m_app.fail(kInputError, tr("sheet %1 has no revision %2").arg(sheet->number).arg(revisionNumber));
    }
    const PdfExportResult r = PdfExporter::exportToFile(*sheet, *out, options);
    if (!r.ok)
        return m_app.fail(kInputError, r.error);
    if (m_app.json)
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("number"), sheet->number },
                                                    { QStringLiteral("file"), QFileInfo(*out).absoluteFilePath() },
                                                    { QStringLiteral("kind"), documentKindCode(options.kind) },
                                                    { QStringLiteral("language"), options.language },
                                                    { QStringLiteral("pages"), r.pages },
                                                    { QStringLiteral("pdfa"), options.pdfA } }));
    else
        m_app.out
            << tr("%1: %2 pages written to %3").arg(sheet->number).arg(r.pages).arg(QDir::toNativeSeparators(*out))
            << '\n';
    return kOk;
}

int DocumentCommand::exportPdfs(QStringList args)
{
    BatchExportOptions options;
    if (const int code = takeDocumentOptions(args, options.pdf); code != kOk)
        return code;
    bool missing = false;
    const auto dir = m_app.takeOption(args, QStringLiteral("--dir"), &missing);
    const auto status = m_app.takeOption(args, QStringLiteral("--status"), &missing);
    const auto from = m_app.takeOption(args, QStringLiteral("--from"), &missing);
    const auto to = m_app.takeOption(args, QStringLiteral("--to"), &missing);
    const auto jobs = m_app.takeOption(args, QStringLiteral("--jobs"), &missing);
    if (missing)
        return kUsage;
    options.overwrite = args.removeAll(QStringLiteral("--overwrite")) > 0;
    if (!dir)
        return m_app.fail(kUsage, tr("sheet export-pdfs needs --dir DIR"));
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return m_app.fail(kUsage, tr("unexpected argument '%1'").arg(a));
    SheetQuery query;
    query.limit = 0;
    if (status) {
        query.status = sheetStatusFromCode(*status);
        if (!query.status)
            return m_app.fail(
                kUsage, tr("--status '%1' is not a status (draft, in-review, approved, built, archived)").arg(*status));
    }
    for (const auto &[value, date, name] :
         { std::tuple { from, &query.createdFrom, "--from" }, std::tuple { to, &query.createdTo, "--to" } }) {
        if (!value)
            continue;
        *date = QDate::fromString(*value, Qt::ISODate);
        if (!date->isValid())
            return m_app.fail(kUsage, tr("%1 '%2' is not a date (YYYY-MM-DD)").arg(QLatin1String(name), *value));
    }
    if (jobs) {
        bool ok = false;
        options.jobs = jobs->toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 256)
            return m_app.fail(kUsage, tr("--jobs '%1' is not a number of jobs (1 … 256)").arg(*jobs));
    }
    if (!QDir(*dir).exists())
        return m_app.fail(kInputError, tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(*dir)));
    options.directory = *dir;

    SheetRepository *store = m_openStore();
    if (!store)
        return kDatabaseError;
    QStringList numbers = args;
    if (numbers.isEmpty() || status || from || to) {
        SheetError error;
        const SheetPage page = store->list(query, &error);
        if (error)
            return m_app.fail(kDatabaseError, error.message);
        QStringList matching;
        for (const SheetSummary &s : page.rows)
            if (numbers.isEmpty() || numbers.contains(s.number))
                matching.append(s.number);
        numbers = matching;
    }
    if (numbers.isEmpty()) {
        m_app.err << tr("no build sheet matches") << Qt::endl;
        return kOk;
    }
    auto load = [store](const QString &number, QString *message) -> std::optional<BuildSheet> {
        SheetError error;
        auto sheet = store->load(number, &error);
        if (!sheet)
            *message = error.message;
        return sheet;
    };
    QElapsedTimer timer;
    timer.start();
    const BatchExportReport report
        = BatchExporter::run(numbers, load, options, [this](int done, int total, const BatchItemResult &item) {
              QString what;
              switch (item.outcome) {
              case BatchItemResult::Written: what = QDir::toNativeSeparators(item.fileName); break;
              case BatchItemResult::SkippedExisting: what = tr("skipped: %1").arg(item.error); break;
              case BatchItemResult::Failed: what = tr("FAILED: %1").arg(item.error); break;
              }
              m_app.err << QStringLiteral("[%1/%2] %3  %4").arg(done).arg(total).arg(item.number, what) << Qt::endl;
          });
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    if (m_app.json) {
        QJsonArray items;
        for (const BatchItemResult &i : report.items)
            items.append(
                QJsonObject { { QStringLiteral("number"), i.number },
                              { QStringLiteral("file"), i.fileName },
                              { QStringLiteral("outcome"),
                                i.outcome == BatchItemResult::Written               ? QStringLiteral("written")
                                    : i.outcome == BatchItemResult::SkippedExisting ? QStringLiteral("skipped-existing")
                                                                                    : QStringLiteral("failed") },
                              { QStringLiteral("pages"), i.pages },
                              { QStringLiteral("error"), i.error } });
        m_app.printJson(QJsonDocument(QJsonObject { { QStringLiteral("written"), report.written },
                                                    { QStringLiteral("skipped_existing"), report.skipped },
                                                    { QStringLiteral("failed"), report.failed },
                                                    { QStringLiteral("duration_s"), seconds },
                                                    { QStringLiteral("items"), items } }));
    } else {
        m_app.out << tr("%1 written, %2 skipped (file exists), %3 failed in %4 s")
                         .arg(report.written)
                         .arg(report.skipped)
                         .arg(report.failed)
                         .arg(QLocale().toString(seconds, 'f', 1))
                  << '\n';
    }
    return report.failed > 0 ? kInputError : kOk;
}

} // namespace remaster::cli
