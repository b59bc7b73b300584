/// One problem found while loading, located as precisely as known.
public struct LoaderError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file the problem is in (for a missing `load_with` file: the file naming it).
  public var file: String
  /// Zero-based index of the holon in the file's `holons` array, if the
  /// problem belongs to a holon.
  public var holonIndex: Int?
  /// The holon's key, when the holon has a readable one.
  public var key: String?
  /// Human-readable description of the problem.
  public var message: String

  public init(file: String, holonIndex: Int? = nil, key: String? = nil, message: String) {
    self.file = file
    self.holonIndex = holonIndex
    self.key = key
    self.message = message
  }

  /// `file: holon 3 ("Book:X"): message`
  public var description: String {
    var location = file
    if let holonIndex {
      location += ": holon \(holonIndex)"
      if let key { location += " (\"\(key)\")" }
    } else if let key {
      location += ": holon \"\(key)\""
    }
    return "\(location): \(message)"
  }
}

/// All problems found in one `parse` or `load` call (never empty when returned).
public struct LoaderErrors: Error, Sendable, CustomStringConvertible {
  /// The problems, in the order found (file order, then position in file).
  public var errors: [LoaderError]

  public init(errors: [LoaderError]) {
    self.errors = errors
  }

  /// One error per line.
  public var description: String {
    errors.map(\.description).joined(separator: "\n")
  }
}
