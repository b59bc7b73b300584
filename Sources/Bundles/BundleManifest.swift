public import HoloCore

/// A manifest: the YAML file that describes a bundle and names the resources packed with it
/// (Holochain's `mr_bundle::Manifest`).
///
/// Manifests are read from YAML (`dna.yaml`, `happ.yaml`, `web-happ.yaml`) and written into the bundle as
/// msgpack; both go through ``manifestValue`` and ``init(manifestValue:)``, which follow the serde
/// attributes of the Rust types (field order, `nil` for absent options, unknown fields rejected).
///
/// ```swift
/// let manifest = try DnaManifest(yaml: String(decoding: yamlBytes, as: UTF8.self))
/// let bytes = manifest.msgpackBytes()          // as rmp-serde writes it
/// let yaml = try manifest.yaml()               // as `hc dna unpack` writes it
/// ```
public protocol BundleManifest: Hashable, Sendable, MsgPackCodable {
  /// The manifest's file name in a working directory (`dna.yaml`).
  static var fileName: String { get }
  /// The extension of a packed bundle file (`dna`).
  static var bundleExtension: String { get }

  /// The name used for the packed file (`<name>.dna`).
  var name: String { get }

  /// The ids of the resources this manifest refers to, once its locations have been turned into ids.
  var resourceIDs: [String] { get }

  /// Replaces every resource location (a path relative to the manifest) by its resource id and returns
  /// `(id, location)` pairs, in manifest order. Calling it again returns the ids as their own locations.
  mutating func generateResourceIDs() -> [(id: String, location: String)]

  /// Checks rules the Rust type enforces when it is deserialized (duplicate zome names…).
  func validate() throws(BundleError)

  /// Reads the manifest from a generic value (a parsed YAML document or decoded msgpack).
  init(manifestValue value: MsgPackValue) throws(BundleError)

  /// The manifest as a generic value, fields in the order rmp-serde and serde_yaml write them.
  var manifestValue: MsgPackValue { get }
}

extension BundleManifest {
  public func validate() throws(BundleError) {}

  /// Parses a manifest from YAML text, rejecting unknown fields.
  public init(yaml text: String) throws(BundleError) {
    try self.init(manifestValue: try YAMLReader.read(text))
  }

  /// Decodes a manifest from its msgpack bytes.
  public init(manifestBytes bytes: [UInt8]) throws(BundleError) {
    let value: MsgPackValue
    do {
      value = try MsgPackValue(msgpack: bytes)
    } catch {
      throw .badMsgPack(context: "manifest", error)
    }
    try self.init(manifestValue: value)
  }

  /// The manifest as YAML, the way `hc … unpack` writes it.
  public func yaml() throws(BundleError) -> String {
    try YAMLWriter.write(manifestValue)
  }

  public func encode(to writer: inout MsgPackWriter) {
    manifestValue.encode(to: &writer)
  }

  /// Decodes a manifest inside another msgpack value (a manifest error becomes `invalidValue`).
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let value = try MsgPackValue(from: &reader)
    do {
      try self.init(manifestValue: value)
    } catch {
      throw .invalidValue(type: "\(Self.self)", reason: error.description)
    }
  }
}

/// Reads the `manifest_version` tag of an internally tagged manifest enum; only version `"0"` exists.
///
/// Like serde, the variant may also be given by index (`manifest_version: 0`).
func readManifestVersion(_ value: MsgPackValue, type typeName: String) throws(BundleError) -> MsgPackValue {
  guard case .map(var entries) = value else {
    throw .invalidType(
      path: "", expected: "internally tagged enum \(typeName)", found: ManifestValue.describe(value))
  }
  guard let index = entries.firstIndex(where: { $0.key == .string("manifest_version") }) else {
    throw .missingField(path: "", field: "manifest_version")
  }
  switch entries[index].value {
  case .string("0"), .uint(0): break
  case .string(let other):
    throw .invalidValue(path: "manifest_version", reason: "unknown variant `\(other)`, expected `0`")
  case .uint(let other):
    throw .invalidValue(path: "manifest_version", reason: "variant index \(other) is not 0")
  case let other:
    throw .invalidType(
      path: "manifest_version", expected: "variant identifier", found: ManifestValue.describe(other))
  }
  entries.remove(at: index)
  return .map(entries)
}
