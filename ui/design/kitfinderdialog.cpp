#include "kitfinderdialog.h"

#include "designdocument.h"
#include "ui/catalogcontext.h"

#include "storage/cyclelibrary.h"
#include "storage/designjson.h"
#include "storage/kitsearchjson.h"
#include "storage/modulecsv.h"
#include "storage/rulesetreader.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLegend>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

// Field names of the finder's constraints, as the user sees them.
QString constraintText(const std::string &code)
{
    const QString c = QString::fromStdString(code);
    if (c == QLatin1String("min-range"))
        return KitFinderDialog::tr("minimum range");
    if (c == QLatin1String("min-payload"))
        return KitFinderDialog::tr("minimum payload");
    if (c == QLatin1String("max-kit-mass"))
        return KitFinderDialog::tr("maximum kit mass");
    if (c == QLatin1String("max-charge-time"))
        return KitFinderDialog::tr("maximum charge time");
    if (c == QLatin1String("max-pack-volume"))
        return KitFinderDialog::tr("maximum pack volume");
    if (c == QLatin1String("voltage-window"))
        return KitFinderDialog::tr("pack voltage outside the inverter or motor range");
    if (c == QLatin1String("stock"))
        return KitFinderDialog::tr("more modules than in stock");
    if (c.startsWith(QLatin1String("rule:")))
        return KitFinderDialog::tr("rule %1").arg(c.mid(5));
    if (c.startsWith(QLatin1String("motor:")))
        return KitFinderDialog::tr("motor requirement %1").arg(c.mid(6));
    if (c.startsWith(QLatin1String("battery:")))
        return KitFinderDialog::tr("battery check %1").arg(c.mid(8));
    if (c.startsWith(QLatin1String("trace:")))
        return KitFinderDialog::tr("cannot follow %1").arg(c.mid(6));
    return c;
}

} // namespace

// ---- Table ----

void KitTableModel::setKits(std::vector<KitCandidate> kits, const std::vector<KitCandidate> &pareto,
                            const CatalogSet &catalog)
{
    beginResetModel();
    m_kits = std::move(kits);
    m_onFront.assign(m_kits.size(), false);
    for (std::size_t i = 0; i < m_kits.size(); ++i)
        for (const auto &p : pareto)
            if (p.index == m_kits[i].index && m_kits[i].feasible())
                m_onFront[i] = true;
    m_motorLabels.clear();
    m_inverterLabels.clear();
    m_moduleLabels.clear();
    auto label = [](QStringList &out, const auto &items, const std::string &id) {
        for (const auto &x : items)
            if (x.info.id == id) {
                out << QString::fromStdString(x.info.label);
                return;
            }
        out << QString::fromStdString(id);
    };
    for (const auto &k : m_kits) {
        label(m_motorLabels, catalog.motors, k.motorId);
        label(m_inverterLabels, catalog.inverters, k.inverterId);
        label(m_moduleLabels, catalog.batteryModules, k.moduleId);
    }
    endResetModel();
}

int KitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_kits.size());
}

int KitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t r = static_cast<std::size_t>(index.row());
    const KitCandidate &k = m_kits[r];
    const QLocale l;
    const bool numeric = role == Qt::UserRole;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Ratio && index.column() <= ChargeTime && index.column() != Pack
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() >= Motor && index.column() <= Pack)
        return data(index, Qt::DisplayRole);
    if (role == Qt::ToolTipRole && index.column() == Limiting) {
        QStringList lines;
        for (const auto &m : k.misses)
            lines << KitFinderDialog::tr("misses %1 by %2 %")
                         .arg(constraintText(m.constraint), l.toString(m.relativeMiss * 100, 'f', 1));
        return lines.isEmpty()
            ? KitFinderDialog::tr("meets every constraint; the tightest is %1").arg(constraintText(k.limiting))
            : lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && !numeric)
        return {};
    auto value = [&](double v, int decimals) -> QVariant {
        return numeric ? QVariant(v) : QVariant(l.toString(v, 'f', decimals));
    };
    switch (index.column()) {
    case Pareto:
        return numeric ? QVariant(m_onFront[r] ? 1 : 0) : QVariant(m_onFront[r] ? QStringLiteral("★") : QString());
    case Motor: return m_motorLabels.value(index.row());
    case Inverter: return m_inverterLabels.value(index.row());
    case Ratio: return value(k.ratio, 2);
    case Pack:
        return numeric
            ? QVariant(k.series * k.parallel)
            : QVariant(
                QStringLiteral("%1 × %2 %3").arg(k.series).arg(k.parallel).arg(m_moduleLabels.value(index.row())));
    case Payload: return value(u::inKilograms(k.metrics.usablePayload), 0);
    case Range:
        return k.evaluated ? value(u::inKilometres(k.metrics.range), 0)
                           : QVariant(numeric ? QVariant(-1.0) : QVariant(QStringLiteral("—")));
    case KitMass: return value(u::inKilograms(k.metrics.kitMass), 0);
    case Consumption:
        return k.evaluated ? value(k.metrics.consumption.value() / 3.6, 0)
                           : QVariant(numeric ? QVariant(-1.0) : QVariant(QStringLiteral("—")));
    case ChargeTime: return value(k.metrics.chargeTime.value() / 3600.0, 1);
    case Limiting:
        return k.feasible() ? constraintText(k.limiting)
                            : KitFinderDialog::tr("misses %1").arg(constraintText(k.misses.front().constraint));
    }
    return {};
}

