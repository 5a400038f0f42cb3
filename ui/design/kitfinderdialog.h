// "Find kits": the kit finder (model/kit_finder.h) on the open design. The search runs on a
// worker thread with progress and cancel; the result is a payload-against-range scatter (Pareto
// front and current kit marked) and a sortable table with the limiting constraint of each kit.
// "Apply to design" replaces the design's kit in one undoable edit; a cancelled or failed search
// changes nothing.
#pragma once

#include "model/kit_finder.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

class QCheckBox;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace remaster::ui {

class CatalogContext;
class DesignDocument;

// The kits of one result: every feasible kit, or the near misses when none is feasible.
class KitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Pareto,
        Motor,
        Inverter,
        Ratio,
        Pack,
        Payload,
        Range,
        KitMass,
        Consumption,
        ChargeTime,
        Limiting,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;
    void setKits(std::vector<model::KitCandidate> kits, const std::vector<model::KitCandidate> &pareto,
                 const model::CatalogSet &catalog);
    const model::KitCandidate &kit(int row) const { return m_kits.at(static_cast<std::size_t>(row)); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<model::KitCandidate> m_kits;
    std::vector<bool> m_onFront;
    QStringList m_motorLabels, m_inverterLabels, m_moduleLabels;
};

class KitFinderDialog : public QDialog
{
    Q_OBJECT
public:
    KitFinderDialog(DesignDocument &doc, CatalogContext &context, QWidget *parent = nullptr);
    ~KitFinderDialog() override;

    void start(); // runs the search with the settings shown
    void cancel();
    bool isRunning() const { return m_running; }
    const std::optional<model::KitSearchResult> &result() const { return m_result; }
    // Replaces the design's kit with the kit of `row` (table order): one undoable edit.
    bool applyRow(int row);

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *applyButton() const { return m_apply; }
    QTableView *table() const { return m_table; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *summary() const { return m_summary; }
    QDoubleSpinBox *minRangeSpin() const { return m_minRange; }

    // Second-life stock for the next search (as find-kits --stock / --modules): a shelf file
    // (docs/kit-finder.md) and a measured batch (the CSV of grade-modules) of one module type.
    // On a bad file nothing changes and `error` names what is wrong.
    bool setStockFile(const QString &path, QString *error = nullptr);
    bool setBatchFile(const QString &path, const QString &moduleId, QString *error = nullptr);
    void clearStock();
    void clearBatch();
    const model::KitStock &stock() const { return m_stock; }

signals:
    void searchFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void finish(); // on the GUI thread, after the worker ended
    void showResult();
    void updateChart();
    void updateButtons();
    void updateStockLabels();
    void chooseStockFile();
    void chooseBatchFile();
    model::KitConstraints constraints() const;
    model::KitSearchSpace space() const;

    DesignDocument &m_doc;
    CatalogContext &m_context;
    QComboBox *m_objective;
    QDoubleSpinBox *m_minRange, *m_minPayload, *m_maxKitMass, *m_maxChargeTime, *m_ratioStep;
    QSpinBox *m_maxParallel;
    QCheckBox *m_ruleSet, *m_requirements;
    QListWidget *m_motors, *m_modules;
    QLabel *m_objectiveLabel, *m_minRangeLabel, *m_minPayloadLabel, *m_maxKitMassLabel, *m_maxChargeTimeLabel,
        *m_ratioStepLabel, *m_maxParallelLabel, *m_motorsLabel, *m_modulesLabel;
    QProgressBar *m_progress;
    QPushButton *m_run, *m_cancel, *m_apply, *m_close;
    QLabel *m_stockLabel, *m_stockFile, *m_batchLabel, *m_batchFile;
    QPushButton *m_stockChoose, *m_stockClear, *m_batchChoose, *m_batchClear;
    QComboBox *m_batchModule;
    model::KitStock m_stock;
    QString m_stockPath, m_batchPath;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableView *m_table;
    KitTableModel *m_model;
    QSortFilterProxyModel *m_proxy;

    // The worker owns copies of everything it reads; the GUI thread only polls the counters.
    std::thread m_worker;
    std::atomic<bool> m_cancelFlag { false };
    std::atomic<std::size_t> m_done { 0 }, m_total { 0 };
    std::atomic<bool> m_workerDone { false };
    QTimer m_poll;
    bool m_running = false;
    std::optional<model::KitSearchResult> m_pending; // written by the worker, read after join
    QString m_pendingError;
    std::optional<model::KitSearchResult> m_result;
    model::RetrofitDesign m_searchedDesign; // the design the result belongs to
    model::KitStock m_searchedStock; // and the stock it was searched with
};

} // namespace remaster::ui
