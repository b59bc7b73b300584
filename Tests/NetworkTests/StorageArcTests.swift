import Foundation
import HoloCore
import HoloNetwork
import Testing

@Suite struct StorageArcTests {
  @Test func aPlainArcHoldsItsBoundsAndWhatLiesBetween() {
    let arc = StorageArc(start: 32, end: 64)
    #expect(arc.contains(32) && arc.contains(48) && arc.contains(64))
    #expect(!arc.contains(31) && !arc.contains(65) && !arc.contains(0) && !arc.contains(.max))
    #expect(arc.count == 33)
    #expect(StorageArc(start: 7, end: 7).contains(7) && !StorageArc(start: 7, end: 7).contains(8))
    #expect(StorageArc(start: 7, end: 7).count == 1 && !StorageArc(start: 7, end: 7).isEmpty)
  }

  @Test func anArcWrapsPastTheTopOfTheRing() {
    // Kitsune2's `contains_wraps_around` fixture.
    let arc = StorageArc(start: .max - 32, end: 32)
    #expect(!arc.contains(.max - 33))
    #expect(arc.contains(.max - 32) && arc.contains(.max - 1) && arc.contains(.max))
    #expect(arc.contains(0) && arc.contains(20) && arc.contains(32))
    #expect(!arc.contains(33) && !arc.contains(UInt32.max / 2))
    #expect(arc.count == 66)
  }

  @Test func fullAndEmptyArcs() {
    #expect(StorageArc.full.isFull && !StorageArc.full.isEmpty)
    #expect(StorageArc.full.contains(0) && StorageArc.full.contains(.max) && StorageArc.full.contains(.max / 2))
    #expect(StorageArc.full.count == 1 << 32)
    #expect(StorageArc.empty.isEmpty && !StorageArc.empty.isFull && StorageArc.empty.count == 0)
    #expect(!StorageArc.empty.contains(0) && !StorageArc.empty.contains(.max))
    // A wrapping arc that misses a single location is not full.
    let almost = StorageArc(start: 10, end: 8)
    #expect(!almost.isFull && !almost.contains(9) && almost.contains(10) && almost.contains(8))
    #expect(StorageArc(start: 0, end: 0) != .empty)
    #expect(StorageArc(start: 0, end: .max) == .full)
  }

  @Test func intersectsWhenTheArcsShareALocation() {
    let middle = StorageArc(start: 100, end: 200)
    #expect(middle.intersects(StorageArc(start: 150, end: 300)))
    #expect(middle.intersects(StorageArc(start: 50, end: 100)))
    #expect(middle.intersects(StorageArc(start: 120, end: 130)))
    #expect(StorageArc(start: 120, end: 130).intersects(middle))
    #expect(!middle.intersects(StorageArc(start: 201, end: 300)))
    #expect(!middle.intersects(StorageArc(start: 0, end: 99)))
    let wrapping = StorageArc(start: .max - 10, end: 10)
    #expect(wrapping.intersects(StorageArc(start: 5, end: 50)))
    #expect(wrapping.intersects(StorageArc(start: .max - 3, end: .max)))
    #expect(!wrapping.intersects(middle))
    // Each arc wraps, so both hold the top of the ring.
    #expect(wrapping.intersects(StorageArc(start: .max - 1, end: 0)))
    // The one gap of a wrapping arc.
    #expect(!StorageArc(start: 300, end: 100).intersects(StorageArc(start: 150, end: 250)))
    #expect(StorageArc.full.intersects(StorageArc(start: 9, end: 9)))
    #expect(!StorageArc.empty.intersects(.full) && !StorageArc.full.intersects(.empty))
  }

  @Test func jsonIsKitsuneForm() throws {
    // Kitsune2 writes `DhtArc::Arc(42, u32::MAX / 13)` as `[42,330382099]` and `Empty` as `null`.
    let arc = StorageArc(start: 42, end: UInt32.max / 13)
    #expect(arc.jsonText == "[42,330382099]")
    #expect(StorageArc.empty.jsonText == "null")
    #expect(String(decoding: try JSONEncoder().encode(arc), as: UTF8.self) == "[42,330382099]")
    #expect(String(decoding: try JSONEncoder().encode(StorageArc.empty), as: UTF8.self) == "null")
    #expect(try JSONDecoder().decode(StorageArc.self, from: Data("[42, 330382099]".utf8)) == arc)
    #expect(try JSONDecoder().decode(StorageArc.self, from: Data("null".utf8)) == .empty)
    #expect(try JSONDecoder().decode(StorageArc.self, from: Data("[0,4294967295]".utf8)) == .full)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(StorageArc.self, from: Data("[1,2,3]".utf8)) }
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(StorageArc.self, from: Data("[1]".utf8)) }
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(StorageArc.self, from: Data("[-1,2]".utf8)) }
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(StorageArc.self, from: Data("[0,4294967296]".utf8)) }
  }

  @Test func msgpackIsNilOrAPair() throws {
    #expect(StorageArc.empty.msgpackBytes() == [0xc0])
    #expect(StorageArc(start: 1, end: 2).msgpackBytes() == [0x92, 0x01, 0x02])
    #expect(StorageArc.full.msgpackBytes() == [0x92, 0x00, 0xce, 0xff, 0xff, 0xff, 0xff])
    for arc in [StorageArc.empty, .full, StorageArc(start: .max - 5, end: 77), StorageArc(start: 9, end: 9)] {
      #expect(try StorageArc(msgpack: arc.msgpackBytes()) == arc)
    }
    #expect(throws: MsgPackError.self) { try StorageArc(msgpack: [0x93, 0x01, 0x02, 0x03]) }
    #expect(throws: MsgPackError.self) { try StorageArc(msgpack: [0x92, 0x01, 0xcf, 1, 0, 0, 0, 0, 0, 0, 0]) }
  }
}
