public import Foundation

/// A cron expression in the dialect of the Rust `cron` crate (0.15), which Holochain uses for
/// `Schedule::Persisted(String)`.
///
/// The expression has six or seven fields, `sec min hour day-of-month month day-of-week [year]`, or is one of the
/// shorthands `@yearly`, `@monthly`, `@weekly`, `@daily` and `@hourly`. Every field is a comma-separated list of
/// items, each one of:
///
/// | Item          | Meaning                                                            |
/// |---------------|--------------------------------------------------------------------|
/// | `*`           | every value of the field                                           |
/// | `?`           | the same as `*`; only in the day-of-month and day-of-week fields   |
/// | `5`           | one value                                                          |
/// | `1-5`         | an inclusive range; the start must not exceed the end              |
/// | `*/15`, `?/2` | every 15th value, starting at the field's minimum                  |
/// | `10-40/15`    | every 15th value of the range, starting at its start               |
/// | `10/15`       | every 15th value from 10 to the field's maximum                    |
/// | `May`, `Mon`  | a month or weekday name (case-insensitive; see below); no step     |
/// | `Mon-Fri/2`   | a range of names, optionally with a step                           |
///
/// Field ranges: second 0–59, minute 0–59, hour 0–23, day-of-month 1–31, month 1–12, day-of-week 1–7 with
/// **Sunday = 1** through Saturday = 7 (`0` is rejected), year 1970–2100 (an omitted year means all of them). A step
/// must be between 1 and the field's maximum (so `*/60` is invalid for seconds but `1-5/59` is valid). Month names are
/// `Jan`–`Dec` or the full names; weekday names are `Sun`–`Sat`, the full names, `Tues` and `Thurs`. A date matches
/// when **both** its day of month and its day of week match (the crate intersects the two fields; it does not use
/// Vixie cron's "either" rule). `@weekly` fires Sundays at midnight; the other shorthands fire at the start of their
/// period. Times are UTC.
///
/// ```swift
/// let everyFiveSeconds = try CronExpression(parsing: "*/5 * * * * *")
/// let next = everyFiveSeconds.nextFire(after: Date(timeIntervalSince1970: 1))  // 1970-01-01T00:00:05Z
/// let paydays = try CronExpression(parsing: "0 30 9,12,15 1,15 May-Aug Mon,Wed,Fri 2018/2")
/// ```
public struct CronExpression: Hashable, Sendable {
  /// The expression exactly as it was given to ``init(parsing:)``.
  public let text: String

  private let seconds: CronValueSet
  private let minutes: CronValueSet
  private let hours: CronValueSet
  private let daysOfMonth: CronValueSet
  private let months: CronValueSet
  private let daysOfWeek: CronValueSet
  private let years: CronValueSet

  /// Parses a cron expression, accepting exactly what the Rust `cron` crate (0.15) accepts.
  ///
  /// Like the crate, this tolerates whitespace around `,`, `-` and `/` next to a number or name (`"1 - 5"` is one
  /// field) and needs no whitespace between fields that cannot run together (`"******"` is six fields).
  ///
  /// ```swift
  /// let nightly = try CronExpression(parsing: "0 0 3 * * * *")
  /// do {
  ///   _ = try CronExpression(parsing: "60 * * * * *")
  /// } catch {
  ///   // error == .invalidField(field: .second, value: "60", reason: .outOfRange(60, allowed: 0...59))
  /// }
  /// ```
  /// - Throws: ``CronExpressionError``, describing the first problem found.
  public init(parsing text: String) throws(CronExpressionError) {
    self.text = text
    let bytes = Array(text.utf8)
    let trimmed = CronText.trimmed(bytes)
    let fields: [CronValueSet]
    if trimmed.first == UInt8(ascii: "@") {
      guard let shorthand = CronText.shorthandFields(String(decoding: trimmed, as: UTF8.self)) else {
        throw .unknownShorthand(String(decoding: trimmed, as: UTF8.self))
      }
      fields = shorthand
    } else if let parsed = CronText.parseFields(bytes) {
      fields = parsed
    } else {
      throw CronText.diagnose(bytes)
    }
    seconds = fields[0]
    minutes = fields[1]
    hours = fields[2]
    daysOfMonth = fields[3]
    months = fields[4]
    daysOfWeek = fields[5]
    years = fields[6]
  }

