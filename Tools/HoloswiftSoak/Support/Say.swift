import Foundation

/// Prints a line at once, even when standard output is a file or a pipe (CI logs show progress as it happens).
func say(_ line: String) {
  print(line)
  fflush(nil)
}
