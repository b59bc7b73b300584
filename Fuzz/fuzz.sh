#!/usr/bin/env bash
# Builds and runs the libFuzzer fuzzers of Fuzz/ (see Fuzz/README.md). Called by `make fuzz` and `make fuzz-short`.
#
#   Fuzz/fuzz.sh build              the instrumented release build, in .build-fuzz
#   Fuzz/fuzz.sh run   [TARGET…]    each target for FUZZ_SECONDS seconds (default 60), corpus kept between runs
#   Fuzz/fuzz.sh short [TARGET…]    each target for FUZZ_RUNS inputs (default 500000) with -seed=1, from the
#                                   committed corpus only: the same inputs in every run, whatever the load
#   Fuzz/fuzz.sh merge [TARGET…]    adds the inputs of the work corpus that reach new code to Fuzz/Corpus
#   Fuzz/fuzz.sh seeds              rewrites the seed files of Fuzz/Corpus with the real encoders
#
# Exits non-zero when a fuzzer fails (a crash, a hang past -timeout, memory past -rss_limit_mb), naming the input
# it saved under .build-fuzz/artifacts/. Ends with one line: `fuzz: N passed, N failed`.
set -euo pipefail

cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SCRATCH=.build-fuzz
CORPUS=Fuzz/Corpus
ARTIFACTS=$SCRATCH/artifacts
LOGS=$SCRATCH/logs
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_RUNS=${FUZZ_RUNS:-500000}
# Per input: a decoder that takes this long on a few kilobytes hangs; so does memory past this.
FUZZ_TIMEOUT=${FUZZ_TIMEOUT:-10}
FUZZ_RSS_MB=${FUZZ_RSS_MB:-2048}
BUILD_FLAGS=(-c release --package-path Fuzz --scratch-path "$SCRATCH" -Xswiftc -sanitize=fuzzer)

build() {
  if ! "$SWIFT" build "${BUILD_FLAGS[@]}" >&2; then
    echo "fuzz: the fuzzers do not build (Fuzz/Package.swift, swift build ${BUILD_FLAGS[*]})"
    exit 1
  fi
  BIN=$SCRATCH/release/HoloswiftFuzz
}

targets() {
  if [ $# -gt 0 ]; then printf '%s\n' "$@"; else "$BIN" --list | cut -f1; fi
}

# run_one TARGET MODE: runs one fuzzer, prints its closing line, returns non-zero when it failed.
run_one() {
  local target=$1 mode=$2 work=$SCRATCH/work/$1 log=$LOGS/$1.log
  local -a budget
  mkdir -p "$ARTIFACTS" "$LOGS"
  if [ "$mode" = short ]; then
    # A fresh work corpus, so the run depends on the committed corpus, the seed and the count alone.
    rm -rf "$work"
    # -use_cmp=0: comparisons feed mutations with the values compared, pointers among them, which ASLR changes
    # from run to run; without them two runs try the same inputs.
    budget=(-runs="$FUZZ_RUNS" -seed=1 -use_cmp=0 -reload=0)
  else
    budget=(-max_total_time="$FUZZ_SECONDS")
  fi
  mkdir -p "$work"
  # The committed corpus is copied, never written: new inputs go to the work corpus only.
  cp "$CORPUS/$target"/* "$work"/
  local started=$SECONDS status=0
  # SWIFT_BACKTRACE: without it, Swift's crash handler takes the trap signals and libFuzzer never saves the input.
  # SWIFT_DETERMINISTIC_HASHING: the same order of Set and Dictionary elements in every process, so that a run of
  # a given seed and count takes the same paths everywhere.
  SWIFT_BACKTRACE=enable=no SWIFT_DETERMINISTIC_HASHING=1 "$BIN" --target="$target" "${budget[@]}" \
    -timeout="$FUZZ_TIMEOUT" -rss_limit_mb="$FUZZ_RSS_MB" -artifact_prefix="$ARTIFACTS/$target-" \
    -print_final_stats=1 "$work" >"$log" 2>&1 || status=$?
  local elapsed=$((SECONDS - started))
  local runs coverage
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $target passed: ${runs:-?} inputs, coverage ${coverage:-?}, ${elapsed}s"
    return 0
  fi
  local artifact what
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  what=$(sed -n 's/.*ERROR: libFuzzer: \([a-z -]*[a-z]\).*/\1/p' "$log" | head -1)
  echo "fuzz: $target FAILED (${what:-exit status $status}) after ${elapsed}s: input ${artifact:-not saved}; log $log"
  if [ -n "$artifact" ]; then
    echo "  reproduce: SWIFT_BACKTRACE=enable=yes $BIN --target=$target $artifact"
  fi
  # The Swift frames of libFuzzer's stack trace, demangled: where the trap is.
  grep -E ' in \$s[0-9A-Za-z_]+ ' "$log" | head -8 | "$SWIFT" demangle --simplified | sed 's/^ */  | /' || true
  return 1
}

fuzz_all() {
  local mode=$1
  shift
  local passed=0 failed=0 target
  for target in $(targets "$@"); do
    if run_one "$target" "$mode"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  done
  echo "fuzz: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}

command=${1:-}
shift || true
case "$command" in
build) build ;;
run)
  build
  fuzz_all run "$@"
  ;;
short)
  build
  fuzz_all short "$@"
  ;;
merge)
  build
  for target in $(targets "$@"); do
    SWIFT_BACKTRACE=enable=no "$BIN" --target="$target" -merge=1 "$CORPUS/$target" "$SCRATCH/work/$target"
  done
  ;;
seeds)
  build
  # Deterministic hashing: the same bytes for seeds that hold dictionaries, run after run.
  SWIFT_DETERMINISTIC_HASHING=1 "$BIN" --write-seeds="$CORPUS"
  ;;
*)
  sed -n '2,13p' "$0" >&2
  exit 2
  ;;
esac
