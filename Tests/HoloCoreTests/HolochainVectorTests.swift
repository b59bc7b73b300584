import HoloCore
import Testing

/// Test vectors taken from Holochain's own tests: if these pass, our bytes and hashes are Holochain's.
@Suite struct HolochainVectorTests {
  @Test func testActionHiHashesLikeHolochain() throws {
    // holo_hash tests: `TestAction(String)` is a newtype, so it serializes as the bare string "hi".
    let hash = ActionHash.hashing("hi")
    #expect(hash.description == "uhCkkdwAAuHr_AKFTzF2vjvVzlkWTOxdAhqZ00jcBe9GZQs77BSjQ")
    #expect(hash.location == 3_492_283_899)
    let parsed = try ActionHash(string: "uhCkkdwAAuHr_AKFTzF2vjvVzlkWTOxdAhqZ00jcBe9GZQs77BSjQ")
    #expect(parsed == hash)
    #expect(parsed.location == 3_492_283_899)
  }

  @Test func testDhtOpStructHashesLikeHolochain() {
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.writeField("s", "test")
    writer.writeField("i", Int64(42))
    #expect(DhtOpHash.hashing(bytes: writer.bytes).description == "uhCQkQFRMcbVVfPJ5AbAv0HJq0geatTakGEEj5rpv_Dp0pjmJob3P")
  }

  @Test func prehashedCoreDisplaysLikeHolochain() {
    let hash = ActionHash(core: [UInt8](repeating: 0xdb, count: 32))
    #expect(hash.description == "uhCkk29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29uTp5Iv")
    #expect(hash.core == [UInt8](repeating: 0xdb, count: 32))
    let agent = AgentPubKey(core: [UInt8](repeating: 0xdb, count: 32))
    #expect(agent.description == "uhCAk29vb29vb29vb29vb29vb29vb29vb29vb29vb29vb29uTp5Iv")
  }

  @Test func appEntryFooHashesLikeHolochain() {
    let entry = Entry.app(encoding: "foo")
    #expect(entry.hash().description == "uhCEkPjYXxw4ztKx3wBsxzm-q3Rfoy1bXWbIQohifqC3_HNle3-SO")
    #expect(HoloHashed(entry).hash == entry.hash())
  }

  @Test func parsesHolochainHashStringsOfEveryKind() throws {
    let core = "WCsAgoKkkfwyJAglj30xX_GLLV-3BXuFy436a2SqpcEwyBzm"
    #expect(try DnaHash(string: "uhC0k" + core).location == 3_860_645_936)
    #expect(try ActionHash(string: "uhCkk" + core).location == 3_860_645_936)
    #expect(try EntryHash(string: "uhCEk" + core).location == 3_860_645_936)
    #expect(try DhtOpHash(string: "uhCQk" + core).location == 3_860_645_936)
    #expect(try ExternalHash(string: "uhC8k" + core).location == 3_860_645_936)
    #expect(throws: HoloHashError.wrongKind(.dna)) { try ActionHash(string: "uhC0k" + core) }
  }

  @Test func disableAppRequestBytesMatchHolochain() {
    let request = MsgPackValue.map([
      .init(key: .string("type"), value: .string("disable_app")),
      .init(key: .string("value"), value: .map([.init(key: .string("installed_app_id"), value: .string("some_id"))])),
    ])
    let expected = [0x82] + str("type") + [0xab] + Array("disable_app".utf8) + str("value") + [0x81]
      + [0xb0] + Array("installed_app_id".utf8) + [0xa7] + Array("some_id".utf8)
    #expect(request.msgpackBytes() == expected)
  }

  @Test func dnaHashMatchesHolochainsBundleVector() {
    // hc_bundle's test DNA: seed of zeros, properties `~` (nil), two fake wasms.
    let zome1 = WasmHash.hashing(bytes: Array("This is a totally fake wasm\n".utf8))
    let zome2 = WasmHash.hashing(bytes: Array("So is this\n".utf8))
    let dna = DnaDef(
      name: "test_dna",
      modifiers: DnaModifiers(networkSeed: "00000000-0000-0000-0000-000000000000", properties: .unit),
      integrityZomes: [ZomeDef(name: "zome1", wasmHash: zome1), ZomeDef(name: "zome2", wasmHash: zome2)],
      coordinatorZomes: [])
    #expect(dna.hash().description == "uhC0kMpN6EzEhjaPP-MWeJi1cH2Zyw7OYEDEekSnjWE85WgCnIvEG")
    // Coordinators do not change the DNA hash.
    var withCoordinator = dna
    withCoordinator.coordinatorZomes = [ZomeDef(name: "c", wasmHash: zome2, dependencies: ["zome1"])]
    #expect(withCoordinator.hash() == dna.hash())
  }

  @Test func serializedBytesVectorsFromHolochainSerialization() throws {
    // holochain_serialized_bytes round_trip test vectors.
    var foo = MsgPackWriter()
    foo.writeMapHeader(1)
    foo.writeField("inner", "foo")
    #expect(foo.bytes == [129, 165, 105, 110, 110, 101, 114, 163, 102, 111, 111])

    var bar = MsgPackWriter()  // a plain Vec<u8> is an array of integers
    bar.writeMapHeader(1)
    bar.writeField("whatever", [UInt8]([1, 2, 3]))
    #expect(bar.bytes == [129, 168, 119, 104, 97, 116, 101, 118, 101, 114, 147, 1, 2, 3])

    var baz = MsgPackWriter()  // Some(BazResult::Ok(vec)) = {"Ok": [..]}
    baz.writeMapHeader(1)
    baz.write("wow" as StaticString)
    baz.writeMapHeader(1)
    baz.writeField("Ok", [UInt8]([2, 5, 6]))
    #expect(baz.bytes == [129, 163, 119, 111, 119, 129, 162, 79, 107, 147, 2, 5, 6])

    #expect(UInt8(5).msgpackBytes() == [5])
    #expect([UInt8]([1, 90, 155]).msgpackBytes() == [147, 1, 90, 204, 155])
    #expect(SerializedBytes.unit.bytes == [192])

    var nested = MsgPackWriter()
    nested.writeMapHeader(1)
    nested.writeField("inner", SerializedBytes(bytes: foo.bytes))
    #expect(nested.bytes == [129, 165, 105, 110, 110, 101, 114, 196, 11, 129, 165, 105, 110, 110, 101, 114, 163, 102, 111, 111])
  }
}
