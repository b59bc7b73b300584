import Foundation

/// A fresh directory under the system temp directory, removed by ``remove()``; tests run in parallel, so
/// each gets its own.
struct TemporaryDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("bundles-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes `contents` at `path` (relative, intermediate directories created) and returns its URL.
  @discardableResult
  func write(_ path: String, _ contents: [UInt8]) throws -> URL {
    let file = url.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(contents).write(to: file)
    return file
  }

  @discardableResult
  func write(_ path: String, _ text: String) throws -> URL {
    try write(path, Array(text.utf8))
  }

  func read(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: url.appendingPathComponent(path)))
  }

  func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path(percentEncoded: false))
  }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}
