import HoloCore
import Testing

/// Lenient decoding where rmp-serde is lenient, and typed errors (never a crash) on bad input.
@Suite struct MsgPackDecodingTests {
  @Test func structsDecodeFromMapsInAnyOrderIgnoringUnknownKeys() throws {
    var writer = MsgPackWriter()
    writer.writeMapHeader(4)
    writer.writeField("visibility", "Public" as StaticString)
    writer.writeField("unknown", [1, 2, 3])
    writer.writeField("zome_index", UInt8(4))
    writer.writeField("entry_index", UInt8(9))
    let def = try AppEntryDef(msgpack: writer.bytes)
    #expect(def == AppEntryDef(entryIndex: EntryDefIndex(9), zomeIndex: ZomeIndex(4), visibility: .public))
  }

  @Test func structsDecodeFromPositionalArrays() throws {
    var writer = MsgPackWriter()
    writer.writeArrayHeader(3)
    writer.encode(UInt8(9))
    writer.encode(UInt8(4))
    writer.encode("Private" as StaticString)
    let def = try AppEntryDef(msgpack: writer.bytes)
    #expect(def == AppEntryDef(entryIndex: EntryDefIndex(9), zomeIndex: ZomeIndex(4), visibility: .private))
  }

  @Test func byteFieldsAcceptBinOrAnArrayOfIntegers() throws {
    let hash = EntryHash.hashing("e")
    #expect(try EntryHash(msgpack: hash.raw39.map { Int($0) }.msgpackBytes()) == hash)
    #expect(try SerializedBytes(msgpack: [UInt8]([1, 2]).msgpackBytes()) == SerializedBytes(bytes: [1, 2]))
  }

  @Test func hashDecodingChecksThePrefixButNotTheLocation() throws {
    var zeroedLocation = testAgent(5).raw39
    zeroedLocation.replaceSubrange(35..<39, with: [0, 0, 0, 0])
    #expect(try AgentPubKey(msgpack: MsgPackValue.binary(zeroedLocation).msgpackBytes()).raw39 == zeroedLocation)
    let wrongKind = EntryHash.hashing("e").msgpackBytes()
    #expect(throws: MsgPackError.self) { try ActionHash(msgpack: wrongKind) }
    #expect(throws: MsgPackError.self) { try ActionHash(msgpack: MsgPackValue.binary([1, 2, 3]).msgpackBytes()) }
  }

  @Test func missingRequiredFieldsAreNamed() {
    #expect(throws: MsgPackError.missingField(type: "AppEntryDef", field: "visibility")) {
      var writer = MsgPackWriter()
      writer.writeMapHeader(2)
      writer.writeField("zome_index", UInt8(4))
      writer.writeField("entry_index", UInt8(9))
      _ = try AppEntryDef(msgpack: writer.bytes)
    }
  }

  @Test func unknownVariantsAreNamed() {
    #expect(throws: MsgPackError.unknownVariant(type: "EntryType", variant: "Nope")) {
      _ = try EntryType(msgpack: str("Nope"))
    }
  }

  @Test func truncatedInputIsATypedError() {
    let record = sampleRecord()
    let bytes = record.msgpackBytes()
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(throws: MsgPackError.self) { _ = try Record(msgpack: Array(bytes.prefix(length))) }
    }
  }

  @Test func reservedMarkerAndTrailingBytesAreErrors() {
    #expect(throws: MsgPackError.invalidMarker(offset: 0, marker: 0xc1)) { _ = try MsgPackValue(msgpack: [0xc1]) }
    #expect(throws: MsgPackError.trailingBytes(offset: 1)) { _ = try Int(msgpack: [0x01, 0x02]) }
    #expect(throws: MsgPackError.integerOverflow(offset: 0)) { _ = try UInt8(msgpack: [0xcd, 0x01, 0x00]) }
    #expect(throws: MsgPackError.integerOverflow(offset: 0)) { _ = try UInt32(msgpack: [0xff]) }
    #expect(throws: MsgPackError.invalidUTF8(offset: 0)) { _ = try String(msgpack: [0xa2, 0xff, 0xfe]) }
  }

  @Test func hugeDeclaredLengthsFailWithoutAllocating() {
    #expect(throws: MsgPackError.self) { _ = try [Int](msgpack: [0xdd, 0xff, 0xff, 0xff, 0xff]) }
    #expect(throws: MsgPackError.self) { _ = try MsgPackValue(msgpack: [0xdf, 0xff, 0xff, 0xff, 0xff, 0x01]) }
    #expect(throws: MsgPackError.self) { _ = try SerializedBytes(msgpack: [0xc6, 0xff, 0xff, 0xff, 0xff]) }
  }

  @Test func deepNestingIsRefusedNotAStackOverflow() {
    let bytes = [UInt8](repeating: 0x91, count: 100_000) + [0xc0]
    #expect(throws: MsgPackError.nestingTooDeep(offset: MsgPackReader.maximumDepth + 1)) {
      _ = try MsgPackValue(msgpack: bytes)
    }
    var reader = MsgPackReader(bytes)
    #expect(throws: Never.self) { try reader.skipValue() }
    #expect(reader.isAtEnd)
  }

  @Test func randomGarbageNeverCrashes() {
    var random = SeededBytes(seed: 42)
    let valid = sampleRecord().msgpackBytes()
    for round in 0..<2_000 {
      var bytes = round % 2 == 0 ? random.bytes(Int(random.next() % 64)) : valid
      if round % 2 == 1 {
        for _ in 0..<3 { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
      }
      _ = try? MsgPackValue(msgpack: bytes)
      _ = try? Record(msgpack: bytes)
      _ = try? ChainOp(msgpack: bytes)
      var reader = MsgPackReader(bytes)
      _ = try? reader.skipValue()
    }
  }

  @Test func valueModelRoundTripsEveryKind() throws {
    let value = MsgPackValue.array([
      .nilValue, .bool(true), .uint(300), .int(-5), .float32(1.25), .float64(-2.5), .string("héllo"),
      .binary([1, 2]), .map([.init(key: .string("k"), value: .array([]))]), .ext(type: 3, data: [9, 9, 9]),
    ])
    #expect(try MsgPackValue(msgpack: value.msgpackBytes()) == value)
    #expect(value[("k")] == nil)
  }
}

/// A record with every kind of field filled, for round-trip and corruption tests.
func sampleRecord() -> Record {
  let action = Action(
    header: ActionHeader(
      author: testAgent(1), timestamp: Timestamp(microseconds: 1_700_000_000_000_000), actionSeq: 7,
      prevAction: ActionHash.hashing("prev")),
    data: .create(
      CreateData(
        entryType: .app(AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(1), visibility: .public)),
        entryHash: Entry.app(encoding: "post").hash())))
  let signed = SignedActionHashed(hashed: HoloHashed(action), signature: Signature([UInt8](repeating: 3, count: 64))!)
  return Record(signedAction: signed, entry: .present(.app(encoding: "post")))
}

@Suite struct UnitVariantLeniencyTests {
  @Test func unitVariantsInMapFormAreReadWhole() throws {
    // `[{"Public": nil}, 7]`: the map-form unit variant must be consumed entirely, or the 7 is misread.
    var writer = MsgPackWriter()
    writer.writeArrayHeader(2)
    writer.writeMapHeader(1)
    writer.write("Public" as StaticString)
    writer.writeNil()
    writer.encode(7)
    var reader = MsgPackReader(writer.bytes)
    _ = try reader.readArrayHeader()
    #expect(try reader.decode(EntryVisibility.self) == .public)
    #expect(try reader.decode(Int.self) == 7)
  }
}
