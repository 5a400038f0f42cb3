#include "cliapp.h"

#include "documents/documentlanguage.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Refactory"));
    QCoreApplication::setApplicationName(QStringLiteral("ReMaster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REMASTER_VERSION));

    QStringList args = QCoreApplication::arguments().mid(1);
    // --ui-lang is handled first so that every message of the run is in that language.
    const int langIndex = args.indexOf(QStringLiteral("--ui-lang"));
    if (langIndex >= 0 && langIndex + 1 < args.size()) {
        remaster::documents::UiLanguage::install(args.at(langIndex + 1));
        args.remove(langIndex, 2);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    remaster::cli::CliApp cli(out, err);
    const int code = cli.run(args);
    out.flush();
    err.flush();
    return code;
}
