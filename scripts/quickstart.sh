#!/usr/bin/env bash
# ReMaster quick start for Debian 12 (and Ubuntu 22.04+).
#
#   scripts/quickstart.sh app    install what is missing, build, run the app on the demo database
#   scripts/quickstart.sh test   install what is missing, build, run the whole test suite (CTest)
#
# Works as root or as a user with sudo. Only Debian packages are installed; nothing is
# downloaded from anywhere else. Set REMASTER_BUILD_DIR to build somewhere else
# (default: build/release next to this script's repository).
set -euo pipefail

mode="${1:-}"
case "$mode" in
  app|test) ;;
  *) echo "usage: $0 app|test" >&2; exit 2 ;;
esac

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${REMASTER_BUILD_DIR:-$repo/build/release}"

# What the build and the tests need, and why.
packages=(
  cmake ninja-build g++                      # build tools
  qt6-base-dev libqt6sql6-sqlite             # Qt Core/Gui/Widgets/Sql/PrintSupport/Test, SQLite driver
  libqt6sql6-psql                            # Qt's PostgreSQL driver (QPSQL): the team database
  qt6-charts-dev libqt6opengl6-dev libgl-dev # Qt Charts (and the OpenGL headers it pulls in)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # Qt Linguist: lupdate/lrelease for translations
  libboost-dev                               # Boost.Units (header-only)
  xvfb xauth                                 # headless X server for GUI tests and screenshots
  poppler-utils                              # pdftotext/pdffonts for document tests
  fonts-dejavu-core                          # a known font so rendering is the same everywhere
  python3                                    # tools/validation (the validation test), catalog generator
  postgresql-15                              # a throwaway server for the PostgreSQL storage tests (pg_trgm included)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "ReMaster needs these Debian packages that are not installed:"
  printf '  %s\n' "${missing[@]}"
  if [[ $(id -u) -eq 0 ]]; then
    sudo=()
  elif command -v sudo >/dev/null; then
    sudo=(sudo)
    echo "Installing them with sudo (you may be asked for your password)."
  else
    echo "Run this script as root, or install sudo, or install the packages above yourself." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs="$(nproc 2>/dev/null || echo 2)"
# The test command installs PostgreSQL above: its suites must run, not be left out quietly.
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DREMASTER_REQUIRE_POSTGRESQL_TESTS=ON
cmake --build "$build" --parallel "$jobs"

if [[ "$mode" == test ]]; then
  # Tests are headless (offscreen platform, set per test by CTest) and use temporary files only.
  ctest --test-dir "$build" --output-on-failure --parallel "$jobs"
else
  if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting the app under a virtual X server (xvfb-run)."
    exec xvfb-run -a "$build/app/remaster" --demo
  fi
  exec "$build/app/remaster" --demo
fi
