import HoloCore
import Testing

@testable import HolonsCore

@Suite struct ValuesTests {
  @Test func baseValueVariantsAreExternallyTagged() throws {
    #expect(try roundTrip(BaseValue.string("x")) == [0x81, 0xab] + Array("StringValue".utf8) + [0xa1, 0x78])
    let cases: [(BaseValue, String, MsgPackValue)] = [
      (.boolean(true), "BooleanValue", .bool(true)),
      (.integer(-1), "IntegerValue", .int(-1)),
      (.enumValue("Red"), "EnumValue", .string("Red")),
      (.bytes(MapBytes([1, 2])), "BytesValue", .array([.uint(1), .uint(2)])),
    ]
    for (value, name, content) in cases {
      #expect(try shape(roundTrip(value)) == .map([MsgPackMapEntry(key: .string(name), value: content)]))
    }
  }

  @Test func baseValueRawBytesAndDisplayMatchMap() {
    #expect(BaseValue.integer(1).rawBytes == [0, 0, 0, 0, 0, 0, 0, 1])
    #expect(BaseValue.boolean(true).rawBytes == [1])
    #expect(BaseValue.string("Hello").description == "StringValue(\"Hello\")")
    #expect(BaseValue.bytes(MapBytes([1, 2, 3])).description == "BytesValue(0x010203)")
  }

  @Test func propertyMapIsOrderedAndDeterministic() throws {
    var forward = PropertyMap()
    var backward = PropertyMap()
    let pairs = Fixtures.properties.entries
    for entry in pairs { forward[entry.name] = entry.value }
    for entry in pairs.reversed() { backward[entry.name] = entry.value }
    #expect(forward.msgpackBytes() == backward.msgpackBytes())
    #expect(forward.names == ["color", "count", "flag", "raw", "title"])
    _ = try roundTrip(forward)
    forward["count"] = nil
    #expect(forward.count == 4 && forward["count"] == nil && forward["title"] == .string("Hello"))
  }

  @Test func propertyMapOrdersByUtf8Bytes() {
    let map: PropertyMap = ["é": .integer(1), "z": .integer(2), "Z": .integer(3)]
    #expect(map.names == ["Z", "z", "é"])
  }

  @Test func propertyMapDecodesUnorderedInput() throws {
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.write("b")
    BaseValue.integer(2).encode(to: &writer)
    writer.write("a")
    BaseValue.integer(1).encode(to: &writer)
    let map = try PropertyMap(msgpack: writer.bytes)
    #expect(map.names == ["a", "b"])
  }
}
