import ConductorAPI
import HoloCore
import Testing

/// The websocket envelope (`holochain_websocket::WireMessage`). Expected bytes from Python's msgpack (see
/// ``EncodingVectorTests``).
@Suite struct WireMessageTests {
  static let appInfo = "81a474797065a86170705f696e666f"

  @Test func request() throws {
    let message = WireMessage.request(id: 1, encoding: AppRequest.appInfo)
    let expected = hex("83a474797065a772657175657374a2696401a464617461c40f" + Self.appInfo)
    #expect(message.msgpackBytes() == expected)
    #expect(try WireMessage(msgpack: expected) == .request(id: 1, data: hex(Self.appInfo)))
  }

  /// `@holochain/client` writes `{id, type, data}`: the keys may come in any order.
  @Test func requestAsTheJavaScriptClientWritesIt() throws {
    let bytes = hex("83a2696400a474797065a772657175657374a464617461c40f" + Self.appInfo)
    let message = try WireMessage(msgpack: bytes)
    #expect(message == .request(id: 0, data: hex(Self.appInfo)))
    guard case .request(_, let data) = message else { return }
    #expect(try AppRequest(msgpack: data) == .appInfo)
  }

  @Test func cancelledResponse() throws {
    let expected = hex("83a474797065a8726573706f6e7365a26964cd012ca464617461c0")
    #expect(WireMessage.response(id: 300, data: nil).msgpackBytes() == expected)
    #expect(try WireMessage(msgpack: expected) == .response(id: 300, data: nil))
  }

  @Test func response() throws {
    let response = AdminResponse.appDisabled
    let message = WireMessage.response(id: 2, encoding: response)
    let decoded = try WireMessage(msgpack: message.msgpackBytes())
    guard case .response(let id, let data?) = decoded else {
      Issue.record("expected a response with data, got \(decoded)")
      return
    }
    #expect(id == 2)
    #expect(try AdminResponse(msgpack: data) == response)
  }

  @Test func authenticate() throws {
    let payload = AppAuthenticationRequest(token: AppAuthenticationToken(bytes: [1, 2, 3]))
    #expect(payload.msgpackBytes() == hex("81a5746f6b656e93010203"))
    let expected = hex("82a474797065ac61757468656e746963617465a464617461c40b81a5746f6b656e93010203")
    let message = WireMessage.authenticate(encoding: payload)
    #expect(message.msgpackBytes() == expected)
    guard case .authenticate(let data) = try WireMessage(msgpack: expected) else {
      Issue.record("expected authenticate")
      return
    }
    #expect(try AppAuthenticationRequest(msgpack: data) == payload)
  }

  /// A token sent back as `bin` (not how Holochain writes it) is accepted too.
  @Test func authenticationTokenAsBinary() throws {
    let bytes = hex("81a5746f6b656ec403010203")
    #expect(try AppAuthenticationRequest(msgpack: bytes).token.bytes == [1, 2, 3])
  }

  @Test func signal() throws {
    let signal = Signal.app(cellId: testCell, zomeName: "z", signal: ExternIO(bytes: [0xa1, 0x61]))
    let inner = signal.msgpackBytes()
    let expected = hex("82a474797065a67369676e616ca464617461c483") + inner
    #expect(inner.count == 0x83)
    #expect(WireMessage.signal(encoding: signal).msgpackBytes() == expected)
    #expect(try WireMessage(msgpack: expected) == .signal(data: inner))
  }

  @Test func typeNames() {
    #expect(WireMessage.signal(data: []).typeName == "signal")
    #expect(WireMessage.authenticate(data: []).typeName == "authenticate")
    #expect(WireMessage.request(id: 0, data: []).typeName == "request")
    #expect(WireMessage.response(id: 0, data: nil).typeName == "response")
  }

  @Test func rejectsUnknownTypeAndMissingFields() {
    #expect(throws: MsgPackError.unknownVariant(type: "WireMessage", variant: "ping")) {
      try WireMessage(
        msgpack: msgpack { writer in
          writer.writeMapHeader(1)
          writer.writeField("type", "ping" as StaticString)
        })
    }
    #expect(throws: MsgPackError.missingField(type: "WireMessage::request", field: "id")) {
      try WireMessage(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "request" as StaticString)
          writer.write("data" as StaticString)
          writer.writeBinary([0xc0])
        })
    }
    #expect(throws: MsgPackError.missingField(type: "WireMessage", field: "type")) {
      try WireMessage(msgpack: [0x80])
    }
    #expect(throws: (any Error).self) {
      try WireMessage(
        msgpack: msgpack { writer in
          writer.writeMapHeader(2)
          writer.writeField("type", "signal" as StaticString)
          writer.write("data" as StaticString)
          writer.writeNil()
        })
    }
  }
}
