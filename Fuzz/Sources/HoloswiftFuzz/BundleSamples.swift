import Bundles
import HoloCore

/// Real bundles, made with the Bundles module's own packing, small enough for a fuzzer's input.
enum BundleSamples {
  /// The smallest valid wasm module: magic and version.
  static let wasm: [UInt8] = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]
  /// Another module (one empty custom section), so the two zomes have different hashes.
  static let otherWasm: [UInt8] = wasm + [0x00, 0x02, 0x01, 0x78]
  /// The start of an empty zip archive, standing in for a web UI.
  static let uiZip: [UInt8] = [0x50, 0x4b, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)

  static let coordinatorManifest = CoordinatorManifest(zomes: [
    ZomeManifest(
      name: "forum", hash: WasmHash.hashing(bytes: otherWasm), path: "zomes/forum.wasm",
      dependencies: ["forum_integrity"])
  ])

  static let dnaManifest = DnaManifest(
    name: "forum",
    integrity: IntegrityManifest(
      networkSeed: "seed", properties: .map([MsgPackMapEntry(key: .string("k"), value: .uint(1))]),
      zomes: [ZomeManifest(name: "forum_integrity", hash: WasmHash.hashing(bytes: wasm), path: "forum_integrity.wasm")]),
    coordinator: coordinatorManifest)

  /// Every seed is built here; a bundle that its own module refuses to build is a bug in these samples.
  static func make<Manifest: BundleManifest>(_ manifest: Manifest, _ resources: [String: [UInt8]]) -> Bundle<Manifest> {
    do {
      return try Bundle(manifest: manifest, resources: resources)
    } catch {
      fatalError("a sample bundle is invalid: \(error)")
    }
  }

  static func pack<Manifest: BundleManifest>(_ bundle: Bundle<Manifest>) -> [UInt8] {
    do {
      return try bundle.pack()
    } catch {
      fatalError("a sample bundle does not pack: \(error)")
    }
  }

  static let dna = make(dnaManifest, ["forum_integrity.wasm": wasm, "forum.wasm": otherWasm])
  static let coordinators = make(coordinatorManifest, ["forum.wasm": otherWasm])

  static var app: AppBundle {
    make(
      AppManifest(
        name: "forum", description: "a forum",
        roles: [
          AppRoleManifest(
            name: "forum", provisioning: .create(deferred: false),
            dna: AppRoleDnaManifest(path: "dnas/forum.dna", modifiers: DnaModifiersOpt(networkSeed: "app"))),
          AppRoleManifest(
            name: "clones", provisioning: .cloneOnly,
            dna: AppRoleDnaManifest(path: "dnas/forum.dna", cloneLimit: 3)),
          AppRoleManifest(
            name: "shared", provisioning: .useExisting(protected: true),
            dna: AppRoleDnaManifest(installedHash: Samples.dnaHash(0xd0))),
        ], allowDeferredMemproofs: true, bootstrapURL: "https://bootstrap", relayURL: nil),
      ["forum.dna": pack(dna)])
  }

  static var webApp: WebAppBundle {
    make(
      WebAppManifest(name: "forum", uiPath: "ui/ui.zip", happPath: "forum.happ"),
      [
        "ui.zip": uiZip, "forum.happ": pack(app),
      ])
  }

  /// A coordinator bundle as `update_coordinators` carries it: a msgpack value.
  static var coordinatorBundleValue: MsgPackValue {
    do {
      return try MsgPackValue(msgpack: coordinators.msgpackBytes())
    } catch {
      fatalError("a sample bundle does not decode as a value: \(error)")
    }
  }

  static func seeds() -> [Seed] {
    [
      Seed("dna-packed", pack(dna)), Seed("dna-msgpack", dna.msgpackBytes()),
      Seed("happ-packed", pack(app)), Seed("happ-msgpack", app.msgpackBytes()),
      Seed("webhapp-packed", pack(webApp)), Seed("webhapp-msgpack", webApp.msgpackBytes()),
      Seed("coordinators-packed", pack(coordinators)), Seed("coordinators-msgpack", coordinators.msgpackBytes()),
    ]
  }
}
