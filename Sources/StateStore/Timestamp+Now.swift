public import HoloCore
import Foundation

extension Timestamp {
  /// The current time, to the microsecond.
  public static func now() -> Timestamp {
    Timestamp(microseconds: Int64((Date().timeIntervalSince1970 * 1_000_000).rounded()))
  }
}
