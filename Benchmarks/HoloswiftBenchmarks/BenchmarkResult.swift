/// The result of one measurement: per-call timings of each repetition and how to print them.
struct BenchmarkResult {
  /// The row's label.
  let name: String
  /// Nanoseconds per call, one sample per repetition.
  let samplesNanosecondsPerOp: [Double]
  /// Bytes processed or produced per call, when meaningful.
  let bytesPerOp: Int?
  /// The measurement this one is compared with, if any.
  let floorName: String?
  /// This measurement's median divided by the floor's median.
  let floorRatio: Double?

  /// Builds a result from per-repetition samples; `floor` is a cheaper measurement of the same run.
  init(name: String, samplesNanosecondsPerOp: [Double], bytesPerOp: Int?, floor: BenchmarkResult?) {
    precondition(!samplesNanosecondsPerOp.isEmpty, "a measurement needs samples")
    self.name = name
    self.samplesNanosecondsPerOp = samplesNanosecondsPerOp
    self.bytesPerOp = bytesPerOp
    self.floorName = floor?.name
    self.floorRatio = floor.map { Self.median(samplesNanosecondsPerOp) / $0.medianNanoseconds }
  }

  /// The median time per call, in nanoseconds.
  var medianNanoseconds: Double { Self.median(samplesNanosecondsPerOp) }

  /// Calls per second at the median time.
  var operationsPerSecond: Double { 1e9 / medianNanoseconds }

  /// Half the range of the samples, (max − min) / 2, as a percentage of the median.
  var halfRangePercent: Double {
    let sorted = samplesNanosecondsPerOp.sorted()
    return (sorted[sorted.count - 1] - sorted[0]) / 2 / medianNanoseconds * 100
  }

  /// The markdown table header matching ``tableRow``.
  static let tableHeader =
    "| benchmark | ns/op | ops/s | ± | bytes/op | MiB/s | vs floor |"
  /// The markdown header/body separator, right-aligning the numbers.
  static let tableSeparator = "|---|--:|--:|--:|--:|--:|---|"

  /// This measurement as one markdown table row.
  var tableRow: String {
    let nanoseconds = medianNanoseconds
    var cells = [
      name,
      Format.fixed(nanoseconds, decimals: nanoseconds < 100 ? 1 : 0),
      Format.fixed(operationsPerSecond, decimals: 0),
      "±" + Format.fixed(halfRangePercent, decimals: 1) + " %",
    ]
    if let bytesPerOp {
      let mebibytesPerSecond = Double(bytesPerOp) / nanoseconds * 1e9 / 1_048_576
      cells.append(Format.fixed(Double(bytesPerOp), decimals: 0))
      cells.append(Format.fixed(mebibytesPerSecond, decimals: mebibytesPerSecond < 100 ? 1 : 0))
    } else {
      cells.append("")
      cells.append("")
    }
    if let floorRatio, let floorName {
      cells.append(Format.fixed(floorRatio, decimals: 2) + "× " + floorName)
    } else {
      cells.append("")
    }
    return "| " + cells.joined(separator: " | ") + " |"
  }

  private static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
