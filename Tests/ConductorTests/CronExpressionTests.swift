import Conductor
import Foundation
import Testing

/// `CronExpression` against the Rust `cron` crate (0.15) that Holochain uses for `Schedule::Persisted`: the crate's
/// own parser and schedule test vectors, Holochain's schedule test strings, and edge cases of the calendar.
@Suite struct CronExpressionTests {
  // MARK: Parsing

  @Test func acceptsEverySyntaxFormTheCrateAccepts() throws {
    let accepted = [
      // Holochain's own schedule tests.
      "* * * * * * *", "*/1 * * * * * *", "*/2 * * * * * *", "* * * * * * 1984",
      // The brief's forms and the crate's README.
      "0 0 3 * * * *", "*/5 * * * * *", "0 30 9,12,15 1,15 May-Aug Mon,Wed,Fri 2018/2",
      "0   30   9,12,15     1,15       May-Aug  Mon,Wed,Fri  2018/2",
      // The crate's tests/lib.rs and schedule.rs.
      "1 2 3 4 5 6 2015", "1 2 3 4 5 6", "1,30,40 2 3 4 5 Mon-Fri", "1 2,17,51 1-3,6,9-11 4,29 2,3,7 Tues",
      "0 2,17,51 1-3,6,9-11 4,29 2,3,7 Wed", "1 2 3 4 10 Fri", "0/20 0/5 0 1 1 * *", "* * * * * * 2015-2044",
      "0 5,13,40-42 17 1 Jan *", "0 0,30 0,6,12,18 1,15 Jan-March Thurs", "0-59 * 0-23 ?/2 1,2-4 ? *",
      "0 0 0 1 January-June/1 *", "0 0 0 1 January-April/2 ?", "0 0 0 * * * 2100", "* 1,2,3 * * * *",
      // The crate's parsing.rs.
      "0,20,40 * * * * *", "0-40 * * * * *", "0-5,58 * * * * *", "* * * * * MON,WED,FRI", "* * * * * MON-FRI",
      "* * * ? * *", "* * * * * ?", "* * * ? * Mon,Thu", "* * * 1,2 * ?", "* * * ? * ?",
      "1-5/59 * * * * *", "*/10 2 3 4 5 6", "* */30 * * * *", "* * */23 * * *", "* * * */30 * *", "* * * * */10 *",
      "1,2,3/5 * * * * *", "0 0 0 1 1 ? 2020-2040/10", "* * * * * Mon-Thurs/2", "* * * * February-November/2 *",
      // Names in any case, full names, and the crate's extra abbreviations.
      "0 0 0 1 jan,FEB,Mar,april,MAY,June * *", "0 0 0 * * sunday,TUES,thurs,Saturday",
      // Shorthands, with surrounding whitespace.
      "@yearly", "@monthly", "@weekly", "@daily", "@hourly", " @daily\t",
      // `*` or `?` inside a list, and leading zeros.
      "*,5 * * * * *", "0 0 0 ?,1 * *", "00 00 023 * * *",
    ]
    for text in accepted {
      let expression = try CronExpression(parsing: text)
      #expect(expression.text == text)
    }
  }

