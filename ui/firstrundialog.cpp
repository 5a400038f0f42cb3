#include "firstrundialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace remaster::ui {

FirstRunDialog::FirstRunDialog(const QString &databasePath, const QString &demoPath, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to ReMaster"));
    auto *text = new QLabel(
        tr("<p><b>Welcome to ReMaster.</b></p>"
           "<p>Your catalogs and build sheets are stored in one database file:<br><code>%1</code></p>"
           "<p>Back it up with your other work files; it can be moved with <i>File → Open database</i>. "
           "The demo database is a separate file (<code>%2</code>) for trying ReMaster out: nothing you do "
           "there touches your own data.</p>")
            .arg(QDir::toNativeSeparators(databasePath).toHtmlEscaped(),
                 QDir::toNativeSeparators(demoPath).toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *own = buttons->addButton(tr("Start with &my database"), QDialogButtonBox::AcceptRole);
    QPushButton *demo = buttons->addButton(tr("Open the &demo database"), QDialogButtonBox::ActionRole);
    own->setDefault(true);
    connect(own, &QPushButton::clicked, this, [this] {
        m_choice = OwnDatabase;
        accept();
    });
    connect(demo, &QPushButton::clicked, this, [this] {
        m_choice = DemoDatabase;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(560, 260);
}

} // namespace remaster::ui
