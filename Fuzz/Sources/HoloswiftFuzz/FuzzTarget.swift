/// One fuzzer: the decoders it feeds every input to, and the seed inputs it starts from.
///
/// An input passes when the decoders return, whatever they return: decoding errors are the expected outcome for
/// most inputs. A failure is a trap (overflow, bounds, force unwrap, precondition), a hang (libFuzzer's
/// `-timeout`) or runaway memory (`-rss_limit_mb`, `-malloc_limit_mb`).
struct FuzzTarget: Sendable {
  /// The name given to `--target=` and used for the corpus directory (`Fuzz/Corpus/<name>`).
  let name: String
  /// What the target feeds its inputs to, in one line.
  let summary: String
  /// Runs one input through the decoders.
  let run: @Sendable ([UInt8]) -> Void
  /// The seed corpus: real encodings made with the real encoders, by file name.
  let seeds: @Sendable () -> [Seed]

  /// Every target, in the order `make fuzz` runs them.
  static let all: [FuzzTarget] = [.msgpack, .conductorAPI, .bundles, .peerMessage]

  /// The target called `name`, if any.
  static func named(_ name: String) -> FuzzTarget? {
    all.first { $0.name == name }
  }
}

/// One file of a seed corpus.
struct Seed: Sendable {
  /// The file name: what the input is (`admin-install_app`), unique within its target.
  let name: String
  let bytes: [UInt8]

  init(_ name: String, _ bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
}
