import HoloCore

/// How a role's cell comes to be when the app is installed (`provisioning` in `happ.yaml`).
///
/// ```yaml
/// provisioning:
///   strategy: create
///   deferred: false
/// ```
public enum CellProvisioning: Hashable, Sendable {
  /// Create a cell at installation (`deferred` is reserved by Holochain and must be given).
  case create(deferred: Bool)
  /// Use a cell of another app whose DNA has the role's `installed_hash` (deprecated in Holochain 0.6).
  case useExisting(protected: Bool)
  /// Install the DNA but create no cell; only clones, up to the role's `clone_limit`.
  case cloneOnly

  /// What an absent `provisioning` means.
  public static var `default`: CellProvisioning { .create(deferred: false) }

  init(value: MsgPackValue, path: String) throws(BundleError) {
    guard case .map(let entries) = value else {
      throw .invalidType(
        path: path, expected: "internally tagged enum CellProvisioning", found: ManifestValue.describe(value))
    }
    guard let tag = entries.first(where: { $0.key == .string("strategy") }) else {
      throw .missingField(path: path, field: "strategy")
    }
    let body = MsgPackValue.map(entries.filter { $0.key != .string("strategy") })
    switch try ManifestValue.string(tag.value, "\(path).strategy") {
    case "create":
      self = .create(deferred: try Self.flag("deferred", in: body, path: path, type: "CellProvisioning::Create"))
    case "use_existing":
      self = .useExisting(
        protected: try Self.flag("protected", in: body, path: path, type: "CellProvisioning::UseExisting"))
    case "clone_only":
      // serde ignores extra keys next to the tag of a unit variant.
      self = .cloneOnly
    case let other:
      throw .invalidValue(
        path: "\(path).strategy",
        reason: "unknown variant `\(other)`, expected one of `create`, `use_existing`, `clone_only`")
    }
  }

  /// The one boolean field of a struct variant.
  private static func flag(_ field: String, in body: MsgPackValue, path: String, type: String) throws(BundleError)
    -> Bool
  {
    var flag: Bool?
    try ManifestFields.visit(body, path: path, type: type, known: [field]) { _, value, path throws(BundleError) in
      flag = try ManifestValue.bool(value, path)
    }
    return try ManifestFields.required(flag, field, in: path)
  }

  var value: MsgPackValue {
    switch self {
    case .create(let deferred): ManifestValue.map(["strategy": .string("create"), "deferred": .bool(deferred)])
    case .useExisting(let protected):
      ManifestValue.map(["strategy": .string("use_existing"), "protected": .bool(protected)])
    case .cloneOnly: ManifestValue.map(["strategy": .string("clone_only")])
    }
  }
}
