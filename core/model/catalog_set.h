// Everything the catalogs hold, in memory, with lookups by id.
#pragma once

#include "model/catalog.h"

#include <string>
#include <vector>

namespace remaster::model {

struct CatalogSet {
    std::string vehiclesVersion;
    std::string componentsVersion;
    std::vector<Source> sources;
    std::vector<EngineOption> engines;
    std::vector<VehicleVariant> variants;
    std::vector<Motor> motors;
    std::vector<Inverter> inverters;
    std::vector<Reducer> reducers;
    std::vector<BatteryModule> batteryModules;
    std::vector<Charger> chargers;
    std::vector<DcDcConverter> dcdcs;

    const Source *source(const std::string &id) const { return find(sources, id); }
    const EngineOption *engine(const std::string &id) const { return find(engines, id); }
    const VehicleVariant *variant(const std::string &id) const { return find(variants, id); }
    const Motor *motor(const std::string &id) const { return findInfo(motors, id); }
    const Inverter *inverter(const std::string &id) const { return findInfo(inverters, id); }
    const Reducer *reducer(const std::string &id) const { return findInfo(reducers, id); }
    const BatteryModule *batteryModule(const std::string &id) const { return findInfo(batteryModules, id); }
    const Charger *charger(const std::string &id) const { return findInfo(chargers, id); }
    const DcDcConverter *dcdc(const std::string &id) const { return findInfo(dcdcs, id); }

    std::size_t componentCount() const
    {
        return motors.size() + inverters.size() + reducers.size() + batteryModules.size() + chargers.size()
            + dcdcs.size();
    }

private:
    template<class T> static const T *find(const std::vector<T> &items, const std::string &id)
    {
        for (const auto &item : items)
            if (item.id == id)
                return &item;
        return nullptr;
    }
    template<class T> static const T *findInfo(const std::vector<T> &items, const std::string &id)
    {
        for (const auto &item : items)
            if (item.info.id == id)
                return &item;
        return nullptr;
    }
};

} // namespace remaster::model