QVariant KitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Pareto)
        return KitFinderDialog::tr("★: on the Pareto front (no other kit has more payload, more range, a lighter "
                                   "kit, lower consumption and a shorter charge all at once)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Pareto: return QStringLiteral("★");
    case Motor: return KitFinderDialog::tr("Motor");
    case Inverter: return KitFinderDialog::tr("Inverter");
    case Ratio: return KitFinderDialog::tr("Ratio");
    case Pack: return KitFinderDialog::tr("Pack (series × parallel)");
    case Payload: return KitFinderDialog::tr("Payload (kg)");
    case Range: return KitFinderDialog::tr("Range (km)");
    case KitMass: return KitFinderDialog::tr("Kit mass (kg)");
    case Consumption: return KitFinderDialog::tr("Wh/km");
    case ChargeTime: return KitFinderDialog::tr("AC charge (h)");
    case Limiting: return KitFinderDialog::tr("Limiting constraint");
    }
    return {};
}

// Sorting by a column's value; equal values keep the finder's order (enumeration index), so
// kits that tie on payload stay grouped by motor, pack and ratio.
class KitSortProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant va = left.data(Qt::UserRole), vb = right.data(Qt::UserRole);
        if (va.typeId() == QMetaType::QString) {
            if (const int c = QString::localeAwareCompare(va.toString(), vb.toString()); c != 0)
                return c < 0;
        } else if (const double a = va.toDouble(), b = vb.toDouble(); a != b) {
            return a < b;
        }
        // Reversed for descending sorts so that ties always read in enumeration order.
        const bool byRow = left.row() < right.row();
        return sortOrder() == Qt::DescendingOrder ? !byRow : byRow;
    }
};

// ---- Dialog ----

