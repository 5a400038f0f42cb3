// Every user-visible string in the sources has a finished French translation, and the English
// file lists the same strings. lupdate reads the current sources into a scratch copy, so a new
// tr() string without a translation fails this test until translations/*.ts are updated.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Stats {
        int messages = 0;
        QStringList unfinished;
    };

    static Stats read(const QString &path)
    {
        Stats s;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return s;
        QXmlStreamReader xml(&f);
        QString context, source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                ++s.messages;
                const bool numerus = xml.attributes().value(QLatin1String("type")).isEmpty() && false;
                Q_UNUSED(numerus)
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    s.unfinished << context + QStringLiteral(": ") + source;
            }
        }
        return s;
    }

private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyStringIsTranslated()
    {
        QFETCH(QString, language);
        const QDir source(QStringLiteral(REMASTER_SOURCE_DIR));
        const QString committed = source.filePath(QStringLiteral("translations/remaster_%1.ts").arg(language));
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(committed, scratch));
        QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(source.path());
        lupdate.start(QStringLiteral(REMASTER_LUPDATE),
                      { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                        QStringLiteral("-extensions"), QStringLiteral("cpp,h"), QStringLiteral("core"),
                        QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), scratch });
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const Stats s = read(scratch);
        QVERIFY(s.messages > 100);
        QVERIFY2(s.unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 untranslated (run the update_translations target and translate):\n%2")
                                .arg(s.unfinished.size())
                                .arg(s.unfinished.mid(0, 40).join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