  /// The first whole second strictly after `date` that the expression matches, in UTC.
  ///
  /// Like the crate, the search runs to the end of the last supported year, 2100: it returns `nil` when no matching
  /// time is left by then (for example a year field wholly in the past, or `0 0 0 30 Feb *`), and never gives up
  /// earlier. Dates before 1970 search from 1970-01-01T00:00:00Z. The search skips whole years, months, days, hours
  /// and minutes that cannot match, so even an expression that never matches costs at most one check per candidate
  /// day through 2100 (under 48,000).
  ///
  /// ```swift
  /// let nightly = try CronExpression(parsing: "0 0 3 * * *")
  /// nightly.nextFire(after: Date(timeIntervalSince1970: 0))  // 1970-01-01T03:00:00Z
  /// nightly.nextFire(after: Date(timeIntervalSince1970: 10_800))  // 1970-01-02T03:00:00Z
  /// ```
  public func nextFire(after date: Date) -> Date? {
    let interval = date.timeIntervalSince1970
    guard !interval.isNaN, interval < Double(CivilCalendar.lastSupportedSecond) else { return nil }
    // Candidates are whole seconds, so the first one after `date` is the second after the one containing it.
    let start = interval < 0 ? 0 : Int(interval.rounded(.down)) + 1
    guard let found = firstMatch(atOrAfter: start) else { return nil }
    return Date(timeIntervalSince1970: TimeInterval(found))
  }

  /// The first matching second, counted from the Unix epoch, at or after `start` (which lies in 1970...2100).
  private func firstMatch(atOrAfter start: Int) -> Int? {
    let startDay = start / CivilCalendar.secondsPerDay
    let startSecondOfDay = start % CivilCalendar.secondsPerDay
    let (startYear, startMonth, startDayOfMonth) = CivilCalendar.civilDate(daysSinceEpoch: startDay)

    var year = years.first(from: startYear)
    while let currentYear = year {
      let inStartYear = currentYear == startYear
      var month = months.first(from: inStartYear ? startMonth : 1)
      while let currentMonth = month {
        let inStartMonth = inStartYear && currentMonth == startMonth
        let monthLength = CivilCalendar.length(ofMonth: currentMonth, inYear: currentYear)
        let firstDayOfMonth = CivilCalendar.daysSinceEpoch(year: currentYear, month: currentMonth, day: 1)
        var day = daysOfMonth.first(from: inStartMonth ? startDayOfMonth : 1)
        while let currentDay = day, currentDay <= monthLength {
          let dayNumber = firstDayOfMonth + currentDay - 1
          if daysOfWeek.contains(CivilCalendar.cronWeekday(daysSinceEpoch: dayNumber)) {
            let fromSecond = inStartMonth && currentDay == startDayOfMonth ? startSecondOfDay : 0
            if let secondOfDay = firstTimeOfDay(atOrAfter: fromSecond) {
              return dayNumber * CivilCalendar.secondsPerDay + secondOfDay
            }
          }
          day = daysOfMonth.first(from: currentDay + 1)
        }
        month = months.first(from: currentMonth + 1)
      }
      year = years.first(from: currentYear + 1)
    }
    return nil
  }