KitFinderDialog::KitFinderDialog(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_context(context)
{
    setObjectName(QStringLiteral("kitFinder"));
    m_objective = new QComboBox(this);
    m_objective->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto spin = [this](double max, int decimals, const QString &suffix) {
        auto *s = new QDoubleSpinBox(this);
        s->setRange(0, max);
        s->setDecimals(decimals);
        s->setSuffix(suffix);
        return s;
    };
    m_minRange = spin(2000, 0, QStringLiteral(" km"));
    m_minRange->setObjectName(QStringLiteral("kitMinRange"));
    m_minPayload = spin(5000, 0, QStringLiteral(" kg"));
    m_maxKitMass = spin(5000, 0, QStringLiteral(" kg"));
    m_maxChargeTime = spin(48, 1, QStringLiteral(" h"));
    m_ratioStep = spin(2, 2, QString());
    m_ratioStep->setMinimum(0.05);
    m_ratioStep->setSingleStep(0.05);
    m_ratioStep->setValue(0.25);
    m_maxParallel = new QSpinBox(this);
    m_maxParallel->setRange(1, 20);
    m_maxParallel->setValue(3);
    m_ruleSet = new QCheckBox(this);
    m_ruleSet->setChecked(true);
    m_requirements = new QCheckBox(this);
    m_requirements->setChecked(true);
    m_motors = new QListWidget(this);
    m_modules = new QListWidget(this);
    // The lists take the height of the settings form beside them (label on top, no gap).
    for (auto *list : { m_motors, m_modules })
        list->setMinimumHeight(150);
    for (const auto &m : context.catalog().motors) {
        auto *item = new QListWidgetItem(QString::fromStdString(m.info.label), m_motors);
        item->setData(Qt::UserRole, QString::fromStdString(m.info.id));
        item->setCheckState(Qt::Checked);
    }
    for (const auto &m : context.catalog().batteryModules) {
        auto *item = new QListWidgetItem(QString::fromStdString(m.info.label), m_modules);
        item->setData(Qt::UserRole, QString::fromStdString(m.info.id));
        item->setCheckState(Qt::Checked);
    }

    m_objectiveLabel = new QLabel(this);
    m_minRangeLabel = new QLabel(this);
    m_minPayloadLabel = new QLabel(this);
    m_maxKitMassLabel = new QLabel(this);
    m_maxChargeTimeLabel = new QLabel(this);
    m_ratioStepLabel = new QLabel(this);
    m_maxParallelLabel = new QLabel(this);
    m_motorsLabel = new QLabel(this);
    m_modulesLabel = new QLabel(this);
    auto *form = new QFormLayout;
    auto row = [&](QLabel *label, QWidget *field) {
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(m_objectiveLabel, m_objective);
    row(m_minRangeLabel, m_minRange);
    row(m_minPayloadLabel, m_minPayload);
    row(m_maxKitMassLabel, m_maxKitMass);
    row(m_maxChargeTimeLabel, m_maxChargeTime);
    row(m_ratioStepLabel, m_ratioStep);
    row(m_maxParallelLabel, m_maxParallel);
    form->addRow(m_ruleSet);
    form->addRow(m_requirements);
    // Second-life stock: the shelf file and a measured batch, as find-kits --stock / --modules.
    m_stockLabel = new QLabel(this);
    m_stockFile = new QLabel(this);
    m_stockChoose = new QPushButton(this);
    m_stockChoose->setObjectName(QStringLiteral("kitStockChoose"));
    m_stockClear = new QPushButton(this);
    auto *stockRow = new QHBoxLayout;
    stockRow->addWidget(m_stockFile, 1);
    stockRow->addWidget(m_stockChoose);
    stockRow->addWidget(m_stockClear);
    m_stockLabel->setBuddy(m_stockChoose);
    form->addRow(m_stockLabel, stockRow);
    m_batchLabel = new QLabel(this);
    m_batchFile = new QLabel(this);
    m_batchModule = new QComboBox(this);
    for (const auto &m : context.catalog().batteryModules)
        m_batchModule->addItem(QString::fromStdString(m.info.label), QString::fromStdString(m.info.id));
    m_batchModule->setMaximumWidth(220);
    m_batchChoose = new QPushButton(this);
    m_batchChoose->setObjectName(QStringLiteral("kitBatchChoose"));
    m_batchClear = new QPushButton(this);
    auto *batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batchModule, 1);
    batchRow->addWidget(m_batchChoose);
    batchRow->addWidget(m_batchClear);
    m_batchLabel->setBuddy(m_batchModule);
    form->addRow(m_batchLabel, batchRow);
    form->addRow(QString(), m_batchFile);
    connect(m_stockChoose, &QPushButton::clicked, this, &KitFinderDialog::chooseStockFile);
    connect(m_batchChoose, &QPushButton::clicked, this, &KitFinderDialog::chooseBatchFile);
    connect(m_stockClear, &QPushButton::clicked, this, &KitFinderDialog::clearStock);
    connect(m_batchClear, &QPushButton::clicked, this, &KitFinderDialog::clearBatch);
    m_motorsLabel->setBuddy(m_motors);
    m_modulesLabel->setBuddy(m_modules);

    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("kitRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing() + 4);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_model = new KitTableModel(this);
    m_proxy = new KitSortProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("kitTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);

    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("kitApply"));
    m_close = new QPushButton(this);

    auto *motorsBox = new QVBoxLayout;
    motorsBox->addWidget(m_motorsLabel);
    motorsBox->addWidget(m_motors);
    auto *modulesBox = new QVBoxLayout;
    modulesBox->addWidget(m_modulesLabel);
    modulesBox->addWidget(m_modules);
    auto *settings = new QHBoxLayout;
    settings->addLayout(form, 0);
    settings->addLayout(motorsBox, 1);
    settings->addLayout(modulesBox, 1);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    runRow->addWidget(m_progress, 1);
    auto *results = new QSplitter(Qt::Horizontal, this);
    results->addWidget(m_chart);
    results->addWidget(m_table);
    results->setStretchFactor(0, 2);
    results->setStretchFactor(1, 3);
    results->setSizes({ 400, 780 });
    m_chart->setMinimumWidth(380);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addLayout(runRow);
    layout->addWidget(m_summary);
    layout->addWidget(results, 1);
    layout->addLayout(buttons);

    connect(m_run, &QPushButton::clicked, this, &KitFinderDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &KitFinderDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            applyRow(rows.first().row());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { applyRow(i.row()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KitFinderDialog::updateButtons);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        const std::size_t total = m_total.load();
        m_progress->setValue(total ? static_cast<int>(100 * m_done.load() / total) : 0);
        if (m_workerDone.load())
            finish();
    });

    retranslate();
    updateButtons();
    resize(1440, 860);
}

KitFinderDialog::~KitFinderDialog()
{
    m_cancelFlag = true;
    if (m_worker.joinable())
        m_worker.join();
}

void KitFinderDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void KitFinderDialog::closeEvent(QCloseEvent *event)
{
    cancel(); // closing stops the search; nothing of it is applied
    QDialog::closeEvent(event);
}

void KitFinderDialog::retranslate()
{
    setWindowTitle(tr("Find kits for this van"));
    const int objective = std::max(0, m_objective->currentIndex());
    m_objective->clear();
    m_objective->addItems({ tr("Most payload"), tr("Longest range"), tr("Lightest kit"), tr("Lowest consumption"),
                            tr("Shortest charge") });
    m_objective->setCurrentIndex(objective);
    m_objectiveLabel->setText(tr("&Rank by:"));
    m_minRangeLabel->setText(tr("Minimum range at full &payload:"));
    m_minPayloadLabel->setText(tr("Minimum usable pa&yload:"));
    m_maxKitMassLabel->setText(tr("Maximum &kit mass:"));
    m_maxChargeTimeLabel->setText(tr("Maximum AC &charge time:"));
    for (auto *s : { m_minRange, m_minPayload, m_maxKitMass, m_maxChargeTime })
        s->setSpecialValueText(tr("no limit"));
    m_ratioStepLabel->setText(tr("Ratio &step:"));
    m_maxParallelLabel->setText(tr("Strings in parallel &up to:"));
    m_ruleSet->setText(tr("Reject kits that fail a rule of the rule set"));
    m_requirements->setText(tr("Reject kits that miss the design's requirements"));
    m_motorsLabel->setText(tr("&Motors to try:"));
    m_modulesLabel->setText(tr("Battery m&odules to try:"));
    m_stockLabel->setText(tr("Module s&tock:"));
    m_stockChoose->setText(tr("Choose…"));
    m_stockClear->setText(tr("Clear"));
    m_stockChoose->setToolTip(tr("A stock file: the modules on the shelf per type; only these types are tried, "
                                 "each up to its count"));
    m_batchLabel->setText(tr("Measured &batch:"));
    m_batchChoose->setText(tr("Choose…"));
    m_batchClear->setText(tr("Clear"));
    m_batchChoose->setToolTip(tr("The module list of grade-modules (CSV): the measured second-life modules of the "
                                 "type on the left, used with their real string assignment"));
    updateStockLabels();
    m_run->setText(tr("&Search"));
    m_cancel->setText(tr("Ca&ncel"));
    m_apply->setText(tr("&Apply to design"));
    m_close->setText(tr("Close"));
    m_progress->setFormat(tr("%p % of the hardware combinations"));
    if (!m_result && !m_running)
        m_summary->setText(tr("The search tries every ticked motor with every inverter, the design's reducer and "
                              "charger, each ratio step inside the motor's feasible range and every pack layout "
                              "of the ticked modules; cheap checks first. The design's own kit is shown beside "
                              "the results."));
    if (m_result)
        showResult();
}

bool KitFinderDialog::setStockFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    const auto read = storage::KitSearchJson::readStock(f.readAll());
    if (!read.shelf) {
        if (error) {
            QStringList lines { tr("%1 is not a valid stock file:").arg(QFileInfo(path).fileName()) };
            for (const auto &issue : read.issues)
                lines << issue.toString();
            *error = lines.join(QLatin1Char('\n'));
        }
        return false;
    }
    m_stock.shelf = *read.shelf;
    m_stockPath = path;
    updateStockLabels();
    return true;
}

bool KitFinderDialog::setBatchFile(const QString &path, const QString &moduleId, QString *error)
{
    if (!m_context.catalog().batteryModule(moduleId.toStdString())) {
        if (error)
            *error = tr("Unknown module type %1").arg(moduleId);
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QStringList problems;
    const auto modules = storage::ModuleCsv::read(f.readAll(), &problems);
    if (!modules) {
        if (error)
            *error = (QStringList { tr("%1 is not a valid module list:").arg(QFileInfo(path).fileName()) } + problems)
                         .join(QLatin1Char('\n'));
        return false;
    }
    m_stock.batch = *modules;
    m_stock.batchModuleId = moduleId.toStdString();
    m_batchPath = path;
    const int index = m_batchModule->findData(moduleId);
    if (index >= 0)
        m_batchModule->setCurrentIndex(index);
    updateStockLabels();
    return true;
}

void KitFinderDialog::clearStock()
{
    m_stock.shelf.clear();
    m_stockPath.clear();
    updateStockLabels();
}

void KitFinderDialog::clearBatch()
{
    m_stock.batch.clear();
    m_stock.batchModuleId.clear();
    m_batchPath.clear();
    updateStockLabels();
}

void KitFinderDialog::updateStockLabels()
{
    if (m_stockPath.isEmpty()) {
        m_stockFile->setText(tr("none: any number of every ticked module"));
    } else {
        int modules = 0;
        for (const auto &[id, count] : m_stock.shelf)
            modules += count;
        m_stockFile->setText(
            tr("%1: %n module(s) on the shelf", nullptr, modules).arg(QFileInfo(m_stockPath).fileName()));
    }
    m_stockFile->setToolTip(m_stockPath);
    if (m_batchPath.isEmpty())
        m_batchFile->setText(tr("no measured batch"));
    else
        m_batchFile->setText(tr("%1: %n measured module(s)", nullptr, static_cast<int>(m_stock.batch.size()))
                                 .arg(QFileInfo(m_batchPath).fileName()));
    m_batchFile->setToolTip(m_batchPath);
    m_stockClear->setEnabled(!m_stockPath.isEmpty());
    m_batchClear->setEnabled(!m_batchPath.isEmpty());
}

void KitFinderDialog::chooseStockFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Module stock file"), QString(),
                                                      tr("Stock files (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !setStockFile(path, &error))
        QMessageBox::warning(this, tr("Module stock file"), error);
}

void KitFinderDialog::chooseBatchFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Measured module batch"), QString(),
                                                      tr("Module lists (*.csv);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !setBatchFile(path, m_batchModule->currentData().toString(), &error))
        QMessageBox::warning(this, tr("Measured module batch"), error);
}

KitSearchSpace KitFinderDialog::space() const
{
    KitSearchSpace s;
    auto ticked = [](QListWidget *list) {
        std::vector<std::string> ids;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                ids.push_back(list->item(i)->data(Qt::UserRole).toString().toStdString());
        return ids;
    };
    s.motorIds = ticked(m_motors);
    s.moduleIds = ticked(m_modules);
    s.ratioStep = m_ratioStep->value();
    s.maxStringsInParallel = m_maxParallel->value();
    return s;
}

KitConstraints KitFinderDialog::constraints() const
{
    KitConstraints k;
    k.ruleSet = m_ruleSet->isChecked();
    k.requirements = m_requirements->isChecked();
    if (m_minRange->value() > 0)
        k.minRange = u::kilometres(m_minRange->value());
    if (m_minPayload->value() > 0)
        k.minUsablePayload = u::kilograms(m_minPayload->value());
    if (m_maxKitMass->value() > 0)
        k.maxKitMass = u::kilograms(m_maxKitMass->value());
    if (m_maxChargeTime->value() > 0)
        k.maxChargeTime = u::seconds(m_maxChargeTime->value() * 3600.0);
    return k;
}

void KitFinderDialog::start()
{
    if (m_running)
        return;
    const auto rules = storage::RuleSetReader::readFile(storage::RuleSetReader::bundledPath());
    if (!rules.usable()) {
        m_summary->setText(tr("The rule set cannot be read; the search did not run."));
        return;
    }
    m_searchedDesign = m_doc.design();
    m_searchedStock = m_stock;
    KitFinderOptions options;
    options.objective = static_cast<KitMetric>(std::max(0, m_objective->currentIndex()));
    options.top = 50;
    const QDate today = QDate::currentDate();
    options.today = Date { today.year(), today.month(), today.day() };
    options.cancel = &m_cancelFlag;
    options.progress = [this](std::size_t done, std::size_t total) {
        m_done = done;
        m_total = total;
    };
    m_cancelFlag = false;
    m_workerDone = false;
    m_done = 0;
    m_total = 0;
    m_pending.reset();
    m_pendingError.clear();
    m_running = true;
    m_progress->setValue(0);
    m_summary->setText(tr("Searching…"));
    updateButtons();
    // Copies: the worker never touches the document or the catalog context.
    m_worker = std::thread([this, design = m_searchedDesign, catalog = m_context.catalog(), space = space(),
                            stock = m_stock, constraints = constraints(), parameters = rules.parameters, options] {
        try {
            m_pending
                = findKits(design, catalog, space, stock, constraints, parameters, options, [](const std::string &id) {
                      return storage::CycleLibrary::load(QString::fromStdString(id));
                  });
        } catch (const InputError &e) {
            QStringList lines;
            for (const auto &issue : storage::DesignJson::fromInputError(e))
                lines << issue.toString();
            m_pendingError = lines.join(QLatin1Char('\n'));
        } catch (const std::exception &e) {
            m_pendingError = QString::fromLocal8Bit(e.what());
        }
        m_workerDone = true;
    });
    m_poll.start();
}

void KitFinderDialog::cancel()
{
    if (m_running)
        m_cancelFlag = true;
}

void KitFinderDialog::finish()
{
    m_poll.stop();
    if (m_worker.joinable())
        m_worker.join();
    m_running = false;
    if (!m_pendingError.isEmpty()) {
        m_summary->setText(tr("The search cannot run:\n%1").arg(m_pendingError));
    } else if (!m_pending || m_pending->cancelled) {
        m_summary->setText(tr("Search cancelled: nothing was changed."));
        m_progress->setValue(0);
    } else {
        m_result = std::move(m_pending);
        m_progress->setValue(100);
        showResult();
    }
    m_pending.reset();
    updateButtons();
    emit searchFinished();
}

void KitFinderDialog::showResult()
{
    const KitSearchResult &r = *m_result;
    const QLocale l;
    QStringList rejected;
    for (std::size_t i = 0; i < r.rejections.size() && i < 3; ++i)
        rejected << tr("%1 (%2)").arg(constraintText(r.rejections[i].constraint),
                                      l.toString(static_cast<qlonglong>(r.rejections[i].count)));
    QString text = tr("%1 kits judged, %2 ran every cycle, %3 feasible, %4 on the Pareto front. Most rejected by: %5.")
                       .arg(l.toString(static_cast<qlonglong>(r.ratioCandidates)),
                            l.toString(static_cast<qlonglong>(r.fullyEvaluated)),
                            l.toString(static_cast<qlonglong>(r.feasibleCount)),
                            l.toString(static_cast<qlonglong>(r.pareto.size())), rejected.join(QStringLiteral(", ")));
    if (r.feasibleCount == 0)
        text += QLatin1Char(' ') + tr("No kit meets every constraint: the table shows the nearest misses.");
    m_summary->setText(text);
    m_model->setKits(r.feasibleCount ? r.feasible : r.nearMisses, r.pareto, m_context.catalog());
    const int sortColumn = r.feasibleCount ? KitTableModel::Payload : KitTableModel::Range;
    m_table->sortByColumn(sortColumn, Qt::DescendingOrder);
    // Names are long: columns fit their contents up to a width, the full name is in the tooltip.
    m_table->resizeColumnsToContents();
    for (int c = 0; c < KitTableModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), c == KitTableModel::Pack ? 170 : 125));
    updateChart();
}

