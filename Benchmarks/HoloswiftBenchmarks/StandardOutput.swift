#if canImport(Darwin)
  import Darwin
#elseif canImport(Glibc)
  import Glibc
#endif

/// Flushes standard output, so rows appear as they are measured even when piped to a file.
func fflushAll() {
  // `fflush(stdout)` does not compile in Swift 6 mode (`stdout` is a global var); nil flushes every stream.
  fflush(nil)
}

/// Prints `message` to standard error, keeping standard output a clean markdown document.
func printError(_ message: String) {
  // `stderr` is a global var too, so write to file descriptor 2 directly.
  var line = message + "\n"
  line.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
}

/// Ends the program with `status`.
func exitProgram(_ status: Int32) -> Never {
  exit(status)
}
