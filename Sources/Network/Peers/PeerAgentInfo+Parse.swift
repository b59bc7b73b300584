import Foundation
import HoloCore

extension PeerAgentInfo {
  private struct Inner: Decodable {
    var agent: String
    var space: String
    var createdAt: String
    var expiresAt: String
    var isTombstone: Bool
    var url: String?
    var storageArc: StorageArc?
  }

  /// Parses an inner agent-info JSON as Kitsune2 does: unknown fields are ignored, a missing or `null` `url`
  /// is `nil`, a missing or `null` `storageArc` is empty. (The URL is not checked.)
  public init(json: String) throws(AgentInfoError) {
    let inner: Inner
    do {
      inner = try JSONDecoder().decode(Inner.self, from: Data(json.utf8))
    } catch {
      throw .invalidJSON("\(error)")
    }
    guard let agent = Base64URL.decode(inner.agent), agent.count == 32 else { throw .invalidAgentPubKey }
    guard let space = Base64URL.decode(inner.space) else { throw .invalidSpace }
    guard let createdAt = Int64(inner.createdAt) else { throw .invalidTimestamp("createdAt") }
    guard let expiresAt = Int64(inner.expiresAt) else { throw .invalidTimestamp("expiresAt") }
    self.init(
      agent: agent, space: space, createdAt: createdAt, expiresAt: expiresAt, isTombstone: inner.isTombstone,
      url: inner.url, storageArc: inner.storageArc ?? .empty)
  }
}
