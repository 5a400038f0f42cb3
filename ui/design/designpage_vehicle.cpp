#include "designpages.h"

#include "ui/catalogcontext.h"
#include "ui/displaynames.h"
#include "ui/variantbrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

namespace remaster::ui {

using namespace remaster::model;
namespace u = remaster::units;

namespace {

// Marks a field as invalid with the accepted range, or clears the mark. The colour comes from a
// fixed red so that it reads in light and dark palettes alike.
void markInvalid(QWidget *w, const QString &problem)
{
    w->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("border: 2px solid #d03030;"));
    w->setToolTip(problem);
}

std::optional<double> overrideValue(const VehicleOverrides &o, const QString &key)
{
    if (key == QLatin1String("mass_in_running_order_kg") && o.massInRunningOrder)
        return u::inKilograms(o.massInRunningOrder->value);
    if (key == QLatin1String("gvw_kg") && o.gvw)
        return u::inKilograms(o.gvw->value);
    if (key == QLatin1String("front_axle_limit_kg") && o.frontAxleLimit)
        return u::inKilograms(o.frontAxleLimit->value);
    if (key == QLatin1String("rear_axle_limit_kg") && o.rearAxleLimit)
        return u::inKilograms(o.rearAxleLimit->value);
    if (key == QLatin1String("unladen_front_axle_load_kg") && o.unladenFrontAxleLoad)
        return u::inKilograms(o.unladenFrontAxleLoad->value);
    if (key == QLatin1String("original_power_kw") && o.originalEnginePower)
        return u::inKilowatts(o.originalEnginePower->value);
    return std::nullopt;
}

void setOverride(VehicleOverrides &o, const QString &key, std::optional<double> v, const std::string &note)
{
    const Provenance p { "user", Confidence::Vehicle, note };
    auto mass = [&](std::optional<Sourced<u::Mass>> &target) {
        target = v ? std::optional<Sourced<u::Mass>>(Sourced<u::Mass> { u::kilograms(*v), p }) : std::nullopt;
    };
    if (key == QLatin1String("mass_in_running_order_kg"))
        mass(o.massInRunningOrder);
    else if (key == QLatin1String("gvw_kg"))
        mass(o.gvw);
    else if (key == QLatin1String("front_axle_limit_kg"))
        mass(o.frontAxleLimit);
    else if (key == QLatin1String("rear_axle_limit_kg"))
        mass(o.rearAxleLimit);
    else if (key == QLatin1String("unladen_front_axle_load_kg"))
        mass(o.unladenFrontAxleLoad);
    else if (key == QLatin1String("original_power_kw"))
        o.originalEnginePower
            = v ? std::optional<Sourced<u::Power>>(Sourced<u::Power> { u::kilowatts(*v), p }) : std::nullopt;
}

} // namespace

