import HoloCore
import HoloCrypto

extension BenchmarkGroup {
  /// Ed25519 signing and verification (libsodium) of an action's msgpack bytes, as authoring does.
  static var signing: BenchmarkGroup {
    BenchmarkGroup(
      name: "signing",
      summary: "Ed25519 (libsodium) over the sample action's msgpack bytes."
    ) { runner in
      let message = opaque(SampleData.action().msgpackBytes())
      guard let keys = try? Ed25519KeyPair(seed: SampleData.bytes(Ed25519.seedLength)) else {
        fatalError("a 32-byte seed is always valid")
      }
      let signature = keys.sign(message)
      guard Ed25519.verify(signature: signature, message: message, publicKey: keys.publicKey) else {
        fatalError("a fresh signature does not verify")
      }
      let seed = opaque(SampleData.bytes(Ed25519.seedLength, seed: 42))

      runner.measure("Ed25519KeyPair(seed:)", iterations: 20_000) {
        try? Ed25519KeyPair(seed: seed)
      }
      runner.measure("sign action bytes", iterations: 20_000, bytes: message.count) {
        keys.sign(message)
      }
      runner.measure("verify action signature", iterations: 10_000, bytes: message.count) {
        Ed25519.verify(signature: signature, message: message, publicKey: keys.publicKey)
      }
    }
  }
}
