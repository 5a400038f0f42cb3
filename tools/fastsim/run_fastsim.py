#!/usr/bin/env python3
"""Run NREL FASTSim 2.x (pure-Python SimDrive) on ReMaster's reference cases
and record the results as test data.

This is ReMaster's own code.  It contains no FASTSim code: FASTSim is imported
from an external source tree given by --fastsim PATH or the FASTSIM_PYTHON
environment variable (PATH = the folder containing the ``fastsim`` package,
i.e. <fastsim checkout>/python).  The compiled Rust extension is not needed
(see fastsim_loader.py).

usage:
  /usr/bin/python3 tools/fastsim/run_fastsim.py --fastsim /work/fastsim-src/python
      [--cases tools/fastsim/cases.json] [--out tests/data/fastsim/results.json]
      [--repeats 5] [--fastsim-commit SHA]

Input/output formats: see tests/data/fastsim/README.md.
"""
import argparse
import csv
import datetime
import json
import logging
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import fastsim_loader  # noqa: E402

# FASTSim inputs that cases.json does not carry.  They are chosen so that they
# do not limit the simulation (no SOC window, no motor ramp limit, no
# traction limit in practice) and are written to results.json.
FIXED = {
    "template_vehicle": "FASTSim vehdb selection 17 (2017 CHEVROLET Bolt, BEV); every "
                        "field that matters below is overridden",
    "veh_pt_type": "BEV",
    "fc_max_kw": 0.0, "fs_max_kw": 0.0, "fs_kwh": 0.0,
    "mc_sec_to_peak_pwr": 1e-3,      # motor transient limit effectively off
    "min_soc": 0.0, "max_soc": 1.0,  # no SOC window
    "init_soc": 0.95,                # start below max_soc so regen is never SOC-limited
    "wheel_coef_of_fric": 0.7, "drive_axle_weight_frac": 0.7,  # traction limit ~4.3 m/s^2
    "veh_cg_m": 0.44, "wheel_base_m": 2.6,
    "alt_eff": 1.0, "force_aux_on_fc": False, "stop_start": False,
    "grade": 0.0,                    # flat road
    "air_density_kg_per_m3": 1.2, "a_grav_mps2": 9.81,  # FASTSim PhysicalProperties defaults
    "sim_params": "FASTSim SimDriveParams defaults (missed_trace_correction=False, "
                  "no coasting/IDM, trace_miss_dist_tol=1e-3, trace_miss_speed_mps_tol=1.0)",
}


