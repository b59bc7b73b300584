// Standard output for Embedded Swift: what `print` writes arrives here one byte at a time and is sent, a
// line at a time, to the `trace` host function at `INFO`. (With -Osize, `fatalError` and `precondition`
// trap without printing their message.) A zome that never prints does not import `__hc__trace_1` for this.

/// Bytes of the line being printed.
nonisolated(unsafe) private var pendingLine: [UInt8] = []
/// Set while a line is being traced, so that output during the host call cannot recurse.
nonisolated(unsafe) private var isFlushing = false

/// The C `putchar` that Embedded Swift's `print` calls; not meant to be called directly.
@_cdecl("putchar")
public func _hdkPutchar(_ character: Int32) -> Int32 {
  let byte = UInt8(truncatingIfNeeded: character)
  if isFlushing { return character }
  if byte == 0x0a {
    flushOutput()
  } else {
    pendingLine.append(byte)
    if pendingLine.count >= 4096 { flushOutput() }
  }
  return character
}

private func flushOutput() {
  isFlushing = true
  let line = String(decoding: pendingLine, as: UTF8.self)
  pendingLine.removeAll(keepingCapacity: true)
  trace(line, level: .info)
  isFlushing = false
}
