/// Why bytes are not a usable signed agent info (the descriptions start with Kitsune2's error names).
public enum AgentInfoError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The outer or inner JSON is malformed or lacks a field.
  case invalidJSON(String)
  /// `agent` is not base64url of a 32-byte Ed25519 key.
  case invalidAgentPubKey
  /// `space` is not base64url.
  case invalidSpace
  /// `createdAt` or `expiresAt` (the field named) is not a decimal `i64`.
  case invalidTimestamp(String)
  /// The signature is not 64 bytes of base64url, or the agent did not sign the inner JSON.
  case invalidSignature

  public var description: String {
    switch self {
    case .invalidJSON(let reason): return "InvalidJson: \(reason)"
    case .invalidAgentPubKey: return "InvalidAgentPubKey"
    case .invalidSpace: return "InvalidSpace"
    case .invalidTimestamp(let field): return "InvalidTimestamp: \(field)"
    case .invalidSignature: return "InvalidSignature"
    }
  }
}
