import Bundles
import HoloCore

extension FuzzTarget {
  /// Bundle files as `install_app`, `update_coordinators` and the command line read them: gzip, the msgpack of
  /// `{manifest, resources}`, the manifest's checks, then resolving (zome hashes, nested bundles).
  static let bundles = FuzzTarget(
    name: "bundles",
    summary: "Bundles: .dna/.happ/.webhapp/.coordinators from bytes (gzip, msgpack, manifest checks, resolving)",
    run: BundleTarget.run,
    seeds: BundleSamples.seeds)
}

enum BundleTarget {
  /// Reads `bytes` as a packed (gzip) bundle of every kind and as an unpacked (msgpack) one, then resolves what
  /// was read, as installing would.
  static func run(_ bytes: [UInt8]) {
    _ = Decoding.attempt { () throws(BundleError) in try RawBundle(packed: bytes) }
    _ = Decoding.attempt { () throws(BundleError) in try RawBundle(msgpack: bytes) }
    for dna in [
      Decoding.attempt { () throws(BundleError) in try DnaBundle(packed: bytes) },
      Decoding.attempt { () throws(BundleError) in try DnaBundle(msgpack: bytes) },
    ] {
      if let dna { _ = Decoding.attempt { () throws(BundleError) in try dna.resolve() } }
    }
    for app in [
      Decoding.attempt { () throws(BundleError) in try AppBundle(packed: bytes) },
      Decoding.attempt { () throws(BundleError) in try AppBundle(msgpack: bytes) },
    ] {
      if let app { resolve(app) }
    }
    for webApp in [
      Decoding.attempt { () throws(BundleError) in try WebAppBundle(packed: bytes) },
      Decoding.attempt { () throws(BundleError) in try WebAppBundle(msgpack: bytes) },
    ] {
      guard let webApp else { continue }
      _ = Decoding.attempt { () throws(BundleError) in try webApp.uiZip() }
      if let app = Decoding.attempt({ () throws(BundleError) in try webApp.appBundle() }) { resolve(app) }
    }
    for coordinators in [
      Decoding.attempt { () throws(BundleError) in try CoordinatorBundle(packed: bytes) },
      Decoding.attempt { () throws(BundleError) in try CoordinatorBundle(msgpack: bytes) },
    ] {
      if let coordinators { _ = Decoding.attempt { () throws(BundleError) in try coordinators.resolveZomes() } }
    }
  }

  /// What installing an app does with its bundle: every role resolved, with and without installation-time
  /// modifiers.
  private static func resolve(_ app: AppBundle) {
    _ = Decoding.attempt { () throws(BundleError) in try app.resolveRoles() }
    let modifiers = Dictionary(
      app.manifest.roles.map { ($0.name, DnaModifiersOpt(networkSeed: "fuzz", properties: .uint(1))) },
      uniquingKeysWith: { first, _ in first })
    _ = Decoding.attempt { () throws(BundleError) in try app.resolveRoles(networkSeed: "seed", modifiers: modifiers) }
  }
}
