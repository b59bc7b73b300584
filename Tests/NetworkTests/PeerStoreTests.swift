import HoloNetwork
import Testing

@Suite struct PeerStoreTests {
  static let now: Int64 = 1_800_000_000_000_000
  static let minute = PeerFixture.minute

  @Test func aNewerInfoWinsAndAnEqualOrOlderOneIsIgnored() {
    let store = PeerStore()
    let alice = PeerFixture()
    let first = alice.signed(createdAt: Self.now, url: "ws://one:1")
    #expect(store.insert(first, now: Self.now))
    #expect(!store.insert(first, now: Self.now))
    let sameTime = alice.signed(createdAt: Self.now, url: "ws://same:1")
    #expect(!store.insert(sameTime, now: Self.now))
    let newer = alice.signed(createdAt: Self.now + 1, url: "ws://two:2")
    #expect(store.insert(newer, now: Self.now))
    let older = alice.signed(createdAt: Self.now - Self.minute, url: "ws://old:0")
    #expect(!store.insert(older, now: Self.now))
    #expect(store.peers(in: alice.space, now: Self.now) == [newer])
    #expect(store.peer(agent: alice.agent, in: alice.space, now: Self.now)?.url == "ws://two:2")
    #expect(store.count == 1)
  }

  @Test func aTombstoneWithdrawsItsAgentForGood() {
    let store = PeerStore()
    let alice = PeerFixture()
    let bob = PeerFixture()
    let info = alice.signed(createdAt: Self.now)
    #expect(store.insert(info, now: Self.now))
    #expect(store.insert(bob.signed(createdAt: Self.now), now: Self.now))
    #expect(store.insert(alice.signed(createdAt: Self.now + 10, tombstone: true), now: Self.now))
    #expect(store.peers(in: alice.space, now: Self.now).map(\.agent) == [bob.agent])
    #expect(store.peer(agent: alice.agent, in: alice.space, now: Self.now) == nil)
    // The older info cannot bring Alice back; a newer one does.
    #expect(!store.insert(info, now: Self.now))
    #expect(store.peers(in: alice.space, now: Self.now).count == 1)
    let back = alice.signed(createdAt: Self.now + 20)
    #expect(store.insert(back, now: Self.now))
    #expect(store.peer(agent: alice.agent, in: alice.space, now: Self.now) == back)
  }

  @Test func expiredInfosAreRefusedUnlistedAndPruned() {
    let store = PeerStore()
    let alice = PeerFixture()
    let bob = PeerFixture()
    #expect(!store.insert(alice.signed(createdAt: Self.now - 30 * Self.minute, expiresAt: Self.now), now: Self.now))
    #expect(!store.insert(alice.signed(createdAt: Self.now - 30 * Self.minute, expiresAt: Self.now - 1), now: Self.now))
    let short = alice.signed(createdAt: Self.now, expiresAt: Self.now + Self.minute)
    let long = bob.signed(createdAt: Self.now, expiresAt: Self.now + 20 * Self.minute)
    #expect(store.insert(short, now: Self.now) && store.insert(long, now: Self.now))
    #expect(store.peers(in: alice.space, now: Self.now).count == 2)
    let later = Self.now + 2 * Self.minute
    #expect(store.peers(in: alice.space, now: later) == [long])
    #expect(store.peer(agent: alice.agent, in: alice.space, now: later) == nil)
    #expect(store.count == 2)
    store.prune(now: later)
    #expect(store.count == 1)
    store.prune(now: Self.now + 21 * Self.minute)
    #expect(store.count == 0)
  }

  @Test func peersCoveringALocationAreThoseWhoseArcHoldsIt() {
    let store = PeerStore()
    let low = PeerFixture()
    let high = PeerFixture()
    let wrapping = PeerFixture()
    let none = PeerFixture()
    let tombstoned = PeerFixture()
    store.insert(low.signed(createdAt: Self.now, arc: StorageArc(start: 0, end: 1000)), now: Self.now)
    store.insert(high.signed(createdAt: Self.now, arc: StorageArc(start: 5000, end: 9000)), now: Self.now)
    store.insert(wrapping.signed(createdAt: Self.now, arc: StorageArc(start: .max - 10, end: 10)), now: Self.now)
    store.insert(none.signed(createdAt: Self.now, arc: .empty), now: Self.now)
    store.insert(tombstoned.signed(createdAt: Self.now, tombstone: true, arc: .full), now: Self.now)
    func covering(_ location: UInt32) -> Set<[UInt8]> {
      Set(store.peers(in: low.space, covering: location, now: Self.now).map(\.agent))
    }
    #expect(covering(5) == [low.agent, wrapping.agent])
    #expect(covering(1000) == [low.agent])
    #expect(covering(7000) == [high.agent])
    #expect(covering(.max) == [wrapping.agent])
    #expect(covering(3000).isEmpty)
    let overlapping = store.peers(in: low.space, overlapping: StorageArc(start: 900, end: 5000), now: Self.now)
    #expect(Set(overlapping.map(\.agent)) == [low.agent, high.agent])
    #expect(store.peers(in: low.space, now: Self.now).count == 4)
    let agents = store.peers(in: low.space, now: Self.now).map(\.agent)
    #expect(agents == agents.sorted { $0.lexicographicallyPrecedes($1) })
  }

  @Test func spacesAreSeparateAndAgentsCanBeRemoved() {
    let store = PeerStore()
    let alice = PeerFixture()
    var elsewhere = PeerFixture()
    elsewhere.space = Array("other-space".utf8)
    let info = alice.signed(createdAt: Self.now)
    store.insert(info, now: Self.now)
    store.insert(elsewhere.signed(createdAt: Self.now), now: Self.now)
    #expect(store.peers(in: alice.space, now: Self.now) == [info])
    #expect(store.peers(in: elsewhere.space, now: Self.now).map(\.agent) == [elsewhere.agent])
    #expect(store.peer(agent: alice.agent, in: elsewhere.space, now: Self.now) == nil)
    #expect(store.remove(agent: alice.agent, in: elsewhere.space) == nil)
    #expect(store.remove(agent: alice.agent, in: alice.space) == info)
    #expect(store.peers(in: alice.space, now: Self.now).isEmpty)
    #expect(store.count == 1)
    // Once removed, even an older info is welcome again.
    #expect(store.insert(alice.signed(createdAt: Self.now - 1), now: Self.now))
  }
}
