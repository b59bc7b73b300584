import HoloCore
import Testing

/// The encoding rules rmp-serde follows, which our hashes depend on.
@Suite struct MsgPackEncodingTests {
  @Test(arguments: [
    (Int64(0), "00"), (127, "7f"), (128, "cc80"), (255, "ccff"), (256, "cd0100"), (65535, "cdffff"),
    (65536, "ce00010000"), (4_294_967_295, "ceffffffff"), (4_294_967_296, "cf0000000100000000"),
    (-1, "ff"), (-32, "e0"), (-33, "d0df"), (-128, "d080"), (-129, "d1ff7f"), (-32768, "d18000"),
    (-32769, "d2ffff7fff"), (-2_147_483_648, "d280000000"), (-2_147_483_649, "d3ffffffff7fffffff"),
  ])
  func signedIntegersTakeTheSmallestFormAndUnsignedMarkersWhenNonNegative(value: Int64, expected: String) throws {
    #expect(hexString(value.msgpackBytes()) == expected)
    #expect(try Int64(msgpack: value.msgpackBytes()) == value)
  }

  @Test func unsignedExtremes() throws {
    #expect(hexString(UInt64.max.msgpackBytes()) == "cfffffffffffffffff")
    #expect(try UInt64(msgpack: UInt64.max.msgpackBytes()) == .max)
  }

  @Test func stringBinArrayAndMapHeadersGrowAtTheirLimits() {
    #expect(String(repeating: "a", count: 31).msgpackBytes().first == 0xbf)
    #expect(Array(String(repeating: "a", count: 32).msgpackBytes().prefix(2)) == [0xd9, 32])
    #expect(Array(String(repeating: "a", count: 256).msgpackBytes().prefix(3)) == [0xda, 1, 0])
    var bin = MsgPackWriter()
    bin.writeBinary([UInt8](repeating: 1, count: 256))
    #expect(Array(bin.bytes.prefix(3)) == [0xc5, 1, 0])
    #expect([Int](repeating: 0, count: 15).msgpackBytes().first == 0x9f)
    #expect(Array([Int](repeating: 0, count: 16).msgpackBytes().prefix(3)) == [0xdc, 0, 16])
    var map = MsgPackWriter()
    map.writeMapHeader(16)
    #expect(map.bytes == [0xde, 0, 16])
  }

  @Test func optionalsAreNilOrTheValueItself() throws {
    let none: String? = nil
    #expect(none.msgpackBytes() == [0xc0])
    #expect(Optional("x").msgpackBytes() == str("x"))
    #expect(try String?(msgpack: [0xc0]) == nil)
  }

  @Test func floatsKeepTheirWidth() throws {
    #expect(hexString(Float(1.5).msgpackBytes()) == "ca3fc00000")
    #expect(hexString(Double(1.5).msgpackBytes()) == "cb3ff8000000000000")
    #expect(try Double(msgpack: Float(1.5).msgpackBytes()) == 1.5)
  }

  @Test func externallyTaggedEnumsUseStringsForUnitVariantsAndMapsOtherwise() throws {
    #expect(EntryType.agentPubKey.msgpackBytes() == str("AgentPubKey"))
    let app = EntryType.app(AppEntryDef(entryIndex: EntryDefIndex(1), zomeIndex: ZomeIndex(2), visibility: .private))
    var expected = MsgPackWriter()
    expected.writeMapHeader(1)
    expected.write("App" as StaticString)
    expected.writeMapHeader(3)
    expected.writeField("entry_index", UInt8(1))
    expected.writeField("zome_index", UInt8(2))
    expected.writeField("visibility", "Private" as StaticString)
    #expect(app.msgpackBytes() == expected.bytes)
    #expect(try EntryType(msgpack: app.msgpackBytes()) == app)
  }

  @Test func internallyTaggedActionDataPutsTheTagFirst() throws {
    let data = ActionData.delete(
      DeleteData(deletesAddress: ActionHash.hashing("a"), deletesEntryAddress: EntryHash.hashing("b")))
    var expected = MsgPackWriter()
    expected.writeMapHeader(3)
    expected.writeField("type", "Delete" as StaticString)
    expected.writeField("deletes_address", ActionHash.hashing("a"))
    expected.writeField("deletes_entry_address", EntryHash.hashing("b"))
    #expect(data.msgpackBytes() == expected.bytes)
    // InitZomesComplete has no fields: just the tag.
    #expect(ActionData.initZomesComplete(.init()).msgpackBytes() == [0x81] + str("type") + str("InitZomesComplete"))
  }

