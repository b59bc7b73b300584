public import HoloCore

/// An app manifest (`happ.yaml`, version `"0"`): the app's name and the roles its DNAs fill.
///
/// ```yaml
/// manifest_version: "0"
/// name: forum-app
/// description: ~
/// roles:
///   - name: forum
///     provisioning:
///       strategy: create
///       deferred: false
///     dna:
///       path: ../dnas/forum/forum.dna
///       clone_limit: 0
/// allow_deferred_memproofs: false
/// ```
public struct AppManifest: Hashable, Sendable {
  /// The app's name, the default installed app id.
  public var name: String
  /// For humans only.
  public var description: String?
  /// The roles, in order.
  public var roles: [AppRoleManifest]
  /// Whether the app may be installed without membrane proofs, which are then provided later.
  public var allowDeferredMemproofs: Bool
  /// A bootstrap server for this app's cells, instead of the conductor's.
  public var bootstrapURL: String?
  /// A relay server for this app's cells, instead of the conductor's.
  public var relayURL: String?

  public init(
    name: String, description: String? = nil, roles: [AppRoleManifest], allowDeferredMemproofs: Bool = false,
    bootstrapURL: String? = nil, relayURL: String? = nil
  ) {
    self.name = name
    self.description = description
    self.roles = roles
    self.allowDeferredMemproofs = allowDeferredMemproofs
    self.bootstrapURL = bootstrapURL
    self.relayURL = relayURL
  }

  /// Sets the network seed of every role whose cells are created by this app (`create` and `clone_only`),
  /// as installing with a network seed does.
  public mutating func setNetworkSeed(_ seed: String) {
    for index in roles.indices {
      switch roles[index].provisioning ?? .default {
      case .create, .cloneOnly: roles[index].dna.modifiers.networkSeed = seed
      case .useExisting: break
      }
    }
  }

  /// Applies per-role modifiers given at installation: only their set fields replace the manifest's.
  ///
  /// Throws ``BundleError/unknownRole(_:)`` for a role the manifest does not have.
  public mutating func overrideModifiers(_ modifiers: [String: DnaModifiersOpt]) throws(BundleError) {
    let names = Set(roles.map(\.name))
    for role in modifiers.keys.sorted() where !names.contains(role) { throw .unknownRole(role) }
    for index in roles.indices {
      guard let override = modifiers[roles[index].name] else { continue }
      if let seed = override.networkSeed { roles[index].dna.modifiers.networkSeed = seed }
      if let properties = override.properties { roles[index].dna.modifiers.properties = properties }
    }
  }
}

extension AppManifest: BundleManifest {
  public static var fileName: String { "happ.yaml" }
  public static var bundleExtension: String { "happ" }

  public var resourceIDs: [String] { roles.compactMap { $0.dna.path.flatMap(resourceID(forPath:)) } }

  /// A role whose path has no file name keeps its path and bundles nothing, as in Holochain.
  public mutating func generateResourceIDs() -> [(id: String, location: String)] {
    var pairs: [(id: String, location: String)] = []
    for index in roles.indices {
      guard let location = roles[index].dna.path, let id = resourceID(forPath: location) else { continue }
      pairs.append((id, location))
      roles[index].dna.path = id
    }
    return pairs
  }

  public init(manifestValue value: MsgPackValue) throws(BundleError) {
    let body = try readManifestVersion(value, type: "AppManifest")
    var name: String?
    var roles: [AppRoleManifest]?
    self.init(name: "", roles: [])
    try ManifestFields.visit(
      body, path: "", type: "AppManifestV0",
      known: ["name", "description", "roles", "allow_deferred_memproofs", "bootstrap_url", "relay_url"]
    ) { index, value, path throws(BundleError) in
      switch index {
      case 0: name = try ManifestValue.string(value, path)
      case 1: self.description = try ManifestValue.option(value, path, ManifestValue.string)
      case 2: roles = try ManifestValue.array(value, path, AppRoleManifest.init(value:path:))
      case 3: self.allowDeferredMemproofs = try ManifestValue.bool(value, path)
      case 4: self.bootstrapURL = try ManifestValue.option(value, path, ManifestValue.string)
      default: self.relayURL = try ManifestValue.option(value, path, ManifestValue.string)
      }
    }
    self.name = try ManifestFields.required(name, "name", in: "")
    self.roles = try ManifestFields.required(roles, "roles", in: "")
  }

  public var manifestValue: MsgPackValue {
    ManifestValue.map([
      "manifest_version": .string("0"),
      "name": .string(name),
      "description": ManifestValue.optional(description),
      "roles": .array(roles.map(\.value)),
      "allow_deferred_memproofs": .bool(allowDeferredMemproofs),
      "bootstrap_url": ManifestValue.optional(bootstrapURL),
      "relay_url": ManifestValue.optional(relayURL),
    ])
  }
}
