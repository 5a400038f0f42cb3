#include "cliapp.h"

#include "documents/documentlanguage.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Laying out documents needs a QGuiApplication (fonts, text layout); everything else runs on
    // QCoreApplication so that the CLI works on a server without a display.
    const bool documents
        = std::any_of(argv + 1, argv + argc, [](const char *a) { return qstrncmp(a, "export-pdf", 10) == 0; });
#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
    if (documents && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    std::unique_ptr<QCoreApplication> app
        = documents ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Refactory"));
    QCoreApplication::setApplicationName(QStringLiteral("ReMaster"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REMASTER_VERSION));
    remaster::storage::installDriverNoiseFilter();

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