  /// The first matching second of a day, counted from midnight, at or after `start`.
  private func firstTimeOfDay(atOrAfter start: Int) -> Int? {
    let startHour = start / 3600
    let startMinute = start % 3600 / 60
    let startSecond = start % 60
    var hour = hours.first(from: startHour)
    while let currentHour = hour {
      let inStartHour = currentHour == startHour
      var minute = minutes.first(from: inStartHour ? startMinute : 0)
      while let currentMinute = minute {
        let inStartMinute = inStartHour && currentMinute == startMinute
        if let second = seconds.first(from: inStartMinute ? startSecond : 0) {
          return currentHour * 3600 + currentMinute * 60 + second
        }
        minute = minutes.first(from: currentMinute + 1)
      }
      hour = hours.first(from: currentHour + 1)
    }
    return nil
  }
}

/// Why ``CronExpression/init(parsing:)`` rejected an expression.
///
/// ```swift
/// do {
///   _ = try CronExpression(parsing: "* * * * *")
/// } catch {
///   // error == .wrongFieldCount(5)
///   print(error)  // cron expression has 5 fields; expected 6 (sec min hour day-of-month month day-of-week) or 7 …
/// }
/// ```
public enum CronExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The expression splits (on spaces, tabs and line breaks) into this many fields rather than 6 or 7.
  case wrongFieldCount(Int)
  /// The expression starts with `@` but is not `@yearly`, `@monthly`, `@weekly`, `@daily` or `@hourly` (these are
  /// case-sensitive and take nothing else but surrounding whitespace). Holds the trimmed expression.
  case unknownShorthand(String)
  /// One field is malformed: which field, its text, and why.
  case invalidField(field: Field, value: String, reason: Reason)

  /// A field of a cron expression, in expression order.
  public enum Field: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case second
    case minute
    case hour
    case dayOfMonth = "day-of-month"
    case month
    case dayOfWeek = "day-of-week"
    case year

    /// The values the field allows: 0–59, 0–59, 0–23, 1–31, 1–12, 1–7 (Sunday = 1) and 1970–2100.
    public var allowedValues: ClosedRange<Int> {
      switch self {
      case .second, .minute: 0...59
      case .hour: 0...23
      case .dayOfMonth: 1...31
      case .month: 1...12
      case .dayOfWeek: 1...7
      case .year: CivilCalendar.firstSupportedYear...CivilCalendar.lastSupportedYear
      }
    }

    public var description: String { rawValue }
  }

  /// What is wrong with a field.
  public enum Reason: Sendable, Equatable, CustomStringConvertible {
    /// The text could not be parsed; holds the part from where parsing stopped.
    case unexpectedText(String)
    /// `?` appears outside the day-of-month and day-of-week fields.
    case questionMarkNotAllowed
    /// A value lies outside the field's ``Field/allowedValues``.
    case outOfRange(Int, allowed: ClosedRange<Int>)
    /// A range's start is greater than its end (ranges do not wrap around).
    case reversedRange(Int, Int)
    /// A step of zero, as in `*/0`.
    case zeroStep
    /// A step greater than the field's maximum value.
    case stepTooLarge(Int, maximum: Int)
    /// A name in a field other than month and day-of-week.
    case namesNotAllowed(String)
    /// A word that is not a month (or weekday) name.
    case unknownName(String)

    public var description: String {
      switch self {
      case .unexpectedText(let text): "unexpected \"\(text)\""
      case .questionMarkNotAllowed: "'?' is only allowed in the day-of-month and day-of-week fields"
      case .outOfRange(let value, let allowed):
        "\(value) is outside \(allowed.lowerBound)-\(allowed.upperBound)"
      case .reversedRange(let start, let end): "range \(start)-\(end) starts after it ends"
      case .zeroStep: "a step cannot be zero"
      case .stepTooLarge(let step, let maximum): "step \(step) is greater than \(maximum)"
      case .namesNotAllowed(let name): "names such as '\(name)' are only allowed in the month and day-of-week fields"
      case .unknownName(let name): "'\(name)' is not a known name"
      }
    }
  }

  public var description: String {
    switch self {
    case .wrongFieldCount(let count):
      "cron expression has \(count) fields; expected 6 (sec min hour day-of-month month day-of-week) or 7 (with year)"
    case .unknownShorthand(let text):
      "unknown cron shorthand \"\(text)\"; expected @yearly, @monthly, @weekly, @daily or @hourly"
    case .invalidField(let field, let value, let reason):
      "invalid \(field) field \"\(value)\": \(reason)"
    }
  }
}

