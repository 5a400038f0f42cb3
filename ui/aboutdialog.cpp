#include "aboutdialog.h"

#include "model/catalog_set.h"
#include "storage/apppaths.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace remaster::ui {

AboutDialog::AboutDialog(const model::CatalogSet &catalog, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About ReMaster"));
    auto *title = new QLabel(tr("<h2>ReMaster %1</h2><p>Engineering workstation for converting diesel Renault "
                                "Master vans to battery-electric.</p>")
                                 .arg(QCoreApplication::applicationVersion()),
                             this);
    title->setWordWrap(true);

    QString html = tr("<p><b>Vehicle catalog</b> %1: %2 variants, %3 diesel engines.<br>"
                      "<b>Component catalog</b> %4: %5 components.<br>"
                      "<b>Database</b>: %6<br>"
                      "<b>Data folder</b>: %7<br>"
                      "<b>Settings</b>: %8</p>")
                       .arg(QString::fromStdString(catalog.vehiclesVersion).toHtmlEscaped())
                       .arg(catalog.variants.size())
                       .arg(catalog.engines.size())
                       .arg(QString::fromStdString(catalog.componentsVersion).toHtmlEscaped())
                       .arg(catalog.componentCount())
                       .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped())
                       .arg(QDir::toNativeSeparators(storage::AppPaths::dataDirectory()).toHtmlEscaped())
                       .arg(QDir::toNativeSeparators(QSettings().fileName()).toHtmlEscaped());
    html += tr("<p><b>Data sources.</b> Every catalog figure carries its source and a confidence mark: "
               "A manufacturer document or concordant sources, B one reputable source, C weak or conflicting "
               "source, E derived by ReMaster (calculation shown), R representative value. Masses, axle loads, "
               "drag coefficients and removed-part masses of the Master are largely unpublished: their "
               "representative values must be overridden from the vehicle's registration certificate or a "
               "weighbridge ticket. Drive cycles: UN GTR 15 (WLTC, via JRC), UNECE R83 (NEDC), US EPA "
               "(UDDS, HWFET), CADC/Artemis and VECTO delivery missions.</p>");
    html += QStringLiteral("<p><b>%1</b> (%2)</p><ul>").arg(tr("Sources cited")).arg(catalog.sources.size());
    for (const auto &s : catalog.sources)
        html += QStringLiteral("<li>%1 — %2</li>")
                    .arg(QString::fromStdString(s.id).toHtmlEscaped(),
                         QString::fromStdString(s.citation).toHtmlEscaped());
    html += QStringLiteral("</ul>");
    html += tr("<p>Built with Qt %1 and Boost.Units. Nothing in ReMaster is legal advice: the approval "
               "authority and its technical service have the last word.</p>")
                .arg(QString::fromLatin1(qVersion()));

    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setOpenExternalLinks(false);
    text->setHtml(html);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

} // namespace remaster::ui
