import HoloCore

extension BenchmarkGroup {
  /// Encoding and decoding a typical record with HoloCore's rmp-serde-compatible msgpack codec.
  static var msgpack: BenchmarkGroup {
    BenchmarkGroup(
      name: "msgpack",
      summary: "HoloCore msgpack codec on a Create record (bytes/op is the encoded size)."
    ) { runner in
      let record = opaque(SampleData.record())
      let bytes = opaque(record.msgpackBytes())
      guard (try? Record(msgpack: bytes)) == record else {
        fatalError("the sample record does not round-trip")
      }

      runner.measure("encode Record", iterations: 200_000, bytes: bytes.count) {
        record.msgpackBytes()
      }
      runner.measure("decode Record (typed)", iterations: 100_000, bytes: bytes.count) {
        try? Record(msgpack: bytes)
      }
      runner.measure("decode Record as MsgPackValue", iterations: 100_000, bytes: bytes.count) {
        try? MsgPackValue(msgpack: bytes)
      }
    }
  }
}
