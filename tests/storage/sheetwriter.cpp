// Test helper: saves build sheets in a loop and prints each returned number on its own line,
// flushed, so that a test can kill it mid-batch and check that every printed sheet survived.
//   sheetwriter DATABASE COUNT [TAG]
#include "sheetfixtures.h"

#include "storage/database.h"
#include "storage/sheetstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: sheetwriter DATABASE COUNT [TAG]\n", stderr);
        return 2;
    }
    const int count = args.at(2).toInt();
    const QString tag = args.size() > 3 ? args.at(3) : QStringLiteral("writer");
    remaster::storage::Database db;
    const auto opened = db.open(args.at(1));
    if (!opened.ok()) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.message));
        return 4;
    }
    remaster::storage::SheetStore store(db);
    for (int i = 0; i < count; ++i) {
        remaster::storage::SheetError error;
        const auto number = store.create(sheetfixtures::content(i, QStringLiteral("%1 %2").arg(tag).arg(i)), &error);
        if (!number) {
            std::fprintf(stderr, "save %d failed: %s\n", i, qPrintable(error.message));
            return 4;
        }
        std::printf("%s\n", qPrintable(*number));
        std::fflush(stdout);
    }
    return 0;
}