  @Test func equivalentSpellingsFireAtTheSameTimes() throws {
    let start = date(2024, 1, 1)
    let pairs = [
      ("0 0 0 ? * *", "0 0 0 * * *"), ("0 0 0 * * ?", "0 0 0 * * *"),
      ("0 0 12 * * Sun", "0 0 12 * * 1"), ("0 0 12 * * sunday", "0 0 12 * * SUN"), ("0 0 12 * * Sat", "0 0 12 * * 7"),
      ("0 0 12 * * Mon-Fri", "0 0 12 * * 2-6"), ("0 0 0 1 Jan-Mar *", "0 0 0 1 1-3 *"),
      ("0 0 0 1 Dec *", "0 0 0 1 12 *"), ("*/15 * * * * *", "0,15,30,45 * * * * *"),
      ("10/20 * * * * *", "10,30,50 * * * * *"), ("0 0 0 * * */2", "0 0 0 * * 1,3,5,7"),
      ("0 0 0 1 */3 *", "0 0 0 1 1,4,7,10 *"), ("0 0 0 */10 * *", "0 0 0 1,11,21,31 * *"),
      ("@yearly", "0 0 0 1 1 *"), ("@monthly", "0 0 0 1 * *"), ("@weekly", "0 0 0 * * 1 *"),
      ("@daily", "0 0 0 * * *"), ("@hourly", "0 0 * * * *"), ("* * * * * *", "* * * * * * *"),
      // The crate's grammar lets whitespace sit around `,`, `-` and `/` next to numbers and names, and needs none
      // between fields that cannot run together.
      ("1 , 2 * * * * *", "1,2 * * * * *"), ("*/ 5 * * * * *", "*/5 * * * * *"),
      ("0 0 12 * * 2 - 6", "0 0 12 * * 2-6"), ("0 0 12 * * Mon , Fri", "0 0 12 * * Mon,Fri"),
      ("******", "* * * * * *"), ("\t0\n0 3 * * *\r\n", "0 0 3 * * *"),
    ]
    for (left, right) in pairs {
      let leftFires = try fires(left, after: start, count: 12)
      #expect(leftFires.count == 12)
      #expect(leftFires == (try fires(right, after: start, count: 12)), "\(left) vs \(right)")
    }
  }

  @Test func keepsTheTextAndComparesByIt() throws {
    #expect(try CronExpression(parsing: " @daily ").text == " @daily ")
    #expect(try CronExpression(parsing: "0 0 3 * * *") == (try CronExpression(parsing: "0 0 3 * * *")))
    #expect(try CronExpression(parsing: "0 0 3 * * *") != (try CronExpression(parsing: "0 0 3 * * * *")))
    let set: Set = [try CronExpression(parsing: "@daily"), try CronExpression(parsing: "@daily")]
    #expect(set.count == 1)
  }

  // MARK: Next fire

