// Desktop responsiveness, measured (never asserted in tests): start-up to an interactive main
// window, and one edit of the design to updated results, tables and charts on screen.
// Runs on any Qt platform; CI-style runs use QT_QPA_PLATFORM=offscreen.
#include "ui/catalogcontext.h"
#include "ui/design/designdocument.h"
#include "ui/design/designpages.h"
#include "ui/design/designworkspace.h"
#include "ui/mainwindow.h"

#include "documents/documentlanguage.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace remaster;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    const bool json = app.arguments().contains(QStringLiteral("--json"));
    documents::UiLanguage::install(QStringLiteral("en"));

    // Start-up: database (created and seeded on the first run, as a new user sees it), main
    // window, first paint.
    ui::CatalogContext context;
    QString message;
    if (!context.open(dir.filePath(QStringLiteral("bench.sqlite")), message)) {
        QTextStream(stderr) << message << Qt::endl;
        return 1;
    }
    ui::MainWindow window(context);
    window.setNonInteractive(true);
    window.resize(1400, 880);
    window.show();
    QApplication::processEvents();
    const double startupMs = static_cast<double>(sinceStart.nsecsElapsed()) / 1e6;

    // Edits on the motor step (results, feasibility table and the envelope chart all refresh).
    window.tabs()->setCurrentWidget(window.designWorkspace());
    window.designWorkspace()->showStep(1);
    QApplication::processEvents();
    auto *ratio = window.designWorkspace()->motorPage()->ratioSpin();
    std::vector<double> editMs, recomputeMs;
    for (int i = 0; i < 41; ++i) {
        QElapsedTimer t;
        t.start();
        ratio->setValue(7.5 + 0.02 * i);
        window.designWorkspace()->motorPage()->repaint(); // synchronous paint of the visible step
        QApplication::processEvents();
        editMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
        recomputeMs.push_back(window.designDocument()->outcome().milliseconds);
    }
    if (json) {
        QTextStream(stdout) << QJsonDocument(
                                   QJsonObject { { QStringLiteral("startup_ms"), startupMs },
                                                 { QStringLiteral("edit_to_screen_median_ms"), median(editMs) },
                                                 { QStringLiteral("recompute_median_ms"), median(recomputeMs) },
                                                 { QStringLiteral("edits"), static_cast<int>(editMs.size()) } })
                                   .toJson();
    } else {
        QTextStream out(stdout);
        out << "Desktop responsiveness (" << QGuiApplication::platformName() << ")\n"
            << "start-up to an interactive main window  " << startupMs << " ms\n"
            << "edit to updated results and charts      " << median(editMs) << " ms median over " << editMs.size()
            << " edits (target ≤ 50 ms)\n"
            << "  of which recompute (all cycles, rules) " << median(recomputeMs) << " ms\n";
    }
    return 0;
}
