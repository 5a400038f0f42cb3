// Shown once, at the first start of an installed ReMaster: says where the data will live and
// lets the user start with their own (empty) database or with the demo database.
#pragma once

#include <QDialog>

namespace remaster::ui {

class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { OwnDatabase, DemoDatabase };
    FirstRunDialog(const QString &databasePath, const QString &demoPath, QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = OwnDatabase;
};

} // namespace remaster::ui