void KitFinderDialog::updateChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Usable payload against range at full payload"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *axisX = new QValueAxis;
    axisX->setTitleText(tr("Usable payload (kg)"));
    auto *axisY = new QValueAxis;
    axisY->setTitleText(tr("Range at full payload (km)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    auto add = [&](const QString &name, const std::vector<KitCandidate> &kits, const QColor &colour, qreal size,
                   QScatterSeries::MarkerShape shape) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(size);
        s->setColor(colour);
        s->setBorderColor(colour.darker(140));
        for (const auto &k : kits)
            if (k.evaluated)
                s->append(u::inKilograms(k.metrics.usablePayload), u::inKilometres(k.metrics.range));
        chart->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
        connect(s, &QScatterSeries::clicked, this, [this](const QPointF &p) {
            // Select the table row of the kit nearest to the clicked point.
            int best = -1;
            double bestD = 0;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const auto &k = m_model->kit(row);
                const double dx = (u::inKilograms(k.metrics.usablePayload) - p.x()) / 50.0;
                const double dy = (u::inKilometres(k.metrics.range) - p.y()) / 20.0;
                if (best < 0 || dx * dx + dy * dy < bestD) {
                    best = row;
                    bestD = dx * dx + dy * dy;
                }
            }
            if (best >= 0)
                m_table->selectRow(m_proxy->mapFromSource(m_model->index(best, 0)).row());
        });
    };
    const KitSearchResult &r = *m_result;
    double xMin = 1e18, xMax = -1e18, yMax = 0;
    auto extend = [&](const KitCandidate &k) {
        if (!k.evaluated)
            return;
        xMin = std::min(xMin, u::inKilograms(k.metrics.usablePayload));
        xMax = std::max(xMax, u::inKilograms(k.metrics.usablePayload));
        yMax = std::max(yMax, u::inKilometres(k.metrics.range));
    };
    if (r.feasibleCount) {
        add(tr("Feasible kits"), r.feasible, QColor(0x9e, 0xb8, 0xd8), 6, QScatterSeries::MarkerShapeCircle);
        add(tr("Pareto front"), r.pareto, QColor(0x1f, 0x77, 0xb4), 10, QScatterSeries::MarkerShapeCircle);
        for (const auto &k : r.feasible)
            extend(k);
    } else {
        add(tr("Nearest misses"), r.nearMisses, QColor(0xd9, 0x48, 0x01), 8, QScatterSeries::MarkerShapeCircle);
        for (const auto &k : r.nearMisses)
            extend(k);
    }
    if (r.current) {
        add(tr("Current kit"), { *r.current }, QColor(0x7b, 0x1f, 0xa2), 13, QScatterSeries::MarkerShapeRectangle);
        extend(*r.current);
    }
    if (xMax >= xMin) {
        const double pad = std::max(20.0, 0.05 * (xMax - xMin));
        axisX->setRange(std::max(0.0, xMin - pad), xMax + pad);
        axisY->setRange(0, std::ceil(yMax * 1.1 / 50.0) * 50.0);
        axisX->applyNiceNumbers();
        axisY->applyNiceNumbers();
    }
    axisX->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void KitFinderDialog::updateButtons()
{
    m_run->setEnabled(!m_running);
    m_cancel->setEnabled(m_running);
    const bool selected = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    const bool feasibleShown = m_result && m_result->feasibleCount > 0;
    m_apply->setEnabled(!m_running && selected && feasibleShown);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_objective, m_minRange, m_minPayload, m_maxKitMass, m_maxChargeTime, m_ratioStep, m_maxParallel,
             m_ruleSet, m_requirements, m_motors, m_modules, m_stockChoose, m_batchChoose, m_batchModule })
        w->setEnabled(!m_running);
    m_stockClear->setEnabled(!m_running && !m_stockPath.isEmpty());
    m_batchClear->setEnabled(!m_running && !m_batchPath.isEmpty());
}

bool KitFinderDialog::applyRow(int row)
{
    if (m_running || !m_result || m_result->feasibleCount == 0 || row < 0 || row >= m_proxy->rowCount())
        return false;
    const KitCandidate kit = m_model->kit(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    const QLocale l;
    const QString text = tr("Apply kit: %1, ratio %2, %3 × %4")
                             .arg(QString::fromStdString(kit.motorId), l.toString(kit.ratio, 'f', 2))
                             .arg(kit.series)
                             .arg(kit.parallel);
    m_doc.edit(text, [kit, stock = m_searchedStock](RetrofitDesign &d) { d = applyKit(d, kit, &stock); });
    m_summary->setText(tr("Applied to the design (%1). Edit → Undo takes it back.").arg(text));
    return true;
}

} // namespace remaster::ui
