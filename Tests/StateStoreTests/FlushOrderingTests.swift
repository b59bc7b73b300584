import Foundation
import HoloCore
import Keystore
import StateStore
import Synchronization
import Testing

@Suite struct FlushOrderingTests {
  @Test func aStrictFlushAfterTheHeadMovedWritesNothing() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let first = try fixture.chain.workspace()
    let second = try fixture.chain.workspace()
    try ChainFixture.create("first", in: first)
    try ChainFixture.create("second a", in: second)
    try ChainFixture.create("second b", in: second)
    try first.flush(ordering: .strict)
    let opsBefore = try fixture.chain.authoredOps()
    #expect {
      try second.flush(ordering: .strict)
    } throws: { error in
      guard case StateStoreError.headMoved(let expected, let actual) = error else { return false }
      return expected?.seq == 2 && actual?.seq == 3
    }
    #expect(try fixture.chain.query(ChainQueryFilter()).count == 4)
    #expect(try fixture.chain.authoredOps() == opsBefore)
  }

  @Test func twoConcurrentStrictFlushesFromOneHeadCommitExactlyOne() throws {
    for round in 0..<5 {
      let fixture = try ChainFixture()
      try fixture.chain.genesis(membraneProof: nil)
      let workspaces = [try fixture.chain.workspace(), try fixture.chain.workspace()]
      for (index, workspace) in workspaces.enumerated() {
        try ChainFixture.create("round \(round) writer \(index) a", in: workspace)
        try ChainFixture.create("round \(round) writer \(index) b", in: workspace)
      }
      let outcomes = Mutex<[Result<[SignedActionHashed], StateStoreError>]>([])
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        let result = Result { () throws(StateStoreError) in try workspaces[index].flush(ordering: .strict) }
        outcomes.withLock { $0.append(result) }
      }
      let results = outcomes.withLock { $0 }
      let committed = results.compactMap { try? $0.get() }
      #expect(committed.count == 1)
      #expect(results.contains { if case .failure(.headMoved) = $0 { true } else { false } })
      let chain = try fixture.chain.query(ChainQueryFilter())
      #expect(chain.map(\.action.actionSeq) == [0, 1, 2, 3, 4])
      #expect(chain.suffix(2).map(\.actionHash) == committed[0].map(\.hash))
    }
  }

  @Test func aRelaxedFlushRebasesOntoTheNewHeadAndReSigns() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let first = try fixture.chain.workspace()
    let second = try fixture.chain.workspace()
    try ChainFixture.create("first", in: first)
    let original = try ChainFixture.create("second a", in: second)
    try ChainFixture.create("second b", in: second)
    try first.flush(ordering: .strict)
    let written = try second.flush(ordering: .relaxed)
    #expect(written.map(\.content.actionSeq) == [4, 5])
    #expect(written[0].hash != original.hash)
    #expect(written.allSatisfy { ChainFixture.verifies($0) && $0.hashed.verifyHash() })
    let chain = try fixture.chain.query(ChainQueryFilter())
    #expect(chain.map(\.action.actionSeq) == [0, 1, 2, 3, 4, 5])
    for (previous, next) in zip(chain, chain.dropFirst()) {
      #expect(next.action.prevAction == previous.actionHash)
      #expect(next.action.header.timestamp >= previous.action.header.timestamp)
    }
    // The rebased actions' ops are filed under their new hashes.
    let opActions = Set(try fixture.chain.authoredOps().map(\.actionHash))
    #expect(opActions.contains(written[1].hash))
    #expect(!opActions.contains(original.hash))
  }

  @Test func aFailureInTheMiddleOfAFlushRollsEverythingBack() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let first = try fixture.chain.workspace()
    let second = try fixture.chain.workspace()
    try ChainFixture.create("first", in: first)
    try ChainFixture.create("second a", in: second)
    try ChainFixture.create("second b", in: second)
    try first.flush(ordering: .strict)
    let opsBefore = try fixture.chain.authoredOps()
    try fixture.keystore.close()
    #expect(throws: StateStoreError.self) { try second.flush(ordering: .relaxed) }
    #expect(try fixture.chain.query(ChainQueryFilter()).count == 4)
    #expect(try fixture.chain.authoredOps() == opsBefore)
  }

  @Test func aWorkspaceFlushesOnlyOnce() throws {
    let fixture = try ChainFixture()
    try fixture.chain.genesis(membraneProof: nil)
    let workspace = try fixture.chain.workspace()
    try ChainFixture.create("once", in: workspace)
    try workspace.flush(ordering: .strict)
    #expect(throws: StateStoreError.self) { try workspace.flush(ordering: .strict) }
    #expect(throws: StateStoreError.self) { try ChainFixture.create("again", in: workspace) }
  }
}
