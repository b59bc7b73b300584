/// A JSON syntax error with its position (1-based line and column, in bytes).
struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  var message: String
  var line: Int
  var column: Int

  var description: String { "JSON syntax error at line \(line), column \(column): \(message)" }
}

/// A strict RFC 8259 JSON parser over UTF-8 bytes.
///
/// Why not Foundation's: measured with Swift 6.3.1 on Linux, `JSONDecoder` decodes `2.0` and `1e3` as `Int64`
/// (MAP's loader, through serde_json, refuses them as integers), keeps one of two duplicate members without a
/// word, and reports a syntax error only as "The given data was not valid JSON", with no position. The loader
/// needs all three, so it reads the literal text itself.
///
/// Accepts one value surrounded by optional whitespace (and an optional UTF-8
/// byte order mark). Rejects invalid UTF-8, unescaped control characters,
/// lone surrogate escapes, leading zeros, and nesting deeper than `maxDepth`.
struct JSONParser {
  static let maxDepth = 512

  private let bytes: [UInt8]
  private var pos = 0
  private var depth = 0

  /// Parses a complete document.
  static func parse<Bytes: Sequence>(_ input: Bytes) throws(JSONSyntaxError) -> JSONValue
  where Bytes.Element == UInt8 {
    var parser = JSONParser(bytes: Array(input))
    return try parser.parseDocument()
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  // MARK: Document

  private mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
    try validateUTF8()
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { pos = 3 }
    skipWhitespace()
    let value = try parseValue()
    skipWhitespace()
    if pos < bytes.count {
      throw error("unexpected \(describeByte(bytes[pos])) after the top-level value")
    }
    return value
  }

