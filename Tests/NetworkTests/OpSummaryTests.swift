import HoloCore
import HoloNetwork
import Testing

@Suite struct OpSummaryTests {
  static let hour = SummaryLayout.hourMicros

  func ops(_ count: Int, seed: UInt64 = 1) -> [OpDigest] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in generator.digest() }
  }

  @Test func sectorsTileTheRing() {
    for count: UInt32 in [1, 3, 16, 1000] {
      let layout = SummaryLayout(sectorCount: count)
      var expectedStart: UInt64 = 0
      for sector in 0..<count {
        let arc = layout.locations(ofSector: sector)
        let (start, end) = try! #require(arc.bounds)
        #expect(UInt64(start) == expectedStart)
        #expect(start <= end)
        #expect(layout.sector(of: start) == sector && layout.sector(of: end) == sector)
        if start > 0 { #expect(layout.sector(of: start - 1) == sector - 1) }
        expectedStart = UInt64(end) + 1
      }
      #expect(expectedStart == 1 << 32)
      #expect(layout.locations(ofSector: count) == .empty)
    }
    let standard = SummaryLayout.standard
    #expect(standard.sector(of: 0x0fff_ffff) == 0 && standard.sector(of: 0x1000_0000) == 1)
    #expect(standard.sector(of: .max) == 15)
    #expect(standard.locations(ofSector: 1) == StorageArc(start: 0x1000_0000, end: 0x1fff_ffff))
  }

  @Test func slicesRoundDown() {
    let layout = SummaryLayout.standard
    #expect(layout.slice(of: 0) == 0 && layout.slice(of: Self.hour - 1) == 0 && layout.slice(of: Self.hour) == 1)
    #expect(layout.slice(of: -1) == -1 && layout.slice(of: -Self.hour) == -1 && layout.slice(of: -Self.hour - 1) == -2)
    let custom = SummaryLayout(sectorCount: 4, sliceMicros: 10)
    var generator = SeededGenerator(seed: 9)
    let digest = OpDigest(hash: generator.opHash(), location: .max, timestamp: 25)
    #expect(custom.key(for: digest) == BucketKey(sector: 3, slice: 2))
  }

  @Test func identicalOpSetsHaveNoDifferingBuckets() throws {
    let digests = ops(2_000)
    let mine = OpSummary(digests: digests, arc: .full)
    let theirs = OpSummary(digests: digests.reversed(), arc: .full)
    #expect(mine == theirs)
    #expect(mine.opCount == 2_000)
    #expect(try mine.differingBuckets(theirs, within: .full).isEmpty)
    #expect(
      try OpSummary(digests: [], arc: .full).differingBuckets(OpSummary(digests: [], arc: .full), within: .full)
        .isEmpty)
  }

  @Test func oneExtraOpMakesExactlyItsBucketDiffer() throws {
    var generator = SeededGenerator(seed: 2)
    let digests = ops(2_000)
    let extra = generator.digest()
    let mine = OpSummary(digests: digests + [extra], arc: .full)
    let theirs = OpSummary(digests: digests, arc: .full)
    let key = SummaryLayout.standard.key(for: extra)
    #expect(try mine.differingBuckets(theirs, within: .full) == [key])
    #expect(try theirs.differingBuckets(mine, within: .full) == [key])
    let offered = OpSummary.digests(digests + [extra], in: [key], layout: .standard)
    #expect(offered.contains(extra))
    #expect(offered.allSatisfy { SummaryLayout.standard.key(for: $0) == key })
    #expect(UInt64(offered.count) == mine.buckets[key]?.count)
    #expect(mine.contains(extra, in: [key]) && !mine.contains(extra, in: []))

    // A bucket only one side has differs too.
    let lonely = OpDigest(hash: generator.opHash(), location: 5, timestamp: -Self.hour * 1000)
    let withLonely = OpSummary(digests: digests + [lonely], arc: .full)
    #expect(try withLonely.differingBuckets(theirs, within: .full) == [BucketKey(sector: 0, slice: -1000)])
    #expect(try theirs.differingBuckets(withLonely, within: .full) == [BucketKey(sector: 0, slice: -1000)])
  }

  @Test func sameCountOtherOpDiffersByItsXor() throws {
    var generator = SeededGenerator(seed: 3)
    let base = ops(100)
    let one = generator.digest(location: 7, timestamp: 0)
    let other = OpDigest(hash: generator.opHash(), location: 8, timestamp: 1)
    let mine = OpSummary(digests: base + [one], arc: .full)
    let theirs = OpSummary(digests: base + [other], arc: .full)
    #expect(try mine.differingBuckets(theirs, within: .full) == [BucketKey(sector: 0, slice: 0)])
    // The same op counted twice cancels out of the XOR, but not out of the count.
    let twice = OpSummary(digests: base + [one, one, one], arc: .full)
    #expect(twice.buckets[BucketKey(sector: 0, slice: 0)]?.xor == mine.buckets[BucketKey(sector: 0, slice: 0)]?.xor)
    #expect(try twice.differingBuckets(mine, within: .full) == [BucketKey(sector: 0, slice: 0)])
  }

  @Test func opsOutsideTheArcAreIgnored() throws {
    var generator = SeededGenerator(seed: 4)
    // Sectors 0 and 1 of 16.
    let arc = StorageArc(start: 0, end: 0x1fff_ffff)
    let inside = (0..<500).map { _ in generator.digest(location: UInt32.random(in: 0...0x1fff_ffff, using: &generator))
    }
    let outside = (0..<500).map { _ in
      generator.digest(location: UInt32.random(in: 0x2000_0000...UInt32.max, using: &generator))
    }
    let mine = OpSummary(digests: inside + outside, arc: arc)
    let theirs = OpSummary(digests: inside, arc: arc)
    #expect(mine == theirs)
    #expect(mine.opCount == 500)
    #expect(Set(mine.buckets.keys.map(\.sector)).isSubset(of: [0, 1]))
    var summary = OpSummary(digests: [], arc: arc)
    #expect(!summary.add(outside[0]) && summary.add(inside[0]))

    // Differences in sectors the compared arc does not reach are not reported.
    let everything = OpSummary(digests: inside + outside, arc: .full)
    let onlyInside = OpSummary(digests: inside, arc: .full)
    #expect(try everything.differingBuckets(onlyInside, within: arc).isEmpty)
    #expect(try !everything.differingBuckets(onlyInside, within: .full).isEmpty)
    // A sector the arc reaches only in part is compared: one location of sector 2.
    let edge = OpDigest(hash: generator.opHash(), location: 0x2fff_ffff, timestamp: 0)
    let withEdge = OpSummary(digests: inside + [edge], arc: .full)
    let partly = StorageArc(start: 0, end: 0x2000_0000)
    #expect(try withEdge.differingBuckets(onlyInside, within: partly) == [BucketKey(sector: 2, slice: 0)])
    #expect(try withEdge.differingBuckets(onlyInside, within: .empty).isEmpty)
  }

  @Test func summariesOfOtherLayoutsCannotBeCompared() {
    let digests = ops(10)
    let mine = OpSummary(digests: digests, arc: .full)
    let theirs = OpSummary(digests: digests, arc: .full, layout: SummaryLayout(sectorCount: 32))
    #expect(throws: OpSummaryError.layoutMismatch(mine.layout, theirs.layout)) {
      try mine.differingBuckets(theirs, within: .full)
    }
  }

  @Test func msgpackRoundTripsDeterministically() throws {
    let digests = ops(3_000)
    let layout = SummaryLayout(sectorCount: 8, sliceMicros: Self.hour * 6)
    let arc = StorageArc(start: .max / 2, end: .max / 8)
    let summary = OpSummary(digests: digests, arc: arc, layout: layout)
    let bytes = summary.msgpackBytes()
    #expect(OpSummary(digests: digests.reversed(), arc: arc, layout: layout).msgpackBytes() == bytes)
    let decoded = try OpSummary(msgpack: bytes)
    #expect(decoded == summary)
    #expect(decoded.layout == layout && decoded.arc == arc && decoded.opCount == summary.opCount)

    let empty = OpSummary(digests: [], arc: .empty)
    #expect(try OpSummary(msgpack: empty.msgpackBytes()) == empty)
    // {"layout": {"sectorCount": 16, "sliceMicros": 3600000000}, "arc": nil, "buckets": []}
    var expected: [UInt8] = [0x83, 0xa6] + Array("layout".utf8) + [0x82, 0xab] + Array("sectorCount".utf8) + [0x10]
    expected += [0xab] + Array("sliceMicros".utf8) + [0xce, 0xd6, 0x93, 0xa4, 0x00]
    expected += [0xa3] + Array("arc".utf8) + [0xc0, 0xa7] + Array("buckets".utf8) + [0x90]
    #expect(empty.msgpackBytes() == expected)
  }

  @Test func msgpackRefusesBadBuckets() {
    func summary(buckets: [[UInt8]], sectorCount: UInt8 = 16) -> [UInt8] {
      var bytes: [UInt8] = [0x83, 0xa6] + Array("layout".utf8) + [0x82, 0xab] + Array("sectorCount".utf8)
      bytes += [sectorCount, 0xab] + Array("sliceMicros".utf8) + [0x01]
      bytes += [0xa3] + Array("arc".utf8) + [0xc0, 0xa7] + Array("buckets".utf8) + [0x90 | UInt8(buckets.count)]
      return bytes + buckets.flatMap { $0 }
    }
    func bucket(sector: UInt8, slice: UInt8, count: UInt8, xorLength: UInt8 = 32) -> [UInt8] {
      [0x94, sector, slice, count, 0xc4, xorLength] + [UInt8](repeating: 7, count: Int(xorLength))
    }
    #expect(throws: Never.self) { try OpSummary(msgpack: summary(buckets: [bucket(sector: 1, slice: 2, count: 1)])) }
    #expect(throws: MsgPackError.self) {
      try OpSummary(msgpack: summary(buckets: [bucket(sector: 16, slice: 0, count: 1)]))
    }
    #expect(throws: MsgPackError.self) {
      try OpSummary(msgpack: summary(buckets: [bucket(sector: 1, slice: 0, count: 0)]))
    }
    #expect(throws: MsgPackError.self) {
      try OpSummary(msgpack: summary(buckets: [bucket(sector: 1, slice: 0, count: 1, xorLength: 31)]))
    }
    #expect(throws: MsgPackError.self) {
      try OpSummary(
        msgpack: summary(buckets: [bucket(sector: 2, slice: 0, count: 1), bucket(sector: 1, slice: 0, count: 1)]))
    }
    #expect(throws: MsgPackError.self) {
      try OpSummary(
        msgpack: summary(buckets: [bucket(sector: 1, slice: 0, count: 1), bucket(sector: 1, slice: 0, count: 1)]))
    }
    #expect(throws: MsgPackError.self) { try OpSummary(msgpack: summary(buckets: [], sectorCount: 0)) }
  }

  @Test func aHundredThousandOpsSummarize() throws {
    let digests = ops(100_000, seed: 42)
    let clock = ContinuousClock()
    let start = clock.now
    let mine = OpSummary(digests: digests, arc: .full)
    let built = clock.now - start
    let theirs = OpSummary(digests: digests.dropLast(), arc: .full)
    let keys = try mine.differingBuckets(theirs, within: .full)
    let compared = clock.now - start
    #expect(mine.opCount == 100_000)
    #expect(keys == [SummaryLayout.standard.key(for: digests.last!)])
    #expect(OpSummary.digests(digests, in: keys, layout: .standard).contains(digests.last!))
    print("100k ops: summary built in \(built), two built and compared in \(compared)")
  }
}
