// The steps of the guided retrofit workflow, one page each. Every page reads the design and the
// outcome from the DesignDocument and writes edits back through DesignDocument::edit (undoable).
#pragma once

#include <functional>

#include "designdocument.h"
#include "storage/buildsheet.h"

#include <QComboBox>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QTableWidget;
class QCheckBox;
class QDateEdit;
class QChartView;
class QPushButton;
class QPlainTextEdit;

namespace remaster::ui {

class DesignPage : public QWidget
{
    Q_OBJECT
public:
    DesignPage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    virtual QString title() const = 0;
    // Status of the step: 0 ok, 1 warning, 2 failing.
    virtual int status() const = 0;
    // Moves the keyboard focus to the widget that edits `field` (a design JSON path); false if
    // the field is not on this page.
    virtual bool focusField(const QString &field)
    {
        Q_UNUSED(field)
        return false;
    }

signals:
    void findKitsRequested(); // "Find kits…" on the Motor and Battery steps

protected:
    // A "Find kits…" button that emits findKitsRequested(); its text follows the language.
    QPushButton *makeFindKitsButton();
    virtual void refresh() = 0; // design or outcome changed
    void reload(); // retranslate() + refresh() without emitting edits
    void changeEvent(QEvent *event) override;
    virtual void retranslate() { }
    // A combo of catalog components (label shown, id as data), the design's choice selected.
    template<typename Components>
    static void fillComponentCombo(QComboBox *combo, const Components &items, const std::string &current)
    {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        combo->clear();
        for (const auto &x : items)
            combo->addItem(QString::fromStdString(x.info.label), QString::fromStdString(x.info.id));
        combo->setCurrentIndex(combo->findData(QString::fromStdString(current)));
    }
    DesignDocument &m_doc;
    CatalogContext &m_context;
    bool m_updating = false; // true while refresh() writes into the widgets
};

class VehiclePage : public DesignPage
{
    Q_OBJECT
public:
    VehiclePage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    QString title() const override;
    int status() const override;
    bool focusField(const QString &field) override;
    QComboBox *variantCombo() const { return m_variant; }
    // Sets the variant (and an engine it offers), as the catalog picker does.
    void chooseVariant(const QString &id);
    QLineEdit *overrideEdit(const QString &key) const;

protected:
    void refresh() override;
    void retranslate() override;

private:
    struct OverrideField {
        QString key; // design JSON key, e.g. "mass_in_running_order_kg"
        QLineEdit *edit;
        QLabel *label;
        double min, max;
    };
    void commitOverride(const OverrideField &f);
    QFormLayout *m_form;
    QComboBox *m_variant;
    QPushButton *m_pick;
    QComboBox *m_engine;
    QLineEdit *m_vin;
    QLineEdit *m_registration;
    QLineEdit *m_firstRegistration;
    QComboBox *m_category;
    QCheckBox *m_agreement;
    QList<OverrideField> m_overrides;
    QLabel *m_hint;
};

class MotorPage : public DesignPage
{
    Q_OBJECT
public:
    MotorPage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    QString title() const override;
    int status() const override;
    bool focusField(const QString &field) override;
    QComboBox *motorCombo() const { return m_motor; }
    QDoubleSpinBox *ratioSpin() const { return m_ratio; }
    QTableWidget *feasibilityTable() const { return m_feasibility; }
    QTableWidget *requirementsTable() const { return m_checks; }
    QChartView *envelopeChart() const { return m_chart; }

protected:
    void refresh() override;
    void retranslate() override;

private:
    void refreshFeasibility();
    void refreshChart();
    QComboBox *m_motor;
    QComboBox *m_inverter;
    QComboBox *m_reducer;
    QDoubleSpinBox *m_ratio;
    QSlider *m_ratioSlider;
    QDoubleSpinBox *m_topSpeed;
    QDoubleSpinBox *m_hillStart;
    QDoubleSpinBox *m_sustainedGrade;
    QDoubleSpinBox *m_acceleration;
    QComboBox *m_powerBasis;
    QTableWidget *m_checks;
    QTableWidget *m_feasibility;
    QChartView *m_chart;
    QLabel *m_summary;
    QString m_feasibilityKey; // recompute the motor table only when what it depends on changes
};

class BatteryPage : public DesignPage
{
    Q_OBJECT
public:
    BatteryPage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    QString title() const override;
    int status() const override;
    bool focusField(const QString &field) override;
    QSpinBox *seriesSpin() const { return m_series; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QComboBox *moduleCombo() const { return m_module; }
    QTableWidget *secondLifeTable() const { return m_secondLife; }
    class ChartWidget *traceChart() const { return m_traceChart; }
    class ChartWidget *rangeChart() const { return m_rangeChart; }
    // Reads measured modules from a CSV (serial, capacity_ah, resistance_mohm) into the design;
    // returns "" or the problems found.
    QString importModules(const QString &path);

protected:
    void refresh() override;
    void retranslate() override;

private:
    void refreshWltp();
    QComboBox *m_module;
    QSpinBox *m_series;
    QSpinBox *m_parallel;
    QDoubleSpinBox *m_socMin;
    QDoubleSpinBox *m_socMax;
    QComboBox *m_charger;
    QComboBox *m_dcdc;
    QLabel *m_window;
    QTableWidget *m_figures;
    QTableWidget *m_wltp; // the type-approval figures, with the formula of each as tooltip
    QTableWidget *m_ranges;
    QTableWidget *m_secondLife;
    QLabel *m_secondLifeSummary;
    QPushButton *m_importModules;
    QPushButton *m_clearModules;
    QComboBox *m_traceCycle;
    class ChartWidget *m_traceChart;
    class ChartWidget *m_rangeChart;
    void refreshCharts();
};

class MassPage : public DesignPage
{
    Q_OBJECT
public:
    MassPage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    QString title() const override;
    int status() const override;
    bool focusField(const QString &field) override;
    QTableWidget *partsTable() const { return m_parts; }
    QTableWidget *loadCasesTable() const { return m_cases; }
    class ChartWidget *axleChart() const { return m_chart; }
    // Applies an edit typed into the parts table (mass or position); false when refused.
    bool applyPartEdit(int row, int column, const QString &text);

protected:
    void refresh() override;
    void retranslate() override;

private:
    QTableWidget *m_parts;
    QTableWidget *m_cases;
    QLabel *m_payload;
    class ChartWidget *m_chart;
    QPushButton *m_addPart;
    QPushButton *m_removePart;
};

// The build sheet of this design: the workshop's record (ticks, measured values, serial
// numbers, notes) and the way to the Built status.
class BuildSheetPage : public DesignPage
{
    Q_OBJECT
public:
    BuildSheetPage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    QString title() const override;
    int status() const override;
    QTableWidget *stepsTable() const { return m_steps; }
    QTableWidget *bomTable() const { return m_bom; }
    QLabel *staleNote() const { return m_stale; }
    // What the user's entries change against the stored revision, one line per field (shown
    // when a save is refused because the sheet changed meanwhile).
    static QStringList differences(const storage::SheetRevision &mine, const storage::SheetRevision &stored);
    QPushButton *reloadButton() const { return m_reload; }
    // Records the workshop's entries and marks the sheet built (approved sheets) or saves them
    // in the draft; returns "" or the error. When another workstation changed the sheet since
    // it was shown, nothing is saved and the error says who and when; saving again then puts
    // these entries on top of theirs.
    QString saveRecord(const QString &workshopLead);

signals:
    void createSheetRequested();
    void showSheetRequested(const QString &number);

protected:
    void refresh() override;
    void retranslate() override;

private:
    void fill();
    void showDifferences(const storage::SheetRevision &mine, const storage::SheetRevision &stored);
    QLabel *m_header;
    QPushButton *m_create;
    QPushButton *m_show;
    QPushButton *m_save;
    QTableWidget *m_steps;
    QTableWidget *m_bom;
    QPlainTextEdit *m_notes;
    // The revision the tables show: a save made on top of another one is refused once
    // (SheetError::Conflict, naming who changed it), and goes on top if repeated.
    QString m_shownHash;
    QLabel *m_stale;
    QString m_staleText;
    QPushButton *m_reload;
    bool m_dirty = false; // entries typed since the tables were filled
    bool m_filling = false;
};

class HomologationPage : public DesignPage
{
    Q_OBJECT
public:
    HomologationPage(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    QString title() const override;
    int status() const override;
    QTableWidget *rulesTable() const { return m_rules; }

signals:
    void jumpRequested(const QString &field);

protected:
    void refresh() override;
    void retranslate() override;

private:
    QLabel *m_summary;
    QTableWidget *m_rules;
};

} // namespace remaster::ui
