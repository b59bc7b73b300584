import Foundation

/// Zomes built by `make zomes`, read from `.build-guests/` at the package root.
public enum GuestWasm {
  /// A zome's wasm that `make zomes` has not built.
  public struct Missing: Error, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path) is missing: run `make zomes` (make test does)" }
  }

  /// The built wasm of `Guest/Zomes/<name>`.
  public static func load(_ name: String) throws(Missing) -> [UInt8] {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../.build-guests/\(name).wasm").standardized.path
    guard let data = FileManager.default.contents(atPath: path) else { throw Missing(path: path) }
    return [UInt8](data)
  }
}
