#!/usr/bin/env bash
# The CUDA check of issue #18 in one short run: build the engine and timbre-cli
# against a Python torch 2.x install, run `parity --device cuda` on every fixture
# set (fp32, and the fp16 decoder where the set has a SoVITS decoder), run
# `bench --device cuda` on both workloads, and write one JSON summary.
#
#   scripts/gpu-check.sh fetch      # beforehand, on a Debian 12 machine with a network:
#                                   # apt-get download the libraries into build-gpu-debs/
#   scripts/gpu-check.sh OUT_DIR    # on the GPU machine (no network, no Qt, no Debian
#                                   # audio libraries; python3 with torch 2.x + CUDA)
#
# build-gpu-debs/ and build-gpu/ match .gitignore's /build*/, so they never reach
# git; carry build-gpu-debs/ to the GPU machine with the checkout. The fixtures
# are read from $TIMBRE_SHARED (default: ../shared beside the checkout, else
# ./shared). Everything is bounded to fit 8 minutes on one H100-class GPU:
# building takes most of it, so each later step has its own timeout.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEBS="$REPO/build-gpu-debs"
SYSROOT="$REPO/build-gpu-root"
BUILD="$REPO/build-gpu"

# Debian 12 packages the engine and timbre-cli need beyond a C++ toolchain,
# CMake and pkg-config: headers (-dev) and the run-time libraries under them.
PACKAGES=(
  libzip-dev libzip4
  libsndfile1-dev libsndfile1 libflac12 libvorbis0a libvorbisenc2 libogg0 libopus0 libmpg123-0 libmp3lame0
  libsoxr-dev libsoxr0 libgomp1
  libssl-dev libssl3
  libicu-dev libicu72
  libebur128-dev libebur128-1
  libmecab-dev libmecab2 open-jtalk-mecab-naist-jdic
  libcpp-httplib-dev libcpp-httplib0.11 libbrotli1 zlib1g
  nlohmann-json3-dev libcli11-dev
)

die() {
  echo "gpu-check: $*" >&2
  exit 1
}

if [[ "${1:-}" == "fetch" ]]; then
  mkdir -p "$DEBS"
  cd "$DEBS"
  apt-get download "${PACKAGES[@]}"
  echo "gpu-check: $(ls "$DEBS"/*.deb | wc -l) packages in $DEBS ($(du -sh "$DEBS" | cut -f1)); carry that folder along"
  exit 0
fi

