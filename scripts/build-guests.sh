#!/usr/bin/env bash
# Builds every guest zome in Guest/Zomes/<name>/ to .build-guests/<name>.wasm (Embedded Swift, wasm32).
#
#   HoloCore (Sources/HoloCore)  ->  .build-guests/obj/HoloCore.{o,swiftmodule}
#   HolonsCore (Sources/HolonsCore) ->  .build-guests/obj/HolonsCore.{o,swiftmodule}
#   HDK (Guest/HDK, + its C file) ->  .build-guests/obj/HDK.{o,swiftmodule}, hdk_runtime.o
#   HolonsGuest (Guest/HolonsGuest) -> .build-guests/obj/HolonsGuest.{o,swiftmodule}
#   each zome                     ->  .build-guests/obj/<name>.o  ->  wasm-ld  ->  .build-guests/<name>.wasm
#
# A step runs only when its output is missing or older than one of its inputs (or this script), so an
# unchanged tree builds in well under a second. Any compiler or linker error stops the build.
#
# Usage: scripts/build-guests.sh [--clean]
# Environment: SWIFTC (default: swiftc on PATH, else /opt/swift); GUEST_OUT (default: .build-guests), an
# output directory of its own for a parallel build; ZOMES, a space-separated list to build only those zomes.
set -euo pipefail
trap 'echo "build-guests: FAILED (line $LINENO: $BASH_COMMAND)" >&2' ERR

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPT="$ROOT/scripts/build-guests.sh"
OUT="${GUEST_OUT:-$ROOT/.build-guests}"
OBJ="$OUT/obj"

SWIFTC="${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"
TOOLCHAIN_BIN="$(dirname "$(readlink -f "$(command -v "$SWIFTC")")")"
CLANG="$TOOLCHAIN_BIN/clang"
WASM_LD="$TOOLCHAIN_BIN/wasm-ld"
UNICODE_TABLES="$TOOLCHAIN_BIN/../lib/swift/embedded/wasm32-unknown-none-wasm/libswiftUnicodeDataTables.a"
for tool in "$CLANG" "$WASM_LD" "$UNICODE_TABLES"; do
  [[ -e "$tool" ]] || { echo "build-guests: missing $tool (is SWIFTC a Swift 6.3 toolchain?)" >&2; exit 1; }
done

SWIFT_FLAGS=(
  -target wasm32-unknown-none-wasm
  -enable-experimental-feature Embedded -enable-experimental-feature Extern
  -Xfrontend -disable-stack-protector -wmo -Osize -parse-as-library
  -swift-version 6
  -enable-upcoming-feature ExistentialAny -enable-upcoming-feature MemberImportVisibility
  -enable-upcoming-feature InternalImportsByDefault
  -I "$OBJ"
)
C_FLAGS=(--target=wasm32-unknown-unknown -ffreestanding -mbulk-memory -Os -Wall -Wextra -Werror)