VehiclePage::VehiclePage(DesignDocument &doc, CatalogContext &context, QWidget *parent)
    : DesignPage(doc, context, parent)
{
    m_form = new QFormLayout;
    m_variant = new QComboBox(this);
    m_variant->setObjectName(QStringLiteral("designVariant"));
    m_variant->setEditable(true); // type to search among 100+ variants
    m_variant->setInsertPolicy(QComboBox::NoInsert);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("designEngine"));
    m_vin = new QLineEdit(this);
    m_vin->setObjectName(QStringLiteral("designVin"));
    m_vin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-HJ-NPR-Za-hj-npr-z0-9]{0,17}")), m_vin));
    m_vin->setMaxLength(17);
    m_registration = new QLineEdit(this);
    m_firstRegistration = new QLineEdit(this);
    m_firstRegistration->setObjectName(QStringLiteral("designFirstRegistration"));
    m_firstRegistration->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    m_category = new QComboBox(this);
    for (const char *c : { "N1", "N2", "M1", "M2" })
        m_category->addItem(QLatin1String(c), QLatin1String(c));
    m_agreement = new QCheckBox(this);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    const struct {
        const char *key;
        double min, max;
    } fields[] = { { "mass_in_running_order_kg", 1200, 4000 }, { "gvw_kg", 2000, 5000 },
                   { "front_axle_limit_kg", 800, 4000 },       { "rear_axle_limit_kg", 800, 4000 },
                   { "unladen_front_axle_load_kg", 1, 4000 },  { "original_power_kw", 1, 500 } };
    for (const auto &f : fields) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("override_") + QLatin1String(f.key));
        edit->setClearButtonEnabled(true);
        m_overrides.append({ QLatin1String(f.key), edit, new QLabel(this), f.min, f.max });
    }

    for (QWidget *field : std::initializer_list<QWidget *> { m_variant, m_engine, m_vin, m_registration,
                                                             m_firstRegistration, m_category }) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    for (QComboBox *combo : { m_variant, m_engine, m_category }) {
        // Long catalog labels must not widen the page beyond the window.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(28);
    }
    for (const auto &f : m_overrides)
        m_form->addRow(f.label, f.edit);
    m_form->addRow(m_agreement);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addStretch();

    connect(m_variant, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            chooseVariant(m_variant->itemData(index).toString());
    });
    m_pick = new QPushButton(this);
    m_pick->setObjectName(QStringLiteral("pickVariant"));
    if (auto *box = qobject_cast<QVBoxLayout *>(this->layout()))
        box->insertWidget(1, m_pick, 0, Qt::AlignLeft);
    connect(m_pick, &QPushButton::clicked, this, [this] {
        // The catalog browser with its filters, as a picker.
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Pick the variant"));
        auto *browser = new VariantBrowser(m_context, &dialog);
        browser->selectId(QString::fromStdString(m_doc.design().variantId));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(browser->table(), &QTableView::doubleClicked, &dialog, &QDialog::accept);
        auto *dialogLayout = new QVBoxLayout(&dialog);
        dialogLayout->addWidget(browser, 1);
        dialogLayout->addWidget(buttons);
        dialog.resize(1150, 720);
        if (dialog.exec() == QDialog::Accepted && !browser->selectedId().isEmpty())
            chooseVariant(browser->selectedId());
    });
    connect(m_engine, &QComboBox::activated, this, [this](int index) {
        const QString id = m_engine->itemData(index).toString();
        if (!m_updating && id.toStdString() != m_doc.design().engineId)
            m_doc.edit(tr("Choose engine"), [&](RetrofitDesign &d) { d.engineId = id.toStdString(); });
    });
    connect(m_vin, &QLineEdit::editingFinished, this, [this] {
        const std::string vin = normaliseVin(m_vin->text().toStdString());
        if (vin != m_doc.design().identity.vin)
            m_doc.edit(tr("Edit VIN"), [&](RetrofitDesign &d) { d.identity.vin = vin; });
    });
    connect(m_registration, &QLineEdit::editingFinished, this, [this] {
        const std::string reg = m_registration->text().trimmed().toUpper().toStdString();
        if (reg != m_doc.design().identity.registration)
            m_doc.edit(tr("Edit registration"), [&](RetrofitDesign &d) { d.identity.registration = reg; });
    });
    connect(m_firstRegistration, &QLineEdit::editingFinished, this, [this] {
        const std::string date = m_firstRegistration->text().trimmed().toStdString();
        if (date != m_doc.design().identity.firstRegistrationDate)
            m_doc.edit(tr("Edit first registration"),
                       [&](RetrofitDesign &d) { d.identity.firstRegistrationDate = date; });
    });
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        const std::string c = m_category->itemData(index).toString().toStdString();
        if (!m_updating && c != m_doc.design().identity.category)
            m_doc.edit(tr("Edit category"), [&](RetrofitDesign &d) { d.identity.category = c; });
    });
    connect(m_agreement, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating && on != m_doc.design().identity.manufacturerAgreement)
            m_doc.edit(tr("Manufacturer agreement"), [&](RetrofitDesign &d) { d.identity.manufacturerAgreement = on; });
    });
    for (const auto &f : m_overrides)
        connect(f.edit, &QLineEdit::editingFinished, this, [this, f] { commitOverride(f); });

    reload();
}

