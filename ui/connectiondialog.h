// File → Connect to team database…: the fields of a PostgreSQL connection (host, port, database,
// user, TLS mode), the recent connections, a password for this session only, and "Test
// connection", which reports what the database holds without changing it (issue 14). The
// password never reaches the settings: only the URI without it is remembered.
#pragma once

#include "storage/databaselocation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace remaster::ui {

class CatalogContext;

class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    // Fills the fields from a URI (a recent connection, or the one that just failed) and shows
    // `problem` above them when it is not empty.
    void setLocation(const QString &uri, const QString &problem = {});
    // The connection the fields describe, password included; nullopt when a field is wrong
    // (`error` names it).
    std::optional<storage::DatabaseLocation> location(QString *error = nullptr) const;

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *tlsBox() const { return m_tls; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *testButton() const { return m_test; }
    QLabel *resultLabel() const { return m_result; }

    void accept() override;

    // Runs the dialog until `context` opens the chosen database (remembered in the settings and
    // the recent connections, without its password) or the user cancels. A failed open keeps
    // the dialog up with the reason. `message` gets the open's notice (e.g. read-only).
    bool openInto(CatalogContext &context, QString *message);

signals:
    void testFinished(bool reached);

private:
    void updatePreview();
    void testConnection();
    void showResult(const QString &text, bool good);

    QComboBox *m_recent = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_preview = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_open = nullptr;
    bool m_testing = false;
};

} // namespace remaster::ui
