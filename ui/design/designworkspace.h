// The guided retrofit workflow: the steps (Vehicle → Motor & drivetrain → Battery → Mass & axles
// → Homologation) in any order, each with its status at a glance, and the key results always
// visible beside them.
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace remaster::ui {

class CatalogContext;
class DesignDocument;
class DesignPage;
class VehiclePage;
class MotorPage;
class BatteryPage;
class MassPage;
class HomologationPage;
class BuildSheetPage;

class DesignWorkspace : public QWidget
{
    Q_OBJECT
public:
    DesignWorkspace(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);

    QListWidget *steps() const { return m_steps; }
    VehiclePage *vehiclePage() const { return m_vehicle; }
    MotorPage *motorPage() const { return m_motor; }
    BatteryPage *batteryPage() const { return m_battery; }
    MassPage *massPage() const { return m_mass; }
    HomologationPage *homologationPage() const { return m_homologation; }
    BuildSheetPage *buildSheetPage() const { return m_buildSheet; }
    QLabel *resultsLabel() const { return m_results; }
    void showStep(int index);
    // Shows the page that edits `field` and focuses the field.
    void jumpTo(const QString &field);

signals:
    void findKitsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    void updateResults();

    DesignDocument &m_doc;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    QList<DesignPage *> m_pageList;
    VehiclePage *m_vehicle;
    MotorPage *m_motor;
    BatteryPage *m_battery;
    MassPage *m_mass;
    HomologationPage *m_homologation;
    BuildSheetPage *m_buildSheet;
    QLabel *m_resultsTitle;
    QLabel *m_results;
};

} // namespace remaster::ui
