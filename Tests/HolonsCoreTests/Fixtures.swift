import HoloCore
import HolonsCore

/// Shared sample values.
enum Fixtures {
  static let localId = LocalId(bytes: [0x84, 0x29, 0x24] + (0..<36).map { UInt8(0x80 + $0) })
  static let spaceId = OutboundProxyId(LocalId(bytes: [1, 2, 3]))
  static let tempA = TemporaryId(bytes: Array(repeating: 0x11, count: 16))!
  static let tempB = TemporaryId(bytes: Array(repeating: 0x22, count: 16))!
  static let tx = TxId(7)

  static let properties: PropertyMap = [
    "title": .string("Hello"), "count": .integer(-3), "flag": .boolean(true), "color": .enumValue("Red"),
    "raw": .bytes(MapBytes([0, 255])),
  ]

  static let smartRef = HolonReferenceWire.smart(
    SmartReferenceWire(txId: tx, holonId: .external(space: spaceId, local: localId), smartPropertyValues: properties))

  /// A staged holon with properties and a relationship.
  static var stagedHolon: StagedHolon {
    var relationships = RelationshipMap()
    relationships.add([smartRef, .staged(StagedReferenceWire(txId: tx, id: tempA))], to: "Friends")
    return StagedHolon(staging: TransientHolon(properties: properties, relationships: relationships))
  }

  static let savedHolon = Holon.saved(SavedHolon(savedId: localId, properties: properties, originalId: localId))

  /// ``smartRef`` bound to `tx`.
  static func smartRefIn(_ tx: TxId) -> HolonReferenceWire {
    .smart(SmartReferenceWire(txId: tx, holonId: .external(space: spaceId, local: localId)))
  }

  static var session: SessionState {
    var staged = HolonPoolWire()
    staged.insert(.staged(stagedHolon), id: tempB)
    staged.insert(.staged(StagedHolon(staging: TransientHolon(properties: ["key": .string("Key-A")]))), id: tempA)
    staged.index(tempA, key: "Key-A")
    var transient = HolonPoolWire()
    transient.insert(.transient(TransientHolon(properties: properties)), id: tempA)
    return SessionState(txId: tx, transientHolons: transient, stagedHolons: staged, localHolonSpace: smartRef)
  }
}

/// Encodes, decodes and checks equality and byte-for-byte stability.
func roundTrip<T: MsgPackCodable & Equatable>(_ value: T) throws -> [UInt8] {
  let bytes = value.msgpackBytes()
  let decoded = try T(msgpack: bytes)
  guard decoded == value, decoded.msgpackBytes() == bytes else { throw RoundTripMismatch() }
  return bytes
}

struct RoundTripMismatch: Error {}

/// Decodes `bytes` as a generic msgpack value, to inspect a wire shape.
func shape(_ bytes: [UInt8]) throws -> MsgPackValue { try MsgPackValue(msgpack: bytes) }
