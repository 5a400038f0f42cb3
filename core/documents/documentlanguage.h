// Languages of the interface and of documents.
//
// The UI language and a document's language are independent: a French engineer may print an
// English dossier. DocumentLanguage holds its own translator and locale and never touches the
// application's installed translators.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace remaster::documents {

class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &code); // "en" or "fr"; anything else is an error
    bool isValid() const { return m_valid; }
    QString code() const { return m_code; }
    QLocale locale() const { return m_locale; }
    QString tr(const char *context, const char *text) const;

    static QStringList supportedCodes(); // {"en", "fr"}
    static QString translationResource(const QString &code); // ":/i18n/remaster_fr.qm"

private:
    QString m_code;
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator;
    bool m_valid = false;
};

// Installs the UI translation (and Qt's own, where available) for the whole application.
class UiLanguage
{
public:
    static bool install(const QString &code);
    static QString current();
};

} // namespace remaster::documents
