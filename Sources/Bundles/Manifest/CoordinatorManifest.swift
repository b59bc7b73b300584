public import HoloCore

/// The coordinator zomes of a DNA (they do not change its hash); also the manifest of a coordinator bundle
/// (`coordinators.yaml`, used to update a DNA's coordinators).
///
/// ```yaml
/// zomes:
///   - name: posts
///     path: posts.wasm
/// ```
public struct CoordinatorManifest: Hashable, Sendable {
  /// The coordinator zomes, in order.
  public var zomes: [ZomeManifest]

  public init(zomes: [ZomeManifest] = []) {
    self.zomes = zomes
  }

  init(value: MsgPackValue, path: String) throws(BundleError) {
    var zomes: [ZomeManifest]?
    try ManifestFields.visit(value, path: path, type: "CoordinatorManifest", known: ["zomes"]) {
      _, value, path throws(BundleError) in
      zomes = try ManifestValue.array(value, path, ZomeManifest.init(value:path:))
    }
    self.zomes = try ManifestFields.required(zomes, "zomes", in: path)
  }

  var value: MsgPackValue {
    ManifestValue.map(["zomes": .array(zomes.map(\.value))])
  }
}

extension CoordinatorManifest: BundleManifest {
  public static var fileName: String { "coordinators.yaml" }
  public static var bundleExtension: String { "coordinators" }

  /// Coordinator bundles have no name of their own.
  public var name: String { "coordinators" }

  public var resourceIDs: [String] { zomes.map(\.resourceID) }

  /// Unlike the other manifests, Holochain leaves the zome paths of a coordinator manifest as they are.
  public mutating func generateResourceIDs() -> [(id: String, location: String)] {
    zomes.map { ($0.resourceID, $0.path) }
  }

  public init(manifestValue value: MsgPackValue) throws(BundleError) {
    try self.init(value: value, path: "")
  }

  public var manifestValue: MsgPackValue { value }
}