[[ $# -eq 1 ]] || die "usage: scripts/gpu-check.sh OUT_DIR   (or: scripts/gpu-check.sh fetch)"
OUT="$(mkdir -p "$1" && cd "$1" && pwd)"
START=$(date +%s)
LOG="$OUT/gpu-check.log"
: >"$LOG"
step() { echo "== $* ($(($(date +%s) - START)) s)" | tee -a "$LOG"; }

SHARED="${TIMBRE_SHARED:-}"
[[ -z "$SHARED" && -d "$REPO/../shared/fixtures" ]] && SHARED="$REPO/../shared"
[[ -z "$SHARED" && -d "$REPO/shared/fixtures" ]] && SHARED="$REPO/shared"
[[ -n "$SHARED" ]] || die "no fixtures: set TIMBRE_SHARED to the folder holding fixtures/ and bench/"

for tool in python3 cmake pkg-config c++ nvidia-smi; do
  command -v "$tool" >/dev/null || die "'$tool' is not installed"
done
ls "$DEBS"/*.deb >/dev/null 2>&1 || die "no .deb files in $DEBS: run 'scripts/gpu-check.sh fetch' on a Debian 12 machine first"

step "torch"
read -r TORCH_VERSION TORCH_PREFIX TORCH_ABI TORCH_CUDA < <(python3 -c '
import torch, torch.utils
print(torch.__version__, torch.utils.cmake_prefix_path, int(torch._C._GLIBCXX_USE_CXX11_ABI), torch.version.cuda)')
echo "torch $TORCH_VERSION (CUDA $TORCH_CUDA, C++11 ABI $TORCH_ABI) at $TORCH_PREFIX" | tee -a "$LOG"
[[ "$TORCH_VERSION" == 2.* ]] || die "torch $TORCH_VERSION: this check is for torch 2.x"
# Debian's libraries (libcpp-httplib above all) use the C++11 string ABI; a torch
# built with the old one cannot link with them.
[[ "$TORCH_ABI" == 1 ]] || die "this torch uses the pre-C++11 ABI; install a torch 2.x wheel built with it (2.7 or later)"

step "unpacking $(ls "$DEBS"/*.deb | wc -l) Debian packages"
rm -rf "$SYSROOT"
mkdir -p "$SYSROOT"
for deb in "$DEBS"/*.deb; do
  if command -v dpkg-deb >/dev/null; then
    dpkg-deb -x "$deb" "$SYSROOT"
  else
    (cd "$(mktemp -d)" && ar x "$deb" && tar -xf data.tar.* -C "$SYSROOT")
  fi
done
MULTIARCH=x86_64-linux-gnu
export PKG_CONFIG_SYSROOT_DIR="$SYSROOT"
export PKG_CONFIG_PATH="$SYSROOT/usr/lib/$MULTIARCH/pkgconfig:$SYSROOT/usr/share/pkgconfig"
export LD_LIBRARY_PATH="$SYSROOT/usr/lib/$MULTIARCH${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LIBRARY_PATH="$SYSROOT/usr/lib/$MULTIARCH"
export CPATH="$SYSROOT/usr/include:$SYSROOT/usr/include/$MULTIARCH"
export TIMBRE_JA_DICT="$SYSROOT/var/lib/mecab/dic/open-jtalk/naist-jdic"
# The .so symlinks of -dev packages are absolute (/usr/lib/...): point them into the sysroot.
find "$SYSROOT" -type l -lname '/*' | while read -r link; do
  ln -sfn "$SYSROOT$(readlink "$link")" "$link"
done

# CUDA headers and nvcc for torch's CMake config: a system toolkit, or the
# nvidia-* wheels that came with torch.
if ! command -v nvcc >/dev/null; then
  NVIDIA_DIR=$(python3 -c 'import nvidia, os; print(os.path.dirname(nvidia.__path__[0]) + "/nvidia")' 2>/dev/null || true)
  if [[ -n "$NVIDIA_DIR" && -x "$NVIDIA_DIR/cuda_nvcc/bin/nvcc" ]]; then
    export PATH="$NVIDIA_DIR/cuda_nvcc/bin:$PATH"
    export CUDAToolkit_ROOT="$NVIDIA_DIR/cuda_nvcc"
    export CPATH="$CPATH:$NVIDIA_DIR/cuda_runtime/include"
  else
    die "no nvcc: install the CUDA toolkit or the nvidia-cuda-nvcc wheel matching CUDA $TORCH_CUDA"
  fi
fi

step "configure"
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)
cmake -S "$REPO" -B "$BUILD" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=Release \
  -DTIMBRE_BUILD_GUI=OFF -DTIMBRE_BUILD_TESTS=OFF -DTIMBRE_BUILD_CLI=ON \
  -DCMAKE_PREFIX_PATH="$TORCH_PREFIX;$SYSROOT/usr" -DCMAKE_FIND_ROOT_PATH="$SYSROOT" \
  -DCMAKE_CUDA_ARCHITECTURES=native >>"$LOG" 2>&1 || die "configure failed; see $LOG"

step "build ($(nproc) cores)"
cmake --build "$BUILD" --target timbre-cli -j"$(nproc)" >>"$LOG" 2>&1 || die "build failed; see $LOG"
CLI="$BUILD/app/cli/timbre-cli"

# Peak GPU memory of a command: nvidia-smi sampled every 100 ms meanwhile.
gpu_peak_mb() {
  local file="$OUT/.gpu-samples"
  : >"$file"
  nvidia-smi --query-gpu=memory.used --format=csv,noheader,nounits -lms 100 >"$file" 2>/dev/null &
  local sampler=$!
  "$@"
  local status=$?
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sort -n "$file" | tail -1 >"$OUT/.gpu-peak"
  return $status
}

RESULTS="$OUT/results.tsv"
: >"$RESULTS"
mkdir -p "$OUT/parity"
step "parity --device cuda"
for manifest in "$SHARED"/fixtures/*/manifest.json; do
  set_dir=$(dirname "$manifest")
  name=$(basename "$set_dir")
  for precision in fp32 fp16; do
    extra=()
    if [[ $precision == fp16 ]]; then
      # The fp16 decoder applies where the set decodes with SoVITS.
      [[ -f "$set_dir/sovits.pth" || -d "$set_dir/GPT_SoVITS" ]] || continue
      extra=(--half-decoder)
    fi
    out="$OUT/parity/$name-$precision"
    begin=$(date +%s)
    status=0
    timeout 120 "$CLI" parity "$set_dir" --out "$out" --check --device cuda "${extra[@]}" -q \
      >"$out.txt" 2>&1 || status=$?
    printf 'parity\t%s\t%s\t%s\t%s\n' "$name" "$precision" "$status" "$(($(date +%s) - begin))" >>"$RESULTS"
    echo "parity $name $precision: exit $status" | tee -a "$LOG"
  done
done

step "bench --device cuda"
for workload in short long; do
  for precision in fp32 fp16; do
    extra=()
    [[ $precision == fp16 ]] && extra=(--half-decoder)
    status=0
    gpu_peak_mb timeout 120 "$CLI" bench --workload "$SHARED/bench/workload-$workload.json" --random-weights v2 \
      --device cuda --repeat 3 --json "${extra[@]}" >"$OUT/bench-$workload-$precision.json" 2>>"$LOG" || status=$?
    printf 'bench\t%s\t%s\t%s\t%s\n' "$workload" "$precision" "$status" "$(cat "$OUT/.gpu-peak")" >>"$RESULTS"
    echo "bench $workload $precision: exit $status, peak GPU $(cat "$OUT/.gpu-peak") MiB" | tee -a "$LOG"
  done
done

step "summary"
python3 - "$OUT" "$RESULTS" "$TORCH_VERSION" "$TORCH_CUDA" "$(($(date +%s) - START))" <<'EOF'
import json, os, subprocess, sys
out, results, torch_version, cuda, seconds = sys.argv[1:]
gpu = subprocess.run(["nvidia-smi", "--query-gpu=name,driver_version,memory.total", "--format=csv,noheader"],
                     capture_output=True, text=True).stdout.strip()
summary = {"gpu": gpu, "torch": torch_version, "cuda": cuda, "seconds": int(seconds), "parity": [], "bench": []}
for line in open(results):
    kind, name, precision, status, extra = line.rstrip("\n").split("\t")
    if kind == "parity":
        report = open(os.path.join(out, "parity", f"{name}-{precision}.txt"), errors="replace").read()
        summary["parity"].append({"set": name, "precision": precision, "passed": status == "0", "exit": int(status),
                                  "seconds": int(extra), "last_lines": report.strip().splitlines()[-5:]})
    else:
        entry = {"workload": name, "decoder": precision, "exit": int(status),
                 "peak_gpu_mb": float(extra) if extra else None}
        try:
            figures = json.load(open(os.path.join(out, f"bench-{name}-{precision}.json")))
            for key in ("rtf", "gpt_ms_per_token", "first_audio_ms", "sovits_ms", "total_ms", "audio_s", "peak_rss_mb"):
                entry[key] = figures.get(key)
        except (OSError, ValueError):
            pass
        summary["bench"].append(entry)
summary["all_parity_passed"] = all(p["passed"] for p in summary["parity"])
json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=2)
print(json.dumps(summary, indent=2))
EOF
step "done: $OUT/summary.json"
