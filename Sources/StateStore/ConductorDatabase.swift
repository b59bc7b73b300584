import Foundation
import GRDB

/// The conductor's own state (installed apps, interfaces…): named msgpack blobs.
public final class ConductorDatabase: Sendable {
  let database: DatabasePool

  init(database: DatabasePool) { self.database = database }

  /// The nonces of signed zome calls, kept until they expire.
  public var nonces: NonceStore { NonceStore(database: database) }

  /// Stores `value` under `key`, replacing what was there.
  public func put(_ key: String, _ value: [UInt8]) throws(StateStoreError) {
    try database.writing { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO conductor_state (key, value) VALUES (?, ?)", arguments: [key, Data(value)])
    }
  }

  /// The value under `key`, if any.
  public func get(_ key: String) throws(StateStoreError) -> [UInt8]? {
    try database.reading { db in
      try Data.fetchOne(db, sql: "SELECT value FROM conductor_state WHERE key = ?", arguments: [key])?.bytes
    }
  }

  /// Removes `key`.
  public func remove(_ key: String) throws(StateStoreError) {
    try database.writing { db in try db.execute(sql: "DELETE FROM conductor_state WHERE key = ?", arguments: [key]) }
  }

  /// Every key, sorted.
  public func keys() throws(StateStoreError) -> [String] {
    try database.reading { db in try String.fetchAll(db, sql: "SELECT key FROM conductor_state ORDER BY key") }
  }
}