// MARK: - Value sets

/// The values one field matches, as a bit set over the field's allowed values.
private struct CronValueSet: Hashable, Sendable {
  let bounds: ClosedRange<Int>
  private var words: [UInt64]

  /// An empty set over `bounds`.
  init(over bounds: ClosedRange<Int>) {
    self.bounds = bounds
    words = Array(repeating: 0, count: (bounds.count + 63) / 64)
  }

  /// The set of every value in `bounds`.
  static func all(_ bounds: ClosedRange<Int>) -> CronValueSet {
    var set = CronValueSet(over: bounds)
    for value in bounds { set.insert(value) }
    return set
  }

  /// The set holding just `value`.
  static func only(_ value: Int, over bounds: ClosedRange<Int>) -> CronValueSet {
    var set = CronValueSet(over: bounds)
    set.insert(value)
    return set
  }

  /// Adds `value`; values outside `bounds` are ignored (callers validate first).
  mutating func insert(_ value: Int) {
    guard bounds.contains(value) else { return }
    let offset = value - bounds.lowerBound
    words[offset / 64] |= 1 << UInt64(offset % 64)
  }

  func contains(_ value: Int) -> Bool {
    guard bounds.contains(value) else { return false }
    let offset = value - bounds.lowerBound
    return words[offset / 64] & (1 << UInt64(offset % 64)) != 0
  }

  /// The smallest member that is at least `value`, if any.
  func first(from value: Int) -> Int? {
    let count = bounds.count
    var offset = max(value, bounds.lowerBound) - bounds.lowerBound
    while offset < count {
      let remaining = words[offset / 64] >> UInt64(offset % 64)
      if remaining != 0 {
        let found = offset + remaining.trailingZeroBitCount
        return found < count ? bounds.lowerBound + found : nil
      }
      offset = (offset / 64 + 1) * 64
    }
    return nil
  }
}

// MARK: - Calendar arithmetic

/// Proleptic Gregorian arithmetic in UTC over the crate's years, 1970...2100.
///
/// Plain integer arithmetic rather than `Calendar`: the search checks one weekday per candidate day, and UTC has no
/// daylight-saving gaps or leap seconds (`Date` ignores them too), so this is exact.
private enum CivilCalendar {
  static let firstSupportedYear = 1970
  static let lastSupportedYear = 2100
  static let secondsPerDay = 86_400
  /// 2100-12-31T23:59:59Z, the last second any expression can match.
  static let lastSupportedSecond = daysBefore(year: lastSupportedYear + 1) * secondsPerDay - 1

  /// Days before the first of each month in a common year.
  private static let daysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

  static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  static func length(ofMonth month: Int, inYear year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Leap years in 1...year-1 (for positive years).
  private static func leapYears(before year: Int) -> Int {
    let previous = year - 1
    return previous / 4 - previous / 100 + previous / 400
  }

  /// Days from 1970-01-01 to January 1 of `year` (year >= 1970).
  static func daysBefore(year: Int) -> Int {
    365 * (year - firstSupportedYear) + leapYears(before: year) - leapYears(before: firstSupportedYear)
  }

  /// Days from January 1 to the first of `month` in `year`.
  static func daysBefore(month: Int, inYear year: Int) -> Int {
    daysBeforeMonth[month - 1] + (month > 2 && isLeap(year) ? 1 : 0)
  }

  /// Days from 1970-01-01 to the given date.
  static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    daysBefore(year: year) + daysBefore(month: month, inYear: year) + day - 1
  }

