/// A range of locations on the DHT's `u32` ring, as Kitsune2's `DhtArc` models it: either empty, or the
/// locations from `start` to `end`, both included, going up and wrapping past `UInt32.max` to 0 when
/// `start > end`. The full arc is `0...UInt32.max`; `start == end` is one location, not an empty arc.
///
/// ```swift
/// let arc = StorageArc(start: .max - 9, end: 9)   // 20 locations across the wrap
/// arc.contains(3)                                 // true
/// StorageArc.full.intersects(arc)                 // true
/// ```
public struct StorageArc: Hashable, Sendable {
  /// The inclusive bounds, or `nil` for the empty arc.
  public let bounds: (start: UInt32, end: UInt32)?

  /// The arc that holds no location (Kitsune2's `DhtArc::Empty`, its default).
  public static let empty = StorageArc(bounds: nil)

  /// The arc that holds every location (Kitsune2's `DhtArc::FULL`, `Arc(0, u32::MAX)`).
  public static let full = StorageArc(start: 0, end: .max)

  /// The locations `start` through `end`, both included, wrapping past `UInt32.max` when `start > end`.
  public init(start: UInt32, end: UInt32) {
    bounds = (start, end)
  }

  private init(bounds: (start: UInt32, end: UInt32)?) {
    self.bounds = bounds
  }

  /// Whether the arc holds no location.
  public var isEmpty: Bool { bounds == nil }

  /// Whether the arc holds every location. Only `0...UInt32.max` does: a wrapping arc always misses one.
  public var isFull: Bool { bounds.map { $0.start == 0 && $0.end == .max } ?? false }

  /// How many locations the arc holds: 0 for the empty arc, 2³² for the full one.
  public var count: UInt64 {
    guard let (start, end) = bounds else { return 0 }
    return UInt64(end &- start) + 1
  }

  /// Whether `location` lies in the arc, bounds included.
  public func contains(_ location: UInt32) -> Bool {
    guard let (start, end) = bounds else { return false }
    // Measured from `start` going up (wrapping), the arc is the first `end - start` steps.
    return location &- start <= end &- start
  }

  /// Whether the two arcs share at least one location (Kitsune2's `DhtArc::overlaps`): one of them holds an
  /// end point of the other.
  public func intersects(_ other: StorageArc) -> Bool {
    guard let (start, end) = bounds, let (otherStart, otherEnd) = other.bounds else { return false }
    return contains(otherStart) || contains(otherEnd) || other.contains(start) || other.contains(end)
  }

  public static func == (lhs: StorageArc, rhs: StorageArc) -> Bool {
    switch (lhs.bounds, rhs.bounds) {
    case (nil, nil): return true
    case (let left?, let right?): return left.start == right.start && left.end == right.end
    default: return false
    }
  }

  public func hash(into hasher: inout Hasher) {
    if let (start, end) = bounds {
      hasher.combine(true)
      hasher.combine(start)
      hasher.combine(end)
    } else {
      hasher.combine(false)
    }
  }
}

extension StorageArc: CustomStringConvertible {
  /// `empty`, or `start...end` (decimal).
  public var description: String {
    guard let (start, end) = bounds else { return "empty" }
    return "\(start)...\(end)"
  }
}
