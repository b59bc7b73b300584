public import HoloCore

/// A transaction's id, local to a session (MAP `holons_core::…::transactions::TxId(u64)`); on the wire a plain
/// unsigned integer.
public struct TxId: Hashable, Comparable, Sendable, MsgPackCodable, CustomStringConvertible {
  /// The numeric id.
  public var value: UInt64

  public init(_ value: UInt64) { self.value = value }

  /// Parses the decimal form, as MAP's `TxId::from_str`; `nil` if `text` is not a `u64`.
  public init?(_ text: String) {
    guard let value = UInt64(text) else { return nil }
    self.value = value
  }

  public var description: String { "\(value)" }

  public static func < (lhs: TxId, rhs: TxId) -> Bool { lhs.value < rhs.value }

  public func encode(to writer: inout MsgPackWriter) { writer.write(value) }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try reader.readInteger() }
}
