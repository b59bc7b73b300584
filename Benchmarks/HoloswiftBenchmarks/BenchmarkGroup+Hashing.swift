import HoloCore
import HoloCrypto

extension BenchmarkGroup {
  /// BLAKE2b-256: HoloCore's pure-Swift implementation against libsodium's, and a whole action hash.
  static var hashing: BenchmarkGroup {
    BenchmarkGroup(
      name: "hashing",
      summary: "BLAKE2b-256 (32-byte digest). libsodium's `crypto_generichash` is the floor of the "
        + "pure-Swift HoloCore one; hashing bytes is the floor of encoding and hashing an action."
    ) { runner in
      let sizes = [("64 B", 64, 500_000), ("1 KiB", 1_024, 50_000), ("64 KiB", 65_536, 1_000)]
      for (label, size, iterations) in sizes {
        let input = opaque(SampleData.bytes(size))
        let expected = try? HoloCrypto.Blake2b.hash(input, outputLength: 32)
        guard HoloCore.Blake2b.hash(input, outputLength: 32) == expected else {
          fatalError("HoloCore and libsodium disagree on BLAKE2b of \(label)")
        }

        let sodium = runner.measure(
          "blake2b-256 \(label), libsodium", iterations: iterations, bytes: size
        ) {
          try? HoloCrypto.Blake2b.hash(input, outputLength: 32)
        }
        runner.measure(
          "blake2b-256 \(label), HoloCore", iterations: iterations, bytes: size, floor: sodium
        ) {
          HoloCore.Blake2b.hash(input, outputLength: 32)
        }
      }

      let action = opaque(SampleData.action())
      let encoded = action.msgpackBytes()
      let hashOnly = runner.measure(
        "ActionHash.hashing(bytes:) of an action", iterations: 200_000, bytes: encoded.count
      ) {
        ActionHash.hashing(bytes: encoded)
      }
      runner.measure(
        "ActionHash.hashing(action): encode + hash", iterations: 200_000, bytes: encoded.count,
        floor: hashOnly
      ) {
        ActionHash.hashing(action)
      }
    }
  }
}
