import Foundation
import GRDB

/// Opens a WAL-mode database file, creating its directory, and runs its migrations.
func openDatabase(at path: String, migrator: DatabaseMigrator) throws(StateStoreError) -> DatabasePool {
  do {
    let directory = (path as NSString).deletingLastPathComponent
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    // WAL with NORMAL sync (as Holochain runs SQLite): a commit is atomic and a crash never leaves half of
    // one; only the last commits before a power loss may be lost.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    let pool = try DatabasePool(path: path, configuration: configuration)
    try migrator.migrate(pool)
    return pool
  } catch {
    throw .database("cannot open \(path): \(error)")
  }
}

extension DatabasePool {
  /// A write transaction whose errors are ``StateStoreError``s (others are wrapped as `.database`).
  func writing<T>(_ body: (Database) throws -> T) throws(StateStoreError) -> T {
    do {
      return try write(body)
    } catch let error as StateStoreError {
      throw error
    } catch {
      throw .database("\(error)")
    }
  }

  /// A read whose errors are ``StateStoreError``s.
  func reading<T>(_ body: (Database) throws -> T) throws(StateStoreError) -> T {
    do {
      return try read(body)
    } catch let error as StateStoreError {
      throw error
    } catch {
      throw .database("\(error)")
    }
  }
}

extension Array where Element == UInt8 {
  /// The bytes as `Data`, for binding to SQL.
  var asData: Data { Data(self) }
}

extension Data {
  /// The bytes as an array.
  var bytes: [UInt8] { [UInt8](self) }
}
