# Holoswift — the set-up and everyday commands. `make test` is what CI runs (.ci/run).
SWIFT ?= swift
SWIFTC ?= swiftc
GUEST_BUILD := .build-guests
EMBEDDED_FLAGS := -target wasm32-unknown-none-wasm -enable-experimental-feature Embedded -wmo -parse-as-library -Osize
SYSTEM_PACKAGES := libsodium-dev pkg-config libsqlite3-dev zlib1g-dev

HOLOSWIFT := .build/debug/holoswift
DEMO := .build-demo

.PHONY: all deps build run test guest-check zomes bench soak soak-short clean

all: build

## deps: install the C libraries the package links (libsodium, SQLite) when they are missing.
deps:
	@if ! pkg-config --exists libsodium 2>/dev/null || ! pkg-config --exists sqlite3 2>/dev/null || ! pkg-config --exists zlib 2>/dev/null; then \
	  echo "Installing $(SYSTEM_PACKAGES)…"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

build: deps
	$(SWIFT) build

## guest-check: HoloCore must compile as Embedded Swift for wasm32 (guests link it). `make zomes` compiles
## HoloCore the same way for every zome build, so `make test` relies on that and skips this step.
guest-check:
	@mkdir -p $(GUEST_BUILD)
	$(SWIFTC) $(EMBEDDED_FLAGS) -module-name HoloCore -c $$(find Sources/HoloCore -name '*.swift' | sort) \
	  -o $(GUEST_BUILD)/HoloCore.o
	@echo "guest-check: HoloCore compiles as Embedded Swift for wasm32"

## zomes: the guest zomes in Guest/Zomes/<name>/ (Embedded Swift + Guest/HDK) to .build-guests/<name>.wasm.
zomes:
	SWIFTC=$(SWIFTC) scripts/build-guests.sh

## run: the main job — a sandbox conductor (embedded SQLite) with the demo hApp (forum and holons) installed and enabled,
## serving its admin and app websocket interfaces until interrupted. Its state survives between runs.
run: deps zomes
	$(SWIFT) build --product holoswift
	@mkdir -p $(DEMO)
	$(HOLOSWIFT) dna pack demo/forum/dna -o $(DEMO)/forum.dna
	$(HOLOSWIFT) dna pack demo/forum/holons -o $(DEMO)/holons.dna
	$(HOLOSWIFT) app pack demo/forum -o $(DEMO)/forum.happ
	@if [ ! -f $(DEMO)/sandbox/conductor-config.yaml ]; then \
	  $(HOLOSWIFT) sandbox create $(DEMO)/sandbox --app $(DEMO)/forum.happ; fi
	$(HOLOSWIFT) sandbox run $(DEMO)/sandbox --app-port 0

## test: every test, then the short soak (10 kill -9s) and the short fuzz runs (a fixed number of inputs each).
test: deps zomes
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip BoundedTimeTests
	$(SWIFT) test --skip-build --filter BoundedTimeTests
	$(MAKE) --no-print-directory soak-short
	$(MAKE) --no-print-directory fuzz-short

## soak: the kill -9 soak (Tools/README.md) — the demo conductor killed SOAK_KILLS times at seeded random moments
## while clients write; then every acknowledged write, every chain and every database is checked. SOAK_SEED repeats
## a run. soak-short: 10 kills with a fixed seed, for `make test`.
SOAK_KILLS ?= 50
SOAK := .build/debug/HoloswiftSoak

soak: deps zomes
	$(SWIFT) build --product holoswift
	$(SWIFT) build --product HoloswiftSoak
	$(SOAK) --holoswift $(HOLOSWIFT) --kills $(SOAK_KILLS) $(if $(SOAK_SEED),--seed $(SOAK_SEED))

soak-short: deps zomes
	$(SWIFT) build --product holoswift
	$(SWIFT) build --product HoloswiftSoak
	$(SOAK) --holoswift $(HOLOSWIFT) --kills 10 --seed 19

## fuzz: libFuzzer on the decoders (Fuzz/README.md) — msgpack, the Admin/App API, bundles, peer messages — each for
## FUZZ_SECONDS, from the committed corpus Fuzz/Corpus; failing inputs go to .build-fuzz/artifacts. fuzz-short: each
## for FUZZ_SHORT_RUNS inputs with a fixed seed, for `make test`. FUZZ_TARGETS picks some (FUZZ_TARGETS=bundles).
.PHONY: fuzz fuzz-short
FUZZ_SECONDS ?= 60
FUZZ_SHORT_RUNS ?= 500000
FUZZ_TARGETS ?=

fuzz: deps
	SWIFT=$(SWIFT) FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/fuzz.sh run $(FUZZ_TARGETS)

fuzz-short: deps
	SWIFT=$(SWIFT) FUZZ_RUNS=$(FUZZ_SHORT_RUNS) Fuzz/fuzz.sh short $(FUZZ_TARGETS)

## bench: the benchmark programs, in release mode; figures go to BENCHMARKS.md by hand.
bench: deps zomes
	$(SWIFT) run -c release HoloswiftBenchmarks

clean:
	rm -rf .build $(GUEST_BUILD) $(DEMO)
