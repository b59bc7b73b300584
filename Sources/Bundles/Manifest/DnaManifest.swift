public import HoloCore

/// A DNA manifest (`dna.yaml`, version `"0"`): the DNA's name, its integrity part and its coordinator zomes.
///
/// ```yaml
/// manifest_version: "0"
/// name: forum
/// integrity:
///   network_seed: 00000000-0000-0000-0000-000000000000
///   properties: ~
///   zomes:
///     - name: forum_integrity
///       path: ../target/forum_integrity.wasm
/// coordinator:
///   zomes:
///     - name: forum
///       path: ../target/forum.wasm
///       dependencies:
///         - name: forum_integrity
/// ```
public struct DnaManifest: Hashable, Sendable {
  /// The DNA's name (not part of its hash); also the packed file's name.
  public var name: String
  /// Everything that determines the DNA hash.
  public var integrity: IntegrityManifest
  /// The coordinator zomes (default: none).
  public var coordinator: CoordinatorManifest

  public init(name: String, integrity: IntegrityManifest, coordinator: CoordinatorManifest = CoordinatorManifest()) {
    self.name = name
    self.integrity = integrity
    self.coordinator = coordinator
  }

  /// Integrity zomes, then coordinator zomes.
  public var allZomes: [ZomeManifest] { integrity.zomes + coordinator.zomes }
}

extension DnaManifest: BundleManifest {
  public static var fileName: String { "dna.yaml" }
  public static var bundleExtension: String { "dna" }

  public var resourceIDs: [String] { allZomes.map(\.resourceID) }

  public mutating func generateResourceIDs() -> [(id: String, location: String)] {
    var pairs: [(id: String, location: String)] = []
    func replace(_ zomes: inout [ZomeManifest]) {
      for index in zomes.indices {
        let id = zomes[index].resourceID
        pairs.append((id, zomes[index].path))
        zomes[index].path = id
      }
    }
    replace(&integrity.zomes)
    replace(&coordinator.zomes)
    return pairs
  }

  /// What `ValidatedDnaManifest` checks: zome names are unique, and dependencies name other integrity zomes.
  public func validate() throws(BundleError) {
    let integrityNames = Set(integrity.zomes.map(\.name))
    var seen: Set<String> = []
    for zome in allZomes {
      guard seen.insert(zome.name).inserted else { throw .duplicateZomeName(zome.name) }
      for dependency in zome.dependencies ?? [] where !integrityNames.contains(dependency) || dependency == zome.name {
        throw .danglingZomeDependency(dependency: dependency, zome: zome.name)
      }
    }
  }

  public init(manifestValue value: MsgPackValue) throws(BundleError) {
    let body = try readManifestVersion(value, type: "DnaManifest")
    var name: String?
    var integrity: IntegrityManifest?
    var coordinator: CoordinatorManifest?
    try ManifestFields.visit(body, path: "", type: "DnaManifestV0", known: ["name", "integrity", "coordinator"]) {
      index, value, path throws(BundleError) in
      switch index {
      case 0: name = try ManifestValue.string(value, path)
      case 1: integrity = try IntegrityManifest(value: value, path: path)
      default: coordinator = try CoordinatorManifest(value: value, path: path)
      }
    }
    self.name = try ManifestFields.required(name, "name", in: "")
    self.integrity = try ManifestFields.required(integrity, "integrity", in: "")
    self.coordinator = coordinator ?? CoordinatorManifest()
    try validate()
  }

  public var manifestValue: MsgPackValue {
    ManifestValue.map([
      "manifest_version": .string("0"),
      "name": .string(name),
      "integrity": integrity.value,
      "coordinator": coordinator.value,
    ])
  }
}
