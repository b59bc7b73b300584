public import HoloCore

/// A wire value this module does not model yet, kept exactly as decoded so it round-trips.
///
/// Stands in for MAP's `HolonWire`, `HolonCollectionWire`, `NodeCollectionWire` and `QueryExpression` until the
/// holon types of issue 5 §1 land; then each use is replaced by the typed form (same wire bytes).
public struct OpaqueWire: Hashable, Sendable, MsgPackCodable {
  /// The value as it came.
  public var value: MsgPackValue

  public init(_ value: MsgPackValue) { self.value = value }

  public func encode(to writer: inout MsgPackWriter) { value.encode(to: &writer) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try MsgPackValue(from: &reader) }
}
