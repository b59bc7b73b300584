public import HoloCore

/// One zome of a DNA manifest: its name, where its wasm is, and optionally the hash that wasm must have.
///
/// ```yaml
/// - name: posts
///   path: ../target/posts.wasm
///   dependencies:
///     - name: posts_integrity
/// ```
public struct ZomeManifest: Hashable, Sendable {
  /// The zome name (unique within the DNA).
  public var name: String
  /// The hash the wasm must have, checked when the DNA is resolved.
  public var hash: WasmHash?
  /// Where the wasm is, relative to the manifest; inside a bundle, its resource id.
  public var path: String
  /// The integrity zomes this zome depends on (`nil` and `[]` are both "none", but are written differently).
  public var dependencies: [String]?

  public init(name: String, hash: WasmHash? = nil, path: String, dependencies: [String]? = nil) {
    self.name = name
    self.hash = hash
    self.path = path
    self.dependencies = dependencies
  }

  /// The resource id of this zome's wasm: the file name of ``path``, or `<name>.wasm`.
  public var resourceID: String { Bundles.resourceID(forPath: path) ?? "\(name).wasm" }

  static let fields = ["name", "hash", "path", "dependencies"]

  init(value: MsgPackValue, path: String) throws(BundleError) {
    var name: String?
    var hash: WasmHash?
    var location: String?
    var dependencies: [String]?
    try ManifestFields.visit(value, path: path, type: "ZomeManifest", known: Self.fields) {
      index, value, path throws(BundleError) in
      switch index {
      case 0: name = try ManifestValue.string(value, path)
      case 1: hash = try ManifestValue.option(value, path, ManifestValue.hash)
      case 2: location = try ManifestValue.string(value, path)
      default:
        dependencies = try ManifestValue.option(value, path) { (value, path) throws(BundleError) in
          try ManifestValue.array(value, path, Self.dependencyName)
        }
      }
    }
    self.init(
      name: try ManifestFields.required(name, "name", in: path), hash: hash,
      path: try ManifestFields.required(location, "path", in: path), dependencies: dependencies)
  }

  var value: MsgPackValue {
    ManifestValue.map([
      "name": .string(name),
      "hash": ManifestValue.hashString(hash),
      "path": .string(path),
      "dependencies": dependencies.map { names in
        .array(names.map { ManifestValue.map(["name": .string($0)]) })
      } ?? .nilValue,
    ])
  }

  /// A `ZomeDependency`: `{name}`, nothing else.
  private static func dependencyName(_ value: MsgPackValue, _ path: String) throws(BundleError) -> String {
    var name: String?
    try ManifestFields.visit(value, path: path, type: "ZomeDependency", known: ["name"]) {
      _, value, path throws(BundleError) in
      name = try ManifestValue.string(value, path)
    }
    return try ManifestFields.required(name, "name", in: path)
  }
}