  /// The date `days` days after 1970-01-01 (days >= 0).
  static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
    // 366 days a year can only undercount the year; step forward to the right one.
    var year = firstSupportedYear + days / 366
    while daysBefore(year: year + 1) <= days { year += 1 }
    let dayOfYear = days - daysBefore(year: year)
    var month = 12
    while daysBefore(month: month, inYear: year) > dayOfYear { month -= 1 }
    return (year, month, dayOfYear - daysBefore(month: month, inYear: year) + 1)
  }

  /// The crate's weekday number (Sunday = 1 ... Saturday = 7); 1970-01-01 was a Thursday.
  static func cronWeekday(daysSinceEpoch days: Int) -> Int {
    (days + 4) % 7 + 1
  }
}

// MARK: - Parsing

/// One comma-separated item of a field before validation, shaped like the crate's grammar.
private enum CronItem {
  /// `*`, `?`, `5`, `1-5` or `Mon-Fri`.
  case base(CronBase)
  /// A base followed by `/step`.
  case stepped(CronBase, Int)
  /// A lone name such as `Mon` (which takes no step).
  case name(String)
}

private enum CronBase {
  case all
  case point(Int)
  case range(Int, Int)
  case namedRange(String, String)
}

/// A backtracking scanner over UTF-8 bytes that follows the crate's grammar: numbers and names swallow the spaces,
/// tabs and line breaks around them, `*` and `?` do not, and a failed alternative leaves the position unchanged.
private struct CronScanner {
  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { position == bytes.count }

  var rest: [UInt8] { Array(bytes[position...]) }

  mutating func skipWhitespace() {
    while position < bytes.count, CronText.isWhitespace(bytes[position]) { position += 1 }
  }

  mutating func consume(_ character: Unicode.Scalar) -> Bool {
    guard position < bytes.count, bytes[position] == UInt8(ascii: character) else { return false }
    position += 1
    return true
  }

  /// Whitespace, ASCII digits, whitespace; fails (like the crate's `u32` parse) above `UInt32.max`.
  mutating func number() -> Int? {
    let start = position
    skipWhitespace()
    var value: UInt64 = 0
    var digits = 0
    while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
      value = min(value * 10 + UInt64(bytes[position] - UInt8(ascii: "0")), UInt64(UInt32.max) + 1)
      digits += 1
      position += 1
    }
    guard digits > 0, value <= UInt64(UInt32.max) else {
      position = start
      return nil
    }
    skipWhitespace()
    return Int(clamping: value)
  }

  /// Whitespace, ASCII letters, whitespace.
  mutating func word() -> String? {
    let start = position
    skipWhitespace()
    let wordStart = position
    while position < bytes.count, CronText.isLetter(bytes[position]) { position += 1 }
    guard position > wordStart else {
      position = start
      return nil
    }
    let word = String(decoding: bytes[wordStart..<position], as: UTF8.self)
    skipWhitespace()
    return word
  }

  /// `?` (where allowed), `*`, `a-b`, `a`, or `Name-Name`, tried in the crate's order.
  mutating func base(allowingAny: Bool) -> CronBase? {
    if allowingAny, consume("?") { return .all }
    if consume("*") { return .all }
    let start = position
    if let low = number() {
      if consume("-"), let high = number() { return .range(low, high) }
      position = start
    }
    if let value = number() { return .point(value) }
    if let low = word() {
      if consume("-"), let high = word() { return .namedRange(low, high) }
      position = start
    }
    return nil
  }

  /// A stepped base, a plain base, or a lone name, tried in the crate's order.
  mutating func item(allowingAny: Bool) -> CronItem? {
    let start = position
    if let base = base(allowingAny: allowingAny) {
      if consume("/"), let step = number() { return .stepped(base, step) }
      position = start
    }
    if let base = base(allowingAny: allowingAny) { return .base(base) }
    if let name = word() { return .name(name) }
    return nil
  }

  /// Optional whitespace, one or more items separated by commas, optional whitespace. A comma not followed by an
  /// item is left unconsumed.
  mutating func field(allowingAny: Bool) -> [CronItem]? {
    let start = position
    skipWhitespace()
    guard let first = item(allowingAny: allowingAny) else {
      position = start
      return nil
    }
    var items = [first]
    while true {
      let beforeComma = position
      guard consume(","), let next = item(allowingAny: allowingAny) else {
        position = beforeComma
        break
      }
      items.append(next)
    }
    skipWhitespace()
    return items
  }
}

