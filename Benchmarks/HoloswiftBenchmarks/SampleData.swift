import HoloCore

/// Fixed inputs shared by the benchmark groups: a typical Create action and its record.
enum SampleData {
  /// A Create action of an app entry, shaped like the one in the HoloCore round-trip tests.
  static func action() -> Action {
    Action(
      header: ActionHeader(
        author: AgentPubKey(core: [UInt8](repeating: 1, count: 32)),
        timestamp: Timestamp(microseconds: 1_700_000_000_000_000),
        actionSeq: 7,
        prevAction: ActionHash.hashing("prev")),
      data: .create(
        CreateData(
          entryType: .app(
            AppEntryDef(entryIndex: EntryDefIndex(0), zomeIndex: ZomeIndex(1), visibility: .public)),
          entryHash: entry().hash())))
  }

  /// The app entry the sample action creates.
  static func entry() -> Entry {
    .app(encoding: "post")
  }

  /// A record of the sample action, with a fixed (not real) signature and its entry present.
  static func record() -> Record {
    guard let signature = Signature([UInt8](repeating: 3, count: 64)) else {
      fatalError("a 64-byte signature is always valid")
    }
    let signed = SignedActionHashed(hashed: HoloHashed(action()), signature: signature)
    return Record(signedAction: signed, entry: .present(entry()))
  }

  /// `count` deterministic pseudo-random bytes (xorshift64*), so every run hashes the same input.
  static func bytes(_ count: Int, seed: UInt64 = 0x9e37_79b9_7f4a_7c15) -> [UInt8] {
    var state = seed
    return (0..<count).map { _ in
      state ^= state >> 12
      state ^= state << 25
      state ^= state >> 27
      return UInt8(truncatingIfNeeded: (state &* 0x2545_f491_4f6c_dd1d) >> 56)
    }
  }
}
