import Foundation
public import HoloCore
import HoloCrypto

/// One signed agent info as Kitsune2's bootstrap protocol carries it: the JSON
/// `{"agentInfo": "<encoded inner JSON>", "signature": "<base64url>"}`, whose inner JSON holds
/// `agent` and `space` (base64url, no padding), `createdAt` and `expiresAt` (microseconds, as strings) and
/// `isTombstone`. The signature is Ed25519, by the agent, over the encoded inner JSON exactly as sent.
public struct BootstrapEntry: Hashable, Sendable {
  /// The agent's 32-byte Ed25519 key.
  public var agent: [UInt8]
  /// The space (for Holochain, a DNA) the info is for.
  public var space: [UInt8]
  public var createdAt: Int64
  public var expiresAt: Int64
  /// A tombstone withdraws the agent from the space.
  public var isTombstone: Bool
  /// The inner JSON, as signed.
  public var encoded: String
  public var signature: [UInt8]

  /// Why a body is not a usable agent info (the names are Kitsune2's error names).
  public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
    case invalidJSON(String)
    case invalidAgentPubKey
    case invalidSpace
    case invalidSignature
    case invalidTimestamp(String)

    public var description: String {
      switch self {
      case .invalidJSON(let reason): return "InvalidJson: \(reason)"
      case .invalidAgentPubKey: return "InvalidAgentPubKey"
      case .invalidSpace: return "InvalidSpace"
      case .invalidSignature: return "InvalidSignature"
      case .invalidTimestamp(let field): return "InvalidTimestamp: \(field)"
      }
    }
  }

  private struct Outer: Decodable {
    var agentInfo: String
    var signature: String
  }

  private struct Inner: Decodable {
    var agent: String
    var space: String
    var createdAt: String
    var expiresAt: String
    var isTombstone: Bool
  }

  /// Parses a request body (the signature is checked separately, by ``verifySignature()``).
  public init(body: [UInt8]) throws(ParseError) {
    let outer: Outer
    let inner: Inner
    do {
      outer = try JSONDecoder().decode(Outer.self, from: Data(body))
      inner = try JSONDecoder().decode(Inner.self, from: Data(outer.agentInfo.utf8))
    } catch {
      throw .invalidJSON("\(error)")
    }
    guard let agent = Base64URL.decode(inner.agent), agent.count == 32 else { throw .invalidAgentPubKey }
    guard let space = Base64URL.decode(inner.space) else { throw .invalidSpace }
    guard let signature = Base64URL.decode(outer.signature), signature.count == 64 else { throw .invalidSignature }
    guard let created = Int64(inner.createdAt) else { throw .invalidTimestamp("createdAt") }
    guard let expires = Int64(inner.expiresAt) else { throw .invalidTimestamp("expiresAt") }
    self.agent = agent
    self.space = space
    createdAt = created
    expiresAt = expires
    isTombstone = inner.isTombstone
    encoded = outer.agentInfo
    self.signature = signature
  }

  /// Whether the agent signed the encoded info.
  public func verifySignature() -> Bool {
    Ed25519.verify(signature: signature, message: Array(encoded.utf8), publicKey: agent)
  }
}
