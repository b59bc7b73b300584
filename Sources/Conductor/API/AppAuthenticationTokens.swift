public import ConductorAPI
public import Foundation
import HoloCore
import HoloCrypto
import Synchronization

/// App authentication tokens (Holochain's `AppAuthTokenStore`): issued through the admin interface, bound to one
/// app, with an expiry (none when 0 seconds) and single use by default; an app connection presents one first.
/// They live in memory, as in Holochain: a restart invalidates them.
public final class AppAuthenticationTokens: Sendable {
  private struct Issued {
    var appId: String
    var expiresAt: Date?
    var singleUse: Bool
  }

  private let tokens = Mutex<[AppAuthenticationToken: Issued]>([:])

  public init() {}

  /// A new random token for `payload.installedAppId`.
  public func issue(_ payload: IssueAppAuthenticationTokenPayload, now: Date = Date()) -> AppAuthenticationTokenIssued {
    let token = AppAuthenticationToken(bytes: SecureRandom.bytes(64))
    let expiresAt = payload.expirySeconds == 0 ? nil : now.addingTimeInterval(TimeInterval(payload.expirySeconds))
    tokens.withLock {
      $0[token] = Issued(appId: payload.installedAppId, expiresAt: expiresAt, singleUse: payload.singleUse)
    }
    return AppAuthenticationTokenIssued(
      token: token, expiresAt: expiresAt.map { Timestamp(microseconds: Int64($0.timeIntervalSince1970 * 1_000_000)) })
  }

  /// Forgets `token`.
  public func revoke(_ token: AppAuthenticationToken) {
    _ = tokens.withLock { $0.removeValue(forKey: token) }
  }

  /// The app `token` is bound to, consuming a single-use token; `nil` for an unknown or expired token, or one
  /// for another app than `interfaceAppId` (when the interface serves only that app).
  public func authenticate(_ token: AppAuthenticationToken, interfaceAppId: String?, now: Date = Date()) -> String? {
    tokens.withLock { tokens in
      guard let issued = tokens[token] else { return nil }
      if let expiresAt = issued.expiresAt, expiresAt <= now {
        tokens.removeValue(forKey: token)
        return nil
      }
      if let interfaceAppId, interfaceAppId != issued.appId { return nil }
      if issued.singleUse { tokens.removeValue(forKey: token) }
      return issued.appId
    }
  }
}
