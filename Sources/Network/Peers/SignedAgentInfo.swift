import HoloCore
import HoloCrypto

/// An agent info with its signature, as Kitsune2's `AgentInfoSigned`: the parsed ``info``, the inner JSON
/// exactly as signed (``encoded``) and the agent's Ed25519 signature over those UTF-8 bytes. Its JSON form
/// (``json``) is `{"agentInfo":"<encoded, as a JSON string>","signature":"<base64url>"}`, what the bootstrap
/// server takes and gives back.
///
/// The info's fields read straight through: `signed.agent`, `signed.expiresAt`, `signed.storageArc`…
///
/// ```swift
/// let keys = Ed25519KeyPair.generate()
/// let signed = SignedAgentInfo.sign(info) { keys.sign($0) }
/// let again = try SignedAgentInfo(json: signed.json)   // parses and verifies
/// ```
@dynamicMemberLookup
public struct SignedAgentInfo: Hashable, Sendable {
  /// The parsed info.
  public let info: PeerAgentInfo
  /// The inner JSON exactly as signed; kept as received, so it re-sends byte for byte.
  public let encoded: String
  /// The agent's 64-byte Ed25519 signature over `encoded`'s UTF-8 bytes.
  public let signature: [UInt8]

  private init(info: PeerAgentInfo, encoded: String, signature: [UInt8]) {
    self.info = info
    self.encoded = encoded
    self.signature = signature
  }

  /// Encodes `info` as Kitsune2 does (``PeerAgentInfo/encodedJSON``) and has `signer` sign those bytes; the
  /// signer should be the agent's key, and return a 64-byte Ed25519 signature (it is not checked here).
  public static func sign<Failure: Error>(
    _ info: PeerAgentInfo, signer: (_ message: [UInt8]) throws(Failure) -> [UInt8]
  ) throws(Failure) -> SignedAgentInfo {
    let encoded = info.encodedJSON
    let signature = try signer(Array(encoded.utf8))
    return SignedAgentInfo(info: info, encoded: encoded, signature: signature)
  }

  /// Parses an inner JSON and checks that its agent signed it.
  public init(encoded: String, signature: [UInt8]) throws(AgentInfoError) {
    let info = try PeerAgentInfo(json: encoded)
    guard Ed25519.verify(signature: signature, message: Array(encoded.utf8), publicKey: info.agent) else {
      throw .invalidSignature
    }
    self.init(info: info, encoded: encoded, signature: signature)
  }

  /// Whether the info still holds at `now` (microseconds): it expires at `expiresAt`.
  public func isLive(now: Int64) -> Bool { info.isLive(now: now) }

  /// A field of ``info``.
  public subscript<Value>(dynamicMember field: KeyPath<PeerAgentInfo, Value>) -> Value { info[keyPath: field] }

  /// Two signed infos are equal when they carry the same encoded info and signature.
  public static func == (lhs: SignedAgentInfo, rhs: SignedAgentInfo) -> Bool {
    lhs.encoded == rhs.encoded && lhs.signature == rhs.signature
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(encoded)
    hasher.combine(signature)
  }
}

extension SignedAgentInfo: CustomStringConvertible {
  /// `SignedAgentInfo(<encoded>)`, as Kitsune2 prints one.
  public var description: String { "SignedAgentInfo(\(encoded))" }
}
