import CLibFuzzer
import Foundation

/// The bridge between libFuzzer's C callback, which cannot capture anything, and the target chosen on the
/// command line.
enum FuzzHarness {
  /// The target every input goes to.
  ///
  /// `nonisolated(unsafe)`: written once by `main`, before `LLVMFuzzerRunDriver` starts, and only read after that,
  /// from libFuzzer's single fuzzing thread.
  nonisolated(unsafe) static var target: FuzzTarget?

  /// Runs one input through the chosen target. libFuzzer calls this for every input; it returns 0, as libFuzzer
  /// asks (-1 would keep the input out of the corpus).
  static func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target else { return 0 }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target.run(bytes)
    return 0
  }

  /// Hands the process to libFuzzer with `arguments` (its flags and corpus directories; flags that start with
  /// `--`, such as `--target=`, it ignores and passes on to the processes it forks).
  static func runDriver(arguments: [String]) -> CInt {
    var argc = CInt(arguments.count)
    // libFuzzer keeps pointers into argv for the whole run: these copies are never freed.
    let cStrings = arguments.map { strdup($0) } + [nil]
    let argvStorage = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: cStrings.count)
    argvStorage.initialize(from: cStrings, count: cStrings.count)
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argvStorage
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzHarness.testOneInput(data, size) }
  }
}

/// libFuzzer's usual entry point. `main` passes its own callback to `LLVMFuzzerRunDriver`, but the runtime that
/// `-sanitize=fuzzer` links refers to this symbol, so it must exist; it runs the same target.
@_cdecl("LLVMFuzzerTestOneInput")
func llvmFuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzHarness.testOneInput(data, size)
}
