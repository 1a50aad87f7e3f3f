#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/quickstart.sh run    install dependencies, build, start the studio
#   scripts/quickstart.sh test   install dependencies, build, run the whole test suite
# Everything comes from Debian packages (packaging/debian/build-deps.txt).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in run|test) ;; *) echo "usage: $0 run|test" >&2; exit 2 ;; esac

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_deps() {
  mapfile -t pkgs < <(sed -e 's/#.*//' -e '/^\s*$/d' packaging/debian/build-deps.txt)
  local missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
}

build() {
  local jobs; jobs=$(nproc)
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTIMBRE_BUILD_TESTS=$1
  # Each libtorch translation unit needs ~1 GB; keep parallelism within memory.
  cmake --build build -j "$jobs"
}

start=$(date +%s)
install_deps
if [ "$mode" = run ]; then
  build OFF
  echo "== build finished in $(( $(date +%s) - start )) s; starting Timbre"
  if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No desktop session (neither DISPLAY nor WAYLAND_DISPLAY is set): start build/app/gui/timbre" >&2
    echo "from a desktop, or use the command-line tool: build/app/cli/timbre-cli --help" >&2
    exit 1
  fi
  exec build/app/gui/timbre
else
  build ON
  echo "== build finished in $(( $(date +%s) - start )) s; running tests"
  export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
  ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 1500
  # OpenBLAS picks its kernels by processor; hosts differ (Intel, AMD, some set
  # OPENBLAS_CORETYPE). Results must not depend on it, so the suite runs again
  # with the Haswell and Zen kernels (all but the long training run end to end).
  for core in Haswell Zen; do
    echo "== tests again with OPENBLAS_CORETYPE=$core"
    OPENBLAS_CORETYPE=$core ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 1500 -E '^TestTrainCommand$'
  done
  echo "== tests finished in $(( $(date +%s) - start )) s"
fi