def git_commit(path):
    """HEAD of `path` only if `path` itself is the top of a git work tree."""
    try:
        top = subprocess.run(["git", "-C", path, "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, timeout=10)
        if top.returncode != 0 or os.path.realpath(top.stdout.strip()) != os.path.realpath(path):
            return None
        out = subprocess.run(["git", "-C", path, "rev-parse", "HEAD"], capture_output=True,
                             text=True, timeout=10)
        if out.returncode == 0:
            return out.stdout.strip()
    except Exception:
        pass
    return None


def read_cycle_csv(path):
    t, v = [], []
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            t.append(float(row["time_s"]))
            v.append(float(row["speed_kmh"]) / 3.6)
    return t, v


def build_vehicle(veh_mod, common, case):
    import numpy as np
    veh = veh_mod.Vehicle.from_vehdb(17)
    veh.scenario_name = "ReMaster reference BEV " + case["id"]
    veh.veh_pt_type = FIXED["veh_pt_type"]
    veh.fc_max_kw = FIXED["fc_max_kw"]
    veh.fs_max_kw = FIXED["fs_max_kw"]
    veh.fs_kwh = FIXED["fs_kwh"]
    veh.drag_coef = float(case["cd"])
    veh.frontal_area_m2 = float(case["frontal_area_m2"])
    veh.veh_override_kg = float(case["mass_kg"])  # -> set_veh_mass(): veh_kg = veh_override_kg
    veh.wheel_rr_coef = float(common["crr"])
    veh.wheel_radius_m = float(common["wheel_radius_m"])
    veh.wheel_inertia_kg_m2 = float(common["wheel_inertia_kg_m2"])
    veh.num_wheels = int(common["num_wheels"])
    veh.aux_kw = float(common["aux_kw"])
    veh.trans_eff = float(common["trans_eff"])
    veh.mc_max_kw = float(common["motor_peak_kw"])
    veh.mc_pwr_out_perc = np.array(common["mc_pwr_out_perc"], dtype=float)
    veh.mc_eff_map = np.array(common["mc_eff_map"], dtype=float)
    veh.mc_sec_to_peak_pwr = float(common.get("mc_sec_to_peak_pwr", FIXED["mc_sec_to_peak_pwr"]))
    veh.ess_max_kwh = float(common["battery_kwh"])
    veh.ess_max_kw = float(common["ess_max_kw"])
    veh.ess_round_trip_eff = float(common["battery_rte"])
    veh.chg_eff = float(common["charger_eff"])
    veh.regen_a = float(common["regen_a"])
    veh.regen_b = float(common["regen_b"])
    veh.max_regen = float(common["max_regen_on"]) if case["regen"] else 0.0
    veh.min_soc = FIXED["min_soc"]
    veh.max_soc = FIXED["max_soc"]
    veh.wheel_coef_of_fric = FIXED["wheel_coef_of_fric"]
    veh.drive_axle_weight_frac = FIXED["drive_axle_weight_frac"]
    veh.veh_cg_m = FIXED["veh_cg_m"]
    veh.wheel_base_m = FIXED["wheel_base_m"]
    veh.alt_eff = FIXED["alt_eff"]
    veh.force_aux_on_fc = FIXED["force_aux_on_fc"]
    veh.stop_start = FIXED["stop_start"]
    veh.set_derived()  # recomputes mc_full_eff_array, mc_kw_in_array, veh_kg, no_elec_aux ...
    assert veh.veh_kg == float(case["mass_kg"]), (veh.veh_kg, case["mass_kg"])
    assert not veh.no_elec_sys and not veh.no_elec_aux
    return veh


def kwh(x_kw, dt):
    return float((x_kw * dt).sum() / 3600.0)


def figures(sd, np):
    dt = np.asarray(sd.cyc.dt_s, dtype=float)
    pos = lambda a: np.clip(np.asarray(a, dtype=float), 0, None)
    neg = lambda a: np.clip(np.asarray(a, dtype=float), None, 0)
    dist_km = float(np.sum(sd.dist_m) / 1000.0)
    cyc_dist_km = float(np.sum(sd.cyc0.dist_m) / 1000.0)
    ess_out = np.asarray(sd.ess_kw_out_ach, dtype=float)
    mc_mech = np.asarray(sd.mc_mech_kw_out_ach, dtype=float)
    mc_elec = np.asarray(sd.mc_elec_kw_in_ach, dtype=float)
    ess_net_kwh = kwh(ess_out, dt)
    ess_internal_kwh = float(sd.ess_dischg_kj / 3600.0)
    regen_mask = mc_mech < 0
    trac_mask = mc_mech > 0
    tire = np.asarray(sd.cyc_tire_inertia_kw, dtype=float)
    r = {
        "distance_km": dist_km,
        "cycle_distance_km": cyc_dist_km,
        "veh_kg": float(sd.veh.veh_kg),
        "battery_dc_wh_per_km": ess_net_kwh * 1000.0 / dist_km,
        "battery_internal_wh_per_km": ess_internal_kwh * 1000.0 / dist_km,
        "battery_dc_net_kwh": ess_net_kwh,
        "battery_dc_discharge_kwh": kwh(pos(ess_out), dt),
        "battery_dc_charge_kwh": abs(kwh(neg(ess_out), dt)),
        "battery_internal_net_kwh": ess_internal_kwh,
        "battery_loss_kwh": float(sd.ess_eff_kj / 3600.0),
        "wall_wh_per_km_label_style": ess_internal_kwh * 1000.0 / dist_km / float(sd.veh.chg_eff),
        "wheel_traction_kwh": kwh(pos(sd.cyc_whl_kw_req), dt),
        "wheel_braking_kwh": kwh(neg(sd.cyc_whl_kw_req), dt),
        "wheel_regen_kwh": kwh(np.asarray(sd.cyc_regen_brake_kw, dtype=float), dt),
        "friction_brake_kwh": float(sd.brake_kj / 3600.0),
        "regen_to_battery_kwh": abs(kwh(neg(mc_elec), dt)),
        "motor_mech_out_kwh": kwh(pos(mc_mech), dt),
        "motor_mech_regen_in_kwh": abs(kwh(neg(mc_mech), dt)),
        "motor_elec_in_kwh": kwh(pos(mc_elec), dt),
        "motor_loss_kwh": float(sd.mc_kj / 3600.0),
        "motor_loss_traction_kwh": kwh(np.where(trac_mask, mc_elec - mc_mech, 0.0), dt),
        "motor_loss_regen_kwh": kwh(np.where(regen_mask, mc_elec - mc_mech, 0.0), dt),
        "trans_loss_kwh": float(sd.trans_kj / 3600.0),
        "aux_kwh": float(sd.aux_kj / 3600.0),
        "drag_kwh": float(sd.drag_kj / 3600.0),
        "rolling_kwh": float(sd.rr_kj / 3600.0),
        "ascent_kwh": float(sd.ascent_kj / 3600.0),
        "accel_pos_kwh": kwh(pos(sd.accel_kw), dt),
        "accel_neg_kwh": kwh(neg(sd.accel_kw), dt),
        "tire_inertia_pos_kwh": kwh(pos(tire), dt),
        "tire_inertia_neg_kwh": kwh(neg(tire), dt),
        "energy_audit_error": float(sd.energy_audit_error),
        "trace_miss": bool(sd.trace_miss),
        "trace_miss_dist_frac": float(sd.trace_miss_dist_frac),
        "trace_miss_speed_mps": float(sd.trace_miss_speed_mps),
        "steps_cycle_not_met": int(np.sum(~np.asarray(sd.cyc_met, dtype=bool)[1:])),
        "steps_not_all_electric": int(np.sum(~np.asarray(sd.can_pwr_all_elec, dtype=bool)[1:])),
        "soc_start": float(sd.soc[0]),
        "soc_end": float(sd.soc[-1]),
    }
    return r


FIELD_NOTES = {
    "distance_km": "sum(sd.dist_m)/1000; dist_m[i] = mps_ach[i]*dt (achieved speed, end-of-step speed x dt)",
    "cycle_distance_km": "sum(sd.cyc0.dist_m)/1000 (requested trace, same rectangle rule)",
    "veh_kg": "sd.veh.veh_kg (= veh_override_kg = mass_kg)",
    "battery_dc_wh_per_km": "sum(ess_kw_out_ach*dt)/3.6 / distance_km: net battery terminal energy incl. regen and aux",
    "battery_internal_wh_per_km": "ess_dischg_kj/3.6/distance_km; ess_dischg_kj = -(soc[-1]-soc[0])*ess_max_kwh*3600 (includes sqrt(rte) losses; = dc when battery_rte = 1)",
    "battery_dc_net_kwh": "sum(ess_kw_out_ach*dt)/3600",
    "battery_dc_discharge_kwh": "sum(max(ess_kw_out_ach,0)*dt)/3600",
    "battery_dc_charge_kwh": "-sum(min(ess_kw_out_ach,0)*dt)/3600 (net charging after aux is served)",
    "battery_internal_net_kwh": "ess_dischg_kj/3600",
    "battery_loss_kwh": "ess_eff_kj/3600 (sum ess_loss_kw*dt)",
    "wall_wh_per_km_label_style": "battery_internal_wh_per_km / veh.chg_eff (FASTSim's simdrivelabel divides by params.chg_eff=0.86; SimDrive itself never uses chg_eff)",
    "wheel_traction_kwh": "sum(max(cyc_whl_kw_req,0)*dt)/3600; cyc_whl_kw_req = drag_kw+accel_kw+ascent_kw+rr_kw+cyc_tire_inertia_kw",
    "wheel_braking_kwh": "sum(min(cyc_whl_kw_req,0)*dt)/3600 (negative)",
    "wheel_regen_kwh": "sum(cyc_regen_brake_kw*dt)/3600 (regen share of braking, at the wheel)",
    "friction_brake_kwh": "brake_kj/3600 (sum cyc_fric_brake_kw*dt)",
    "regen_to_battery_kwh": "-sum(min(mc_elec_kw_in_ach,0)*dt)/3600 (electric power from motor while regenerating, before aux is subtracted)",
    "motor_mech_out_kwh": "sum(max(mc_mech_kw_out_ach,0)*dt)/3600",
    "motor_mech_regen_in_kwh": "-sum(min(mc_mech_kw_out_ach,0)*dt)/3600",
    "motor_elec_in_kwh": "sum(max(mc_elec_kw_in_ach,0)*dt)/3600",
    "motor_loss_kwh": "mc_kj/3600 = sum((mc_elec_kw_in_ach-mc_mech_kw_out_ach)*dt)/3600",
    "motor_loss_traction_kwh": "part of motor_loss_kwh with mc_mech_kw_out_ach>0",
    "motor_loss_regen_kwh": "part of motor_loss_kwh with mc_mech_kw_out_ach<0",
    "trans_loss_kwh": "trans_kj/3600 = sum((trans_kw_in_ach-trans_kw_out_ach)*dt)/3600",
    "aux_kwh": "aux_kj/3600 (sum aux_in_kw*dt; aux_in_kw = aux_kw every step i>=1)",
    "drag_kwh": "drag_kj/3600", "rolling_kwh": "rr_kj/3600", "ascent_kwh": "ascent_kj/3600",
    "accel_pos_kwh": "sum(max(accel_kw,0)*dt)/3600", "accel_neg_kwh": "sum(min(accel_kw,0)*dt)/3600",
    "tire_inertia_pos_kwh": "sum(max(cyc_tire_inertia_kw,0)*dt)/3600",
    "tire_inertia_neg_kwh": "sum(min(cyc_tire_inertia_kw,0)*dt)/3600",
    "energy_audit_error": "sd.energy_audit_error (FASTSim's own energy balance check)",
    "trace_miss": "sd.trace_miss (dist frac > 1e-3 or max |mps_ach-cyc.mps| > 1 m/s)",
    "trace_miss_dist_frac": "sd.trace_miss_dist_frac", "trace_miss_speed_mps": "sd.trace_miss_speed_mps",
    "steps_cycle_not_met": "count of steps i>=1 with cyc_met[i] == False",
    "steps_not_all_electric": "count of steps i>=1 with can_pwr_all_elec[i] == False (should be 0 for these BEVs)",
    "soc_start": "soc[0] (= init_soc)", "soc_end": "soc[-1]",
    "sim_seconds_median": "median of N wall-clock times (time.perf_counter) of SimDrive(cyc, veh) + sim_drive(init_soc)",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fastsim", default=os.environ.get("FASTSIM_PYTHON"),
                    help="folder containing the fastsim package (<fastsim>/python)")
    ap.add_argument("--cases", default=os.path.join(HERE, "cases.json"))
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "data", "fastsim", "results.json"))
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--fastsim-commit", default=None,
                    help="commit of the FASTSim source (default: git rev-parse in the tree, else fastsim_source.json)")
    a = ap.parse_args()
    if not a.fastsim:
        ap.error("give --fastsim PATH or set FASTSIM_PYTHON")

    m = fastsim_loader.load(a.fastsim)
    logging.getLogger("fastsim").setLevel(logging.ERROR)
    import numpy as np
    veh_mod, cyc_mod, sd_mod = m["vehicle"], m["cycle"], m["simdrive"]

    # FASTSim identity: from git if the tree is a checkout, else from a
    # fastsim_source.json we write next to the extracted tree.
    version, commit = None, a.fastsim_commit
    src_root = os.path.dirname(os.path.abspath(a.fastsim))
    meta_path = os.path.join(src_root, "fastsim_source.json")
    meta = {}
    if os.path.isfile(meta_path):
        meta = json.load(open(meta_path))
    commit = commit or meta.get("commit") or git_commit(src_root)
    pyproject = os.path.join(src_root, "pyproject.toml")
    if os.path.isfile(pyproject):
        for line in open(pyproject):
            if line.strip().startswith("version"):
                version = line.split("=", 1)[1].strip().strip('"')
                break
    version = version or meta.get("version")

    doc = json.load(open(a.cases))
    assert doc.get("format") == "remaster-fastsim-cases" and doc.get("format_version") == 1
    common = doc["common"]
    results = []
    for case in doc["cases"]:
        t, mps = read_cycle_csv(os.path.join(REPO, case["cycle_csv"]))
        cyc = cyc_mod.Cycle.from_dict({"time_s": t, "mps": mps, "grade": [0.0] * len(t),
                                       "road_type": [0.0] * len(t), "name": case["id"]})
        veh = build_vehicle(veh_mod, common, case)
        times, sd = [], None
        for _ in range(max(1, a.repeats)):
            t0 = time.perf_counter()
            sd = sd_mod.SimDrive(cyc, veh)
            sd.sim_drive(init_soc=FIXED["init_soc"])
            times.append(time.perf_counter() - t0)
        r = {"id": case["id"], "input": case}
        r.update(figures(sd, np))
        r["sim_seconds_median"] = statistics.median(times)
        r["sim_seconds_all"] = times
        results.append(r)
        print("%-26s %7.3f km  %7.2f Wh/km  regen->batt %.3f kWh  miss=%s  %.3f s" % (
            case["id"], r["distance_km"], r["battery_dc_wh_per_km"], r["regen_to_battery_kwh"],
            r["trace_miss"], r["sim_seconds_median"]), flush=True)

    out = {
        "format": "remaster-fastsim-results", "format_version": 1,
        "generated_by": "tools/fastsim/run_fastsim.py (ReMaster), FASTSim pure-Python SimDrive, "
                        "fastsimrust not used",
        "generated_utc": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "fastsim_repository": "https://github.com/NREL/fastsim",
        "fastsim_version": version, "fastsim_commit": commit,
        "python": sys.version.split()[0], "numpy": np.__version__,
        "cases_file": os.path.relpath(os.path.abspath(a.cases), REPO),
        "common": common, "fixed_fastsim_settings": FIXED,
        "timing_note": "seconds per cycle simulation = median of %d runs (time.perf_counter), "
                       "2-core machine shared with a C++ build; indicative only" % a.repeats,
        "sim_seconds_median_over_cases": statistics.median(r["sim_seconds_median"] for r in results),
        "field_notes": FIELD_NOTES,
        "results": results,
    }
    os.makedirs(os.path.dirname(os.path.abspath(a.out)), exist_ok=True)
    with open(a.out, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", a.out)


if __name__ == "__main__":
    main()
