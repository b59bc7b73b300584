import HoloCore

/// The bootstrap protocol without the HTTP: Kitsune2's checks on a put, and the answers to a get.
public struct BootstrapService: Sendable {
  /// How far `createdAt` may be from now: 3 minutes.
  public static let clockSkewMicros: Int64 = 3 * 60 * 1_000_000
  /// How long an info may be valid: 30 minutes.
  public static let maxValidityMicros: Int64 = 30 * 60 * 1_000_000
  /// The largest body accepted.
  public static let maxBodyBytes = 1024

  /// Why a put is refused (Kitsune2's names; the server answers 500 `{"error": name}`).
  public enum PutError: Error, Hashable, Sendable, CustomStringConvertible {
    case parse(BootstrapEntry.ParseError)
    case invalidAgent
    case invalidSpace
    case invalidCreatedAt
    case invalidExpiresAt
    case invalidSignature
    case bodyTooLarge(Int)

    public var description: String {
      switch self {
      case .parse(let error): return error.description
      case .invalidAgent: return "InvalidAgent"
      case .invalidSpace: return "InvalidSpace"
      case .invalidCreatedAt: return "InvalidCreatedAt"
      case .invalidExpiresAt: return "InvalidExpiresAt"
      case .invalidSignature: return "InvalidSignature"
      case .bodyTooLarge(let size): return "BodyTooLarge: \(size) bytes, at most \(BootstrapService.maxBodyBytes)"
      }
    }
  }

  public let spaces: BootstrapSpaces

  public init(spaces: BootstrapSpaces = BootstrapSpaces()) { self.spaces = spaces }

  /// Checks `body` as `agent`'s info for `space` at `now` (microseconds) — path and content agree, created
  /// within the clock skew, not expired, valid for at most 30 minutes, signed by the agent — and keeps it.
  public func put(space: [UInt8], agent: [UInt8], body: [UInt8], now: Int64) throws(PutError) {
    guard body.count <= Self.maxBodyBytes else { throw .bodyTooLarge(body.count) }
    let entry: BootstrapEntry
    do throws(BootstrapEntry.ParseError) {
      entry = try BootstrapEntry(body: body)
    } catch {
      throw .parse(error)
    }
    guard entry.agent == agent else { throw .invalidAgent }
    guard entry.space == space else { throw .invalidSpace }
    // Times come from the request: a difference too large for `Int64` is out of bounds, not a trap.
    let skew = entry.createdAt.subtractingReportingOverflow(now)
    guard !skew.overflow, skew.partialValue.magnitude <= Self.clockSkewMicros.magnitude else { throw .invalidCreatedAt }
    let validity = entry.expiresAt.subtractingReportingOverflow(entry.createdAt)
    guard entry.expiresAt >= now, entry.expiresAt > entry.createdAt, !validity.overflow,
      validity.partialValue <= Self.maxValidityMicros
    else { throw .invalidExpiresAt }
    guard entry.verifySignature() else { throw .invalidSignature }
    spaces.put(entry, body: body)
  }

  /// The live infos of `space`, as a JSON array.
  public func get(space: [UInt8], now: Int64) -> [UInt8] { spaces.read(space, now: now) }
}