if [[ "${1:-}" == "--clean" ]]; then rm -rf "$OBJ" "$OUT"/*.wasm; fi
mkdir -p "$OBJ"

# needs_build OUTPUT INPUT...: true when OUTPUT is missing or an input (or this script) is newer.
needs_build() {
  local output="$1"; shift
  [[ -e "$output" ]] || return 0
  local input
  for input in "$SCRIPT" "$@"; do
    [[ "$input" -nt "$output" ]] && return 0
  done
  return 1
}

# A source list changes when a file is added or deleted, which mtimes alone miss: keep it in a stamp.
# update_list STAMP FILE...: rewrites STAMP (making it new) only when the list differs.
update_list() {
  local stamp="$1"; shift
  local list
  list="$(printf '%s\n' "$@")"
  if [[ ! -e "$stamp" || "$(cat "$stamp")" != "$list" ]]; then printf '%s\n' "$list" >"$stamp"; fi
}

elapsed() { echo "$(( $(date +%s%N) / 1000000 - $1 )) ms"; }

# swift_files DIR: the .swift files under DIR (symlinked ones too: zomes share type files that way), sorted.
swift_files() { find -L "$1" -name '*.swift' -type f | LC_ALL=C sort; }

# 1. HoloCore, the shared core.
mapfile -t CORE_SOURCES < <(swift_files "$ROOT/Sources/HoloCore")
update_list "$OBJ/HoloCore.sources" "${CORE_SOURCES[@]}"
if needs_build "$OBJ/HoloCore.o" "$OBJ/HoloCore.sources" "${CORE_SOURCES[@]}"; then
  start=$(( $(date +%s%N) / 1000000 ))
  "$SWIFTC" "${SWIFT_FLAGS[@]}" -module-name HoloCore -emit-module -emit-module-path "$OBJ/HoloCore.swiftmodule" \
    -c "${CORE_SOURCES[@]}" -o "$OBJ/HoloCore.o.tmp"
  mv "$OBJ/HoloCore.o.tmp" "$OBJ/HoloCore.o"
  echo "build-guests: HoloCore ($(elapsed "$start"))"
fi

# 1b. HolonsCore, shared with guests like HoloCore (the holons zomes will link it; building it here also
#     proves it compiles as Embedded Swift for wasm32).
mapfile -t HOLONS_SOURCES < <(swift_files "$ROOT/Sources/HolonsCore")
update_list "$OBJ/HolonsCore.sources" "${HOLONS_SOURCES[@]}"
if needs_build "$OBJ/HolonsCore.o" "$OBJ/HolonsCore.sources" "$OBJ/HoloCore.o" "${HOLONS_SOURCES[@]}"; then
  start=$(( $(date +%s%N) / 1000000 ))
  "$SWIFTC" "${SWIFT_FLAGS[@]}" -module-name HolonsCore -I "$OBJ" -emit-module \
    -emit-module-path "$OBJ/HolonsCore.swiftmodule" -c "${HOLONS_SOURCES[@]}" -o "$OBJ/HolonsCore.o.tmp"
  mv "$OBJ/HolonsCore.o.tmp" "$OBJ/HolonsCore.o"
  echo "build-guests: HolonsCore ($(elapsed "$start"))"
fi

# 2. HDK: its C runtime (heap, libc symbols) and the Swift module.
RUNTIME_C="$ROOT/Guest/HDK/Runtime/hdk_runtime.c"
if needs_build "$OBJ/hdk_runtime.o" "$RUNTIME_C"; then
  "$CLANG" "${C_FLAGS[@]}" -c "$RUNTIME_C" -o "$OBJ/hdk_runtime.o"
  echo "build-guests: hdk_runtime.c"
fi
mapfile -t HDK_SOURCES < <(swift_files "$ROOT/Guest/HDK")
update_list "$OBJ/HDK.sources" "${HDK_SOURCES[@]}"
if needs_build "$OBJ/HDK.o" "$OBJ/HDK.sources" "$OBJ/HoloCore.o" "${HDK_SOURCES[@]}"; then
  start=$(( $(date +%s%N) / 1000000 ))
  "$SWIFTC" "${SWIFT_FLAGS[@]}" -module-name HDK -emit-module -emit-module-path "$OBJ/HDK.swiftmodule" \
    -c "${HDK_SOURCES[@]}" -o "$OBJ/HDK.o.tmp"
  mv "$OBJ/HDK.o.tmp" "$OBJ/HDK.o"
  echo "build-guests: HDK ($(elapsed "$start"))"
fi

# 2b. HolonsGuest: the holons runtime for guests (entry and link types, persistence, the `dance` pipeline, the
#     guest transport), on HDK and HolonsCore.
mapfile -t HOLONS_GUEST_SOURCES < <(swift_files "$ROOT/Guest/HolonsGuest")
update_list "$OBJ/HolonsGuest.sources" "${HOLONS_GUEST_SOURCES[@]}"
if needs_build "$OBJ/HolonsGuest.o" "$OBJ/HolonsGuest.sources" "$OBJ/HDK.o" "$OBJ/HolonsCore.o" \
  "${HOLONS_GUEST_SOURCES[@]}"; then
  start=$(( $(date +%s%N) / 1000000 ))
  "$SWIFTC" "${SWIFT_FLAGS[@]}" -module-name HolonsGuest -emit-module \
    -emit-module-path "$OBJ/HolonsGuest.swiftmodule" -c "${HOLONS_GUEST_SOURCES[@]}" -o "$OBJ/HolonsGuest.o.tmp"
  mv "$OBJ/HolonsGuest.o.tmp" "$OBJ/HolonsGuest.o"
  echo "build-guests: HolonsGuest ($(elapsed "$start"))"
fi

# 3. Each zome, linked with all of them (unused code is dropped by --gc-sections). wasm-ld keeps only what is reachable from the exports, so unused HDK
#    host functions add neither code nor imports. No --allow-undefined: a missing symbol fails here.
shopt -s nullglob
zome_dirs=("$ROOT"/Guest/Zomes/*/)
[[ ${#zome_dirs[@]} -gt 0 ]] || { echo "build-guests: no zomes in Guest/Zomes" >&2; exit 1; }
for dir in "${zome_dirs[@]}"; do
  name="$(basename "$dir")"
  if [[ -n "${ZOMES:-}" && " $ZOMES " != *" $name "* ]]; then continue; fi
  [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || { echo "build-guests: zome name '$name' is not a Swift identifier" >&2; exit 1; }
  mapfile -t sources < <(swift_files "$dir")
  [[ ${#sources[@]} -gt 0 ]] || { echo "build-guests: $name has no .swift files" >&2; exit 1; }
  update_list "$OBJ/$name.sources" "${sources[@]}"
  wasm="$OUT/$name.wasm"
  if needs_build "$wasm" "$OBJ/$name.sources" "$OBJ/HoloCore.o" "$OBJ/HDK.o" "$OBJ/hdk_runtime.o" \
    "$OBJ/HolonsCore.o" "$OBJ/HolonsGuest.o" "${sources[@]}"; then
    start=$(( $(date +%s%N) / 1000000 ))
    "$SWIFTC" "${SWIFT_FLAGS[@]}" -module-name "$name" -c "${sources[@]}" -o "$OBJ/$name.o"
    # --stack-first with a 1 MiB stack (as Rust's wasm32 target): an overflowing stack runs off address 0
    # and traps instead of overwriting static data.
    "$WASM_LD" --no-entry --gc-sections --strip-debug --fatal-warnings --stack-first -z stack-size=1048576 \
      "$OBJ/$name.o" "$OBJ/HolonsGuest.o" "$OBJ/HolonsCore.o" "$OBJ/HDK.o" "$OBJ/HoloCore.o" \
      "$OBJ/hdk_runtime.o" "$UNICODE_TABLES" \
      -o "$wasm.tmp"
    mv "$wasm.tmp" "$wasm"
    echo "build-guests: $name.wasm ($(stat -c %s "$wasm") bytes, $(elapsed "$start"))"
  else
    echo "build-guests: $name.wasm is up to date"
  fi
done
