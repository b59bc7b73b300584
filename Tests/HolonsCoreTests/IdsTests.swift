import HoloCore
import Testing

@testable import HolonsCore

@Suite struct IdsTests {
  @Test func localIdIsAnArrayOfIntegersAndAcceptsBinary() throws {
    let bytes = try roundTrip(LocalId(bytes: [1, 200]))
    #expect(bytes == [0x92, 0x01, 0xcc, 0xc8])
    #expect(try LocalId(msgpack: [0xc4, 0x02, 0x01, 0xc8]) == LocalId(bytes: [1, 200]))
  }

  @Test func localIdWrapsAnActionHash() throws {
    let hash = ActionHash(core: Array(repeating: 7, count: 32))
    #expect(LocalId(hash).actionHash == hash)
    #expect(LocalId(bytes: [1]).actionHash == nil)
    #expect(Fixtures.localId.description.hasPrefix("…"))
    #expect(LocalId(bytes: [0xab]).description == "…ab")
  }

  @Test func holonIdWireForms() throws {
    let local = try shape(roundTrip(HolonId.local(LocalId(bytes: [4]))))
    #expect(local == .map([MsgPackMapEntry(key: .string("Local"), value: .array([.uint(4)]))]))
    let external = HolonId.external(space: Fixtures.spaceId, local: LocalId(bytes: [9]))
    let value = try shape(roundTrip(external))
    #expect(value["External"]?["space_id"] == .array([.uint(1), .uint(2), .uint(3)]))
    #expect(value["External"]?["local_id"] == .array([.uint(9)]))
    #expect(external.isExternal && external.localId == LocalId(bytes: [9]))
    #expect(external.externalId?.spaceId == Fixtures.spaceId)
  }

  @Test func temporaryIdIs16BytesOfBinary() throws {
    let bytes = try roundTrip(Fixtures.tempA)
    #expect(bytes.prefix(2) == [0xc4, 16])
    #expect(TemporaryId(bytes: [1, 2]) == nil)
    #expect(throws: MsgPackError.self) { try TemporaryId(msgpack: [0xc4, 0x01, 0x00]) }
    let uuid = TemporaryId(random: Array(repeating: 0xff, count: 16))
    #expect(uuid.uuidString == "ffffffff-ffff-4fff-bfff-ffffffffffff")
    #expect(uuid.description == "ffffffff")
  }

  @Test func txIdIsAPlainInteger() throws {
    #expect(try roundTrip(TxId(300)) == [0xcd, 0x01, 0x2c])
    #expect(TxId("42") == TxId(42))
    #expect(TxId("x") == nil)
  }
}
