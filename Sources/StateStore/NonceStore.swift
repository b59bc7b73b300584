import Foundation
import GRDB

/// The nonces of signed zome calls, kept in the conductor database until they expire (Holochain keeps them in its
/// conductor database too: `holochain_state` `nonce.rs`, `witness_nonce`), so that a call captured before a
/// restart is still a duplicate after it.
///
/// ```swift
/// let fresh = try store.conductor.nonces.witness(agent: agent.bytes, nonce: nonce.bytes, expires: e, now: n)
/// ```
public struct NonceStore: Sendable {
  let database: DatabasePool

  /// Records `nonce` of `agent` until `expires` (microseconds), unless it is recorded already and not yet
  /// expired at `now`; returns whether it was fresh. One statement in one transaction: durable (WAL) once this
  /// returns, so a crash right after the call it admits cannot make the call admissible again.
  public func witness(agent: [UInt8], nonce: [UInt8], expires: Int64, now: Int64) throws(StateStoreError) -> Bool {
    try database.writing { db in
      try db.execute(
        sql: """
          INSERT INTO nonce (agent, nonce, expires) VALUES (?, ?, ?)
          ON CONFLICT (agent, nonce) DO UPDATE SET expires = excluded.expires WHERE nonce.expires <= ?
          """,
        arguments: [agent.asData, nonce.asData, expires, now])
      return db.changesCount == 1
    }
  }

  /// Forgets every nonce that expired at or before `now`; returns how many.
  @discardableResult
  public func prune(before now: Int64) throws(StateStoreError) -> Int {
    try database.writing { db in
      try db.execute(sql: "DELETE FROM nonce WHERE expires <= ?", arguments: [now])
      return db.changesCount
    }
  }

  /// How many nonces are kept.
  public func count() throws(StateStoreError) -> Int {
    try database.reading { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM nonce") ?? 0 }
  }
}
