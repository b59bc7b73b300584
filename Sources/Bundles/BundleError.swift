public import HoloCore

/// Why a bundle or manifest could not be read, written or resolved.
///
/// Every failure of this module is one of these cases, so callers can match on them:
///
/// ```swift
/// do {
///   let dna = try DnaBundle(packed: bytes).resolve()
/// } catch .wasmHashMismatch(let zome, _, _) {
///   print("zome \(zome) does not match its declared hash")
/// } catch {
///   print(error)   // every case has a readable description
/// }
/// ```
public enum BundleError: Error, Equatable, Sendable {
  // MARK: Packed bytes

  /// The bytes are not a gzip stream, or the stream is corrupt or truncated.
  case badGzip(reason: String)
  /// The decompressed bytes are not the msgpack of a bundle (`context` says which part).
  case badMsgPack(context: String, MsgPackError)

  // MARK: Manifests

  /// The YAML text does not parse, or uses something manifests cannot hold (a custom tag, a huge integer).
  case badYAML(String)
  /// A manifest has a field its type does not know (Holochain's `deny_unknown_fields`).
  case unknownField(path: String, field: String, expected: [String])
  /// A manifest lacks a field that has no default.
  case missingField(path: String, field: String)
  /// A manifest names the same field twice.
  case duplicateField(path: String, field: String)
  /// A manifest value has the wrong type (`found` is serde's wording: "integer `5`", "unit value", …).
  case invalidType(path: String, expected: String, found: String)
  /// A manifest value has the right type but is not acceptable (a bad hash string, an unknown variant…).
  case invalidValue(path: String, reason: String)
  /// Two zomes of a DNA share a name.
  case duplicateZomeName(String)
  /// A zome depends on something that is not another integrity zome of the DNA.
  case danglingZomeDependency(dependency: String, zome: String)
  /// An app role cannot be provisioned as its manifest says (no DNA path, `clone_only` without clones…).
  case invalidRole(role: String, reason: String)
  /// Modifiers were given for a role the app manifest does not have.
  case unknownRole(String)

  // MARK: Resources

  /// The manifest refers to resources the bundle does not contain.
  case missingResources([String])
  /// The bundle was given resources its manifest does not refer to.
  case unusedResources([String])
  /// Two different files would be bundled under the same resource id (their file names are equal).
  case conflictingResources(id: String, paths: [String])
  /// A resource id that cannot be written as a file name inside the target directory (`..`, `a/b`, …).
  case unsafeResourceID(String)
  /// A zome's wasm does not hash to the `hash` its manifest declares.
  case wasmHashMismatch(zome: String, expected: WasmHash, actual: WasmHash)
  /// A role's DNA does not hash to the `installed_hash` the app manifest declares.
  case dnaHashMismatch(role: String, expected: DnaHash, actual: DnaHash)

  // MARK: Files

  /// A file or directory that should exist does not.
  case fileNotFound(path: String)
  /// The unpack target directory exists and `force` was not given.
  case directoryExists(path: String)
  /// A bundle file name lacks the extension its kind needs (`.dna`, `.happ`, `.webhapp`).
  case wrongExtension(path: String, expected: String)
  /// Reading or writing a file failed.
  case io(path: String, reason: String)
  /// The path names something that is not a regular file (a directory, a device such as `/dev/zero`, a FIFO…).
  case notARegularFile(path: String, kind: String)
  /// The bundle is larger than its limit (``BundleLimits``): `what` is "file" or "unpacked bundle".
  case tooLarge(what: String, limitBytes: Int)
}

extension BundleError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .badGzip(let reason):
      return "not a valid gzip bundle: \(reason)"
    case .badMsgPack(let context, let error):
      return "failed to decode the bundle's \(context): \(error)"
    case .badYAML(let message):
      return "invalid YAML: \(message)"
    case .unknownField(let path, let field, let expected):
      let names = expected.map { "`\($0)`" }.joined(separator: ", ")
      return "\(Self.prefix(path))unknown field `\(field)`, expected one of \(names)"
    case .missingField(let path, let field):
      return "\(Self.prefix(path))missing field `\(field)`"
    case .duplicateField(let path, let field):
      return "\(Self.prefix(path))duplicate field `\(field)`"
    case .invalidType(let path, let expected, let found):
      return "\(Self.prefix(path))invalid type: \(found), expected \(expected)"
    case .invalidValue(let path, let reason):
      return "\(Self.prefix(path))invalid value: \(reason)"
    case .duplicateZomeName(let name):
      return "the DNA has more than one zome named `\(name)`"
    case .danglingZomeDependency(let dependency, let zome):
      return "zome `\(zome)` depends on `\(dependency)`, which is not another integrity zome of the DNA"
    case .invalidRole(let role, let reason):
      return "app role `\(role)`: \(reason)"
    case .unknownRole(let role):
      return "modifiers were given for role `\(role)`, which the app manifest does not have"
    case .missingResources(let ids):
      return "the manifest references resources the bundle does not contain: \(ids)"
    case .unusedResources(let ids):
      return "the bundle contains resources the manifest does not reference: \(ids)"
    case .conflictingResources(let id, let paths):
      return "files \(paths) would all be bundled as resource `\(id)`; give them distinct file names"
    case .unsafeResourceID(let id):
      return "resource id `\(id)` cannot be written as a file name"
    case .wasmHashMismatch(let zome, let expected, let actual):
      return "the wasm of zome `\(zome)` hashes to \(actual), but the manifest declares \(expected)"
    case .dnaHashMismatch(let role, let expected, let actual):
      return "the DNA of role `\(role)` hashes to \(actual), but the manifest declares installed_hash \(expected)"
    case .fileNotFound(let path):
      return "no such file or directory: \(path)"
    case .directoryExists(let path):
      return "the target directory '\(path)' already exists (use --force to overwrite)"
    case .wrongExtension(let path, let expected):
      return "this file should have a '.\(expected)' extension: \(path)"
    case .io(let path, let reason):
      return "\(path): \(reason)"
    case .notARegularFile(let path, let kind):
      return "\(path) is \(kind), not a bundle file"
    case .tooLarge(let what, let limit):
      return "the \(what) is larger than the limit of \(limit) bytes"
    }
  }

  private static func prefix(_ path: String) -> String { path.isEmpty ? "" : "\(path): " }
}
