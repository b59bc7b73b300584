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
    .library(name: "Bundles", targets: ["Bundles"]),
    .library(name: "ConductorAPI", targets: ["ConductorAPI"]),
    .library(name: "ConductorInterfaces", targets: ["ConductorInterfaces"]),
    .library(name: "HolonsCore", targets: ["HolonsCore"]),
    .library(name: "HolonsClient", targets: ["HolonsClient"]),
    .library(name: "HoloNetwork", targets: ["HoloNetwork"]),
    .executable(name: "holoswift", targets: ["holoswift"]),
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    // One trait only: with two or more, SwiftPM 6.3.1 orders their -D flags randomly and rebuilds (STACK-NOTES).
    .package(url: "https://github.com/swiftwasm/WasmKit", exact: "0.4.2", traits: ["MultiThread"]),
    .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    .package(url: "https://github.com/adam-fowler/compress-nio", exact: "1.5.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", exact: "2.8.1"),
    // The websocket core under hummingbird-websocket: the client does its own upgrade through its WSInternal SPI,
    // called as hummingbird-websocket 2.8.1 calls it, so the version is pinned with it.
    .package(url: "https://github.com/hummingbird-project/swift-websocket", exact: "1.6.2"),
    .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    // TLS on the peer transport: NIOSSL, and a self-signed certificate made with swift-certificates.
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
    .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
    .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
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
      dependencies: [
        "HoloCore", "HoloCrypto", "Keystore", "StateStore", .product(name: "WasmKit", package: "WasmKit"),
        .product(name: "WasmParser", package: "WasmKit"),
      ],
      swiftSettings: strictSettings
    ),
    .target(
      name: "Conductor",
      dependencies: [
        "HoloCore", "HoloCrypto", "Keystore", "StateStore", "Ribosome", "ConductorAPI", "ConductorInterfaces", "Bundles",
        "HoloNetwork", .product(name: "Logging", package: "swift-log"), .product(name: "Yams", package: "Yams"),
      ],
      swiftSettings: strictSettings),
    // The Admin and App websocket interfaces (Hummingbird WebSocket) and a client for them.
    .target(
      name: "ConductorInterfaces",
      dependencies: [
        "HoloCore", "ConductorAPI", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
        .product(name: "HummingbirdCore", package: "hummingbird"), .product(name: "WSCore", package: "swift-websocket"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOWebSocket", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      swiftSettings: strictSettings),
    .target(
      name: "HoloswiftTesting",
      dependencies: [
        "HoloCore", "HoloCrypto", "Keystore", "StateStore", "Ribosome", "Conductor", "HolonsCore", "HolonsClient",
        "HoloNetwork",
      ],
      swiftSettings: strictSettings),
    // MAP holons, dances and session state. Shared with wasm guests, like HoloCore: no Foundation, typed throws.
    .target(name: "HolonsCore", dependencies: ["HoloCore"], swiftSettings: strictSettings),
    // Hosts' side of dances: asynchronous trust channels and their transports.
    // Conductors on different hosts: the Kitsune2 bootstrap server (and, to come, peers, publish and gossip).
    // Not named `Network`: SwiftNIO and Hummingbird test `canImport(Network)` for Apple's framework.
    .target(
      name: "HoloNetwork",
      dependencies: [
        "HoloCore", "HoloCrypto", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"), .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
        .product(name: "X509", package: "swift-certificates"), .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "SwiftASN1", package: "swift-asn1"),
      ],
      path: "Sources/Network",
      swiftSettings: strictSettings),
    // MAP's JSON holon import format, parsed and checked into a load set.
    .target(name: "LoaderJSON", swiftSettings: strictSettings),
    .target(
      name: "HolonsClient",
      dependencies: ["HolonsCore", "HoloCore", "HoloCrypto", "ConductorAPI", "ConductorInterfaces", "LoaderJSON"],
      swiftSettings: strictSettings),
    // mr_bundle: .dna/.happ/.webhapp files (gzip of msgpack) and their YAML manifests.
    .target(
      name: "Bundles",
      dependencies: [
        "HoloCore", .product(name: "Yams", package: "Yams"), .product(name: "CompressNIO", package: "compress-nio"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      swiftSettings: strictSettings),
    // The Admin and App websocket APIs' wire types (Holochain 0.7 msgpack), shared by server and clients.
    .target(name: "ConductorAPI", dependencies: ["HoloCore"], swiftSettings: strictSettings),
    // The command line: a thin executable that parses arguments.
    .executableTarget(
      name: "holoswift",
      dependencies: [
        "HoloCore", "Bundles", "Conductor", "ConductorAPI", "ConductorInterfaces", "Keystore", "StateStore", "Ribosome",
        "HolonsCore", "HolonsClient", "LoaderJSON", "HoloNetwork",
        .product(name: "ArgumentParser", package: "swift-argument-parser"), .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings),
    .executableTarget(
      name: "HoloswiftBenchmarks",
      dependencies: [
        "HoloCore", "HoloCrypto", "Keystore", "StateStore", "Ribosome", "Conductor", "HoloswiftTesting",
        "ConductorAPI", "ConductorInterfaces", "Bundles", "HolonsCore", "HolonsClient", "LoaderJSON", "HoloNetwork",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "WasmKit", package: "WasmKit"), .product(name: "WAT", package: "WasmKit"),
        .product(name: "Logging", package: "swift-log"),
      ],
      path: "Benchmarks/HoloswiftBenchmarks",
      swiftSettings: strictSettings
    ),
    // The kill -9 soak (`make soak`, `make soak-short`): a sandbox conductor killed while clients write.
    .executableTarget(
      name: "HoloswiftSoak",
      dependencies: [
        "HoloCore", "HoloCrypto", "StateStore", "ConductorAPI", "ConductorInterfaces", "HolonsClient",
        .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      path: "Tools/HoloswiftSoak",
      swiftSettings: strictSettings
    ),
    .testTarget(
      name: "ConductorTests",
      dependencies: [
        "Conductor", "HoloswiftTesting", "Ribosome", "HoloCore", "StateStore", "Keystore", "ConductorAPI", "HoloCrypto",
        "Bundles", "ConductorInterfaces", "HoloNetwork", .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings),
    .testTarget(name: "HolonsCoreTests", dependencies: ["HolonsCore", "HoloCore"], swiftSettings: strictSettings),
    .testTarget(name: "LoaderJSONTests", dependencies: ["LoaderJSON"], swiftSettings: strictSettings),
    .testTarget(
      name: "HoloNetworkTests",
      dependencies: [
        "HoloNetwork", "HoloCore", "HoloCrypto", .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"), .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
      ],
      path: "Tests/NetworkTests",
      swiftSettings: strictSettings),
    .testTarget(
      name: "HolonsTests",
      dependencies: [
        "HolonsCore", "HolonsClient", "HoloCore", "HoloCrypto", "HoloswiftTesting", "Conductor", "ConductorAPI", "LoaderJSON",
        "ConductorInterfaces", .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings),
    .testTarget(name: "BundlesTests", dependencies: ["Bundles", "HoloCore"], swiftSettings: strictSettings),
    .testTarget(
      name: "ConductorInterfacesTests",
      dependencies: [
        "ConductorInterfaces", "ConductorAPI", "HoloCore", .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
      ],
      swiftSettings: strictSettings),
    .testTarget(name: "ConductorAPITests", dependencies: ["ConductorAPI", "HoloCore"], swiftSettings: strictSettings),
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
