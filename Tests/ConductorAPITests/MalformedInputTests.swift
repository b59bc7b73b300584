import ConductorAPI
import HoloCore
import Testing

/// Bad input ends in a ``MsgPackError`` (which the server answers with a `deserialization` error), never a trap.
@Suite struct MalformedInputTests {
  @Test func unknownVariants() {
    #expect(throws: MsgPackError.unknownVariant(type: "AdminRequest", variant: "revoke_agent_key")) {
      try AdminRequest(
        msgpack: msgpack {
          $0.writeMapHeader(1)
          $0.writeField("type", "revoke_agent_key")
        })
    }
    #expect(throws: MsgPackError.unknownVariant(type: "AppRequest", variant: "get_countersigning_session_state")) {
      try AppRequest(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "get_countersigning_session_state")
          writer.writeField("value", testCell)
        })
    }
    #expect(throws: MsgPackError.unknownVariant(type: "ExternalApiWireError", variant: "nope")) {
      try ExternalApiWireError(
        msgpack: msgpack {
          $0.writeMapHeader(2)
          $0.writeField("type", "nope")
          $0.writeField("value", "x")
        })
    }
    #expect(throws: MsgPackError.unknownVariant(type: "AppStatusFilter", variant: "running")) {
      try AppStatusFilter(msgpack: msgpack { $0.write("running") })
    }
  }

  @Test func missingTypeAndValue() {
    #expect(throws: MsgPackError.missingField(type: "AdminRequest", field: "type")) {
      try AdminRequest(
        msgpack: msgpack {
          $0.writeMapHeader(1)
          $0.writeField("value", "x")
        })
    }
    #expect(throws: MsgPackError.missingField(type: "AdminRequest::install_app", field: "value")) {
      try AdminRequest(
        msgpack: msgpack {
          $0.writeMapHeader(1)
          $0.writeField("type", "install_app")
        })
    }
    #expect(throws: MsgPackError.missingField(type: "AdminRequest::enable_app", field: "installed_app_id")) {
      try AdminRequest(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "enable_app")
          writer.write("value" as StaticString)
          writer.writeMapHeader(0)
        })
    }
    #expect(throws: MsgPackError.missingField(type: "AdminRequest::list_capability_grants", field: "include_revoked")) {
      try AdminRequest(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "list_capability_grants")
          writer.write("value" as StaticString)
          writer.writeMapHeader(1)
          writer.writeField("installed_app_id", "chat")
        })
    }
  }

  @Test func wrongTypes() {
    // A hash of the wrong kind.
    #expect(throws: (any Error).self) {
      try AdminRequest(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "get_dna_definition")
          writer.write("value" as StaticString)
          writer.writeArrayHeader(2)
          writer.encode(agentKey(1))
          writer.encode(agentKey(2))
        })
    }
    // A signature of the wrong length.
    #expect(throws: MsgPackError.invalidValue(type: "Signature", reason: "expected 64 bytes, found 3")) {
      try AppRequest(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "call_zome")
          writer.write("value" as StaticString)
          writer.writeMapHeader(2)
          writer.write("bytes" as StaticString)
          writer.writeBinary([0xc0])
          writer.write("signature" as StaticString)
          writer.writeBinary([1, 2, 3])
        })
    }
    // Not a map at all.
    #expect(throws: (any Error).self) { try AdminRequest(msgpack: [0x93, 0x01, 0x02, 0x03]) }
    #expect(throws: (any Error).self) { try AppResponse(msgpack: [0xa3, 0x61, 0x62, 0x63]) }
    // A port that does not fit a u16.
    #expect(throws: MsgPackError.self) {
      try AdminResponse(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "app_interface_attached")
          writer.write("value" as StaticString)
          writer.writeMapHeader(1)
          writer.writeField("port", UInt64(70000))
        })
    }
  }

  @Test func emptyTruncatedAndTrailing() {
    #expect(throws: MsgPackError.self) { try AdminRequest(msgpack: []) }
    #expect(throws: MsgPackError.self) { try WireMessage(msgpack: []) }
    let full = AdminRequest.disableApp(installedAppId: "some_id").msgpackBytes()
    for length in 0..<full.count {
      #expect(throws: MsgPackError.self) { try AdminRequest(msgpack: Array(full[0..<length])) }
    }
    #expect(throws: MsgPackError.trailingBytes(offset: full.count)) { try AdminRequest(msgpack: full + [0xc0]) }
    // A header claiming more data than there is.
    #expect(throws: MsgPackError.self) { try WireMessage(msgpack: [0xdf, 0xff, 0xff, 0xff, 0xff]) }
    #expect(throws: MsgPackError.self) {
      try AppRequest(msgpack: [0x82, 0xa4, 0x74, 0x79, 0x70, 0x65, 0xc6, 0xff, 0xff])
    }
  }

  /// Every single-byte corruption and every truncation of real messages decodes or throws, and never traps.
  @Test func corruptedMessagesNeverTrap() {
    let samples: [[UInt8]] =
      AdminRoundTripTests.requests.map { $0.msgpackBytes() } + AppRoundTripTests.requests.map { $0.msgpackBytes() }
      + AppRoundTripTests.responses.map { $0.msgpackBytes() } + AppRoundTripTests.signals.map { $0.msgpackBytes() }
    var generator = SeededGenerator(seed: 42)
    for sample in samples {
      for _ in 0..<40 {
        var corrupted = sample
        let index = Int(generator.next() % UInt64(corrupted.count))
        corrupted[index] = UInt8(truncatingIfNeeded: generator.next())
        decodeEverything(corrupted)
        decodeEverything(Array(corrupted[0..<index]))
      }
    }
  }

  /// Random bytes never trap either.
  @Test func randomBytesNeverTrap() {
    var generator = SeededGenerator(seed: 7)
    for length in 0..<400 {
      let bytes = (0..<(length % 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      decodeEverything(bytes)
      // Inside a plausible envelope, too.
      decodeEverything([0x82, 0xa4, 0x74, 0x79, 0x70, 0x65] + bytes)
    }
  }

  /// Deeply nested values in an opaque field hit the depth limit instead of the stack.
  @Test func deepNestingIsRejected() {
    let prefix = msgpack { writer in
      writer.writeMapHeader(2)
      writer.writeField("type", "full_state_dumped")
      writer.write("value" as StaticString)
    }
    let bytes = prefix + [UInt8](repeating: 0x91, count: 10_000) + [0xc0]
    #expect(throws: MsgPackError.self) { try AdminResponse(msgpack: bytes) }
  }

  private func decodeEverything(_ bytes: [UInt8]) {
    _ = try? WireMessage(msgpack: bytes)
    _ = try? AdminRequest(msgpack: bytes)
    _ = try? AdminResponse(msgpack: bytes)
    _ = try? AppRequest(msgpack: bytes)
    _ = try? AppResponse(msgpack: bytes)
    _ = try? Signal(msgpack: bytes)
    _ = try? AppAuthenticationRequest(msgpack: bytes)
  }
}

/// A deterministic pseudo-random generator (xorshift64*).
struct SeededGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed == 0 ? 0x9e37_79b9_7f4a_7c15 : seed }
  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_f491_4f6c_dd1d
  }
}
