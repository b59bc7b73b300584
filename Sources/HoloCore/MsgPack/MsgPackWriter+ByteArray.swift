extension MsgPackWriter {
  /// Writes a `Vec<u8>` the way rmp-serde does without `serde_bytes`: an array of small integers.
  ///
  /// ```swift
  /// writer.writeByteArray([1, 2, 3])   // 93 01 02 03
  /// ```
  public mutating func writeByteArray(_ bytes: [UInt8]) {
    writeArrayHeader(bytes.count)
    for byte in bytes { write(UInt64(byte)) }
  }
}
