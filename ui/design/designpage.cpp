#include "designpages.h"

#include "ui/catalogcontext.h"

#include <QEvent>
#include <QPushButton>

namespace remaster::ui {

DesignPage::DesignPage(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_context(context)
{
    connect(&m_doc, &DesignDocument::outcomeChanged, this, [this] {
        m_updating = true;
        refresh();
        m_updating = false;
    });
}

QPushButton *DesignPage::makeFindKitsButton()
{
    auto *b = new QPushButton(this);
    b->setObjectName(QStringLiteral("findKitsButton"));
    b->setText(tr("Find &kits…"));
    b->setToolTip(tr("Search the catalog for the kits that fit this van and its duty"));
    connect(b, &QPushButton::clicked, this, &DesignPage::findKitsRequested);
    return b;
}

void DesignPage::reload()
{
    m_updating = true;
    retranslate();
    refresh();
    m_updating = false;
}

void DesignPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        if (auto *b = findChild<QPushButton *>(QStringLiteral("findKitsButton")))
            b->setText(tr("Find &kits…"));
        m_updating = true;
        retranslate();
        refresh();
        m_updating = false;
    }
    QWidget::changeEvent(event);
}

} // namespace remaster::ui
