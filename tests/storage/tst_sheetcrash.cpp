// Crash and concurrency: a writer process killed (SIGKILL / TerminateProcess) in the middle of a
// batch of saves, and two writer processes at once.
#include "storage/database.h"
#include "storage/sheetstore.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace remaster::storage;

class TestSheetCrash : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static QStringList readLines(QProcess &p, QByteArray &buffer)
    {
        buffer += p.readAllStandardOutput();
        QStringList lines;
        int nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            lines.append(QString::fromUtf8(buffer.left(nl)).trimmed());
            buffer.remove(0, nl + 1);
        }
        return lines;
    }

    static void checkDatabase(const QString &path, const QStringList &mustHave, int *total)
    {
        Database db;
        const auto r = db.open(path);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        SheetStore store(db);
        SheetError e;
        const QStringList numbers = store.numbers(&e);
        QVERIFY(!e);
        const QSet<QString> present(numbers.begin(), numbers.end());
        QCOMPARE(present.size(), numbers.size()); // unique
        for (const QString &n : mustHave)
            QVERIFY2(present.contains(n),
                     qPrintable(QStringLiteral("sheet %1 was reported saved but is missing").arg(n)));
        QVERIFY(store.verify(&e).isEmpty());
        *total = static_cast<int>(numbers.size());
    }

private slots:
    void killedWriterLosesNothingThatWasSaved()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
        QProcess writer;
        writer.start(QStringLiteral(SHEETWRITER_PATH), { path, QStringLiteral("100000"), QStringLiteral("crash") });
        QVERIFY(writer.waitForStarted());
        QStringList saved;
        QByteArray buffer;
        QElapsedTimer t;
        t.start();
        while (saved.size() < 150 && t.elapsed() < 60000) {
            writer.waitForReadyRead(1000);
            saved += readLines(writer, buffer);
        }
        QVERIFY2(saved.size() >= 150, qPrintable(QString::fromUtf8(writer.readAllStandardError())));
        writer.kill(); // SIGKILL on Unix, TerminateProcess on Windows: no cleanup runs
        QVERIFY(writer.waitForFinished());
        saved += readLines(writer, buffer); // lines printed before the kill are saves that returned
        int total = 0;
        checkDatabase(path, saved, &total);
        QVERIFY(total >= saved.size());
        QVERIFY(total <= saved.size() + 1); // at most the save in flight, whole or not at all
    }

    void twoWritersAtOnce()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.sqlite"));
        {
            Database db; // created first, so that neither writer has to migrate
            QVERIFY(db.open(path).ok());
        }
        constexpr int kEach = 120;
        QProcess a, b;
        a.start(QStringLiteral(SHEETWRITER_PATH), { path, QString::number(kEach), QStringLiteral("A") });
        b.start(QStringLiteral(SHEETWRITER_PATH), { path, QString::number(kEach), QStringLiteral("B") });
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        const QString errA = QString::fromUtf8(a.readAllStandardError());
        const QString errB = QString::fromUtf8(b.readAllStandardError());
        QVERIFY2(a.exitCode() == 0, qPrintable(errA));
        QVERIFY2(b.exitCode() == 0, qPrintable(errB));
        QVERIFY(!errA.contains(QStringLiteral("locked")) && !errB.contains(QStringLiteral("locked")));
        QByteArray bufA, bufB;
        const QStringList savedA = readLines(a, bufA);
        const QStringList savedB = readLines(b, bufB);
        QCOMPARE(savedA.size(), kEach);
        QCOMPARE(savedB.size(), kEach);
        int total = 0;
        checkDatabase(path, savedA + savedB, &total);
        QCOMPARE(total, 2 * kEach);
    }
};

QTEST_GUILESS_MAIN(TestSheetCrash)
#include "tst_sheetcrash.moc"
