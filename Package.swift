// swift-tools-version:6.1
import PackageDescription

/// Strictness every target shares (see shared/STYLE.md).
let strictSettings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "Holoswift",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "HoloCore", targets: ["HoloCore"]),
    .library(name: "HoloCrypto", targets: ["HoloCrypto"]),
    .library(name: "Keystore", targets: ["Keystore"]),
    .library(name: "StateStore", targets: ["StateStore"]),
    .library(name: "Ribosome", targets: ["Ribosome"]),
    .library(name: "Conductor", targets: ["Conductor"]),
    .library(name: "HoloswiftTesting", targets: ["HoloswiftTesting"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    // One trait only: with two or more, SwiftPM 6.3.1 orders their -D flags randomly and rebuilds (STACK-NOTES).
    .package(url: "https://github.com/swiftwasm/WasmKit", exact: "0.4.2", traits: ["MultiThread"]),
  ],
  targets: [
    // Shared with wasm32 guests: no Foundation, typed throws only (checked by `make guest-check`).
    .target(name: "HoloCore", swiftSettings: strictSettings),
    .systemLibrary(
      name: "CSodium",
      pkgConfig: "libsodium",
      providers: [.apt(["libsodium-dev"])]
    ),
    .target(name: "HoloCrypto", dependencies: ["CSodium"], swiftSettings: strictSettings),
    .target(
      name: "Keystore",
      dependencies: ["HoloCrypto", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "StateStore",
      dependencies: ["HoloCore", "HoloCrypto", "Keystore", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "Ribosome",
      dependencies: ["HoloCore", "HoloCrypto", "Keystore", "StateStore", .product(name: "WasmKit", package: "WasmKit")],
      swiftSettings: strictSettings
    ),
    .target(
      name: "Conductor",
      dependencies: ["HoloCore", "HoloCrypto", "Keystore", "StateStore", "Ribosome"],
      swiftSettings: strictSettings),
    .target(
      name: "HoloswiftTesting",
      dependencies: ["HoloCore", "HoloCrypto", "Keystore", "StateStore", "Ribosome", "Conductor"],
      swiftSettings: strictSettings),
    .executableTarget(
      name: "HoloswiftBenchmarks",
      dependencies: [
        "HoloCore", "HoloCrypto", "Keystore", "StateStore", .product(name: "GRDB", package: "GRDB.swift"),
      ],
      path: "Benchmarks/HoloswiftBenchmarks",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "ConductorTests",
      dependencies: ["Conductor", "HoloswiftTesting", "Ribosome", "HoloCore", "StateStore", "Keystore"],
      swiftSettings: strictSettings),
    .testTarget(name: "HoloCoreTests", dependencies: ["HoloCore", "HoloCrypto"], swiftSettings: strictSettings),
    .testTarget(name: "HoloCryptoTests", dependencies: ["HoloCrypto"], swiftSettings: strictSettings),
    .testTarget(
      name: "KeystoreTests",
      dependencies: ["Keystore", "HoloCrypto", .product(name: "GRDB", package: "GRDB.swift")],
      swiftSettings: strictSettings),
    .testTarget(
      name: "RibosomeTests",
      dependencies: [
        "Ribosome", "HoloCore", "HoloCrypto", "Keystore", "StateStore", .product(name: "WasmKit", package: "WasmKit"),
        .product(name: "WAT", package: "WasmKit"),
      ],
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "StateStoreTests",
      dependencies: ["StateStore", "HoloCore", "HoloCrypto", "Keystore"],
      swiftSettings: strictSettings
    ),
  ]
)
