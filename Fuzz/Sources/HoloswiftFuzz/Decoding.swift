import HoloCore

/// Decoding for fuzzers: a thrown error is a valid outcome for a fuzzer's input (only traps, hangs and runaway
/// memory are failures), so these helpers turn it into `nil` and let the caller go on with what did decode.
enum Decoding {
  /// `T` decoded from all of `bytes`, or `nil` when the bytes are not one. A decoded value is encoded again, so
  /// that a value the decoder accepts but the encoder cannot write is found too.
  @discardableResult
  static func decode<T: MsgPackCodable>(_: T.Type, _ bytes: [UInt8]) -> T? {
    let value: T
    do {
      value = try T(msgpack: bytes)
    } catch {
      return nil
    }
    _ = value.msgpackBytes()
    return value
  }

  /// Runs `body` and drops the error it throws, for checks that follow a successful decode (resolving a
  /// bundle, a summary comparison): like decoding, they may refuse the input but must not trap.
  static func attempt<T, E: Error>(_ body: () throws(E) -> T) -> T? {
    do {
      return try body()
    } catch {
      return nil
    }
  }
}
