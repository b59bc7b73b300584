public import ConductorAPI
public import HoloCore
import HoloCrypto
public import StateStore
import Synchronization

/// App authentication tokens (Holochain's `AppAuthTokenStore`): issued through the admin interface, bound to one
/// app, with an expiry (none when 0 seconds) and single use by default; an app connection presents one first.
/// They live in memory, as in Holochain: a restart invalidates them.
public final class AppAuthenticationTokens: Sendable {
  private struct Issued {
    var appId: String
    /// Microseconds since the Unix epoch; `nil`: never.
    var expiresAt: Int64?
    var singleUse: Bool
  }

  private let tokens = Mutex<[AppAuthenticationToken: Issued]>([:])

  public init() {}

  /// A new random token for `payload.installedAppId`.
  ///
  /// Any `expiry_seconds` is accepted, as in Holochain (`app_auth_token_store.rs`): an expiry past the end of
  /// time as a system clock counts it (`SystemTime::checked_add` fails) never expires, and one past the largest
  /// `Timestamp` is answered as that largest `Timestamp` (`Timestamp::saturating_from_dur`). No arithmetic on the
  /// request's number can trap.
  public func issue(_ payload: IssueAppAuthenticationTokenPayload, now: Timestamp = .now()) -> AppAuthenticationTokenIssued {
    let token = AppAuthenticationToken(bytes: SecureRandom.bytes(64))
    let expiresAt = Self.expiry(seconds: payload.expirySeconds, from: now)
    tokens.withLock {
      $0[token] = Issued(appId: payload.installedAppId, expiresAt: expiresAt, singleUse: payload.singleUse)
      Self.removeExpired(from: &$0, now: now)
    }
    return AppAuthenticationTokenIssued(token: token, expiresAt: expiresAt.map { Timestamp(microseconds: $0) })
  }

  /// When a token issued at `now` for `seconds` expires, in microseconds since the epoch; `nil` for never.
  static func expiry(seconds: UInt64, from now: Timestamp) -> Int64? {
    guard seconds > 0 else { return nil }
    // A system clock counts whole seconds in an Int64: past that, Holochain's `checked_add` gives no expiry.
    let nowSeconds = now.microseconds / 1_000_000
    guard seconds <= UInt64(Int64.max - max(nowSeconds, 0)) else { return nil }
    let (micros, overflowed) = Int64(seconds).multipliedReportingOverflow(by: 1_000_000)
    guard !overflowed else { return Int64.max }
    let (sum, sumOverflowed) = now.microseconds.addingReportingOverflow(micros)
    return sumOverflowed ? Int64.max : sum
  }

  /// Forgets `token`.
  public func revoke(_ token: AppAuthenticationToken) {
    _ = tokens.withLock { $0.removeValue(forKey: token) }
  }

  /// The app `token` is bound to, consuming a single-use token; `nil` for an unknown or expired token, or one
  /// for another app than `interfaceAppId` (when the interface serves only that app).
  public func authenticate(
    _ token: AppAuthenticationToken, interfaceAppId: String?, now: Timestamp = .now()
  ) -> String? {
    tokens.withLock { tokens in
      guard let issued = tokens[token] else { return nil }
      if let expiresAt = issued.expiresAt, expiresAt <= now.microseconds {
        tokens.removeValue(forKey: token)
        return nil
      }
      if let interfaceAppId, interfaceAppId != issued.appId { return nil }
      if issued.singleUse { tokens.removeValue(forKey: token) }
      return issued.appId
    }
  }

  /// Drops expired tokens, as Holochain does on every issue, so unused tokens do not pile up.
  private static func removeExpired(from tokens: inout [AppAuthenticationToken: Issued], now: Timestamp) {
    tokens = tokens.filter { $0.value.expiresAt.map { $0 > now.microseconds } ?? true }
  }
}
