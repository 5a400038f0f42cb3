// Range and consistency checks for catalog entries. The JSON reader checks structure and units;
// these functions check that the figures make engineering sense (docs/catalog-format.md lists
// every accepted range). Each problem becomes a FieldError naming the field and the range.
#pragma once

#include "model/catalog.h"
#include "model/errors.h"

#include <vector>

namespace remaster::model {

std::vector<FieldError> validateEngine(const EngineOption &e);
std::vector<FieldError> validateVariant(const VehicleVariant &v);
std::vector<FieldError> validateMotor(const Motor &m);
std::vector<FieldError> validateInverter(const Inverter &i);
std::vector<FieldError> validateReducer(const Reducer &r);
std::vector<FieldError> validateBatteryModule(const BatteryModule &b);
std::vector<FieldError> validateCharger(const Charger &c);
std::vector<FieldError> validateDcDc(const DcDcConverter &d);

} // namespace remaster::model
