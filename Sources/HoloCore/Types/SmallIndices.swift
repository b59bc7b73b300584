/// A `u8` newtype index (a bare integer on the wire), kept apart by its `Tag` so indices don't mix.
public struct SmallIndex<Tag: SmallIndexTag>: Hashable, Comparable, Sendable, MsgPackCodable {
  public var value: UInt8
  public init(_ value: UInt8) { self.value = value }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.value < rhs.value }
  public func encode(to writer: inout MsgPackWriter) { writer.write(UInt64(value)) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) { value = try reader.readInteger() }
}

/// Marks what a ``SmallIndex`` indexes.
public protocol SmallIndexTag: Sendable {}

public enum ZomeIndexTag: SmallIndexTag {}
public enum EntryDefIndexTag: SmallIndexTag {}
public enum LinkTypeTag: SmallIndexTag {}

/// The index of a zome in its DNA (`ZomeIndex(u8)`).
public typealias ZomeIndex = SmallIndex<ZomeIndexTag>
/// The index of an entry type within its zome (`EntryDefIndex(u8)`).
public typealias EntryDefIndex = SmallIndex<EntryDefIndexTag>
/// The index of a link type within its zome (`LinkType(u8)`).
public typealias LinkType = SmallIndex<LinkTypeTag>
