/// What an untagged plain YAML scalar means, by serde_yaml's rules (which Holochain's `yaml_serde` keeps):
/// YAML 1.2 core schema, plus `0x`/`0o`/`0b` integers, and leading-zero digit strings stay strings.
///
/// ```swift
/// YAMLScalar.resolve("~")       // .null
/// YAMLScalar.resolve("0x1f")    // .unsigned(31)
/// YAMLScalar.resolve("0123")    // .string
/// YAMLScalar.resolve("yes")     // .string (YAML 1.1 booleans are not booleans here)
/// ```
enum YAMLScalar: Equatable {
  case null
  case bool(Bool)
  case unsigned(UInt64)
  case negative(Int64)
  case float(Double)
  case string
  /// An integer that needs 128 bits: serde's buffered values cannot hold it, so Holochain fails.
  case integerOutOfRange

  static func resolve(_ text: String) -> YAMLScalar {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    default: break
    }
    if let value = parseUnsigned(text) {
      return value <= UInt128(UInt64.max) ? .unsigned(UInt64(value)) : .integerOutOfRange
    }
    if let value = parseNegative(text) {
      if value >= 0, value <= Int128(UInt64.max) { return .unsigned(UInt64(value)) }
      return Int64(exactly: value).map { .negative($0) } ?? .integerOutOfRange
    }
    if !digitsButNotNumber(text), let value = parseFloat(text) { return .float(value) }
    return .string
  }

  // MARK: Integers

  /// serde_yaml's `parse_unsigned_int`.
  private static func parseUnsigned(_ text: String) -> UInt128? {
    let unpositive = text.hasPrefix("+") ? Substring(text.dropFirst()) : Substring(text)
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where unpositive.hasPrefix(prefix) {
      let rest = unpositive.dropFirst(2)
      if rest.hasPrefix("+") || rest.hasPrefix("-") { return nil }
      if let value = UInt128(rustRadix: rest, radix) { return value }
    }
    if unpositive.hasPrefix("+") || unpositive.hasPrefix("-") { return nil }
    if digitsButNotNumber(text) { return nil }
    return UInt128(rustRadix: unpositive, 10)
  }

  /// serde_yaml's `parse_negative_int` (a `+` sign is accepted too, as Rust's `from_str_radix` does).
  private static func parseNegative(_ text: String) -> Int128? {
    for (prefix, radix) in [("-0x", 16), ("-0o", 8), ("-0b", 2)] where text.hasPrefix(prefix) {
      if let value = Int128(rustRadix: "-" + text.dropFirst(3), radix) { return value }
    }
    if digitsButNotNumber(text) { return nil }
    return Int128(rustRadix: Substring(text), 10)
  }

  /// Leading zeros followed by digits is a string in YAML 1.2 (`007`, `-012`).
  static func digitsButNotNumber(_ text: String) -> Bool {
    let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
    return unsigned.count > 1 && unsigned.hasPrefix("0") && unsigned.dropFirst().allSatisfy(\.isASCIIDigit)
  }

  // MARK: Floats

  /// serde_yaml's `parse_f64`: `.inf`/`.nan` spellings, else Rust's float syntax, finite values only.
  private static func parseFloat(_ text: String) -> Double? {
    var unpositive = Substring(text)
    if text.hasPrefix("+") {
      unpositive = text.dropFirst()
      if unpositive.hasPrefix("+") || unpositive.hasPrefix("-") { return nil }
    }
    switch unpositive {
    case ".inf", ".Inf", ".INF": return .infinity
    default: break
    }
    switch text {
    case "-.inf", "-.Inf", "-.INF": return -.infinity
    case ".nan", ".NaN", ".NAN": return .nan
    default: break
    }
    guard isRustFloatSyntax(unpositive), let value = Double(String(unpositive)), value.isFinite else { return nil }
    return value
  }

  /// Rust's `f64::from_str` grammar without `inf`/`nan` (those are never finite):
  /// `[+-]? (digits | digits '.' digits? | '.' digits) ([eE] [+-]? digits)?`.
  private static func isRustFloatSyntax(_ text: Substring) -> Bool {
    var rest = text
    if rest.hasPrefix("+") || rest.hasPrefix("-") { rest = rest.dropFirst() }
    let integer = rest.prefix(while: \.isASCIIDigit)
    rest = rest.dropFirst(integer.count)
    var fraction: Substring = ""
    if rest.hasPrefix(".") {
      rest = rest.dropFirst()
      fraction = rest.prefix(while: \.isASCIIDigit)
      rest = rest.dropFirst(fraction.count)
    }
    guard !integer.isEmpty || !fraction.isEmpty else { return false }
    if rest.hasPrefix("e") || rest.hasPrefix("E") {
      rest = rest.dropFirst()
      if rest.hasPrefix("+") || rest.hasPrefix("-") { rest = rest.dropFirst() }
      let exponent = rest.prefix(while: \.isASCIIDigit)
      guard !exponent.isEmpty else { return false }
      rest = rest.dropFirst(exponent.count)
    }
    return rest.isEmpty
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension FixedWidthInteger {
  /// Rust's `from_str_radix`: one optional sign (`-` only for signed types), then at least one digit of
  /// `radix`, nothing else; `nil` on overflow.
  fileprivate init?(rustRadix text: Substring, _ radix: Int) {
    var digits = text
    if digits.hasPrefix("+") {
      digits = digits.dropFirst()
    } else if digits.hasPrefix("-") {
      guard Self.isSigned else { return nil }
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isHexDigit && ($0.hexDigitValue ?? radix) < radix })
    else { return nil }
    let sign = text.hasPrefix("-") ? "-" : ""
    self.init(sign + digits, radix: radix)
  }
}