  private func validateUTF8() throws(JSONSyntaxError) {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return
      case .error:
        throw error("invalid UTF-8", at: offset)
      }
    }
  }

  // MARK: Values

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    guard pos < bytes.count else { throw error("unexpected end of input, expected a value") }
    switch bytes[pos] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
    default: throw error("unexpected \(describeByte(bytes[pos])), expected a value")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
    try enterNesting()
    pos += 1  // {
    var members: [JSONMember] = []
    skipWhitespace()
    if peek(UInt8(ascii: "}")) {
      pos += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek(UInt8(ascii: "\"")) else {
        throw error(
          pos < bytes.count
            ? "expected a member name string, found \(describeByte(bytes[pos]))"
            : "unexpected end of input in object")
      }
      let name = try parseString()
      skipWhitespace()
      try expect(UInt8(ascii: ":"), "expected ':' after member name")
      skipWhitespace()
      let value = try parseValue()
      members.append(JSONMember(name: name, value: value))
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        pos += 1
        continue
      }
      try expect(UInt8(ascii: "}"), "expected ',' or '}' in object")
      depth -= 1
      return .object(members)
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
    try enterNesting()
    pos += 1  // [
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek(UInt8(ascii: "]")) {
      pos += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      if peek(UInt8(ascii: ",")) {
        pos += 1
        continue
      }
      try expect(UInt8(ascii: "]"), "expected ',' or ']' in array")
      depth -= 1
      return .array(elements)
    }
  }

  private mutating func enterNesting() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maxDepth { throw error("nesting deeper than \(Self.maxDepth) levels") }
  }

  // MARK: Strings

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    pos += 1  // opening quote
    var buffer: [UInt8] = []
    while true {
      guard pos < bytes.count else { throw error("unterminated string") }
      let byte = bytes[pos]
      switch byte {
      case UInt8(ascii: "\""):
        pos += 1
        // Input was validated as UTF-8 and escapes append valid UTF-8.
        return String(decoding: buffer, as: UTF8.self)
      case UInt8(ascii: "\\"):
        try parseEscape(into: &buffer)
      case 0x00..<0x20:
        throw error("unescaped control character \(describeByte(byte)) in string")
      default:
        buffer.append(byte)
        pos += 1
      }
    }
  }

  private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
    let escapeStart = pos
    pos += 1  // backslash
    guard pos < bytes.count else { throw error("unterminated escape sequence") }
    let byte = bytes[pos]
    pos += 1
    switch byte {
    case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): buffer.append(0x08)
    case UInt8(ascii: "f"): buffer.append(0x0C)
    case UInt8(ascii: "n"): buffer.append(0x0A)
    case UInt8(ascii: "r"): buffer.append(0x0D)
    case UInt8(ascii: "t"): buffer.append(0x09)
    case UInt8(ascii: "u"):
      let first = try parseHex4()
      var scalarValue: UInt32
      switch first {
      case 0xD800...0xDBFF:
        // High surrogate: must be followed by an escaped low surrogate.
        guard pos + 1 < bytes.count, bytes[pos] == UInt8(ascii: "\\"),
          bytes[pos + 1] == UInt8(ascii: "u")
        else {
          throw error(
            "high surrogate \\u\(hex(first)) not followed by a low surrogate", at: escapeStart)
        }
        pos += 2
        let second = try parseHex4()
        guard (0xDC00...0xDFFF).contains(second) else {
          throw error(
            "high surrogate \\u\(hex(first)) followed by \\u\(hex(second)), not a low surrogate",
            at: escapeStart)
        }
        scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
      case 0xDC00...0xDFFF:
        throw error("lone low surrogate \\u\(hex(first))", at: escapeStart)
      default:
        scalarValue = UInt32(first)
      }
      // Cannot fail: surrogates were handled above.
      let scalar = Unicode.Scalar(scalarValue)!
      buffer.append(contentsOf: UTF8.encode(scalar)!)
    default:
      throw error("invalid escape sequence \\\(describeEscapeByte(byte))", at: escapeStart)
    }
  }

  private mutating func parseHex4() throws(JSONSyntaxError) -> UInt16 {
    var value: UInt16 = 0
    for _ in 0..<4 {
      guard pos < bytes.count, let digit = hexDigitValue(bytes[pos]) else {
        throw error("expected 4 hexadecimal digits after \\u")
      }
      value = value << 4 | UInt16(digit)
      pos += 1
    }
    return value
  }

  private func hexDigitValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }

  // MARK: Numbers

  private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
    let start = pos
    var isInteger = true
    if peek(UInt8(ascii: "-")) { pos += 1 }
    if peek(UInt8(ascii: "0")) {
      pos += 1
    } else if pos < bytes.count, isNonZeroDigit(bytes[pos]) {
      skipDigits()
    } else {
      throw error("expected a digit in number")
    }
    if peek(UInt8(ascii: ".")) {
      isInteger = false
      pos += 1
      guard pos < bytes.count, isDigit(bytes[pos]) else {
        throw error("expected a digit after '.' in number")
      }
      skipDigits()
    }
    if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
      isInteger = false
      pos += 1
      if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { pos += 1 }
      guard pos < bytes.count, isDigit(bytes[pos]) else {
        throw error("expected a digit in exponent")
      }
      skipDigits()
    }
    let text = String(decoding: bytes[start..<pos], as: UTF8.self)
    return JSONNumber(text: text, isIntegerLiteral: isInteger)
  }

  private mutating func skipDigits() {
    while pos < bytes.count, isDigit(bytes[pos]) { pos += 1 }
  }

  private func isDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }
  private func isNonZeroDigit(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte)
  }

  // MARK: Helpers

  private mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
    let start = pos
    for expected in literal.utf8 {
      guard pos < bytes.count, bytes[pos] == expected else {
        throw error("invalid literal, expected '\(literal)'", at: start)
      }
      pos += 1
    }
  }

  private mutating func expect(_ byte: UInt8, _ message: String) throws(JSONSyntaxError) {
    guard pos < bytes.count else { throw error("unexpected end of input: \(message)") }
    guard bytes[pos] == byte else { throw error("\(message), found \(describeByte(bytes[pos]))") }
    pos += 1
  }

  private func peek(_ byte: UInt8) -> Bool {
    pos < bytes.count && bytes[pos] == byte
  }

  private mutating func skipWhitespace() {
    while pos < bytes.count {
      switch bytes[pos] {
      case 0x20, 0x09, 0x0A, 0x0D: pos += 1
      default: return
      }
    }
  }

  private func describeByte(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(String(byte, radix: 16, uppercase: true))"
  }

  private func describeEscapeByte(_ byte: UInt8) -> String {
    if byte >= 0x21 && byte < 0x7F { return String(Character(Unicode.Scalar(byte))) }
    return "(byte 0x\(String(byte, radix: 16, uppercase: true)))"
  }

  private func hex(_ value: UInt16) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 4 - digits.count) + digits
  }

  private func error(_ message: String) -> JSONSyntaxError {
    error(message, at: pos)
  }

  private func error(_ message: String, at offset: Int) -> JSONSyntaxError {
    var line = 1
    var lineStart = 0
    for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return JSONSyntaxError(message: message, line: line, column: offset - lineStart + 1)
  }
}
