// swift-tools-version:6.1
import Foundation
import PackageDescription

// Coverage-guided fuzzers (libFuzzer) for Holoswift's decoders. A package of its own, so that its instrumented
// release build (`-sanitize=fuzzer`) lives in its own scratch path and never touches the main `.build`.
// Build and run it with `make fuzz` / `make fuzz-short` from the repository root; see README.md.

/// The root package is a path dependency, whose identity is its directory's name (`main`, `holoswift`…,
/// depending on where it was cloned).
let root = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
  name: "HoloswiftFuzz",
  platforms: [.macOS(.v15)],
  dependencies: [
    .package(path: ".."),
    // ByteBuffer, which the transport's frame parser reads (PeerWire/); the same requirement as the root package's.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
  ],
  targets: [
    // Declares libFuzzer's `LLVMFuzzerRunDriver`; the library itself comes with `-sanitize=fuzzer`.
    .systemLibrary(name: "CLibFuzzer"),
    .executableTarget(
      name: "HoloswiftFuzz",
      dependencies: [
        "CLibFuzzer",
        .product(name: "HoloCore", package: rootIdentity),
        .product(name: "ConductorAPI", package: rootIdentity),
        .product(name: "Bundles", package: rootIdentity),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      // PeerWire/ links HoloNetwork's wire sources in (see its README).
      exclude: ["PeerWire/README.md"],
      swiftSettings: [
        .swiftLanguageMode(.v6),
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("MemberImportVisibility"),
        .enableUpcomingFeature("InternalImportsByDefault"),
      ]),
  ]
)
