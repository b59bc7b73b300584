import HoloCore

/// One role of an app: a name, how its cell is provisioned, and the DNA that fills it.
///
/// ```yaml
/// - name: forum
///   provisioning:
///     strategy: create
///     deferred: false
///   dna:
///     path: ../dnas/forum/forum.dna
/// ```
public struct AppRoleManifest: Hashable, Sendable {
  /// The role name (unique within the app).
  public var name: String
  /// How the cell is provisioned (`nil`: ``CellProvisioning/default``).
  public var provisioning: CellProvisioning?
  /// The DNA that fills the role.
  public var dna: AppRoleDnaManifest

  public init(name: String, provisioning: CellProvisioning? = .default, dna: AppRoleDnaManifest) {
    self.name = name
    self.provisioning = provisioning
    self.dna = dna
  }

  init(value: MsgPackValue, path: String) throws(BundleError) {
    var name: String?
    var provisioning: CellProvisioning?
    var dna: AppRoleDnaManifest?
    try ManifestFields.visit(value, path: path, type: "AppRoleManifest", known: ["name", "provisioning", "dna"]) {
      index, value, path throws(BundleError) in
      switch index {
      case 0: name = try ManifestValue.string(value, path)
      case 1: provisioning = try ManifestValue.option(value, path, CellProvisioning.init(value:path:))
      default: dna = try AppRoleDnaManifest(value: value, path: path)
      }
    }
    self.name = try ManifestFields.required(name, "name", in: path)
    self.provisioning = provisioning
    self.dna = try ManifestFields.required(dna, "dna", in: path)
  }

  var value: MsgPackValue {
    ManifestValue.map([
      "name": .string(name),
      "provisioning": provisioning?.value ?? .nilValue,
      "dna": dna.value,
    ])
  }
}
