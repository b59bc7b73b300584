import HoloCore

/// Reads manifest structs from a decoded map the way serde reads Holochain's manifests.
///
/// Holochain's manifests are internally tagged enums, so serde first buffers the whole document into a generic
/// value and then reads each struct from it. A YAML or msgpack document therefore becomes a ``MsgPackValue``
/// first (see ``YAMLReader``), and every manifest type reads its fields from that value through
/// ``visit(_:path:type:known:denyUnknown:_:)``: entries are visited in document order, so the first problem in
/// the document is the one reported, unknown keys are rejected (`deny_unknown_fields`) unless the Rust type
/// allows them, and missing fields are checked afterwards with ``required(_:_:in:)``.
///
/// ```swift
/// var name: String?
/// try ManifestFields.visit(value, path: "", type: "WebUI", known: ["path"]) { _, value, path throws(BundleError) in
///   name = try ManifestValue.string(value, path)
/// }
/// let path = try ManifestFields.required(name, "path", in: "")
/// ```
enum ManifestFields {
  /// Calls `body` with the index in `known`, the value and the path of each entry of the map `value`.
  static func visit(
    _ value: MsgPackValue,
    path: String,
    type typeName: String,
    known: [String],
    denyUnknown: Bool = true,
    _ body: (Int, MsgPackValue, String) throws(BundleError) -> Void
  ) throws(BundleError) {
    guard case .map(let entries) = value else {
      throw .invalidType(path: path, expected: "struct \(typeName)", found: ManifestValue.describe(value))
    }
    var seen: Set<Int> = []
    for entry in entries {
      let key = try ManifestValue.fieldName(entry.key, path: path)
      guard let index = known.firstIndex(of: key) else {
        if denyUnknown { throw .unknownField(path: path, field: key, expected: known) }
        continue
      }
      guard seen.insert(index).inserted else { throw .duplicateField(path: path, field: key) }
      try body(index, entry.value, path.isEmpty ? key : "\(path).\(key)")
    }
  }

  /// A field without a default that the map must have had.
  static func required<T>(_ value: T?, _ field: String, in path: String) throws(BundleError) -> T {
    guard let value else { throw .missingField(path: path, field: field) }
    return value
  }
}