  @Test func adjacentlyTaggedUnitVariantsHaveNoContentKey() throws {
    #expect(CapAccess.unrestricted.msgpackBytes() == [0x81] + str("type") + str("unrestricted"))
    #expect(GrantedFunctions.all.msgpackBytes() == [0x81] + str("type") + str("all"))
    let listed = GrantedFunctions.listed([GrantedFunction(zome: "z", function: "f")])
    #expect(listed.msgpackBytes() == [0x82] + str("type") + str("listed") + str("value") + [0x91, 0x92] + str("z") + str("f"))
  }

  @Test func hashesAndSignaturesAreBin() {
    let hash = ActionHash.hashing("x")
    #expect(hash.msgpackBytes() == [0xc4, 39] + hash.raw39)
    let signature = Signature([UInt8](repeating: 7, count: 64))!
    #expect(signature.msgpackBytes() == [0xc4, 64] + [UInt8](repeating: 7, count: 64))
  }

  @Test func cellIdIsATwoArray() throws {
    let cell = CellId(dnaHash: DnaHash.hashing("d"), agent: testAgent(1))
    #expect(cell.msgpackBytes() == [0x92] + DnaHash.hashing("d").msgpackBytes() + testAgent(1).msgpackBytes())
    #expect(try CellId(msgpack: cell.msgpackBytes()) == cell)
  }
}

@Suite struct CapabilityEncodingTests {
  @Test func setsAreWrittenSortedWhateverTheirOrder() {
    let secret = CapSecret([UInt8](repeating: 1, count: 64))!
    let a = CapAccess.assigned(secret: secret, assignees: [testAgent(9), testAgent(2)])
    let b = CapAccess.assigned(secret: secret, assignees: [testAgent(2), testAgent(9)])
    #expect(a == b)
    #expect(a.msgpackBytes() == b.msgpackBytes())
    let f1 = GrantedFunctions.listed([GrantedFunction(zome: "z", function: "b"), GrantedFunction(zome: "a", function: "x")])
    let f2 = GrantedFunctions.listed([GrantedFunction(zome: "a", function: "x"), GrantedFunction(zome: "z", function: "b")])
    #expect(f1 == f2)
    #expect(f1.msgpackBytes() == f2.msgpackBytes())
  }

  @Test func grantsAuthorizeLikeHolochain() {
    let secret = CapSecret([UInt8](repeating: 1, count: 64))!
    let wrong = CapSecret([UInt8](repeating: 2, count: 64))!
    let fn = GrantedFunction(zome: "z", function: "f")
    let other = GrantedFunction(zome: "z", function: "g")
    let assigned = ZomeCallCapGrant(tag: "t", access: .assigned(secret: secret, assignees: [testAgent(3)]), functions: .listed([fn]))
    #expect(assigned.authorizes(fn, agent: testAgent(3), secret: secret))
    #expect(!assigned.authorizes(fn, agent: testAgent(4), secret: secret))
    #expect(!assigned.authorizes(fn, agent: testAgent(3), secret: wrong))
    #expect(!assigned.authorizes(other, agent: testAgent(3), secret: secret))
    let transferable = ZomeCallCapGrant(tag: "t", access: .transferable(secret: secret), functions: .all)
    #expect(transferable.authorizes(other, agent: testAgent(4), secret: secret))
    #expect(!transferable.authorizes(other, agent: testAgent(4), secret: nil))
    #expect(ZomeCallCapGrant(tag: "t", access: .unrestricted, functions: .all).authorizes(fn, agent: testAgent(5), secret: nil))
    #expect(CapGrant.chainAuthor(testAgent(1)).authorizes(fn, agent: testAgent(1), secret: nil))
    #expect(!CapGrant.chainAuthor(testAgent(1)).authorizes(fn, agent: testAgent(2), secret: nil))
  }
}
