public import HoloCore

/// The part of a DNA manifest that determines the DNA hash: network seed, properties and integrity zomes.
public struct IntegrityManifest: Hashable, Sendable {
  /// The network seed (`nil`: the empty seed).
  public var networkSeed: String?
  /// Any YAML value, as the msgpack value Holochain serializes it to (`nil`: no properties, msgpack `nil`).
  public var properties: MsgPackValue?
  /// The integrity zomes, in order (the order is part of the DNA hash).
  public var zomes: [ZomeManifest]

  public init(networkSeed: String? = nil, properties: MsgPackValue? = nil, zomes: [ZomeManifest]) {
    self.networkSeed = networkSeed
    self.properties = properties
    self.zomes = zomes
  }

  init(value: MsgPackValue, path: String) throws(BundleError) {
    var networkSeed: String?
    var properties: MsgPackValue?
    var zomes: [ZomeManifest]?
    try ManifestFields.visit(
      value, path: path, type: "IntegrityManifest", known: ["network_seed", "properties", "zomes"]
    ) { index, value, path throws(BundleError) in
      switch index {
      case 0: networkSeed = try ManifestValue.option(value, path, ManifestValue.string)
      case 1: properties = try ManifestValue.option(value, path, ManifestValue.any)
      default: zomes = try ManifestValue.array(value, path, ZomeManifest.init(value:path:))
      }
    }
    self.init(
      networkSeed: networkSeed, properties: properties, zomes: try ManifestFields.required(zomes, "zomes", in: path))
  }

  var value: MsgPackValue {
    ManifestValue.map([
      "network_seed": ManifestValue.optional(networkSeed),
      "properties": properties ?? .nilValue,
      "zomes": .array(zomes.map(\.value)),
    ])
  }
}
