#include "appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace remaster::ui {

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1f, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), mid(0x3a, 0x3a, 0x3e);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, mid);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xc7));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6a, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x8a, 0xf0));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

QString g_systemStyle;

} // namespace

QString Appearance::current()
{
    const QString code = QSettings().value(QStringLiteral("ui/appearance"), QStringLiteral("system")).toString();
    return code == QLatin1String("light") || code == QLatin1String("dark") ? code : QStringLiteral("system");
}

bool Appearance::apply(const QString &code)
{
    if (code != QLatin1String("system") && code != QLatin1String("light") && code != QLatin1String("dark"))
        return false;
    if (g_systemStyle.isEmpty() && qApp->style())
        g_systemStyle = qApp->style()->name();
    if (code == QLatin1String("system")) {
        QApplication::setStyle(
            QStyleFactory::create(g_systemStyle.isEmpty() ? QStringLiteral("Fusion") : g_systemStyle));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(code == QLatin1String("dark") ? darkPalette()
                                                               : QApplication::style()->standardPalette());
    }
    QSettings().setValue(QStringLiteral("ui/appearance"), code);
    return true;
}

} // namespace remaster::ui