void VehiclePage::chooseVariant(const QString &id)
{
    if (id.isEmpty() || id.toStdString() == m_doc.design().variantId)
        return;
    const auto *v = m_context.catalog().variant(id.toStdString());
    if (!v)
        return;
    m_doc.edit(tr("Choose variant"), [&](RetrofitDesign &d) {
        d.variantId = id.toStdString();
        // Keep the engine if the new variant offers it, else take its first one.
        if (std::find(v->engineIds.begin(), v->engineIds.end(), d.engineId) == v->engineIds.end())
            d.engineId = v->engineIds.empty() ? std::string() : v->engineIds.front();
    });
}

QLineEdit *VehiclePage::overrideEdit(const QString &key) const
{
    for (const auto &f : m_overrides)
        if (f.key == key)
            return f.edit;
    return nullptr;
}

void VehiclePage::commitOverride(const OverrideField &f)
{
    const QString text = f.edit->text().trimmed();
    std::optional<double> value;
    if (!text.isEmpty()) {
        bool ok = false;
        double v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = QLocale::c().toDouble(text, &ok);
        // Nothing invalid reaches the design: the field is marked and keeps the user's text.
        if (!ok || v < f.min || v > f.max) {
            markInvalid(f.edit, tr("Accepted: %1 … %2").arg(QLocale().toString(f.min)).arg(QLocale().toString(f.max)));
            return;
        }
        value = v;
    }
    markInvalid(f.edit, {});
    if (overrideValue(m_doc.design().overrides, f.key) == value)
        return;
    m_doc.edit(
        tr("Edit %1").arg(f.label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':'))), [&](RetrofitDesign &d) {
            setOverride(d.overrides, f.key, value, "registration certificate or weighbridge, entered in ReMaster");
        });
}

QString VehiclePage::title() const
{
    return tr("Vehicle");
}

int VehiclePage::status() const
{
    const auto &o = m_doc.outcome();
    for (const auto &e : o.errors)
        if (e.field.startsWith(QLatin1String("vehicle.")))
            return 2;
    return o.evaluation ? 0 : 2;
}

bool VehiclePage::focusField(const QString &field)
{
    QWidget *target = nullptr;
    if (field.startsWith(QLatin1String("vehicle.identity.vin")))
        target = m_vin;
    else if (field.startsWith(QLatin1String("vehicle.identity.first_registration")))
        target = m_firstRegistration;
    else if (field.startsWith(QLatin1String("vehicle.identity")))
        target = m_category;
    else if (field.startsWith(QLatin1String("vehicle.engine")) || field.contains(QLatin1String("original_power")))
        target = overrideEdit(QStringLiteral("original_power_kw"));
    else if (field.contains(QLatin1String("axle_limit")) || field.contains(QLatin1String("front_axle")))
        target = overrideEdit(QStringLiteral("front_axle_limit_kg"));
    else if (field.contains(QLatin1String("gvw")))
        target = overrideEdit(QStringLiteral("gvw_kg"));
    else if (field.contains(QLatin1String("mass_in_running_order")))
        target = overrideEdit(QStringLiteral("mass_in_running_order_kg"));
    else if (field.startsWith(QLatin1String("vehicle.")))
        target = m_variant;
    if (target)
        target->setFocus(Qt::OtherFocusReason);
    return target != nullptr;
}

void VehiclePage::retranslate()
{
    const QStringList labels { tr("&Variant:"),          tr("&Engine (P.2):"),           tr("VI&N (E):"),
                               tr("&Registration (A):"), tr("&First registration (B):"), tr("Ca&tegory (J):") };
    for (int row = 0; row < labels.size(); ++row)
        if (auto *item = m_form->itemAt(row, QFormLayout::LabelRole))
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setText(labels.at(row));
    const QStringList overrideLabels { tr("Mass in running order (G), kg:"),
                                       tr("GVW (F.1), kg:"),
                                       tr("Front axle limit (7.1), kg:"),
                                       tr("Rear axle limit (7.2), kg:"),
                                       tr("Unladen front axle load (weighed), kg:"),
                                       tr("Original power (P.2), kW:") };
    for (int i = 0; i < m_overrides.size(); ++i) {
        m_overrides[i].label->setText(overrideLabels.value(i));
        m_overrides[i].label->setBuddy(m_overrides[i].edit);
    }
    m_agreement->setText(tr("Renault's technical agreement is on file (waives the 5-year age limit, FR-04)"));
    m_pick->setText(tr("&Pick in the catalog by generation, body, length, height, GVW, drive, engine…"));
    m_vin->setToolTip(tr("17 characters, no I, O or Q; Renault VINs start with VF1"));
    m_hint->setText(tr("Empty fields use the catalog value shown in grey. Enter the figures of this van's "
                       "registration certificate or weighbridge ticket: they replace the catalog's, "
                       "which are often representative values (R)."));
}

