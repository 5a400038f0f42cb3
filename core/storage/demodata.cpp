#include "demodata.h"

#include "cyclelibrary.h"
#include "sheetfactory.h"
#include "sheetstore.h"

#include "model/design.h"

namespace remaster::storage {

using namespace remaster::model;

int DemoData::populate(Database &db, const CatalogSet &catalog, QString *error)
{
    SheetStore store(db);
    SheetError e;
    if (store.count(SheetQuery {}, &e) > 0)
        return 0;

    struct Sample {
        RetrofitDesign design;
        QString customer;
        SheetStatus status;
    };
    RetrofitDesign approved = exampleDesign();

    RetrofitDesign review = exampleDesign();
    review.name = "Demo: Master III 2014 L3H2 RWD 3.5 t, Nissan EM57 110 kW, 2 × 12 ZOE ZE40 modules";
    review.variantId = "m3-2014-van-l3h2-rwd-3500";
    review.engineId = "m9t-energy-dci165-2014";
    review.overrides = {};
    review.identity.vin = "VF1MA000000000001";
    review.identity.registration = "EF-456-GH";
    review.identity.firstRegistrationDate = "2016-05-02";

    RetrofitDesign failing = exampleDesign();
    failing.name = "Demo: first draft with a 160 kW motor, above the original 118 kW (FR-07 fails)";
    failing.kit.motorId = "nissan-leaf-eplus-160";
    failing.kit.inverterId = "cascadia-cm200";
    failing.identity.vin = "VF1MA000000000002";
    failing.identity.registration = "JK-789-LM";

    const QList<Sample> samples { { approved, QStringLiteral("Boulangerie Martin (demo)"), SheetStatus::Approved },
                                  { review, QStringLiteral("Transports Lefèvre (demo)"), SheetStatus::InReview },
                                  { failing, QStringLiteral("Ville de Flins (demo)"), SheetStatus::Draft } };
    int added = 0;
    for (const auto &s : samples) {
        try {
            const auto ev = evaluateDesign(s.design, catalog, [](const std::string &id) {
                return CycleLibrary::load(QString::fromStdString(id));
            });
            auto made = SheetFactory::fromDesign(s.design, ev, catalog, QDate::currentDate());
            if (!made.revision)
                continue;
            made.revision->customer = s.customer;
            made.revision->notes = tr("Sample sheet of the demo database.");
            const auto number = store.create(*made.revision, &e);
            if (!number)
                continue;
            ++added;
            if (s.status == SheetStatus::Draft)
                continue;
            store.transition(*number, SheetStatus::InReview, SignOffRole::Engineer, QStringLiteral("Camille Durand"),
                             &e);
            if (s.status == SheetStatus::Approved)
                store.transition(*number, SheetStatus::Approved, SignOffRole::Homologation,
                                 QStringLiteral("Nicolas Petit"), &e);
        } catch (const InputError &x) {
            if (error)
                *error = QString::fromUtf8(x.what());
        }
    }
    return added;
}

} // namespace remaster::storage
