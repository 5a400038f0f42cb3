#!/usr/bin/env bash
# Time per WLTC simulation of FASTSim (pure Python 2.x SimDrive) and ReMaster, in one run on the
# same machine. FASTSim is not a dependency: pass the folder of a FASTSim 2.x source snapshot's
# python/ directory (see tests/data/fastsim/README.md).
#   tools/fastsim/bench_side_by_side.sh /path/to/fastsim/python [build/release]
set -euo pipefail
fastsim="${1:?usage: $0 FASTSIM_PYTHON_DIR [BUILD_DIR]}"
build="${2:-build/release}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mktemp -d)"
/usr/bin/python3 "$repo/tools/fastsim/run_fastsim.py" --fastsim "$fastsim" --out "$out/results.json" > /dev/null
fs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['sim_seconds_median_over_cases'])" "$out/results.json")
rm -rf "$out"
rm_us=$("$repo/$build/bench/bench_engineering" --json | python3 -c "import json,sys; print(json.load(sys.stdin)['wltc3b_simulation_us'])")
python3 - "$fs" "$rm_us" <<'PY'
import sys
fs, rm = float(sys.argv[1]), float(sys.argv[2]) * 1e-6
print(f"FASTSim 2.x (Python), one WLTC cycle, median over 16 cases: {fs * 1e3:9.2f} ms")
print(f"ReMaster, one WLTC 3b cycle, median                     : {rm * 1e6:9.2f} us")
print(f"ratio                                                   : {fs / rm:9.0f} x")
PY
