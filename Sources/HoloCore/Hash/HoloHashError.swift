/// Why bytes or a string are not a valid HoloHash of the wanted type.
public enum HoloHashError: Error, Equatable, Sendable {
  /// The raw form must be 39 bytes (3 prefix, 32 core, 4 location); the core alone 32.
  case badLength(expected: Int, found: Int)
  /// The prefix names no hash kind.
  case unknownPrefix([UInt8])
  /// The prefix is a valid kind, but not one this type accepts (e.g. an EntryHash where an ActionHash goes).
  case wrongKind(HoloHashKind)
  /// The string form does not start with `u` or is not base64url.
  case badString
  /// The 4 location bytes do not match the core.
  case badLocation
}