/// Parsing and validation of whole expressions, and the diagnosis of rejected ones.
private enum CronText {
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\n")
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
  }

  static func trimmed(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
    guard let first = bytes.firstIndex(where: { !isWhitespace($0) }),
      let last = bytes.lastIndex(where: { !isWhitespace($0) })
    else { return [] }
    return bytes[first...last]
  }

  /// The fields of a shorthand, or `nil` for an unknown one.
  static func shorthandFields(_ keyword: String) -> [CronValueSet]? {
    // Per field, in expression order: the one value it is pinned to, or nil for every value.
    let pinned: [Int?]
    switch keyword {
    case "@yearly": pinned = [0, 0, 0, 1, 1, nil, nil]
    case "@monthly": pinned = [0, 0, 0, 1, nil, nil, nil]
    case "@weekly": pinned = [0, 0, 0, nil, nil, 1, nil]
    case "@daily": pinned = [0, 0, 0, nil, nil, nil, nil]
    case "@hourly": pinned = [0, 0, nil, nil, nil, nil, nil]
    default: return nil
    }
    return zip(CronExpressionError.Field.allCases, pinned).map { field, value in
      guard let value else { return .all(field.allowedValues) }
      return .only(value, over: field.allowedValues)
    }
  }

  /// The crate's longhand grammar over the whole input: six fields, an optional year field, then the end. `nil` on
  /// any syntax or range error.
  static func parseFields(_ bytes: [UInt8]) -> [CronValueSet]? {
    var scanner = CronScanner(bytes)
    var sets: [CronValueSet] = []
    for field in CronExpressionError.Field.allCases {
      guard let items = scanner.field(allowingAny: field.allowsQuestionMark) else {
        guard field == .year, scanner.isAtEnd else { return nil }
        sets.append(.all(field.allowedValues))
        break
      }
      // A field that does not resolve means the expression does not parse this way: `nil` is the answer.
      guard let set = try? resolve(items, in: field) else { return nil }
      sets.append(set)
    }
    return scanner.isAtEnd ? sets : nil
  }

  /// The error for an expression the grammar rejected: a wrong field count when splitting on whitespace gives
  /// neither 6 nor 7 fields, else the first field that does not parse and validate on its own.
  static func diagnose(_ bytes: [UInt8]) -> CronExpressionError {
    let tokens = bytes.split(whereSeparator: isWhitespace)
    guard (6...7).contains(tokens.count) else { return .wrongFieldCount(tokens.count) }
    for (field, token) in zip(CronExpressionError.Field.allCases, tokens) {
      let value = String(decoding: token, as: UTF8.self)
      if !field.allowsQuestionMark, token.contains(UInt8(ascii: "?")) {
        return .invalidField(field: field, value: value, reason: .questionMarkNotAllowed)
      }
      var scanner = CronScanner(Array(token))
      guard let items = scanner.field(allowingAny: field.allowsQuestionMark), scanner.isAtEnd else {
        let unexpected = String(decoding: scanner.rest, as: UTF8.self)
        return .invalidField(field: field, value: value, reason: .unexpectedText(unexpected))
      }
      do {
        _ = try resolve(items, in: field)
      } catch {
        return .invalidField(field: field, value: value, reason: error.reason)
      }
    }
    // Unreachable in practice: tokens that each parse alone also parse together.
    return .wrongFieldCount(tokens.count)
  }

  /// A rejected field value, thrown while resolving items into a set.
  struct Rejection: Error {
    let reason: CronExpressionError.Reason
  }

  /// The set of values the items of one field select, validated as the crate does.
  static func resolve(_ items: [CronItem], in field: CronExpressionError.Field) throws(Rejection) -> CronValueSet {
    let allowed = field.allowedValues
    var set = CronValueSet(over: allowed)
    for item in items {
      switch item {
      case .base(let base):
        for value in try values(of: base, in: field) { set.insert(value) }
      case .stepped(let base, let step):
        guard step != 0 else { throw Rejection(reason: .zeroStep) }
        guard step <= allowed.upperBound else {
          throw Rejection(reason: .stepTooLarge(step, maximum: allowed.upperBound))
        }
        let selected: ClosedRange<Int>
        if case .point(let start) = base {
          // A lone start runs to the field's maximum.
          selected = try checked(start, in: allowed)...allowed.upperBound
        } else {
          selected = try values(of: base, in: field)
        }
        for value in stride(from: selected.lowerBound, through: selected.upperBound, by: step) { set.insert(value) }
      case .name(let name):
        let value = try ordinal(named: name, in: field)
        set.insert(try checked(value, in: allowed))
      }
    }
    return set
  }

  /// The contiguous values a base selects.
  private static func values(of base: CronBase, in field: CronExpressionError.Field) throws(Rejection)
    -> ClosedRange<Int>
  {
    let allowed = field.allowedValues
    switch base {
    case .all:
      return allowed
    case .point(let value):
      let value = try checked(value, in: allowed)
      return value...value
    case .range(let start, let end):
      return try checkedRange(start, end, in: allowed)
    case .namedRange(let startName, let endName):
      let start = try ordinal(named: startName, in: field)
      let end = try ordinal(named: endName, in: field)
      return try checkedRange(start, end, in: allowed)
    }
  }

  private static func checked(_ value: Int, in allowed: ClosedRange<Int>) throws(Rejection) -> Int {
    guard allowed.contains(value) else { throw Rejection(reason: .outOfRange(value, allowed: allowed)) }
    return value
  }

  private static func checkedRange(_ start: Int, _ end: Int, in allowed: ClosedRange<Int>) throws(Rejection)
    -> ClosedRange<Int>
  {
    let start = try checked(start, in: allowed)
    let end = try checked(end, in: allowed)
    guard start <= end else { throw Rejection(reason: .reversedRange(start, end)) }
    return start...end
  }

  /// The number a month or weekday name stands for, matched case-insensitively as the crate does.
  private static func ordinal(named name: String, in field: CronExpressionError.Field) throws(Rejection) -> Int {
    let ordinal: Int?
    switch field {
    case .month:
      ordinal =
        switch name.lowercased() {
        case "jan", "january": 1
        case "feb", "february": 2
        case "mar", "march": 3
        case "apr", "april": 4
        case "may": 5
        case "jun", "june": 6
        case "jul", "july": 7
        case "aug", "august": 8
        case "sep", "september": 9
        case "oct", "october": 10
        case "nov", "november": 11
        case "dec", "december": 12
        default: nil
        }
    case .dayOfWeek:
      ordinal =
        switch name.lowercased() {
        case "sun", "sunday": 1
        case "mon", "monday": 2
        case "tue", "tues", "tuesday": 3
        case "wed", "wednesday": 4
        case "thu", "thurs", "thursday": 5
        case "fri", "friday": 6
        case "sat", "saturday": 7
        default: nil
        }
    default:
      throw Rejection(reason: .namesNotAllowed(name))
    }
    guard let ordinal else { throw Rejection(reason: .unknownName(name)) }
    return ordinal
  }
}

extension CronExpressionError.Field {
  /// Whether the crate accepts `?` (a synonym for `*`) in this field.
  fileprivate var allowsQuestionMark: Bool { self == .dayOfMonth || self == .dayOfWeek }
}
