#include "databaselocation.h"

#include <QDir>
#include <QUrl>
#include <QUrlQuery>

namespace remaster::storage {
namespace {

// libpq connection keywords a URI may carry (PostgreSQL 15 manual, §34.1.2). Keywords that
// carry a secret (password) or replace the whole connection (service files) are left out.
const QStringList &libpqKeywords()
{
    static const QStringList keywords {
        QStringLiteral("host"),
        QStringLiteral("hostaddr"),
        QStringLiteral("port"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcrl"),
        QStringLiteral("passfile"),
        QStringLiteral("gssencmode"),
        QStringLiteral("channel_binding"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
    };
    return keywords;
}

const QStringList &sslModes()
{
    static const QStringList modes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                     QStringLiteral("prefer"),    QStringLiteral("require"),
                                     QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    return modes;
}

// A libpq conninfo value in single quotes (backslash and quote escaped), so that a path with a
// space stays one value.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

std::optional<int> parsePort(const QString &text)
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

QStringList DatabaseLocations::acceptedOptions()
{
    return libpqKeywords();
}

QString DatabaseLocation::displayName() const
{
    if (!isPostgres())
        return QDir::toNativeSeparators(sqlitePath);
    QString where = host.isEmpty() ? QStringLiteral("localhost") : host;
    QString shown = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        shown += user + QLatin1Char('@');
    if (where.startsWith(QLatin1Char('/')))
        shown += QStringLiteral("/%1 (socket %2:%3)").arg(database, where).arg(port);
    else
        shown += QStringLiteral("%1:%2/%3").arg(where).arg(port).arg(database);
    return shown;
}

QString DatabaseLocation::uri() const
{
    if (!isPostgres())
        return QStringLiteral("sqlite:") + sqlitePath;
    auto encoded = [](const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s)); };
    const bool socket = host.startsWith(QLatin1Char('/'));
    QString out = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        out += encoded(user) + QLatin1Char('@');
    if (!socket) {
        out += host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : encoded(host);
        out += QLatin1Char(':') + QString::number(port);
    }
    out += QLatin1Char('/') + encoded(database);
    QUrlQuery query;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() != QLatin1String("host") && it.key() != QLatin1String("port"))
            query.addQueryItem(it.key(), encoded(it.value()));
    }
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), encoded(host));
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? out : out + QLatin1Char('?') + q;
}

QString DatabaseLocation::connectOptions() const
{
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (it.key() == QLatin1String("host") || it.key() == QLatin1String("port"))
            continue; // passed as QSqlDatabase host name and port
        parts.append(it.key() + QLatin1Char('=') + quoted(it.value()));
    }
    // A server that does not answer must not freeze the GUI for libpq's default (forever).
    if (!options.contains(QStringLiteral("connect_timeout")))
        parts.append(QStringLiteral("connect_timeout=10"));
    if (!options.contains(QStringLiteral("application_name")))
        parts.append(QStringLiteral("application_name=ReMaster"));
    return parts.join(QLatin1Char(';'));
}

std::optional<DatabaseLocation> DatabaseLocations::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DatabaseLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("no database given: a file path, sqlite:PATH or postgresql://user@host:port/database"));

    DatabaseLocation location;
    const bool postgres = text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
    if (!postgres) {
        QString path = text;
        if (path.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
            path = path.mid(7);
        // Anything else with a scheme (mysql://, http://) is a mistake, not a file name; a
        // Windows drive letter (C:\...) is one letter before the colon.
        const int colon = path.indexOf(QStringLiteral("://"));
        if (colon > 0)
            return fail(tr("unknown database scheme '%1': accepted are a file path, sqlite:PATH and postgresql://")
                            .arg(path.left(colon)));
        if (path.isEmpty())
            return fail(tr("sqlite: needs a file path after the colon"));
        location.sqlitePath = path;
        return location;
    }

    // Split by hand: QUrl refuses libpq's own forms (a user with no host before a socket
    // folder in ?host=, several hosts), and its errors do not name the part the user got wrong.
    QString rest = text.mid(text.indexOf(QStringLiteral("://")) + 3);
    QString queryText;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        queryText = rest.mid(q + 1);
        rest = rest.left(q);
    }
    const int slash = rest.indexOf(QLatin1Char('/'));
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    const QString path = slash >= 0 ? rest.mid(slash + 1) : QString();
    auto decoded = [](const QString &s) { return QUrl::fromPercentEncoding(s.toUtf8()); };
    location.backend = DatabaseBackend::Postgres;
    if (const int at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(QLatin1Char(':')))
            return fail(tr("the PostgreSQL URI holds a password; ReMaster never stores one: put it in ~/.pgpass "
                           "(or the file PGPASSFILE names) or in PGPASSWORD, and remove it from the URI"));
        location.user = decoded(userInfo);
        authority = authority.mid(at + 1);
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const int close = authority.indexOf(QLatin1Char(']'));
        if (close < 0)
            return fail(tr("the PostgreSQL host '%1' opens '[' without closing it").arg(authority));
        location.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else if (const int colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        location.host = decoded(authority.left(colon));
        portText = authority.mid(colon + 1);
    } else {
        location.host = decoded(authority);
    }
    if (location.host.contains(QLatin1Char(',')))
        return fail(tr("several PostgreSQL hosts ('%1') are not supported: give one").arg(location.host));
    if (!portText.isEmpty()) {
        const auto port = parsePort(portText);
        if (!port)
            return fail(tr("port '%1' is not a TCP port (accepted: 1 … 65535)").arg(portText));
        location.port = *port;
    }
    location.database = decoded(path);
    if (location.database.contains(QLatin1Char('/')))
        return fail(tr("the PostgreSQL database name '%1' contains '/'").arg(location.database));

    const QUrlQuery query(queryText);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return fail(tr("the PostgreSQL URI holds a password; ReMaster never stores one: put it in ~/.pgpass "
                           "(or the file PGPASSFILE names) or in PGPASSWORD, and remove it from the URI"));
        if (!libpqKeywords().contains(key))
            return fail(tr("unknown PostgreSQL connection option '%1'; accepted: %2")
                            .arg(key, libpqKeywords().join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')))
            return fail(tr("the PostgreSQL connection option '%1' contains ';', which is not accepted").arg(key));
        if (key == QLatin1String("sslmode") && !sslModes().contains(value))
            return fail(tr("sslmode '%1' is not a libpq TLS mode; accepted: %2")
                            .arg(value, sslModes().join(QStringLiteral(", "))));
        if (key == QLatin1String("port")) {
            const auto port = parsePort(value);
            if (!port)
                return fail(tr("port '%1' is not a TCP port (accepted: 1 … 65535)").arg(value));
            location.port = *port;
        }
        if (key == QLatin1String("host")) {
            if (!location.host.isEmpty() && location.host != value)
                return fail(tr("the URI names two hosts ('%1' and host=%2): give one").arg(location.host, value));
            location.host = value;
        }
        location.options.insert(key, value);
    }
    if (location.database.isEmpty())
        return fail(tr("the PostgreSQL URI names no database: postgresql://user@host:port/DATABASE"));
    return location;
}

} // namespace remaster::storage
