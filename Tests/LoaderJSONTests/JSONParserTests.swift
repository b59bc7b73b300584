import Foundation
import Testing

@testable import LoaderJSON

@Suite struct JSONParserTests {
  private func parse(_ text: String) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8))
  }

  @Test func scalarsAndStructure() throws {
    #expect(try parse(" true ") == .bool(true))
    #expect(try parse("false") == .bool(false))
    #expect(try parse("null") == .null)
    #expect(try parse("-0") == .number(JSONNumber(text: "-0", isIntegerLiteral: true)))
    #expect(try parse("12.50") == .number(JSONNumber(text: "12.50", isIntegerLiteral: false)))
    #expect(try parse("1E-2") == .number(JSONNumber(text: "1E-2", isIntegerLiteral: false)))
    #expect(
      try parse(#"{"a": [1, {}], "a": "x"}"#)
        == .object([
          JSONMember(
            name: "a",
            value: .array([.number(JSONNumber(text: "1", isIntegerLiteral: true)), .object([])])),
          JSONMember(name: "a", value: .string("x")),
        ]))
  }

  @Test func stringEscapesAndUnicode() throws {
    #expect(try parse(#""\"\\\/\b\f\n\r\t""#) == .string("\"\\/\u{8}\u{C}\n\r\t"))
    #expect(try parse(#""\u0041\u00e9\u4e2d\uD834\uDD1E""#) == .string("Aé中𝄞"))
    #expect(try parse("\"raw é 中 😀\"") == .string("raw é 中 😀"))
    #expect(try parse(#""\u0000""#) == .string("\u{0}"))
    // A leading byte order mark is skipped.
    #expect(
      try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("1".utf8))
        == .number(JSONNumber(text: "1", isIntegerLiteral: true)))
  }

  @Test(arguments: [
    ("", "unexpected end of input"),
    ("01", "unexpected '1' after the top-level value"),
    ("+1", "unexpected '+'"),
    ("1.", "expected a digit after '.'"),
    ("1e", "expected a digit in exponent"),
    ("[1,]", "unexpected ']', expected a value"),
    (#"{"a" 1}"#, "expected ':'"),
    (#"{"a": 1,}"#, "expected a member name string"),
    ("tru", "invalid literal"),
    (#""abc"#, "unterminated string"),
    ("\"a\u{1}b\"", "unescaped control character"),
    (#""\x""#, #"invalid escape sequence \x"#),
    (#""\u12G4""#, "expected 4 hexadecimal digits"),
    (#""\uD800""#, "not followed by a low surrogate"),
    (#""\uD800\u0041""#, "not a low surrogate"),
    (#""\uDC00""#, "lone low surrogate"),
    ("[1] [2]", "after the top-level value"),
  ])
  func syntaxErrors(_ input: String, _ fragment: String) {
    #expect {
      _ = try parse(input)
    } throws: { error in
      (error as? JSONSyntaxError)?.message.contains(fragment) == true
    }
  }

  @Test func invalidUTF8IsRejected() {
    #expect(throws: JSONSyntaxError(message: "invalid UTF-8", line: 1, column: 3)) {
      _ = try JSONParser.parse([0x22, 0x61, 0xFF, 0x22])
    }
  }

  @Test func deepNestingIsRejectedWithoutCrashing() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONSyntaxError.self) { _ = try parse(deep) }
    let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: Never.self) { _ = try parse(fine) }
  }

  @Test func errorPositionsAreLineAndColumn() {
    #expect(
      throws: JSONSyntaxError(message: "unexpected 'x', expected a value", line: 3, column: 5)
    ) {
      _ = try parse("[\n1,\n    x]")
    }
  }
}
