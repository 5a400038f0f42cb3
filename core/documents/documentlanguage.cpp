#include "documentlanguage.h"

#include <QLibraryInfo>

namespace remaster::documents {

QStringList DocumentLanguage::supportedCodes()
{
    return { QStringLiteral("en"), QStringLiteral("fr") };
}

QString DocumentLanguage::translationResource(const QString &code)
{
    return QStringLiteral(":/i18n/remaster_%1.qm").arg(code);
}

DocumentLanguage::DocumentLanguage(const QString &code)
    : m_code(code)
    , m_locale(code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    if (!supportedCodes().contains(code))
        return;
    m_translator = std::make_unique<QTranslator>();
    m_valid = m_translator->load(translationResource(code));
}

QString DocumentLanguage::tr(const char *context, const char *text) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, text);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(text);
}

namespace {
QTranslator *g_uiTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;
QString g_current = QStringLiteral("en");
} // namespace

bool UiLanguage::install(const QString &code)
{
    if (!DocumentLanguage::supportedCodes().contains(code))
        return false;
    auto *app = QCoreApplication::instance();
    if (g_uiTranslator) {
        QCoreApplication::removeTranslator(g_uiTranslator);
        delete g_uiTranslator;
        g_uiTranslator = nullptr;
    }
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
        g_qtTranslator = nullptr;
    }
    g_uiTranslator = new QTranslator(app);
    if (!g_uiTranslator->load(DocumentLanguage::translationResource(code)))
        return false;
    QCoreApplication::installTranslator(g_uiTranslator);
    // Qt's own strings (standard dialog buttons ...) when Qt's translations are installed.
    g_qtTranslator = new QTranslator(app);
    if (g_qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qtTranslator);
    QLocale::setDefault(code == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    g_current = code;
    return true;
}

QString UiLanguage::current()
{
    return g_current;
}

} // namespace remaster::documents
