// Build-sheet documents end to end: PDFs of every kind in English and French, read back with
// poppler's pdftotext/pdfinfo/pdffonts/pdfimages, the user-template override, the batch export's
// file names and no-overwrite rule, and printing through QPrinter headlessly.
#include "../storage/testdatabases.h"
#include "documentfixtures.h"

#include "documents/batchexporter.h"
#include "documents/chartrenderer.h"
#include "documents/pdfexporter.h"
#include "documents/printsupport.h"
#include "documents/rulevaluetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace remaster;
using namespace remaster::documents;
using storage::SheetStatus;

class TestDocuments : public QObject
{
    Q_OBJECT
    std::unique_ptr<documentfixtures::Fixture> m_fx;
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &args, bool *ok = nullptr)
    {
        QProcess p;
        p.start(program, args);
        const bool finished = p.waitForFinished(60000);
        if (ok)
            *ok = finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static QString text(const QString &pdf)
    {
        return run(QStringLiteral("pdftotext"),
                   { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
    }
    static int pages(const QString &pdf)
    {
        const auto m
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), { pdf }));
        return m.hasMatch() ? m.captured(1).toInt() : -1;
    }
    QString exportPdf(const storage::BuildSheet &sheet, DocumentKind kind, const QString &lang, const QString &name,
                      PdfExportOptions options = {})
    {
        options.kind = kind;
        options.language = lang;
        const QString path = m_dir.filePath(name);
        const PdfExportResult r = PdfExporter::exportToFile(sheet, path, options);
        if (!r.ok)
            qWarning() << r.error;
        return r.ok ? path : QString();
    }
    // The diagonal watermark (pdftotext splits diagonal text into letters): its light gray on
    // the rendered first page.
    static bool hasWatermark(const QString &pdf)
    {
        QTemporaryDir d;
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-f"), QStringLiteral("1"),
              QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-png"), pdf,
              d.filePath(QStringLiteral("p")) });
        const QStringList files = QDir(d.path()).entryList({ QStringLiteral("*.png") });
        if (files.isEmpty())
            return false;
        const QImage img(d.filePath(files.first()));
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QRgb c = img.pixel(x, y);
                if (qRed(c) == qGreen(c) && qGreen(c) == qBlue(c) && qRed(c) >= 0xDC && qRed(c) <= 0xE8)
                    ++n;
            }
        return n > 1500;
    }
    // pdftotext separates words with spaces or line breaks; compare with whitespace collapsed.
    static QString flat(QString s)
    {
        return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("remaster-documents-test"));
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIsSet("REMASTER_KEEP_PDFS")) { // to look at the pages (pdftoppm)
            m_dir.setAutoRemove(false);
            qInfo() << "PDFs kept in" << m_dir.path();
        }
        // The README's test command installs poppler-utils; a developer who built by hand may
        // lack it and gets a skip, but CI must never pass by skipping every PDF check.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed on the CI machine");
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
        }
        m_fx = std::make_unique<documentfixtures::Fixture>();
        QVERIFY(!m_fx->ruleIds.isEmpty());
        // A stale user template from an earlier run must not influence the results.
        QDir(DocumentTemplates::userDirectory()).removeRecursively();
    }

    void workshopSheetEnglishHasEveryItem()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0042"), SheetStatus::Approved, 30);
        const QString pdf
            = exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("en"), QStringLiteral("workshop-en.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = flat(text(pdf));
        for (const QString &s :
             { QStringLiteral("Workshop build sheet"), QStringLiteral("2026-0042"), QStringLiteral("VF1MA000000000000"),
               QStringLiteral("Approved"), QStringLiteral("Bill of materials"), QStringLiteral("Work steps"),
               QStringLiteral("Sign-offs"), QStringLiteral("ZE40-M001"), QStringLiteral("ZE40-M024"),
               QStringLiteral("Measure the isolation resistance"), QStringLiteral("12.4 MΩ"),
               QStringLiteral("Claire Dubois"), QStringLiteral("Workshop lead"), QStringLiteral("Page 1 of") })
            QVERIFY2(t.contains(s), qPrintable(s));
        // Every HV step with a required value prints it.
        for (const auto &s : sheet.latest().steps)
            if (!s.requiredValue.isEmpty()) // table cells wrap: every word of it
                for (const QString &word : s.requiredValue.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    QVERIFY2(t.contains(word), qPrintable(s.requiredValue));
        QVERIFY(!hasWatermark(pdf));
        QVERIFY(!t.contains(QStringLiteral("{{")));
        // The vehicle summary names the engine and the kit's parts; catalog ids are for scripts.
        const QJsonObject vehicle = m_fx->snapshot.value(QLatin1String("vehicle")).toObject();
        const QJsonObject motor = m_fx->snapshot.value(QLatin1String("motor")).toObject();
        QVERIFY(t.contains(flat(vehicle.value(QLatin1String("engine_label")).toString())));
        QVERIFY(!t.contains(vehicle.value(QLatin1String("engine_id")).toString()));
        QVERIFY(!t.contains(motor.value(QLatin1String("motor_id")).toString()));
        QVERIFY(t.contains(flat(motor.value(QLatin1String("inverter_label")).toString())));
    }

    void longBomBreaksAcrossPagesWithRepeatedHeaders()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0043"), SheetStatus::Draft, 120);
        const QString pdf
            = exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("en"), QStringLiteral("long-bom.pdf"));
        QVERIFY(!pdf.isEmpty());
        const int n = pages(pdf);
        QVERIFY2(n >= 5 && n <= 9, qPrintable(QString::number(n)));
        // The BOM's header row on every page the BOM spans, the footer on every page.
        const QStringList perPage = text(pdf).split(QChar(0x0C), Qt::SkipEmptyParts);
        int bomPages = 0;
        for (const QString &p : perPage) {
            if (p.contains(QStringLiteral("HW-0")))
                QVERIFY2(p.contains(QStringLiteral("Serial numbers")) && p.contains(QStringLiteral("Part number")),
                         qPrintable(p.left(300)));
            if (p.contains(QStringLiteral("HW-0")))
                ++bomPages;
        }
        QVERIFY(bomPages >= 3);
        for (int i = 1; i <= n; ++i)
            QVERIFY2(flat(text(pdf)).contains(QStringLiteral("Page %1 of %2").arg(i).arg(n)),
                     qPrintable(QString::number(i)));
        QVERIFY(flat(text(pdf)).contains(QStringLiteral("HW-0119")));
        // Not approved: watermark.
        QVERIFY(hasWatermark(pdf));
    }

    void dossierEnglishHasEveryRuleAndTheHash()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0044"), SheetStatus::Approved);
        const QString pdf
            = exportPdf(sheet, DocumentKind::Dossier, QStringLiteral("en"), QStringLiteral("dossier-en.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = flat(text(pdf));
        for (const QString &id : m_fx->ruleIds)
            QVERIFY2(t.contains(id), qPrintable(id));
        for (const QString &s :
             { m_fx->rulesetVersion, sheet.latest().hash, QStringLiteral("2026-0044"),
               QStringLiteral("VF1MA000000000000"), QStringLiteral("Homologation dossier"), QStringLiteral("P.3"),
               QStringLiteral("EL"), QStringLiteral("GO"), QStringLiteral("Axle loads for every load case"),
               QStringLiteral("WLTC class"), QStringLiteral("Wh/km"), QStringLiteral("Permissible axle load"),
               QStringLiteral("Peak wheel torque"), QStringLiteral("Marc Lefèvre"),
               QStringLiteral("Transformation attestation"),
               QStringLiteral("Motif : conversion de la motorisation en électrique"),
               QStringLiteral("High-voltage safety evidence"), QStringLiteral("EL-06.bonding") })
            QVERIFY2(t.contains(s), qPrintable(s));
        QVERIFY(!hasWatermark(pdf));
        // Cycles by their names, not their ids.
        QVERIFY(t.contains(QStringLiteral("WLTC class 3b")));
        QVERIFY(t.contains(QStringLiteral("VECTO urban delivery")));
        QVERIFY(!t.contains(QStringLiteral("vecto-urban-delivery")));
        // The power comparison shows the original engine's and the motor's power.
        const QJsonObject pw
            = m_fx->snapshot.value(QLatin1String("motor")).toObject().value(QLatin1String("power_window")).toObject();
        QVERIFY(t.contains(QStringLiteral("%1 kW").arg(pw.value(QLatin1String("original_kw")).toDouble(), 0, 'f', 1)));
        QVERIFY(t.contains(QStringLiteral("%1 kW").arg(pw.value(QLatin1String("electric_kw")).toDouble(), 0, 'f', 1)));
        // Charts are vector graphics: no raster image in the file.
        const QString images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), pdf });
        QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // the two header lines only
    }

    void dossierFrenchIsFrench()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0045"), SheetStatus::InReview);
        const QString pdf
            = exportPdf(sheet, DocumentKind::Dossier, QStringLiteral("fr"), QStringLiteral("dossier-fr.pdf"));
        QVERIFY(!pdf.isEmpty());
        const QString t = flat(text(pdf));
        for (const QString &id : m_fx->ruleIds)
            QVERIFY2(t.contains(id), qPrintable(id));
        for (const QString &s :
             { m_fx->rulesetVersion, sheet.latest().hash, QStringLiteral("Dossier d'homologation"),
               QStringLiteral("Masses"), QStringLiteral("Charges à l'essieu"), QStringLiteral("Source d'énergie"),
               QStringLiteral("Avant transformation"), QStringLiteral("Attestation de transformation"),
               QStringLiteral("Page 1 sur"), QStringLiteral("novembre 2026") })
            QVERIFY2(t.contains(s), qPrintable(s));
        QVERIFY(hasWatermark(pdf)); // in review: not approved yet
        QVERIFY(t.contains(QStringLiteral("WLTC classe 3b")));
        QVERIFY(!t.contains(QStringLiteral("wltc-class3b"))); // nor in the chart titles
        QVERIFY(t.contains(QStringLiteral("VECTO livraison urbaine")));
        // French decimals: "12,4" style, no English labels left.
        QVERIFY(QRegularExpression(QStringLiteral("\\d,\\d kW")).match(t).hasMatch());
        for (const QString &english :
             { QStringLiteral("Homologation dossier"), QStringLiteral("Axle loads for every load case"),
               QStringLiteral("Before conversion"), QStringLiteral("Page 1 of") })
            QVERIFY2(!t.contains(english), qPrintable(english));
    }

    void ruleValuesReadAsSymbols()
    {
        QCOMPARE(ruleUnitSymbol(QStringLiteral("kOhm")), QStringLiteral("kΩ"));
        QCOMPARE(ruleUnitSymbol(QStringLiteral("Ohm")), QStringLiteral("Ω"));
        QCOMPARE(ruleUnitSymbol(QStringLiteral("1")), QString());
        QCOMPARE(ruleUnitSymbol(QStringLiteral("kg")), QStringLiteral("kg"));
        QCOMPARE(boundarySymbol(QStringLiteral(">=")), QStringLiteral("≥"));
        QCOMPARE(boundarySymbol(QStringLiteral("<=")), QStringLiteral("≤"));
        QCOMPARE(boundarySymbol(QStringLiteral("<")), QStringLiteral("<"));
        QCOMPARE(boundarySymbol(QStringLiteral("none")), QString());
        // Units that abbreviate words follow the document's language.
        QCOMPARE(ruleUnitSymbol(QStringLiteral("d"), DocumentLanguage(QStringLiteral("fr"))), QStringLiteral("j"));
        QCOMPARE(ruleUnitSymbol(QStringLiteral("d"), DocumentLanguage(QStringLiteral("en"))), QStringLiteral("d"));
        // In the dossier: the isolation limit in kΩ, never the JSON's ASCII codes.
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0046"), SheetStatus::Approved);
        const QString t = flat(
            text(exportPdf(sheet, DocumentKind::Dossier, QStringLiteral("en"), QStringLiteral("dossier-symbols.pdf"))));
        QVERIFY(t.contains(QStringLiteral("kΩ")));
        QVERIFY(!t.contains(QStringLiteral("kOhm")));
        QVERIFY(!t.contains(QStringLiteral(">= ")));
    }

    void workshopFrench()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0046"), SheetStatus::Built);
        const QString pdf
            = exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("fr"), QStringLiteral("workshop-fr.pdf"));
        const QString t = flat(text(pdf));
        for (const QString &s :
             { QStringLiteral("Fiche de montage atelier"), QStringLiteral("Nomenclature"),
               QStringLiteral("Étapes de travail"), QStringLiteral("Mesurer la résistance d'isolement"),
               QStringLiteral("Visas"), QStringLiteral("Chef d'atelier") })
            QVERIFY2(t.contains(s), qPrintable(s));
        QVERIFY(!hasWatermark(pdf)); // built
    }

    void fontsAreEmbeddedAndMetadataSet()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0047"), SheetStatus::Approved);
        for (const bool pdfA : { false, true }) {
            PdfExportOptions o;
            o.pdfA = pdfA;
            const QString pdf = exportPdf(sheet, DocumentKind::Dossier, QStringLiteral("en"),
                                          pdfA ? QStringLiteral("pdfa.pdf") : QStringLiteral("plain.pdf"), o);
            QVERIFY(!pdf.isEmpty());
            const QStringList fonts
                = run(QStringLiteral("pdffonts"), { pdf }).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
            QVERIFY(!fonts.isEmpty());
            for (const QString &line : fonts)
                QVERIFY2(line.contains(QRegularExpression(
                             QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                         qPrintable(line));
            const QString info = run(QStringLiteral("pdfinfo"), { pdf });
            QVERIFY(info.contains(QStringLiteral("2026-0047")));
            QVERIFY(QRegularExpression(QStringLiteral("Creator:\\s+ReMaster")).match(info).hasMatch());
            const QString meta = run(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), pdf });
            QVERIFY(meta.contains(QStringLiteral("<pdf:Keywords>2026-0047, VF1MA000000000000")));
            QVERIFY(meta.contains(QStringLiteral("Marc Lefèvre")));
            QCOMPARE(meta.contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")), pdfA);
            if (pdfA)
                QVERIFY(QRegularExpression(QStringLiteral("PDF version:\\s+1\\.4")).match(info).hasMatch());
        }
    }

    void usLetterPaper()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0048"), SheetStatus::Approved);
        PdfExportOptions o;
        o.page.paper = QPageSize::Letter;
        const QString pdf
            = exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("en"), QStringLiteral("letter.pdf"), o);
        QVERIFY(run(QStringLiteral("pdfinfo"), { pdf }).contains(QStringLiteral("612 x 792 pts (letter)")));
        const QString a4 = exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("en"), QStringLiteral("a4.pdf"));
        QVERIFY(run(QStringLiteral("pdfinfo"), { a4 }).contains(QStringLiteral("(A4)")));
    }

    void attestationAndPlate()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0049"), SheetStatus::Built);
        PdfExportOptions o;
        o.document.kitMaker = QStringLiteral("Rétrofit Atlantique SAS");
        o.document.prototypeApprovalNumber = QStringLiteral("AP-2025-017");
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fr") }) {
            const QString att = flat(
                text(exportPdf(sheet, DocumentKind::Attestation, lang, QStringLiteral("att-%1.pdf").arg(lang), o)));
            for (const QString &s : { QStringLiteral("Rétrofit Atlantique SAS"), QStringLiteral("AP-2025-017"),
                                      QStringLiteral("VF1MA000000000000"), QStringLiteral("2019"),
                                      QStringLiteral("ZE40-M001"), QStringLiteral("5.4.1") })
                QVERIFY2(att.contains(s), qPrintable(lang + QLatin1Char(' ') + s));
            const QString plate
                = text(exportPdf(sheet, DocumentKind::Plate, lang, QStringLiteral("plate-%1.pdf").arg(lang), o));
            // FR-20: kit maker, VIN, approval number, reason — in this order.
            const qsizetype a = plate.indexOf(QStringLiteral("Rétrofit Atlantique SAS")),
                            b = plate.indexOf(QStringLiteral("VF1MA000000000000"), a),
                            c = plate.indexOf(QStringLiteral("Agrément n° AP-2025-017"), b),
                            d = plate.indexOf(QStringLiteral("Motif : conversion de la motorisation en électrique"), c);
            QVERIFY2(a >= 0 && b > a && c > b && d > c, qPrintable(plate));
        }
        const QString fr = flat(text(m_dir.filePath(QStringLiteral("att-fr.pdf"))));
        QVERIFY(fr.contains(QStringLiteral("Attestation de transformation")));
        // The device type names the motor and the modules, not their catalog ids.
        const QJsonObject motor = m_fx->snapshot.value(QLatin1String("motor")).toObject();
        QVERIFY(fr.contains(flat(motor.value(QLatin1String("motor_label")).toString())));
        QVERIFY(!fr.contains(motor.value(QLatin1String("motor_id")).toString()));
    }

    void userTemplateOverridesTheBundledOne()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0050"), SheetStatus::Approved);
        const QString dir = DocumentTemplates::userDirectory();
        QVERIFY(dir.contains(QStringLiteral(".qttest"))); // test mode: never the user's real folder
        QCOMPARE(DocumentTemplates::resolve(QStringLiteral("workshop.html")),
                 QStringLiteral(":/templates/workshop.html"));
        QString error;
        QVERIFY2(DocumentTemplates::copyToUser(QStringLiteral("workshop.html"), &error), qPrintable(error));
        QVERIFY(!DocumentTemplates::copyToUser(QStringLiteral("workshop.html"), &error)); // never replaces a user copy
        QFile f(QDir(dir).filePath(QStringLiteral("workshop.html")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(
            "<html><body><h1>CUSTOM-LAYOUT {{sheet_number}} {{tr:Bill of materials}}</h1>{{bom_table}}</body></html>");
        f.close();
        const QString custom
            = flat(text(exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("fr"), QStringLiteral("custom.pdf"))));
        QVERIFY(custom.contains(QStringLiteral("CUSTOM-LAYOUT 2026-0050 Nomenclature")));
        QVERIFY(!custom.contains(QStringLiteral("Étapes de travail")));
        QVERIFY(QFile::remove(f.fileName()));
        const QString bundled
            = flat(text(exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("fr"), QStringLiteral("bundled.pdf"))));
        QVERIFY(!bundled.contains(QStringLiteral("CUSTOM-LAYOUT")));
        QVERIFY(bundled.contains(QStringLiteral("Étapes de travail")));
    }

    void bundledTemplateLabelsAreTranslatable()
    {
        const QStringList known = DocumentTemplates::knownLabels();
        const DocumentLanguage fr(QStringLiteral("fr"));
        QVERIFY(fr.isValid());
        static const QRegularExpression re(QStringLiteral("\\{\\{tr:([^{}]+)\\}\\}"));
        for (DocumentKind k : allDocumentKinds()) {
            QFile f(DocumentTemplates::bundledPath(DocumentTemplates::templateFileName(k)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString tpl = QString::fromUtf8(f.readAll());
            auto it = re.globalMatch(tpl);
            while (it.hasNext()) {
                const QString label = it.next().captured(1);
                QVERIFY2(known.contains(label), qPrintable(label));
                if (label != QLatin1String("Masses")
                    && label != QLatin1String("Signature")) // the same in both languages
                    QVERIFY2(fr.tr("Documents", label.toUtf8().constData()) != label, qPrintable(label));
            }
        }
    }

    void safeFileNames()
    {
        QCOMPARE(BatchExporter::safeFileName(QStringLiteral("2026-0001"), QStringLiteral("VF1MA000000000001"),
                                             DocumentKind::Dossier, QStringLiteral("fr")),
                 QStringLiteral("2026-0001_VF1MA000000000001_dossier_fr.pdf"));
        const QString nasty
            = BatchExporter::safeFileName(QStringLiteral("../2026/00:01"), QStringLiteral("VF1<>|?*\"\\ A."),
                                          DocumentKind::Workshop, QStringLiteral("en"));
        for (const QChar c : QStringLiteral("/\\:*?\"<>| "))
            QVERIFY2(!nasty.contains(c), qPrintable(nasty));
        QVERIFY(!nasty.startsWith(QLatin1Char('.')));
        QCOMPARE(BatchExporter::safeComponent(QStringLiteral("CON")), QStringLiteral("_CON"));
        QCOMPARE(BatchExporter::safeComponent(QStringLiteral("com1.txt")), QStringLiteral("_com1.txt"));
        QCOMPARE(BatchExporter::safeComponent(QStringLiteral("..")), QStringLiteral("_"));
    }

    void batchExportNeverOverwritesUnlessTold()
    {
        QTemporaryDir out;
        QMap<QString, storage::BuildSheet> sheets;
        for (int i = 1; i <= 4; ++i) {
            const QString n = QStringLiteral("2026-01%1").arg(i, 2, 10, QLatin1Char('0'));
            sheets.insert(n,
                          m_fx->sheet(n, SheetStatus::Approved, 10,
                                      QStringLiteral("VF1MA0000000001%1").arg(i, 2, 10, QLatin1Char('0'))));
        }
        BatchExportOptions o;
        o.directory = out.path();
        o.pdf.kind = DocumentKind::Workshop;
        o.jobs = 2;
        const QString existing = QDir(out.path())
                                     .filePath(BatchExporter::safeFileName(
                                         QStringLiteral("2026-0102"), QStringLiteral("VF1MA000000000102"),
                                         DocumentKind::Workshop, QStringLiteral("en")));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("keep me");
        }
        auto load = [&](const QString &n, QString *error) -> std::optional<storage::BuildSheet> {
            if (!sheets.contains(n)) {
                *error = QStringLiteral("no sheet %1").arg(n);
                return std::nullopt;
            }
            return sheets.value(n);
        };
        QList<int> progress;
        const QStringList numbers { QStringLiteral("2026-0101"), QStringLiteral("2026-0102"),
                                    QStringLiteral("2026-0103"), QStringLiteral("2026-0104"),
                                    QStringLiteral("2026-9999") };
        auto report = BatchExporter::run(numbers, load, o, [&](int done, int total, const BatchItemResult &) {
            QCOMPARE(total, 5);
            progress.append(done);
        });
        QCOMPARE(progress, (QList<int> { 1, 2, 3, 4, 5 }));
        QCOMPARE(report.written, 3);
        QCOMPARE(report.skipped, 1);
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.items.at(1).outcome, BatchItemResult::SkippedExisting);
        QFile kept(existing);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("keep me"));
        kept.close();
        QVERIFY(flat(text(report.items.at(3).fileName)).contains(QStringLiteral("VF1MA000000000104")));

        o.overwrite = true;
        report = BatchExporter::run(numbers.mid(0, 4), load, o);
        QCOMPARE(report.written, 4);
        QVERIFY(flat(text(existing)).contains(QStringLiteral("2026-0102")));
    }

    void printsHeadlesslyThroughQPrinter()
    {
        const auto sheet = m_fx->sheet(QStringLiteral("2026-0051"), SheetStatus::Draft, 60);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(path);
        SheetPrinter::applyPageSetup(printer, PageSetup {});
        PdfExportOptions o;
        o.language = QStringLiteral("fr");
        const PdfExportResult r = SheetPrinter::print(sheet, printer, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(pages(path), r.pages);
        const QString t = flat(text(path));
        QVERIFY(t.contains(QStringLiteral("2026-0051")));
        QVERIFY(hasWatermark(path));
        // Same layout as the PDF export.
        o.kind = DocumentKind::Workshop;
        QCOMPARE(pages(exportPdf(sheet, DocumentKind::Workshop, QStringLiteral("fr"), QStringLiteral("same.pdf"))),
                 r.pages);

        // The remembered page setup.
        QSettings settings(m_dir.filePath(QStringLiteral("print.ini")), QSettings::IniFormat);
        QPageLayout letter(QPageSize(QPageSize::Letter), QPageLayout::Landscape, QMarginsF(10, 11, 12, 13),
                           QPageLayout::Millimeter);
        SheetPrinter::savePageLayout(settings, DocumentKind::Dossier, letter);
        const QPageLayout back = SheetPrinter::loadPageLayout(settings, DocumentKind::Dossier);
        QCOMPARE(back.pageSize().id(), QPageSize::Letter);
        QCOMPARE(back.orientation(), QPageLayout::Landscape);
        QCOMPARE(back.margins(QPageLayout::Millimeter), QMarginsF(10, 11, 12, 13));
        QCOMPARE(SheetPrinter::loadPageLayout(settings, DocumentKind::Workshop).pageSize().id(), QPageSize::A4);
    }

    void cliExportsOneSheetAndABatch()
    {
        const QString cli = QStringLiteral(REMASTER_CLI_PATH);
        QVERIFY2(QFileInfo::exists(cli), "remaster-cli is built with the tests, yet it is missing");
        QTemporaryDir work;
        // A file, or a database on the test server in documents_postgresql.
        const QString db = testdb::fresh(work, QStringLiteral("documents-cli"));
        const QString design = work.filePath(QStringLiteral("design.json"));
        bool ok = false;
        const QString json = run(cli, { QStringLiteral("example-design") }, &ok);
        QVERIFY(ok);
        QFile f(design);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json.toUtf8());
        f.close();
        const QString number
            = run(cli, { QStringLiteral("--db"), db, QStringLiteral("sheet"), QStringLiteral("new"), design }, &ok)
                  .trimmed();
        QVERIFY2(ok && !number.isEmpty(), qPrintable(number));
        const QString out = work.filePath(QStringLiteral("dossier.pdf"));
        run(cli,
            { QStringLiteral("--db"), db, QStringLiteral("sheet"), QStringLiteral("export-pdf"), number,
              QStringLiteral("--out"), out, QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--kind"),
              QStringLiteral("dossier"), QStringLiteral("--paper"), QStringLiteral("letter"),
              QStringLiteral("--pdfa") },
            &ok);
        QVERIFY(ok);
        const QString t = flat(text(out));
        QVERIFY(t.contains(number));
        QVERIFY(t.contains(QStringLiteral("Dossier d'homologation")));
        QVERIFY(run(QStringLiteral("pdfinfo"), { QStringLiteral("-meta"), out })
                    .contains(QStringLiteral("<pdfaid:part>1</pdfaid:part>")));
        // Refuses to replace the file, and refuses bad options.
        run(cli,
            { QStringLiteral("--db"), db, QStringLiteral("sheet"), QStringLiteral("export-pdf"), number,
              QStringLiteral("--out"), out },
            &ok);
        QVERIFY(!ok);
        run(cli,
            { QStringLiteral("--db"), db, QStringLiteral("sheet"), QStringLiteral("export-pdf"), number,
              QStringLiteral("--out"), work.filePath(QStringLiteral("x.pdf")), QStringLiteral("--lang"),
              QStringLiteral("de") },
            &ok);
        QVERIFY(!ok);
        // Batch by status into a folder, then again: nothing overwritten.
        const QString dir = work.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(dir));
        const QStringList batch { QStringLiteral("--db"),     db,
                                  QStringLiteral("sheet"),    QStringLiteral("export-pdfs"),
                                  QStringLiteral("--status"), QStringLiteral("draft"),
                                  QStringLiteral("--dir"),    dir,
                                  QStringLiteral("--jobs"),   QStringLiteral("2"),
                                  QStringLiteral("--json") };
        const QJsonObject first = QJsonDocument::fromJson(run(cli, batch, &ok).toUtf8()).object();
        QVERIFY(ok);
        QCOMPARE(first.value(QLatin1String("written")).toInt(), 1);
        const QJsonObject second = QJsonDocument::fromJson(run(cli, batch, &ok).toUtf8()).object();
        QVERIFY(ok);
        QCOMPARE(second.value(QLatin1String("skipped_existing")).toInt(), 1);
        QCOMPARE(QDir(dir).entryList({ QStringLiteral("*.pdf") }).size(), 1);
    }

    void chartRendererDrawsOnScreenAndInGrayscale()
    {
        ChartData c;
        c.kind = ChartData::Kind::Bars;
        c.title = QStringLiteral("Axle loads");
        c.barSeries = { QStringLiteral("Front"), QStringLiteral("Rear") };
        c.bars = { { QStringLiteral("Unladen"), { 1400, 900 } }, { QStringLiteral("GVW"), { 1750, 1900 } } };
        c.limits = { { QStringLiteral("Limit"), 1850, 1, 0 }, { QStringLiteral("Limit"), 2000, 1, 1 } };
        for (const bool gray : { false, true }) {
            QImage img(400 * 2, 250 * 2, QImage::Format_ARGB32);
            img.setDevicePixelRatio(2);
            img.fill(Qt::white);
            QPainter p(&img);
            ChartRenderOptions o;
            o.devicePixelRatio = 2;
            o.grayscale = gray;
            ChartRenderer::render(p, QRectF(0, 0, 400, 250), c, o);
            p.end();
            int colored = 0, dark = 0;
            for (int y = 0; y < img.height(); y += 2)
                for (int x = 0; x < img.width(); x += 2) {
                    const QColor px = img.pixelColor(x, y);
                    if (std::abs(px.red() - px.green()) > 20 || std::abs(px.green() - px.blue()) > 20)
                        ++colored;
                    if (px.lightness() < 128)
                        ++dark;
                }
            QVERIFY(dark > 100);
            if (gray)
                QCOMPARE(colored, 0);
            else
                QVERIFY(colored > 100);
        }
        QCOMPARE(ChartRenderer::niceTicks(0, 2000, 6), (QList<double> { 0, 500, 1000, 1500, 2000 }));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