  @Test func everyFiveSecondsIsStrictlyAfterAtWholeSeconds() throws {
    #expect(
      try fires("*/5 * * * * *", after: date(2024, 1, 1), count: 3) == [
        date(2024, 1, 1, 0, 0, 5), date(2024, 1, 1, 0, 0, 10), date(2024, 1, 1, 0, 0, 15),
      ])
    let everyFive = try CronExpression(parsing: "*/5 * * * * *")
    #expect(everyFive.nextFire(after: date(2024, 1, 1, 0, 0, 3).addingTimeInterval(0.7)) == date(2024, 1, 1, 0, 0, 5))
    #expect(everyFive.nextFire(after: date(2024, 1, 1, 0, 0, 4).addingTimeInterval(0.999)) == date(2024, 1, 1, 0, 0, 5))
    #expect(everyFive.nextFire(after: date(2024, 1, 1, 0, 0, 5)) == date(2024, 1, 1, 0, 0, 10))
    #expect(
      everyFive.nextFire(after: date(2024, 1, 1, 0, 0, 5).addingTimeInterval(0.001)) == date(2024, 1, 1, 0, 0, 10))
    #expect(everyFive.nextFire(after: date(2024, 1, 1, 23, 59, 58)) == date(2024, 1, 2))
  }

  @Test func holochainsEverySecondSchedules() throws {
    #expect(
      try fires("* * * * * * *", after: date(2024, 6, 1, 12, 0, 0).addingTimeInterval(0.25), count: 3) == [
        date(2024, 6, 1, 12, 0, 1), date(2024, 6, 1, 12, 0, 2), date(2024, 6, 1, 12, 0, 3),
      ])
    #expect(try fires("*/1 * * * * * *", after: date(2024, 6, 1, 12, 0, 59), count: 1) == [date(2024, 6, 1, 12, 1, 0)])
    #expect(
      try fires("*/2 * * * * * *", after: date(2024, 6, 1, 12, 0, 1), count: 2) == [
        date(2024, 6, 1, 12, 0, 2), date(2024, 6, 1, 12, 0, 4),
      ])
    #expect(try CronExpression(parsing: "* * * * * * 1984").nextFire(after: date(2024, 1, 1)) == nil)
  }

  @Test func dailyAtThree() throws {
    let nightly = try CronExpression(parsing: "0 0 3 * * * *")
    #expect(nightly.nextFire(after: date(2024, 5, 10, 2, 59, 59)) == date(2024, 5, 10, 3))
    #expect(nightly.nextFire(after: date(2024, 5, 10, 3)) == date(2024, 5, 11, 3))
    #expect(nightly.nextFire(after: date(2024, 12, 31, 3, 0, 1)) == date(2025, 1, 1, 3))
    #expect(nightly.nextFire(after: Date(timeIntervalSince1970: 0)) == date(1970, 1, 1, 3))
    #expect(nightly.nextFire(after: Date(timeIntervalSince1970: 10_800)) == date(1970, 1, 2, 3))
  }

  @Test func theCratesShorthandVectors() throws {
    #expect(
      try fires("@yearly", after: date(2017, 6, 15, 14, 29, 36), count: 3) == [
        date(2018, 1, 1), date(2019, 1, 1), date(2020, 1, 1),
      ])
    #expect(
      try fires("@monthly", after: date(2017, 10, 15, 14, 29, 36), count: 3) == [
        date(2017, 11, 1), date(2017, 12, 1), date(2018, 1, 1),
      ])
    #expect(
      try fires("@weekly", after: date(2016, 12, 23, 14, 29, 36), count: 3) == [
        date(2016, 12, 25), date(2017, 1, 1), date(2017, 1, 8),
      ])
    #expect(
      try fires("@daily", after: date(2016, 12, 29, 14, 29, 36), count: 3) == [
        date(2016, 12, 30), date(2016, 12, 31), date(2017, 1, 1),
      ])
    #expect(
      try fires("@hourly", after: date(2017, 2, 25, 22, 29, 36), count: 3) == [
        date(2017, 2, 25, 23), date(2017, 2, 26, 0), date(2017, 2, 26, 1),
      ])
  }

  @Test func theCratesStepAndRangeVectors() throws {
    #expect(
      try fires("0/20 0/5 0 1 1 * *", after: date(2017, 6, 15, 14, 29, 36), count: 9) == [
        date(2018, 1, 1, 0, 0, 0), date(2018, 1, 1, 0, 0, 20), date(2018, 1, 1, 0, 0, 40),
        date(2018, 1, 1, 0, 5, 0), date(2018, 1, 1, 0, 5, 20), date(2018, 1, 1, 0, 5, 40),
        date(2018, 1, 1, 0, 10, 0), date(2018, 1, 1, 0, 10, 20), date(2018, 1, 1, 0, 10, 40),
      ])
    let tenMinutes = try CronExpression(parsing: "0 0/10 * * * * *")
    #expect(tenMinutes.nextFire(after: date(2017, 10, 24, 0, 0, 59)) == date(2017, 10, 24, 0, 10))
    #expect(tenMinutes.nextFire(after: date(2017, 10, 24, 0, 1, 0)) == date(2017, 10, 24, 0, 10))
    #expect(try fires("00 00 23 * * * *", after: date(2018, 11, 15, 22, 30), count: 1) == [date(2018, 11, 15, 23)])
    #expect(try fires("00 00 * * * * *", after: date(2018, 11, 15, 22, 30), count: 1) == [date(2018, 11, 15, 23)])
    #expect(try fires("0 0 0 ? * *", after: date(2020, 9, 17), count: 1) == [date(2020, 9, 18)])
    #expect(try fires("0 0 0 * * ?", after: date(2020, 9, 17), count: 1) == [date(2020, 9, 18)])
    #expect(
      try fires("*/17 * * * * ?", after: date(2020, 1, 1), count: 6) == [
        date(2020, 1, 1, 0, 0, 17), date(2020, 1, 1, 0, 0, 34), date(2020, 1, 1, 0, 0, 51),
        date(2020, 1, 1, 0, 1, 0), date(2020, 1, 1, 0, 1, 17), date(2020, 1, 1, 0, 1, 34),
      ])
    #expect(
      try fires("0 0 0 1 1-4/2 ?", after: date(2020, 1, 1), count: 4) == [
        date(2020, 3, 1), date(2021, 1, 1), date(2021, 3, 1), date(2022, 1, 1),
      ])
    #expect(
      try fires("0 0 10-12/2 * * ?", after: date(2020, 1, 1), count: 4) == [
        date(2020, 1, 1, 10), date(2020, 1, 1, 12), date(2020, 1, 2, 10), date(2020, 1, 2, 12),
      ])
    #expect(
      try fires("0 0 0 1-31/10 * ?", after: date(2020, 1, 1), count: 7) == [
        date(2020, 1, 11), date(2020, 1, 21), date(2020, 1, 31), date(2020, 2, 1), date(2020, 2, 11),
        date(2020, 2, 21), date(2020, 3, 1),
      ])
    #expect(
      try fires("0 0 0 1 January-June/1 *", after: date(2020, 1, 1), count: 6) == [
        date(2020, 2, 1), date(2020, 3, 1), date(2020, 4, 1), date(2020, 5, 1), date(2020, 6, 1), date(2021, 1, 1),
      ])
    // Only 2020, 2030 and 2040 are in the year field, so the schedule ends.
    #expect(
      try fires("0 0 0 1 1 ? 2020-2040/10", after: date(2020, 1, 1), count: 3) == [date(2030, 1, 1), date(2040, 1, 1)])
    #expect(
      try fires("0 */21 * * * ?", after: date(2020, 1, 1), count: 8) == [
        date(2020, 1, 1, 0, 21), date(2020, 1, 1, 0, 42), date(2020, 1, 1, 1, 0), date(2020, 1, 1, 1, 21),
        date(2020, 1, 1, 1, 42), date(2020, 1, 1, 2, 0), date(2020, 1, 1, 2, 21), date(2020, 1, 1, 2, 42),
      ])
    #expect(
      try fires("0 0 0 1 January-April/2 ?", after: date(2020, 1, 1), count: 4) == [
        date(2020, 3, 1), date(2021, 1, 1), date(2021, 3, 1), date(2022, 1, 1),
      ])
    // The crate's `includes` vector: the 12th is in `2-31/10`, the 11th is not.
    #expect(try fires("0 0 0 2-31/10 * ?", after: date(2020, 1, 11), count: 1) == [date(2020, 1, 12)])
    #expect(try fires("0 5 17 1 6 ? 2022", after: date(2021, 10, 27), count: 1) == [date(2022, 6, 1, 17, 5)])
    // The crate's leap-day regression test, in UTC (2024-02-29T10:00:00+08:00).
    #expect(try fires("0 0 0 * * * 2100", after: date(2024, 2, 29, 2), count: 1) == [date(2100, 1, 1)])
  }

  @Test func theCratesReadmeVector() throws {
    #expect(
      try fires("0   30   9,12,15     1,15       May-Aug  Mon,Wed,Fri  2018/2", after: date(2018, 1, 1), count: 10) == [
        date(2018, 6, 1, 9, 30), date(2018, 6, 1, 12, 30), date(2018, 6, 1, 15, 30), date(2018, 6, 15, 9, 30),
        date(2018, 6, 15, 12, 30), date(2018, 6, 15, 15, 30), date(2018, 8, 1, 9, 30), date(2018, 8, 1, 12, 30),
        date(2018, 8, 1, 15, 30), date(2018, 8, 15, 9, 30),
      ])
    // 2019 is not in `2018/2`; the next is 2020-05-01, a Friday.
    #expect(
      try fires("0 30 9,12,15 1,15 May-Aug Mon,Wed,Fri 2018/2", after: date(2018, 8, 15, 15, 30), count: 1) == [
        date(2020, 5, 1, 9, 30)
      ])
  }

  @Test func monthAndDayNamesWithSundayAsOne() throws {
    // 2024-01-03 is a Wednesday.
    #expect(
      try fires("0 0 12 * * Mon", after: date(2024, 1, 3), count: 2) == [date(2024, 1, 8, 12), date(2024, 1, 15, 12)])
    #expect(try fires("0 0 0 * * 1", after: date(2024, 1, 3), count: 1) == [date(2024, 1, 7)])  // Sunday
    #expect(try fires("0 0 0 * * 7", after: date(2024, 1, 3), count: 1) == [date(2024, 1, 6)])  // Saturday
    #expect(try fires("0 0 0 * * tues", after: date(2024, 1, 3), count: 1) == [date(2024, 1, 9)])
    #expect(try fires("0 0 0 1 Dec *", after: date(2024, 6, 1), count: 2) == [date(2024, 12, 1), date(2025, 12, 1)])
    #expect(
      try fires("0 0 0 1 May-Aug *", after: date(2024, 8, 1), count: 2) == [date(2025, 5, 1), date(2025, 6, 1)])
  }

  @Test func dayOfMonthAndDayOfWeekMustBothMatch() throws {
    // Friday the 13th; Vixie cron's "either" rule would fire on 2024-01-05 instead.
    #expect(
      try fires("0 0 0 13 * Fri", after: date(2024, 1, 1), count: 3) == [
        date(2024, 9, 13), date(2024, 12, 13), date(2025, 6, 13),
      ])
    // A Monday leap day: 2016, 2044 and 2072, then none before 2100 (which is not a leap year).
    #expect(try fires("0 0 0 29 Feb Mon", after: date(2016, 3, 1), count: 3) == [date(2044, 2, 29), date(2072, 2, 29)])
  }

  @Test func leapDaysAndEndsOfMonths() throws {
    #expect(
      try fires("0 0 0 29 Feb *", after: date(2023, 3, 1), count: 3) == [
        date(2024, 2, 29), date(2028, 2, 29), date(2032, 2, 29),
      ])
    #expect(try fires("0 0 0 29 Feb *", after: date(2096, 2, 29), count: 1) == [])
    #expect(
      try fires("0 0 0 31 * *", after: date(2024, 1, 31), count: 4) == [
        date(2024, 3, 31), date(2024, 5, 31), date(2024, 7, 31), date(2024, 8, 31),
      ])
    #expect(try fires("0 0 0 30 Feb *", after: date(2024, 1, 1), count: 1) == [])
    #expect(try fires("0 0 0 31 4,6,9,11 *", after: Date(timeIntervalSince1970: 0), count: 1) == [])
    #expect(
      try fires("59 59 23 31 12 * *", after: date(2024, 12, 31, 23, 59, 58), count: 2) == [
        date(2024, 12, 31, 23, 59, 59), date(2025, 12, 31, 23, 59, 59),
      ])
    #expect(try fires("* * * * * *", after: date(2024, 12, 31, 23, 59, 59), count: 1) == [date(2025, 1, 1)])
    #expect(try fires("* * * * * *", after: date(2024, 2, 28, 23, 59, 59), count: 1) == [date(2024, 2, 29)])
    #expect(try fires("* * * * * *", after: date(2100, 2, 28, 23, 59, 59), count: 1) == [date(2100, 3, 1)])
  }

  @Test func yearFieldAndTheSupportedYears() throws {
    #expect(try fires("0 0 0 1 1 * 2030", after: date(2024, 7, 1), count: 2) == [date(2030, 1, 1)])
    #expect(try fires("0 0 0 * * * 2020-2022", after: date(2023, 1, 1), count: 1) == [])
    #expect(
      try fires("* * * * * *", after: date(2100, 12, 31, 23, 59, 58), count: 2) == [date(2100, 12, 31, 23, 59, 59)])
    let everySecond = try CronExpression(parsing: "* * * * * *")
    #expect(everySecond.nextFire(after: .distantFuture) == nil)
    #expect(everySecond.nextFire(after: .distantPast) == date(1970, 1, 1))
    #expect(everySecond.nextFire(after: date(1960, 6, 1)) == date(1970, 1, 1))
    #expect(everySecond.nextFire(after: Date(timeIntervalSince1970: -0.5)) == date(1970, 1, 1))
    #expect(everySecond.nextFire(after: Date(timeIntervalSince1970: .nan)) == nil)
  }

  @Test func utcHasNoDaylightSavingGaps() throws {
    // 2024-03-10 (US) and 2024-03-31 (EU) change local clocks; UTC fire times stay exactly an hour apart.
    for start in [date(2024, 3, 10), date(2024, 3, 31), date(2024, 10, 27), date(2024, 11, 3)] {
      let hourly = try fires("0 0 * * * *", after: start, count: 24)
      #expect(hourly.count == 24)
      #expect(zip(hourly, hourly.dropFirst()).allSatisfy { $1.timeIntervalSince($0) == 3600 })
    }
    #expect(try fires("0 30 2 * * *", after: date(2024, 3, 31), count: 1) == [date(2024, 3, 31, 2, 30)])
  }

  @Test func searchesEfficientlyToTheEndOfTheSupportedYears() throws {
    let clock = ContinuousClock()
    let elapsed = try clock.measure {
      for text in ["0 0 0 30 Feb *", "0 0 0 29 Feb Mon 2073-2100", "59 59 23 31 12 Sat 2100", "0 0 0 31 Apr *"] {
        _ = try CronExpression(parsing: text).nextFire(after: date(1970, 1, 1))
      }
    }
    #expect(elapsed < .seconds(2))
    #expect(try fires("59 59 23 31 12 Fri 2100", after: date(1970, 1, 1), count: 1) == [date(2100, 12, 31, 23, 59, 59)])
  }

  // MARK: Rejection

  @Test func rejectsTheWrongNumberOfFields() {
    let cases: [(String, Int)] = [
      ("", 0), ("   ", 0), ("hello", 1), ("1 2 3 2019", 4), ("* * * * *", 5), ("0/0 * * * *", 5),
      ("* * * * * * * *", 8), ("* * * * * * * foo", 8), ("1 2 3 4 5 6 7 8 9 2019", 10),
    ]
    for (text, count) in cases {
      #expect(throws: CronExpressionError.wrongFieldCount(count), "\(text)") { try CronExpression(parsing: text) }
    }
  }

  @Test func rejectsUnknownShorthands() {
    for text in ["@dailyBla", " @dailyBla ", "@DAILY", "@reboot", "@daily *", "@"] {
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      #expect(throws: CronExpressionError.unknownShorthand(trimmed)) { try CronExpression(parsing: text) }
    }
  }

  @Test func rejectsOutOfRangeValues() {
    let cases: [(String, CronExpressionError.Field, String, Int)] = [
      ("60 * * * * *", .second, "60", 60), ("0-65 * * * * *", .second, "0-65", 65),
      ("103,12 * * * * *", .second, "103,12", 103), ("0-5,102 * * * * *", .second, "0-5,102", 102),
      ("* 60 * * * *", .minute, "60", 60), ("* * 24 * * *", .hour, "24", 24),
      ("* * * 0 * *", .dayOfMonth, "0", 0), ("* * * 32 * *", .dayOfMonth, "32", 32),
      ("* * * * 0 *", .month, "0", 0), ("* * * * 13 *", .month, "13", 13),
      ("* * * * * 0", .dayOfWeek, "0", 0), ("* * * * * 8", .dayOfWeek, "8", 8),
      ("* * * * * * 1969", .year, "1969", 1969), ("* * * * * * 2101", .year, "2101", 2101),
      ("* * * * * * 1960/10", .year, "1960/10", 1960),
    ]
    for (text, field, value, number) in cases {
      let expected = CronExpressionError.invalidField(
        field: field, value: value, reason: .outOfRange(number, allowed: field.allowedValues))
      #expect(throws: expected) { try CronExpression(parsing: text) }
    }
  }

  @Test func rejectsReversedRanges() {
    #expect(throws: CronExpressionError.invalidField(field: .second, value: "5-1", reason: .reversedRange(5, 1))) {
      try CronExpression(parsing: "5-1 * * * * *")
    }
    #expect(
      throws: CronExpressionError.invalidField(field: .dayOfWeek, value: "Fri-Mon", reason: .reversedRange(6, 2))
    ) { try CronExpression(parsing: "* * * * * Fri-Mon") }
    #expect(
      throws: CronExpressionError.invalidField(field: .year, value: "2030-2020", reason: .reversedRange(2030, 2020))
    ) { try CronExpression(parsing: "* * * * * * 2030-2020") }
  }

  @Test func rejectsBadSteps() {
    // Holochain's "bad crontab" test string.
    #expect(throws: CronExpressionError.invalidField(field: .second, value: "*/0", reason: .zeroStep)) {
      try CronExpression(parsing: "*/0 * * * * * *")
    }
    #expect(throws: CronExpressionError.invalidField(field: .hour, value: "1-5/0", reason: .zeroStep)) {
      try CronExpression(parsing: "0 0 1-5/0 * * *")
    }
    // The crate's issue #59 vectors.
    let tooLarge: [(String, CronExpressionError.Field, String, Int)] = [
      ("1-5/61 * * * * *", .second, "1-5/61", 61), ("*/61 2 3 4 5 6", .second, "*/61", 61),
      ("* */61 * * * *", .minute, "*/61", 61), ("* * */25 * * *", .hour, "*/25", 25),
      ("* * * */32 * *", .dayOfMonth, "*/32", 32), ("* * * * */13 *", .month, "*/13", 13),
      ("1,2,3/60 * * * * *", .second, "1,2,3/60", 60), ("0 0 0 1 1 ? 2020-2040/2200", .year, "2020-2040/2200", 2200),
      ("0 0 0 * * */8", .dayOfWeek, "*/8", 8),
    ]
    for (text, field, value, step) in tooLarge {
      let expected = CronExpressionError.invalidField(
        field: field, value: value, reason: .stepTooLarge(step, maximum: field.allowedValues.upperBound))
      #expect(throws: expected) { try CronExpression(parsing: text) }
    }
    let malformed: [(String, CronExpressionError.Field, String, String)] = [
      ("*/x * * * * *", .second, "*/x", "/x"), ("* * * * * Tues/2", .dayOfWeek, "Tues/2", "/2"),
      ("* * * * February/2 *", .month, "February/2", "/2"), ("10-12/* * * * * *", .second, "10-12/*", "/*"),
      ("10-12/10-12 * * * * ?", .second, "10-12/10-12", "-12"), ("*/ * * * * *", .second, "*/", "/"),
      ("5/ * * * * *", .second, "5/", "/"),
    ]
    for (text, field, value, unexpected) in malformed {
      let expected = CronExpressionError.invalidField(field: field, value: value, reason: .unexpectedText(unexpected))
      #expect(throws: expected) { try CronExpression(parsing: text) }
    }
  }

  @Test func rejectsQuestionMarksOutsideTheDayFields() {
    let cases: [(String, CronExpressionError.Field)] = [
      ("? * * * * *", .second), ("* ? * * * *", .minute), ("* * ? * * *", .hour), ("* * * * ? *", .month),
      ("* * * * * * ?", .year),
    ]
    for (text, field) in cases {
      #expect(throws: CronExpressionError.invalidField(field: field, value: "?", reason: .questionMarkNotAllowed)) {
        try CronExpression(parsing: text)
      }
    }
  }

  @Test func rejectsUnknownOrMisplacedNames() {
    let cases: [(String, CronExpressionError.Field, String, CronExpressionError.Reason)] = [
      ("* * * * * MON,TURTLE", .dayOfWeek, "MON,TURTLE", .unknownName("TURTLE")),
      ("* * * * * BEAR-OWL", .dayOfWeek, "BEAR-OWL", .unknownName("BEAR")),
      ("* * * * * Jan", .dayOfWeek, "Jan", .unknownName("Jan")),
      ("* * * * Mon *", .month, "Mon", .unknownName("Mon")),
      ("* * * * Sept *", .month, "Sept", .unknownName("Sept")),
      ("cheesecake 0,30 0,6,12,18 1,15 Jan-March Thurs", .second, "cheesecake", .namesNotAllowed("cheesecake")),
      ("* * * * * * Mon", .year, "Mon", .namesNotAllowed("Mon")),
      ("* * * * * 3-Thurs", .dayOfWeek, "3-Thurs", .unexpectedText("-Thurs")),
      ("* * * * * Mon-5", .dayOfWeek, "Mon-5", .unexpectedText("-5")),
    ]
    for (text, field, value, reason) in cases {
      #expect(throws: CronExpressionError.invalidField(field: field, value: value, reason: reason)) {
        try CronExpression(parsing: text)
      }
    }
  }

  @Test func rejectsGarbage() {
    let cases: [(String, CronExpressionError.Field, String, CronExpressionError.Reason)] = [
      (",1,2 * * * * *", .second, ",1,2", .unexpectedText(",1,2")),
      ("1, * * * * * *", .second, "1,", .unexpectedText(",")),
      ("* * * * * *foo *", .dayOfWeek, "*foo", .unexpectedText("foo")),
      ("-4 * * * * *", .second, "-4", .unexpectedText("-4")),
      ("99999999999 * * * * *", .second, "99999999999", .unexpectedText("99999999999")),
      ("* * * * * Mön", .dayOfWeek, "Mön", .unexpectedText("ön")),
      ("1.5 * * * * *", .second, "1.5", .unexpectedText(".5")),
      ("* * * 15W * *", .dayOfMonth, "15W", .unexpectedText("W")), ("L * * * * *", .second, "L", .namesNotAllowed("L")),
      ("* * * * * 5#3", .dayOfWeek, "5#3", .unexpectedText("#3")),
    ]
    for (text, field, value, reason) in cases {
      #expect(throws: CronExpressionError.invalidField(field: field, value: value, reason: reason)) {
        try CronExpression(parsing: text)
      }
    }
  }

  @Test func errorsDescribeThemselves() {
    #expect(
      CronExpressionError.wrongFieldCount(5).description
        == "cron expression has 5 fields; expected 6 (sec min hour day-of-month month day-of-week) or 7 (with year)")
    #expect(
      CronExpressionError.invalidField(field: .second, value: "60", reason: .outOfRange(60, allowed: 0...59))
        .description == "invalid second field \"60\": 60 is outside 0-59")
    #expect(
      CronExpressionError.invalidField(field: .dayOfWeek, value: "*/0", reason: .zeroStep).description
        == "invalid day-of-week field \"*/0\": a step cannot be zero")
    #expect(CronExpressionError.unknownShorthand("@reboot").description.contains("@reboot"))
  }
}

private let utc: Calendar = {
  var calendar = Calendar(identifier: .gregorian)
  calendar.timeZone = TimeZone(identifier: "UTC")!
  return calendar
}()

/// A UTC date built with Foundation's calendar, independently of `CronExpression`'s own arithmetic.
private func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ sec: Int = 0) -> Date {
  utc.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: sec))!
}

/// Up to `count` successive fire times of `text` after `start`.
private func fires(_ text: String, after start: Date, count: Int) throws -> [Date] {
  let expression = try CronExpression(parsing: text)
  var result: [Date] = []
  var current = start
  while result.count < count, let next = expression.nextFire(after: current) {
    result.append(next)
    current = next
  }
  return result
}
