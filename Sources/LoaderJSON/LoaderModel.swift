/// A property value in a MAP holon import file.
///
/// Only strings, 64-bit integers, booleans and flat arrays of those are
/// representable; arrays never nest (the loader rejects nested arrays).
public enum LoaderValue: Hashable, Sendable {
  /// A JSON string.
  case string(String)
  /// A JSON number without fraction or exponent that fits in `Int64`.
  case integer(Int64)
  /// A JSON `true` / `false`.
  case boolean(Bool)
  /// A JSON array whose elements are scalars (never `.array`); may be empty.
  case array([LoaderValue])
}

/// One named property of a holon.
public struct LoaderProperty: Hashable, Sendable {
  /// The property name as it appears in the file.
  public var name: String
  /// The validated value.
  public var value: LoaderValue

  public init(name: String, value: LoaderValue) {
    self.name = name
    self.value = value
  }
}

/// A relationship from a holon to one or more holons named by key.
public struct LoaderRelationship: Hashable, Sendable {
  /// The relationship name (non-empty).
  public var name: String
  /// Target keys, in the order given in the file (at least one).
  public var targets: [String]

  public init(name: String, targets: [String]) {
    self.name = name
    self.targets = targets
  }
}

/// One holon of a load set, validated and normalised.
public struct LoaderHolon: Hashable, Sendable {
  /// The holon's key, when the file gives one (never empty).
  public var key: String?
  /// The holon's type descriptor reference, when given (never empty).
  /// It is also present as the first relationship, `DescribedBy`.
  public var type: String?
  /// Properties sorted by name in UTF-8 byte order.
  public var properties: [LoaderProperty]
  /// `DescribedBy` (targeting `type`) first when `type` is present, then the
  /// explicit relationships in file order.
  public var relationships: [LoaderRelationship]
  /// The file the holon came from (path as given or as resolved via `load_with`).
  public var file: String
  /// Zero-based index of the holon in that file's `holons` array.
  public var index: Int

  public init(
    key: String?, type: String?, properties: [LoaderProperty],
    relationships: [LoaderRelationship], file: String, index: Int
  ) {
    self.key = key
    self.type = type
    self.properties = properties
    self.relationships = relationships
    self.file = file
    self.index = index
  }

  /// The value of the property called `name`, if any.
  public func property(_ name: String) -> LoaderValue? {
    properties.first { $0.name == name }?.value
  }
}

/// Everything loaded from one root file and the files it (transitively) names.
public struct LoadSet: Sendable {
  /// Files in load order: the root first, then `load_with` depth-first.
  public var files: [String]
  /// All holons, grouped by file in `files` order, each file's in file order.
  public var holons: [LoaderHolon]

  public init(files: [String], holons: [LoaderHolon]) {
    self.files = files
    self.holons = holons
  }
}
