import Foundation
import GRDB

/// `PRAGMA integrity_check` on every SQLite database of a directory tree.
enum DatabaseIntegrity {
  /// Every SQLite database file under `root` (found by its header, whatever its name), sorted.
  static func databaseFiles(under root: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let path = root + "/" + relative
      if isSQLiteDatabase(path) { found.append(path) }
    }
    return found.sorted()
  }

  /// Whether `path` is a regular file that starts with SQLite's header ("SQLite format 3\0").
  static func isSQLiteDatabase(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
      let handle = FileHandle(forReadingAtPath: path)
    else { return false }
    defer { try? handle.close() }  // A read-only handle has nothing to flush; a close error changes nothing.
    let header = handle.readData(ofLength: 16)
    return header == Data("SQLite format 3\0".utf8)
  }

  /// The problems `PRAGMA integrity_check` reports for the database at `path` (none when it answers `ok`). The
  /// database is opened for writing, as the conductor opens it, so that a write-ahead log left by a kill is
  /// recovered first.
  static func problems(in path: String) -> [String] {
    do {
      let queue = try DatabaseQueue(path: path)
      let answer = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
      try queue.close()
      return answer == ["ok"] ? [] : answer
    } catch {
      return ["cannot be checked: \(error)"]
    }
  }
}
