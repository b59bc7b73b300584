public import HoloCore

/// The DNA part of an app role: where the DNA bundle is, the modifiers to apply, the hash it must have,
/// and how many clones may be made.
///
/// ```yaml
/// dna:
///   path: ../dnas/forum/forum.dna
///   modifiers:
///     network_seed: ~
///     properties: ~
///   installed_hash: ~
///   clone_limit: 0
/// ```
public struct AppRoleDnaManifest: Hashable, Sendable {
  /// The DNA bundle, relative to the manifest; inside an app bundle, its resource id.
  public var path: String?
  /// Modifiers overriding the DNA's own (only the set ones).
  public var modifiers: DnaModifiersOpt
  /// The hash the bundled DNA must have (checked against the DNA as bundled or as modified).
  public var installedHash: DnaHash?
  /// How many clones of this role's cell may be created.
  public var cloneLimit: UInt32

  public init(
    path: String? = nil, modifiers: DnaModifiersOpt = DnaModifiersOpt(), installedHash: DnaHash? = nil,
    cloneLimit: UInt32 = 0
  ) {
    self.path = path
    self.modifiers = modifiers
    self.installedHash = installedHash
    self.cloneLimit = cloneLimit
  }

  init(value: MsgPackValue, path: String) throws(BundleError) {
    self.init()
    try ManifestFields.visit(
      value, path: path, type: "AppRoleDnaManifest", known: ["path", "modifiers", "installed_hash", "clone_limit"]
    ) { index, value, path throws(BundleError) in
      switch index {
      case 0: self.path = try ManifestValue.option(value, path, ManifestValue.string)
      case 1: self.modifiers = try Self.modifiers(value, path)
      case 2: self.installedHash = try ManifestValue.option(value, path, ManifestValue.hash)
      default: self.cloneLimit = try ManifestValue.uint32(value, path)
      }
    }
  }

  var value: MsgPackValue {
    ManifestValue.map([
      "path": ManifestValue.optional(path),
      "modifiers": ManifestValue.map([
        "network_seed": ManifestValue.optional(modifiers.networkSeed),
        "properties": modifiers.properties ?? .nilValue,
      ]),
      "installed_hash": ManifestValue.hashString(installedHash),
      "clone_limit": .uint(UInt64(cloneLimit)),
    ])
  }

  /// `DnaModifiersOpt<YamlProperties>`: both fields optional, unknown fields ignored (it has no
  /// `deny_unknown_fields`).
  private static func modifiers(_ value: MsgPackValue, _ path: String) throws(BundleError) -> DnaModifiersOpt {
    var modifiers = DnaModifiersOpt()
    try ManifestFields.visit(
      value, path: path, type: "DnaModifiersOpt", known: ["network_seed", "properties"], denyUnknown: false
    ) { index, value, path throws(BundleError) in
      if index == 0 {
        modifiers.networkSeed = try ManifestValue.option(value, path, ManifestValue.string)
      } else {
        modifiers.properties = try ManifestValue.option(value, path, ManifestValue.any)
      }
    }
    return modifiers
  }
}
