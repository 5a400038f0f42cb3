"""Import the pure-Python FASTSim 2.x package from an external source tree
without installing it and without the compiled Rust extension.

This file is ReMaster's own glue code; it contains no FASTSim code.  It
 * registers a bare package object for ``fastsim`` whose __path__ points at
   the external tree, so FASTSim's __init__.py (which needs the compiled
   ``fastsimrust`` extension, ``pkg_resources`` metadata and seaborn) is NOT
   executed;
 * registers placeholder modules for ``fastsim.fastsimrust`` (only class
   names are needed at import time / in isinstance checks on the pure-Python
   path), ``fastsim.utils`` (vehicle.py imports it but does not use it on the
   path we run) and ``typing_extensions`` if it is not installed.
"""
import importlib
import os
import sys
import types


def load(fastsim_python_dir):
    """fastsim_python_dir: the folder that contains the ``fastsim`` package
    (i.e. <fastsim checkout>/python).  Returns dict of FASTSim modules."""
    pkg_dir = os.path.join(os.path.abspath(fastsim_python_dir), "fastsim")
    if not os.path.isfile(os.path.join(pkg_dir, "simdrive.py")):
        raise SystemExit("no fastsim/simdrive.py under %s" % fastsim_python_dir)

    if "typing_extensions" not in sys.modules:
        try:
            import typing_extensions  # noqa: F401
        except ImportError:
            te = types.ModuleType("typing_extensions")
            te.Self = object
            sys.modules["typing_extensions"] = te

    pkg = types.ModuleType("fastsim")
    pkg.__path__ = [pkg_dir]
    pkg.__file__ = os.path.join(pkg_dir, "__init__.py")
    sys.modules["fastsim"] = pkg

    rust = types.ModuleType("fastsim.fastsimrust")

    class _Placeholder:  # never instantiated on the pure-Python path
        def __init__(self, *a, **k):
            raise RuntimeError("fastsimrust (Rust extension) is not available")

    for name in ("RustSimDrive", "RustVehicle", "RustCycle", "RustSimDriveParams",
                 "RustPhysicalProperties", "Pyo3ArrayF64", "Pyo3ArrayU32",
                 "Pyo3ArrayBool", "Pyo3VecF64", "RustSimDriveLabel"):
        setattr(rust, name, type(name, (_Placeholder,), {}))
    sys.modules["fastsim.fastsimrust"] = rust
    pkg.fastsimrust = rust

    utils = types.ModuleType("fastsim.utils")
    sys.modules["fastsim.utils"] = utils
    pkg.utils = utils

    mods = {}
    for name in ("inspect_utils", "parameters"):
        mods[name] = importlib.import_module("fastsim." + name)
        setattr(pkg, name, mods[name])
    pkg.params = mods["parameters"]
    sys.modules["fastsim.params"] = mods["parameters"]
    for name in ("vehicle_base", "cycle", "vehicle", "simdrive"):
        mods[name] = importlib.import_module("fastsim." + name)
        setattr(pkg, name, mods[name])
    mods["package_dir"] = pkg_dir
    return mods
