/// Number formatting for the result tables, without Foundation.
enum Format {
  /// `value` rounded to `decimals` places, its integer part grouped by thousands with commas
  /// (`1234567.891` with 1 decimal is `1,234,567.9`).
  static func fixed(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return String(value) }
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let integerPart = UInt64(scaled / scale)
    let fractionPart = UInt64(scaled - Double(integerPart) * scale)
    var text = grouped(integerPart)
    if decimals > 0 {
      let digits = String(fractionPart)
      text += "." + String(repeating: "0", count: max(decimals - digits.count, 0)) + digits
    }
    return value < 0 ? "-" + text : text
  }

  /// `value` with a comma between each group of three digits.
  private static func grouped(_ value: UInt64) -> String {
    let digits = Array(String(value))
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return text
  }
}