void VehiclePage::refresh()
{
    const auto &d = m_doc.design();
    const auto &catalog = m_context.catalog();
    const QLocale l;
    if (m_variant->count() != static_cast<int>(catalog.variants.size())) {
        m_variant->clear();
        for (const auto &v : catalog.variants)
            m_variant->addItem(QString::fromStdString(v.label), QString::fromStdString(v.id));
    }
    m_variant->setCurrentIndex(m_variant->findData(QString::fromStdString(d.variantId)));
    m_engine->clear();
    if (const auto *v = catalog.variant(d.variantId)) {
        for (const auto &id : v->engineIds)
            if (const auto *e = catalog.engine(id))
                m_engine->addItem(tr("%1 %2 (%3)")
                                      .arg(QString::fromStdString(e->code), QString::fromStdString(e->label),
                                           DisplayNames::power(u::inKilowatts(e->power.value), 0)),
                                  QString::fromStdString(id));
        m_engine->setCurrentIndex(m_engine->findData(QString::fromStdString(d.engineId)));
        // Catalog values as placeholders, with their confidence mark.
        auto placeholder = [&](const QString &key) -> QString {
            auto mass = [&](const Sourced<u::Mass> &m) {
                return tr("catalog: %1 (%2)")
                    .arg(l.toString(u::inKilograms(m.value), 'f', 0),
                         QLatin1String(confidenceCode(m.provenance.confidence)));
            };
            if (key == QLatin1String("mass_in_running_order_kg"))
                return mass(v->massInRunningOrder);
            if (key == QLatin1String("gvw_kg"))
                return mass(v->gvw);
            if (key == QLatin1String("front_axle_limit_kg"))
                return mass(v->frontAxleLimit);
            if (key == QLatin1String("rear_axle_limit_kg"))
                return mass(v->rearAxleLimit);
            if (key == QLatin1String("unladen_front_axle_load_kg"))
                return mass(v->unladenFrontAxleLoad);
            if (const auto *e = catalog.engine(d.engineId))
                return tr("catalog: %1 (%2)")
                    .arg(l.toString(u::inKilowatts(e->power.value), 'f', 1),
                         QLatin1String(confidenceCode(e->power.provenance.confidence)));
            return {};
        };
        for (const auto &f : m_overrides) {
            f.edit->setPlaceholderText(placeholder(f.key));
            if (!f.edit->hasFocus() && f.edit->styleSheet().isEmpty()) {
                const auto value = overrideValue(d.overrides, f.key);
                f.edit->setText(value ? l.toString(*value, 'g', 10) : QString());
            }
        }
    }
    if (!m_vin->hasFocus())
        m_vin->setText(QString::fromStdString(d.identity.vin));
    if (!m_registration->hasFocus())
        m_registration->setText(QString::fromStdString(d.identity.registration));
    if (!m_firstRegistration->hasFocus())
        m_firstRegistration->setText(QString::fromStdString(d.identity.firstRegistrationDate));
    m_category->setCurrentIndex(std::max(0, m_category->findData(QString::fromStdString(d.identity.category))));
    m_agreement->setChecked(d.identity.manufacturerAgreement);

    // Field-level problems from the last recompute, on the field that causes them.
    QString vinProblem, dateProblem;
    for (const auto &e : m_doc.outcome().errors) {
        if (e.field.startsWith(QLatin1String("vehicle.identity.vin")))
            vinProblem += e.message + QLatin1Char('\n');
        if (e.field.startsWith(QLatin1String("vehicle.identity.first_registration")))
            dateProblem += e.message + QLatin1Char('\n');
    }
    markInvalid(m_vin, vinProblem.trimmed());
    markInvalid(m_firstRegistration, dateProblem.trimmed());
}

} // namespace remaster::ui
