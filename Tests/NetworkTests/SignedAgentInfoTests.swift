import Foundation
import HoloCore
import HoloCrypto
import HoloNetwork
import Testing

@Suite struct SignedAgentInfoTests {
  static let now: Int64 = 1_800_000_000_000_000

  /// Escapes `inner` into an outer JSON object by hand, as a peer might.
  func outer(_ inner: String, signature: [UInt8]) -> [UInt8] {
    let escaped = inner.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return Array(#"{"agentInfo":"\#(escaped)","signature":"\#(Base64URL.encode(signature))"}"#.utf8)
  }

  @Test func encodesAsKitsune2Does() {
    // Kitsune2's `happy_encode_decode` fixture (crates/api/src/agent.rs), with its fake signature.
    let info = PeerAgentInfo(
      agent: Array("test-agent".utf8), space: Array("test-space".utf8), createdAt: 1_731_690_797_907_204,
      expiresAt: 1_731_690_797_907_204 + 72_000_000_000, url: "ws://test.com:80/test-url",
      storageArc: StorageArc(start: 42, end: UInt32.max / 13))
    let signed = SignedAgentInfo.sign(info) { _ in Array("fake-signature".utf8) }
    #expect(
      signed.jsonText
        == #"{"agentInfo":"{\"agent\":\"dGVzdC1hZ2VudA\",\"space\":\"dGVzdC1zcGFjZQ\",\"createdAt\":\"1731690797907204\",\"expiresAt\":\"1731762797907204\",\"isTombstone\":false,\"url\":\"ws://test.com:80/test-url\",\"storageArc\":[42,330382099]}","signature":"ZmFrZS1zaWduYXR1cmU"}"#
    )
    #expect(signed.json == Array(signed.jsonText.utf8))
    let tombstone = PeerAgentInfo(
      agent: Array("a".utf8), space: Array("s".utf8), createdAt: -5, expiresAt: 7, isTombstone: true)
    #expect(
      tombstone.encodedJSON
        == #"{"agent":"YQ","space":"cw","createdAt":"-5","expiresAt":"7","isTombstone":true,"url":null,"storageArc":null}"#
    )
  }

  @Test func signedInfoParsesAndVerifies() throws {
    let peer = PeerFixture()
    let signed = peer.signed(createdAt: Self.now, arc: StorageArc(start: .max - 4, end: 1000))
    let parsed = try SignedAgentInfo(json: signed.json)
    #expect(parsed == signed)
    #expect(parsed.info == signed.info)
    #expect(parsed.agent == peer.agent && parsed.space == peer.space)
    #expect(parsed.createdAt == Self.now && parsed.expiresAt == Self.now + 20 * PeerFixture.minute)
    #expect(parsed.url == "ws://127.0.0.1:5000" && !parsed.isTombstone)
    #expect(parsed.storageArc == StorageArc(start: .max - 4, end: 1000))
    #expect(Ed25519.verify(signature: parsed.signature, message: Array(parsed.encoded.utf8), publicKey: peer.agent))
  }

  @Test func theReceivedInnerJSONIsKeptExactly() throws {
    let peer = PeerFixture()
    // Another field order, spaces, an escaped slash and an extension field: still Kitsune2-valid.
    let inner =
      #"{ "space": "\#(Base64URL.encode(peer.space))", "agent": "\#(Base64URL.encode(peer.agent))", "createdAt": "5", "expiresAt": "9", "isTombstone": false, "url": "ws:\/\/x:1", "fakeField": [1, {"a": null}] }"#
    let signature = peer.keys.sign(Array(inner.utf8))
    let parsed = try SignedAgentInfo(json: outer(inner, signature: signature))
    #expect(parsed.encoded == inner)
    #expect(parsed.url == "ws://x:1" && parsed.storageArc == .empty)
    let again = try SignedAgentInfo(json: parsed.json)
    #expect(again.encoded == inner && again == parsed)
  }

  @Test func urlsWithAwkwardCharactersSurviveTheirEscaping() throws {
    let peer = PeerFixture()
    let url = "wss://h\u{e9}te:1/\"quoted\"\\back\nline\u{1}\u{7f}/é"
    let signed = peer.signed(createdAt: Self.now, url: url)
    #expect(signed.encoded.contains(#"\"quoted\"\\back\nline\u0001"#))
    let parsed = try SignedAgentInfo(json: signed.json)
    #expect(parsed.url == url && parsed.encoded == signed.encoded)
  }

  @Test func aTamperedSignatureIsRefused() throws {
    let peer = PeerFixture()
    let signed = peer.signed(createdAt: Self.now)
    var signature = signed.signature
    signature[10] ^= 0x01
    #expect(throws: AgentInfoError.invalidSignature) {
      try SignedAgentInfo(json: outer(signed.encoded, signature: signature))
    }
    #expect(throws: AgentInfoError.invalidSignature) {
      try SignedAgentInfo(json: outer(signed.encoded, signature: Array(signature.prefix(63))))
    }
    #expect(throws: AgentInfoError.invalidSignature) {
      try SignedAgentInfo(json: Array(#"{"agentInfo":"{}","signature":"not base64!"}"#.utf8))
    }
    // Signed by someone else.
    let stranger = PeerFixture()
    let forged = SignedAgentInfo.sign(peer.info(createdAt: Self.now)) { stranger.keys.sign($0) }
    #expect(throws: AgentInfoError.invalidSignature) { try SignedAgentInfo(json: forged.json) }
  }

  @Test func aTamperedFieldIsRefused() throws {
    let peer = PeerFixture()
    let signed = peer.signed(createdAt: Self.now)
    let later = signed.encoded.replacingOccurrences(
      of: "\"createdAt\":\"\(Self.now)\"", with: "\"createdAt\":\"\(Self.now + 1)\"")
    #expect(later != signed.encoded)
    #expect(throws: AgentInfoError.invalidSignature) {
      try SignedAgentInfo(json: outer(later, signature: signed.signature))
    }
    let wider = signed.encoded.replacingOccurrences(of: "[0,4294967295]", with: "null")
    #expect(wider != signed.encoded)
    #expect(throws: AgentInfoError.invalidSignature) {
      try SignedAgentInfo(json: outer(wider, signature: signed.signature))
    }
  }

  @Test func malformedInfosAreRefusedByName() throws {
    let peer = PeerFixture()
    let agent = Base64URL.encode(peer.agent)
    func attempt(_ inner: String) -> AgentInfoError? {
      do {
        _ = try SignedAgentInfo(json: outer(inner, signature: peer.keys.sign(Array(inner.utf8))))
        return nil
      } catch {
        return error
      }
    }
    let good = #"{"agent":"\#(agent)","space":"c3A","createdAt":"1","expiresAt":"2","isTombstone":false}"#
    #expect(attempt(good) == nil)
    #expect(attempt(good.replacingOccurrences(of: agent, with: "YQ")) == .invalidAgentPubKey)
    #expect(attempt(good.replacingOccurrences(of: "c3A", with: "c3A*")) == .invalidSpace)
    #expect(attempt(good.replacingOccurrences(of: #""1""#, with: #""1.5""#)) == .invalidTimestamp("createdAt"))
    #expect(attempt(good.replacingOccurrences(of: #""2""#, with: #""soon""#)) == .invalidTimestamp("expiresAt"))
    if case .invalidJSON = attempt(good.replacingOccurrences(of: #","isTombstone":false"#, with: "")) {
    } else {
      Issue.record("a missing isTombstone should be invalid JSON")
    }
    if case .invalidJSON = attempt(good.replacingOccurrences(of: "}", with: #","storageArc":[1]}"#)) {
    } else {
      Issue.record("a one-bound arc should be invalid JSON")
    }
    #expect(throws: AgentInfoError.self) { try SignedAgentInfo(json: Array("[]".utf8)) }
  }

  @Test func theBootstrapServiceAcceptsASignedInfo() throws {
    let peer = PeerFixture()
    let signed = peer.signed(createdAt: Self.now, arc: StorageArc(start: 1, end: 2))
    let entry = try BootstrapEntry(body: signed.json)
    #expect(entry.agent == peer.agent && entry.space == peer.space && entry.encoded == signed.encoded)
    #expect(entry.createdAt == signed.createdAt && entry.expiresAt == signed.expiresAt && entry.verifySignature())
    let service = BootstrapService()
    try service.put(space: peer.space, agent: peer.agent, body: signed.json, now: Self.now)
    let listed = service.get(space: peer.space, now: Self.now)
    #expect(listed == Array("[".utf8) + signed.json + Array("]".utf8))
    #expect(try SignedAgentInfo.list(json: listed) == [signed])

    // And refuses one we tamper with, naming why.
    let forged = SignedAgentInfo.sign(peer.info(createdAt: Self.now + 1)) { PeerFixture().keys.sign($0) }
    #expect(throws: BootstrapService.PutError.invalidSignature) {
      try service.put(space: peer.space, agent: peer.agent, body: forged.json, now: Self.now)
    }
  }

  @Test func listsKeepWhatVerifiesAndDropTheRest() throws {
    let alice = PeerFixture()
    let bob = PeerFixture()
    let first = alice.signed(createdAt: Self.now)
    let second = bob.signed(createdAt: Self.now)
    var badSignature = second.signature
    badSignature[0] ^= 0xff
    var body = Array("[".utf8) + first.json + Array(",".utf8) + outer(second.encoded, signature: badSignature)
    body += Array(#",{"unrelated":true},17,"#.utf8) + second.json + Array("]".utf8)
    #expect(try SignedAgentInfo.list(json: body) == [first, second])
    #expect(try SignedAgentInfo.list(json: Array("[]".utf8)).isEmpty)
    #expect(throws: AgentInfoError.self) { try SignedAgentInfo.list(json: Array(#"{"error":"x"}"#.utf8)) }
  }

  @Test func msgpackCarriesTheEncodedInfoAndSignature() throws {
    let peer = PeerFixture()
    let signed = peer.signed(createdAt: Self.now)
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.writeField("encoded", signed.encoded)
    writer.write("signature" as StaticString)
    writer.writeBinary(signed.signature)
    #expect(signed.msgpackBytes() == writer.bytes)
    let decoded = try SignedAgentInfo(msgpack: signed.msgpackBytes())
    #expect(decoded == signed && decoded.info == signed.info)

    var tampered = MsgPackWriter()
    tampered.writeMapHeader(2)
    tampered.writeField("encoded", signed.encoded.replacingOccurrences(of: "false", with: "true"))
    tampered.write("signature" as StaticString)
    tampered.writeBinary(signed.signature)
    #expect(throws: MsgPackError.invalidValue(type: "SignedAgentInfo", reason: "InvalidSignature")) {
      try SignedAgentInfo(msgpack: tampered.bytes)
    }
  }

  @Test func holochainHashesGiveTheirCores() {
    let keys = Ed25519KeyPair.generate()
    let agent = AgentPubKey(core: keys.publicKey)
    let dna = DnaHash(core: [UInt8](repeating: 3, count: 32))
    let info = PeerAgentInfo(agent: agent, dna: dna, createdAt: 1, expiresAt: 2)
    #expect(info.agent == keys.publicKey && info.space == [UInt8](repeating: 3, count: 32))
    #expect(info.agentPubKey == agent)
    #expect(info.url == nil && info.storageArc == .empty && !info.isTombstone)
  }
}
