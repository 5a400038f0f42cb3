#!/usr/bin/env python3
"""Validation of ReMaster's energy model against published battery-electric vehicles.

Each vehicle of tests/data/validation/vehicles.json is modelled through the normal design path:
its motor, inverter, reducer, battery module, charger and DC-DC become entries of a components
catalog imported into a throw-away database, its body figures become `vehicle.overrides` of a
design (as a registration certificate would), and `remaster-cli evaluate --json` runs the WLTP
procedure (core/model/wltp.h). The published WLTP consumption (EC_AC, from the mains) and range
(AER) are compared with ReMaster's `wltp` block.

  validate.py --cli PATH/remaster-cli [--write-report docs/validation.md] [--record] [--check]

--check     exit 1 when a vehicle's error moved more than 1 point from the recorded one
            (tests/data/validation/recorded-errors.json), or a recorded vehicle is missing.
--record    rewrite the recorded errors (after a deliberate, explained change of the physics).
--write-report  write the Markdown report (inputs, published, ReMaster, error; medians and
            maxima per half of the split).

Only the Python standard library is used; nothing here is fitted: the inputs are the data set's.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(REPO, "tests", "data", "validation")
TOLERANCE_POINTS = 1.0
# The body every design starts from; its own figures are all overridden below.
BASE_VARIANT = "m3-2019-van-l3h2-fwd-3500"
BASE_ENGINE = "m9t-dci160-2019"
# ReMaster's kit defaults that the data set does not give per vehicle (docs/model.md).
DEFAULTS_FILE = os.path.join(DATA, "model-defaults.json")


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def val(v, key):
    x = v["inputs"][key]["value"]
    return x


def sourced(value, unit, note, confidence="E", source="validation-set"):
    return {"value": value, "unit": unit, "source": source, "confidence": confidence, "note": note}


def components_catalog(vehicles, defaults):
    """One motor, inverter, reducer, module, charger and DC-DC per vehicle."""
    entries = []
    for v in vehicles:
        vid = v["id"]
        peak = float(val(v, "motor_peak_power_kw"))
        torque = float(val(v, "motor_peak_torque_nm"))
        rpm = float(val(v, "motor_max_speed_rpm"))
        v_nom = float(val(v, "battery_nominal_voltage_v"))
        gross = float(val(v, "battery_gross_kwh"))
        series = defaults["modules_in_series"]
        module_nominal = v_nom / series
        capacity_ah = gross * 1000.0 / v_nom
        # Cell voltages of an NMC pack (3.0 … 4.2 V around 3.65 V nominal, core/model powertrain.h).
        v_min, v_max = module_nominal * 3.0 / 3.65, module_nominal * 4.2 / 3.65
        pack_r = defaults["pack_resistance_ohm_kwh"] / gross  # Ω: same resistance × energy as the basis
        note = "validation vehicle " + vid
        dc_min, dc_max = 0.95 * series * v_min, 1.05 * series * v_max
        entries += [
            {"kind": "motor", "id": f"val-{vid}-motor", "label": f"{v['name']} motor", "manufacturer": "validation",
             "condition": "new", "technology": "permanent-magnet synchronous",
             "peak_power": sourced(peak, "kW", note, "A"),
             "continuous_power": sourced(round(peak * 0.6, 3), "kW", "60 % of peak (not used by the energy model)", "R"),
             "peak_torque": sourced(torque, "N.m", note, "A"),
             "max_speed": sourced(rpm, "rpm", note, "E"),
             "dc_voltage_min": sourced(round(dc_min, 1), "V", "pack window", "E"),
             "dc_voltage_max": sourced(round(dc_max, 1), "V", "pack window", "E"),
             "peak_efficiency": sourced(defaults["motor_peak_efficiency"], "1", defaults["motor_peak_efficiency_basis"], "R"),
             "mass": sourced(50, "kg", "any: the mass in running order is set as a whole", "R")},
            {"kind": "inverter", "id": f"val-{vid}-inverter", "label": f"{v['name']} inverter", "manufacturer": "validation",
             "condition": "new",
             "peak_power": sourced(peak, "kW", note, "A"),
             "continuous_power": sourced(round(peak * 0.6, 3), "kW", "60 % of peak", "R"),
             "peak_phase_current": sourced(600, "A", "representative", "R"),
             "continuous_phase_current": sourced(300, "A", "representative", "R"),
             "dc_voltage_min": sourced(round(dc_min, 1), "V", "pack window", "E"),
             "dc_voltage_max": sourced(round(dc_max, 1), "V", "pack window", "E"),
             "efficiency": sourced(defaults["inverter_efficiency"], "1", defaults["inverter_efficiency_basis"], "R"),
             "mass": sourced(15, "kg", "any", "R")},
            {"kind": "reducer", "id": f"val-{vid}-reducer", "label": f"{v['name']} reducer", "manufacturer": "validation",
             "condition": "new",
             "ratio": sourced(float(val(v, "reduction_ratio")), "1", note, "E"),
             "efficiency": sourced(defaults["reducer_efficiency"], "1", defaults["reducer_efficiency_basis"], "R"),
             "max_input_torque": sourced(torque, "N.m", "the motor's", "E"),
             "max_input_speed": sourced(rpm, "rpm", "the motor's", "E"),
             "mass": sourced(20, "kg", "any", "R")},
            {"kind": "battery-module", "id": f"val-{vid}-module", "label": f"{v['name']} module", "manufacturer": "validation",
             "condition": "new", "chemistry": "NMC", "cells_series": 8, "cells_parallel": 1,
             "nominal_voltage": sourced(round(module_nominal, 4), "V", "pack nominal / modules", "E"),
             "min_voltage": sourced(round(v_min, 4), "V", "3.0/3.65 of nominal", "E"),
             "max_voltage": sourced(round(v_max, 4), "V", "4.2/3.65 of nominal", "E"),
             "capacity": sourced(round(capacity_ah, 3), "Ah", "gross energy / nominal voltage", "E"),
             "energy": sourced(round(gross / series, 5), "kWh", "gross / modules", "E"),
             "internal_resistance": sourced(round(pack_r / series * 1000.0, 5), "mOhm", defaults["pack_resistance_basis"], "R"),
             "max_discharge_current": sourced(round(2.5 * peak * 1000 / v_nom, 1), "A", "2.5 × peak power current", "R"),
             "max_charge_current": sourced(round(1.5 * peak * 1000 / v_nom, 1), "A", "representative", "R"),
             "mass": sourced(5, "kg", "any: the mass in running order is set as a whole", "R"),
             "length": sourced(400, "mm", "any", "R"), "width": sourced(300, "mm", "any", "R"),
             "height": sourced(120, "mm", "any", "R")},
            {"kind": "charger", "id": f"val-{vid}-charger", "label": f"{v['name']} charger", "manufacturer": "validation",
             "condition": "new", "charger_type": "ac-onboard",
             "power": sourced(float(val(v, "onboard_charger_kw")), "kW", note, "A"),
             "efficiency": sourced(defaults["charger_efficiency"], "1", defaults["charger_efficiency_basis"], "R"),
             "output_voltage_min": sourced(round(dc_min, 1), "V", "pack window", "E"),
             "output_voltage_max": sourced(round(dc_max, 1), "V", "pack window", "E"),
             "mass": sourced(10, "kg", "any", "R")},
            {"kind": "dcdc", "id": f"val-{vid}-dcdc", "label": f"{v['name']} DC-DC", "manufacturer": "validation",
             "condition": "new",
             "power": sourced(2.5, "kW", "representative", "R"),
             "efficiency": sourced(defaults["dcdc_efficiency"], "1", "representative", "R"),
             "input_voltage_min": sourced(round(dc_min, 1), "V", "pack window", "E"),
             "input_voltage_max": sourced(round(dc_max, 1), "V", "pack window", "E"),
             "mass": sourced(4, "kg", "any", "R")},
        ]
    return {"format": "remaster-catalog", "format_version": 1, "catalog": "components",
            "catalog_version": "validation-1",
            "sources": [{"id": "validation-set", "citation": "tests/data/validation/vehicles.json",
                         "note": "published figures with their own sources in the data set"}],
            "entries": entries}


def design_for(v, defaults, mro_override):
    vid = v["id"]
    usable = float(val(v, "battery_usable_kwh"))
    gross = float(val(v, "battery_gross_kwh"))
    frac = min(usable / gross, 1.0)
    soc_max = 100.0 * min(1.0, 0.5 + frac / 2.0)
    soc_min = soc_max - 100.0 * frac

    def ov(value, note):
        return {"value": value, "source": "validation-set", "confidence": "V", "note": note}

    return {
        "format": "remaster-design", "format_version": 1,
        "name": f"Validation: {v['name']}",
        "vehicle": {
            "variant_id": BASE_VARIANT, "engine_id": BASE_ENGINE,
            "identity": {"category": v["category"], "vin": "", "registration": "", "first_registration_date": "",
                         "energy": "EL"},
            "overrides": {
                "mass_in_running_order_kg": ov(mro_override, "published mass in running order less the kit"),
                "gvw_kg": ov(float(val(v, "gvw_kg")), "published"),
                # Axle limits play no part in the energy model; they only have to carry the GVW.
                "front_axle_limit_kg": ov(0.6 * float(val(v, "gvw_kg")), "not used by the energy model"),
                "rear_axle_limit_kg": ov(0.6 * float(val(v, "gvw_kg")), "not used by the energy model"),
                "frontal_area_m2": ov(float(val(v, "frontal_area_m2")), "data set"),
                "drag_coefficient": ov(float(val(v, "drag_coefficient")), "data set"),
                "rolling_resistance": ov(float(val(v, "rolling_resistance")), "data set"),
                "tyre_rolling_radius_mm": ov(1000.0 * float(val(v, "tyre_rolling_radius_m")), "data set"),
                "original_power_kw": ov(float(val(v, "motor_peak_power_kw")), "not a retrofit"),
            },
            "removed_parts": [],
        },
        "kit": {
            "motor_id": f"val-{vid}-motor", "inverter_id": f"val-{vid}-inverter", "reducer_id": f"val-{vid}-reducer",
            "battery_module_id": f"val-{vid}-module", "charger_id": f"val-{vid}-charger", "dcdc_id": f"val-{vid}-dcdc",
            "modules_in_series": defaults["modules_in_series"], "strings_in_parallel": 1,
            "soc_min_percent": soc_min, "soc_max_percent": soc_max,
            "speed_limiter_kmh": float(val(v, "top_speed_kmh")),
            "extra_parts": [],
            "aux": defaults["aux"], "regen": defaults["regen"],
        },
        "operation": {"cycles": ["wltc-auto"], "ambient_c": 23, "altitude_m": 0},
        "requirements": {"top_speed_kmh": 60, "hill_start_grade_percent": 5, "sustained_grade_percent": 2,
                         "sustained_grade_speed_kmh": 30, "acceleration_target_speed_kmh": 50,
                         "acceleration_max_time_s": 60},
    }


def run(cli, db, args):
    p = subprocess.run([cli, "--db", db] + args, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def evaluate(cli, db, design, workdir):
    path = os.path.join(workdir, "design.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(design, f)
    code, out, err = run(cli, db, ["evaluate", path, "--json"])
    if code not in (0, 3) or not out.strip():
        raise RuntimeError(f"evaluate failed ({code}): {err.strip()}")
    result = json.loads(out)
    if result.get("wltp") is None:
        raise RuntimeError(f"no WLTP block for {design['name']}: {err.strip()}")
    return result


def kit_mass(v, defaults):
    """Mass of the catalog parts components_catalog() gives the vehicle (motor 50, inverter 15,
    reducer 20, charger 10, DC-DC 4 kg and the modules), so that the body can be set to the
    published mass in running order less the kit."""
    return 50 + 15 + 20 + 10 + 4 + defaults["modules_in_series"] * 5


def model_vehicle(cli, db, v, defaults, workdir):
    target = float(val(v, "mass_in_running_order_kg"))
    result = evaluate(cli, db, design_for(v, defaults, target - kit_mass(v, defaults)), workdir)
    converted = result["vehicle"]["converted_mass_in_running_order_kg"]
    if abs(converted - target) > 0.5:
        raise RuntimeError(f"the modelled mass in running order is {converted} kg, not the published {target} kg")
    w = result["wltp"]
    low = w["low"]
    return {
        "mass_in_running_order_kg": result["vehicle"]["converted_mass_in_running_order_kg"],
        "wltc_class": result["wltc"]["class"], "tm_kg": w["tm_l_kg"],
        "downscaling_factor": low["downscaling"]["factor"], "capped": w["capped_speed"]["applied"],
        "ec_ac_wh_per_km": low["ec_ac_wh_per_km"], "ec_dc_wh_per_km": low["ec_dc_wh_per_km"],
        "range_km": low["range_km"], "ube_kwh": low["usable_battery_energy_kwh"],
    }


def summary(sel):
    ew = [abs(r["err_wh"]) for r in sel if r["err_wh"] is not None]
    ek = [abs(r["err_km"]) for r in sel]
    text = f"range ({len(ek)} vehicles): median |error| {statistics.median(ek):.1f} %, maximum {max(ek):.1f} %"
    if ew:
        text += (f"; consumption ({len(ew)} with a published figure): median |error| {statistics.median(ew):.1f} %, "
                 f"maximum {max(ew):.1f} %")
    return text


def pct(model, published):
    return 100.0 * (model - published) / published


def fmt(x, d=1):
    return f"{x:,.{d}f}".replace(",", " ")


def report(rows, defaults, path):
    lines = ["# Validation: ReMaster against published battery-electric vehicles", "",
             "Generated by `tools/validation/validate.py` (run by CTest as `validation`) from",
             "`tests/data/validation/vehicles.json`; do not edit by hand. Every vehicle goes through the",
             "normal design path (catalog entries, a design with the vehicle's figures as overrides,",
             "`remaster-cli evaluate`), and ReMaster's WLTP block (docs/wltp.md) is compared with the",
             "published WLTP figures: EC_AC is the combined consumption from the mains (charger losses",
             "included), the range is the all-electric range. Error = (ReMaster − published) / published.",
             "", "Model defaults used for what the data set does not give per vehicle",
             "(`tests/data/validation/model-defaults.json`, each with its source in docs/model.md):", ""]
    for k in ("motor_peak_efficiency", "inverter_efficiency", "reducer_efficiency", "charger_efficiency"):
        lines.append(f"- `{k}` = {defaults[k]} ({defaults[k + '_basis']})")
    lines.append(f"- aux {defaults['aux']}, regen {defaults['regen']}")
    lines.append("")
    for half in ("calibration", "check"):
        sel = [r for r in rows if r["split"] == half]
        lines += [f"## {half.capitalize()} half", "",
                  "| vehicle | kind | TM kg | class | published Wh/km | ReMaster Wh/km | error | published km | ReMaster km | error |",
                  "|---|---|---:|---|---:|---:|---:|---:|---:|---:|"]
        for r in sel:
            m = r["model"]
            lines.append(f"| {r['name']} | {r['kind']} | {fmt(m['tm_kg'], 0)} | {m['wltc_class']}"
                         f"{' (downscaled ' + str(m['downscaling_factor']) + ')' if m['downscaling_factor'] else ''}"
                         f"{' capped' if m['capped'] else ''} | {fmt(r['published_wh'], 0) if r['published_wh'] else 'not published'} | "
                         f"{fmt(m['ec_ac_wh_per_km'], 0)} | {format(r['err_wh'], '+.1f') + ' %' if r['err_wh'] is not None else '—'} | "
                         f"{fmt(r['published_km'], 0)} | {fmt(m['range_km'], 0)} | {r['err_km']:+.1f} % |")
        if sel:
            lines += ["", summary(sel) + ".", ""]
    lines += ["## Inputs", "", "| vehicle | m_ro kg | GVW kg | Cd | A m² | Crr | r m | motor kW | ratio | usable kWh | V | top km/h |",
              "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        v = r["vehicle"]
        g = lambda k: v["inputs"][k]["value"]
        lines.append(f"| {v['name']} | {g('mass_in_running_order_kg')} | {g('gvw_kg')} | {g('drag_coefficient')} | "
                     f"{g('frontal_area_m2')} | {g('rolling_resistance')} | {g('tyre_rolling_radius_m')} | "
                     f"{g('motor_peak_power_kw')} | {g('reduction_ratio')} | {g('battery_usable_kwh')} | "
                     f"{g('battery_nominal_voltage_v')} | {g('top_speed_kmh')} |")
    lines += ["", "Sources and confidence marks of every input: `tests/data/validation/README.md` and the",
              "`source`/`confidence`/`note` of each field in `vehicles.json`.", ""]
    analysis = os.path.join(DATA, "analysis.md")
    if os.path.exists(analysis):
        with open(analysis, encoding="utf-8") as f:
            lines += [f.read()]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cli", required=True)
    ap.add_argument("--write-report")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--vehicles", default=os.path.join(DATA, "vehicles.json"))
    a = ap.parse_args()
    vehicles = load_json(a.vehicles)["vehicles"]
    defaults = load_json(DEFAULTS_FILE)
    rows = []
    with tempfile.TemporaryDirectory() as work:
        db = os.path.join(work, "validation.sqlite")
        cat = os.path.join(work, "components.json")
        with open(cat, "w", encoding="utf-8") as f:
            json.dump(components_catalog(vehicles, defaults), f)
        code, out, err = run(a.cli, db, ["catalog", "import", cat])
        if code != 0:
            print(f"catalog import failed ({code}):\n{out}\n{err}", file=sys.stderr)
            return 2
        for v in vehicles:
            try:
                m = model_vehicle(a.cli, db, v, defaults, work)
            except RuntimeError as e:
                print(f"{v['id']}: {e}", file=sys.stderr)
                return 2
            # A vehicle whose consumption was not published is compared on its range only.
            cons = v["published"].get("wltp_consumption_wh_per_km")
            pw = float(cons["value"]) if cons else None
            pk = float(v["published"]["wltp_range_km"]["value"])
            rows.append({"id": v["id"], "name": v["name"], "kind": v["kind"], "split": v["split"], "vehicle": v,
                         "model": m, "published_wh": pw, "published_km": pk,
                         "err_wh": pct(m["ec_ac_wh_per_km"], pw) if pw else None, "err_km": pct(m["range_km"], pk)})
    for r in rows:
        wh = (f"{r['published_wh']:6.0f} Wh/km {r['model']['ec_ac_wh_per_km']:6.0f} ({r['err_wh']:+5.1f} %)"
              if r["err_wh"] is not None else f"     — Wh/km {r['model']['ec_ac_wh_per_km']:6.0f}         ")
        print(f"{r['split']:12s} {r['id']:40s} {wh}  {r['published_km']:5.0f} km {r['model']['range_km']:5.0f} "
              f"({r['err_km']:+5.1f} %)")
    for half in ("calibration", "check"):
        sel = [r for r in rows if r["split"] == half]
        if sel:
            print(f"{half}: {summary(sel)}")
    if a.write_report:
        report(rows, defaults, a.write_report)
    recorded_path = os.path.join(DATA, "recorded-errors.json")
    if a.record:
        with open(recorded_path, "w", encoding="utf-8") as f:
            json.dump({"tolerance_points": TOLERANCE_POINTS,
                       "errors_percent": {r["id"]: {"consumption": None if r["err_wh"] is None else round(r["err_wh"], 2),
                                                    "range": round(r["err_km"], 2)} for r in rows}},
                      f, indent=2, sort_keys=True)
            f.write("\n")
    if a.check:
        recorded = load_json(recorded_path)["errors_percent"]
        bad = []
        ids = {r["id"] for r in rows}
        for vid in recorded:
            if vid not in ids:
                bad.append(f"{vid}: recorded but no longer in the data set")
        for r in rows:
            rec = recorded.get(r["id"])
            if rec is None:
                bad.append(f"{r['id']}: no recorded error (run with --record after reviewing it)")
                continue
            for key, now in (("consumption", r["err_wh"]), ("range", r["err_km"])):
                if (now is None) != (rec.get(key) is None):
                    bad.append(f"{r['id']}: {key} published figure appeared or vanished; review and --record")
                    continue
                if now is not None and abs(now - rec[key]) > TOLERANCE_POINTS:
                    bad.append(f"{r['id']}: {key} error {now:+.2f} % moved from the recorded {rec[key]:+.2f} % "
                               f"by more than {TOLERANCE_POINTS} point")
        if bad:
            print("\n".join(["FAIL " + b for b in bad]), file=sys.stderr)
            print(f"0 passed, {len(bad)} failed")
            return 1
        print(f"{len(rows)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
