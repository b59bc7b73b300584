import Foundation
import HoloCore
import StateStore
import Synchronization

/// Remembers the nonces of signed zome calls until they expire (Holochain's `witness_nonce`): a call whose
/// nonce was seen, whose expiry has passed, or whose expiry is more than 50 minutes ahead is refused.
/// Kept in memory: a restart forgets them, and calls expire within 50 minutes.
final class NonceWitness: Sendable {
  enum Result: String, Sendable {
    case fresh = "Fresh"
    case expired = "Expired"
    case future = "Future"
    case duplicate = "Duplicate"
  }

  /// How far ahead an expiry may be.
  static let window: Int64 = 50 * 60 * 1_000_000

  private struct Key: Hashable {
    var agent: AgentPubKey
    var nonce: Nonce256Bits
  }

  private struct Seen {
    var expiries: [Key: Int64] = [:]
    var prunedAt: Int64 = 0
  }

  private let seen = Mutex(Seen())

  func witness(agent: AgentPubKey, nonce: Nonce256Bits, expires: Timestamp, now: Timestamp = .now()) -> Result {
    if expires.microseconds <= now.microseconds { return .expired }
    if expires.microseconds > now.microseconds + Self.window { return .future }
    return seen.withLock { state in
      // Forget expired nonces at most once a second, not on every call.
      if now.microseconds - state.prunedAt > 1_000_000 {
        state.expiries = state.expiries.filter { $0.value > now.microseconds }
        state.prunedAt = now.microseconds
      }
      let key = Key(agent: agent, nonce: nonce)
      // A remembered nonce whose call has expired no longer counts (it may not be pruned yet).
      if let expiry = state.expiries[key], expiry > now.microseconds { return .duplicate }
      state.expiries[key] = expires.microseconds
      return .fresh
    }
  }
}
