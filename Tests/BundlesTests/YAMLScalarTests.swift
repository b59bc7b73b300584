import HoloCore
import Testing

@testable import Bundles

/// serde_yaml's resolution of plain scalars, which decides the msgpack of DNA properties and therefore the
/// DNA hash.
@Suite struct YAMLScalarTests {
  @Test(arguments: [
    ("", YAMLScalar.null), ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null), ("nULL", .string),
    ("true", .bool(true)), ("True", .bool(true)), ("FALSE", .bool(false)), ("yes", .string), ("on", .string),
    ("0", .unsigned(0)), ("42", .unsigned(42)), ("+42", .unsigned(42)), ("-42", .negative(-42)), ("-0", .unsigned(0)),
    ("0x1f", .unsigned(31)), ("0o17", .unsigned(15)), ("0b101", .unsigned(5)), ("-0x10", .negative(-16)),
    ("0x-1", .string), ("++1", .string), ("007", .string), ("-012", .string), ("00", .string),
    ("18446744073709551615", .unsigned(.max)), ("-9223372036854775808", .negative(.min)),
    ("18446744073709551616", .integerOutOfRange), ("1e3", .float(1000)), ("1.5", .float(1.5)), (".5", .float(0.5)),
    ("5.", .float(5)), ("+.inf", .float(.infinity)), ("-.Inf", .float(-.infinity)), ("1e400", .string),
    ("inf", .string), ("nan", .string), ("1_000", .string), ("0123.5", .float(123.5)), ("1e", .string),
    ("12:30", .string), ("0.1.2", .string),
  ])
  func resolvesLikeSerdeYAML(text: String, expected: YAMLScalar) {
    #expect(YAMLScalar.resolve(text) == expected)
  }

  @Test func nanIsAFloat() {
    guard case .float(let value) = YAMLScalar.resolve(".NaN") else {
      Issue.record("expected NaN")
      return
    }
    #expect(value.isNaN)
  }

  @Test func quotedAndTaggedScalars() throws {
    let value = try YAMLReader.read(
      "a: '1'\nb: \"true\"\nc: !!str 5\nd: !!float 2\ne: !!int '7'\nf: |\n  two\n  lines\n")
    #expect(
      value
        == .map([
          .init(key: .string("a"), value: .string("1")),
          .init(key: .string("b"), value: .string("true")),
          .init(key: .string("c"), value: .string("5")),
          .init(key: .string("d"), value: .float64(2)),
          .init(key: .string("e"), value: .uint(7)),
          .init(key: .string("f"), value: .string("two\nlines\n")),
        ]))
  }

  @Test func keysAreResolvedToo() throws {
    #expect(
      try YAMLReader.read("1: one\n~: none")
        == .map([
          .init(key: .uint(1), value: .string("one")), .init(key: .nilValue, value: .string("none")),
        ]))
  }

  @Test func writerQuotesWhatWouldReadBackDifferently() throws {
    let value = MsgPackValue.map([
      .init(key: .string("a"), value: .string("0")),
      .init(key: .string("b"), value: .string("")),
      .init(key: .string("c"), value: .string("007")),
      .init(key: .string("d"), value: .string("plain text")),
      .init(key: .string("e"), value: .float64(1e20)),
      .init(key: .string("f"), value: .array([.nilValue, .bool(true), .int(-3)])),
    ])
    let yaml = try YAMLWriter.write(value)
    #expect(yaml == "a: '0'\nb: ''\nc: '007'\nd: plain text\ne: 1e20\nf:\n- null\n- true\n- -3\n")
    #expect(try YAMLReader.read(yaml) == value)
  }
}
