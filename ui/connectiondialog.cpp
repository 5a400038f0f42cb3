#include "connectiondialog.h"

#include "catalogcontext.h"
#include "uisettings.h"

#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace remaster::ui {
namespace {

// libpq's TLS modes, most useful first. "prefer" is libpq's own default.
const char *const kTlsModes[] = { "prefer", "require", "verify-full", "verify-ca", "disable" };

QString systemUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to a team database"));
    auto *intro = new QLabel(tr("A PostgreSQL server shared by the team. ReMaster creates its tables in an empty "
                                "database the first time it opens it."),
                             this);
    intro->setWordWrap(true);

    m_recent = new QComboBox(this);
    m_recent->addItem(tr("(new connection)"));
    for (const QString &uri : UiSettings::recentConnections())
        m_recent->addItem(uri, uri);
    m_recent->setToolTip(tr("Team databases opened before on this computer"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("db.example.org, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setAccelerated(true);
    m_database = new QLineEdit(QStringLiteral("remaster"), this);
    m_user = new QLineEdit(systemUserName(), this);
    m_tls = new QComboBox(this);
    for (const char *mode : kTlsModes)
        m_tls->addItem(QLatin1String(mode), QLatin1String(mode));
    m_tls->setToolTip(tr("libpq's sslmode: prefer uses TLS when the server offers it; require insists on TLS; "
                         "verify-full also checks the server's certificate and name"));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("from ~/.pgpass or PGPASSWORD when left empty"));
    m_password->setToolTip(tr("Used for this session only and never saved. To avoid typing it, put it in "
                              "~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows)."));
    // A URI has no spaces to wrap at: a read-only line shows it whole (scrolling) and copies.
    m_preview = new QLineEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setFrame(false);
    m_preview->setToolTip(tr("The same location works with remaster-cli --db"));
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Recent:"), m_recent);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("T&LS mode:"), m_tls);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("URI:"), m_preview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &ConnectionDialog::accept);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);

    connect(m_recent, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            setLocation(m_recent->itemData(index).toString());
    });
    for (QLineEdit *edit : { m_host, m_database, m_user })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updatePreview);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updatePreview);
    connect(m_tls, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_host->setFocus();
    updatePreview();
}

void ConnectionDialog::setLocation(const QString &uri, const QString &problem)
{
    QString error;
    const auto l = storage::DatabaseLocations::parse(uri, &error);
    if (l && l->isPostgres()) {
        m_host->setText(l->host);
        m_port->setValue(l->port);
        m_database->setText(l->database);
        m_user->setText(l->user);
        const int tls = m_tls->findData(l->options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
        m_tls->setCurrentIndex(tls >= 0 ? tls : 0);
    }
    if (!problem.isEmpty())
        showResult(problem, false);
    else if (!l)
        showResult(error, false);
    updatePreview();
}

std::optional<storage::DatabaseLocation> ConnectionDialog::location(QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<storage::DatabaseLocation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString database = m_database->text().trimmed();
    if (database.isEmpty())
        return fail(tr("Database: enter the name of the database on the server"));
    if (m_user->text().trimmed().isEmpty())
        return fail(tr("User: enter your user name on the server"));
    storage::DatabaseLocation l;
    l.backend = storage::DatabaseBackend::Postgres;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = database;
    l.user = m_user->text().trimmed();
    l.options.insert(QStringLiteral("sslmode"), m_tls->currentData().toString());
    if (l.host.startsWith(QLatin1Char('/')))
        l.options.insert(QStringLiteral("host"), l.host);
    // Read back through the parser so that the dialog accepts exactly what --db accepts.
    QString problem;
    auto parsed = storage::DatabaseLocations::parse(l.uri(), &problem);
    if (!parsed)
        return fail(problem);
    parsed->password = m_password->text();
    return parsed;
}

void ConnectionDialog::updatePreview()
{
    QString error;
    const auto l = location(&error);
    m_preview->setText(l ? l->uri() : error);
    m_preview->setCursorPosition(0); // the scheme and user first
    m_open->setEnabled(l.has_value() && !m_testing);
    m_test->setEnabled(l.has_value() && !m_testing);
}

void ConnectionDialog::showResult(const QString &text, bool good)
{
    m_result->setText(text);
    m_result->setStyleSheet(good ? QString() : QStringLiteral("color: #c62828;"));
}

void ConnectionDialog::testConnection()
{
    const auto l = location();
    if (!l)
        return;
    // libpq may wait up to connect_timeout (10 s) for a server that does not answer: off the
    // GUI thread, with the buttons disabled meanwhile.
    m_testing = true;
    updatePreview();
    showResult(tr("Connecting to %1…").arg(l->displayName()), true);
    auto probe = std::make_shared<storage::Database::Probe>();
    QThread *thread = QThread::create([probe, location = *l] { *probe = storage::Database::probe(location); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Disconnected by itself when the dialog is closed first; the thread then just ends.
    connect(thread, &QThread::finished, this, [this, probe] {
        m_testing = false;
        updatePreview();
        showResult(probe->message, probe->reached && (probe->remaster || probe->empty));
        emit testFinished(probe->reached);
    });
    thread->start();
}

bool ConnectionDialog::openInto(CatalogContext &context, QString *message)
{
    while (exec() == QDialog::Accepted) {
        const auto chosen = location();
        if (!chosen)
            continue;
        QString notice;
        if (!context.open(*chosen, notice)) {
            setLocation(chosen->uri(), notice);
            continue;
        }
        UiSettings::setDatabasePath(chosen->uri());
        UiSettings::addRecentConnection(chosen->uri());
        if (message)
            *message = notice;
        return true;
    }
    return false;
}

void ConnectionDialog::accept()
{
    if (m_testing || !location())
        return;
    QDialog::accept();
}

} // namespace remaster::ui
