#include "designpages.h"

#include "ui/catalogcontext.h"

#include <QEvent>

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
        m_updating = true;
        retranslate();
        refresh();
        m_updating = false;
    }
    QWidget::changeEvent(event);
}

} // namespace remaster::ui
