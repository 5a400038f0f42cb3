#!/usr/bin/env bash
# Package check, run by .ci/run after the tests (Debian 12 / Ubuntu 22.04+):
#
#   packaging/ci-package-check.sh BUILD_DIR
#
# Builds the .deb with CPack from BUILD_DIR (already configured and built with
# add_subdirectory(packaging)), installs it with apt-get, runs the *installed* remaster-cli and
# the installed GUI (offscreen) with a throw-away HOME, checks a `cmake --install` into a
# temporary prefix the same way, runs lintian, appstreamcli and desktop-file-validate, and
# removes the package again. Works as root or with sudo. Fails on any error; lintian's
# warnings and infos are printed and explained in packaging/README.md.
set -euo pipefail

if [[ $# -ne 1 || ! -f "$1/CMakeCache.txt" ]]; then
  echo "usage: $0 BUILD_DIR   (a configured and built CMake build directory)" >&2
  exit 2
fi
build="$(cd "$1" && pwd)"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_id="fr.refactory.ReMaster"

if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "$0: run as root or install sudo (apt-get install and dpkg need root)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n=== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

# Tools the check needs, and why:
#   dpkg-dev        dpkg-shlibdeps, so that CPack computes the library dependencies
#   librsvg2-bin    rsvg-convert, to render the PNG icon sizes from the SVG
#   lintian         Debian's package checker
#   appstream       appstreamcli, the AppStream metainfo validator
#   desktop-file-utils  desktop-file-validate (and the desktop database trigger)
#   shared-mime-info    update-mime-database, to check that the MIME type registers
tools=(dpkg-dev librsvg2-bin lintian appstream desktop-file-utils shared-mime-info)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  step "Installing the check tools: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

tmp="$(mktemp -d -t remaster-pkg.XXXXXX)"
installed=0
cleanup() {
  if ((installed)); then
    "${sudo[@]}" apt-get remove -y -qq --purge remaster >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

# Re-configure so that CMake sees the tools just installed, then build what packaging adds
# (rendered icons, compressed man pages) and the package.
step "Building the package in $build"
cmake "$build" >/dev/null
[[ -f "$build/CPackConfig.cmake" ]] || fail "no CPack configuration in $build: the top-level CMakeLists.txt needs add_subdirectory(packaging)"
cmake --build "$build"
rm -f "$build"/remaster_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/remaster_*.deb)
[[ -f "${debs[0]}" ]] || fail "cpack produced no remaster_*.deb"
deb="${debs[0]}"
echo "Package: $(basename "$deb"), $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1)), installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
dpkg-deb -f "$deb" Package Version Architecture Section Depends Recommends

step "Installing it with apt-get"
if dpkg-query -W -f='${Status}' remaster 2>/dev/null | grep -q "install ok installed"; then
  echo "note: a remaster package was already installed; it is replaced and removed at the end"
fi
"${sudo[@]}" apt-get install -y -qq "$deb"
installed=1
dpkg-query -W -f='${Package} ${Version} installed\n' remaster
for f in /usr/bin/remaster /usr/bin/remaster-cli \
         "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
         "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "/usr/share/mime/packages/$app_id.xml" \
         /usr/share/man/man1/remaster-cli.1.gz /usr/share/doc/remaster/copyright; do
  [[ -e "$f" ]] || fail "$f is not installed"
done

# Runs the programs installed under PREFIX with a fresh HOME, as the calling user.
smoke() {
  local prefix="$1" home="$tmp/home-${1//\//_}"
  local env=(env -i PATH=/usr/bin:/bin HOME="$home" XDG_DATA_HOME="$home/.local/share"
             XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache"
             XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8)
  mkdir -p "$home/run" && chmod 700 "$home/run"
  local out

  out="$("${env[@]}" "$prefix/bin/remaster-cli" version --json)" || fail "$prefix/bin/remaster-cli version --json"
  echo "$out"
  grep -q '"version"' <<<"$out" || fail "no version in remaster-cli version --json"
  grep -q "\"database\": \"$home/.local/share/Refactory/ReMaster/remaster.sqlite\"" <<<"$out" \
    || fail "the database is not in the user's data folder"

  out="$("${env[@]}" "$prefix/bin/remaster-cli" catalog list --json)" || fail "$prefix/bin/remaster-cli catalog list --json"
  local n
  n="$(grep -c '"id":' <<<"$out" || true)"
  echo "remaster-cli catalog list --json: $n vehicles"
  ((n > 50)) || fail "the built-in vehicle catalog looks empty ($n entries)"

  # Translations are embedded: French must come out of the installed binary.
  "${env[@]}" "$prefix/bin/remaster-cli" --ui-lang fr --help | head -n 1 | tee "$tmp/fr.txt"
  grep -q '^Utilisation' "$tmp/fr.txt" || fail "French translation not found by $prefix/bin/remaster-cli"

  # The GUI must start and still be running when timeout kills it (exit 124), not crash.
  local rc=0
  "${env[@]}" QT_QPA_PLATFORM=offscreen timeout 10 "$prefix/bin/remaster" --demo || rc=$?
  [[ $rc -eq 124 ]] || fail "$prefix/bin/remaster --demo exited with $rc before the 10 s timeout (124 expected)"
  [[ -f "$home/.local/share/Refactory/ReMaster/demo.sqlite" ]] || fail "the GUI did not create demo.sqlite"
  echo "remaster --demo (offscreen): still running after 10 s, stopped by timeout (exit 124); demo.sqlite created"
}

step "Smoke check of the installed package (/usr)"
smoke /usr

step "Smoke check of cmake --install into a temporary prefix"
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null
smoke "$tmp/prefix"

step "MIME type"
if [[ -f /usr/share/mime/application/vnd.refactory.remaster-sheets+json.xml ]]; then
  echo "application/vnd.refactory.remaster-sheets+json is registered (shared-mime-info trigger ran)"
else
  fail "the MIME type was not registered by update-mime-database"
fi

step "lintian"
# Errors fail the check; warnings and infos are printed, and explained in packaging/README.md.
lintian --display-info --pedantic --display-experimental --color never "$deb" 2>&1 | grep -v '^running with root privileges' | tee "$tmp/lintian.txt" || true
if grep -q '^E:' "$tmp/lintian.txt"; then
  fail "lintian reports errors"
fi
echo "lintian: $(grep -c '^W:' "$tmp/lintian.txt" || true) warnings, no errors"

step "appstreamcli validate"
# --no-net: the CI machine may be offline, and the homepage is a placeholder for now.
appstreamcli validate --no-net --explain "/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate --no-net "$repo/packaging/linux/$app_id.metainfo.xml" >/dev/null

step "desktop-file-validate"
out="$(desktop-file-validate "/usr/share/applications/$app_id.desktop" 2>&1)" || { echo "$out"; fail "desktop-file-validate"; }
if [[ -n "$out" ]]; then echo "$out"; else echo "desktop-file-validate: no errors or warnings"; fi

step "Removing the package"
"${sudo[@]}" apt-get remove -y -qq --purge remaster
installed=0
if dpkg-query -W -f='${Status}' remaster 2>/dev/null | grep -q "install ok installed"; then
  fail "remaster is still installed"
fi
[[ ! -e /usr/bin/remaster-cli ]] || fail "/usr/bin/remaster-cli is still there"
echo "removed"

step "Package check passed"
