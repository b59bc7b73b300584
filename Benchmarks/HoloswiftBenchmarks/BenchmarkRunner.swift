/// Times closures and prints one markdown table row per measurement.
///
/// Each measurement runs a warm-up, then `repetitions` timed repetitions of `iterations` calls each; the
/// reported figure is the median time per call.
final class BenchmarkRunner {
  /// Timed repetitions per measurement (the median is reported).
  let repetitions: Int
  private let clock = ContinuousClock()

  /// Creates a runner doing `repetitions` timed repetitions per measurement.
  init(repetitions: Int = 7) {
    precondition(repetitions > 0, "a measurement needs at least one repetition")
    self.repetitions = repetitions
  }

  /// Prints the markdown table header; call once per group, before its measurements.
  func printTableHeader() {
    print(BenchmarkResult.tableHeader)
    print(BenchmarkResult.tableSeparator)
  }

  /// Measures `body`, prints its table row and returns the result (to use as another row's floor).
  ///
  /// - Parameters:
  ///   - name: The row's label.
  ///   - iterations: Calls per repetition; pick it so one repetition takes roughly 50–200 ms.
  ///   - bytes: Bytes processed or produced per call, if meaningful (prints bytes/op and MiB/s).
  ///   - floor: A cheaper measurement from the same run that this one cannot beat; its ratio is printed.
  ///   - body: The operation; its result is passed to ``blackHole(_:)`` so it is not optimised away.
  @discardableResult
  func measure<Result>(
    _ name: String,
    iterations: Int,
    bytes: Int? = nil,
    floor: BenchmarkResult? = nil,
    _ body: () -> Result
  ) -> BenchmarkResult {
    precondition(iterations > 0, "a measurement needs at least one iteration")
    // Warm-up: fill caches, fault in pages and let lazy initialisers (libsodium's) run.
    _ = time(iterations: max(iterations / 4, 1), body)
    var samples: [Double] = []
    samples.reserveCapacity(repetitions)
    for _ in 0..<repetitions {
      samples.append(time(iterations: iterations, body))
    }
    let result = BenchmarkResult(
      name: name, samplesNanosecondsPerOp: samples, bytesPerOp: bytes, floor: floor)
    print(result.tableRow)
    fflushAll()
    return result
  }

  /// Nanoseconds per call of `body` over `iterations` calls.
  private func time<Result>(iterations: Int, _ body: () -> Result) -> Double {
    let start = clock.now
    for _ in 0..<iterations {
      blackHole(body())
    }
    let elapsed = start.duration(to: clock.now)
    return elapsed.nanoseconds / Double(iterations)
  }
}

extension Duration {
  /// This duration in nanoseconds, as a floating-point number.
  var nanoseconds: Double {
    let (seconds, attoseconds) = components
    return Double(seconds) * 1e9 + Double(attoseconds) / 1e9
  }
}
