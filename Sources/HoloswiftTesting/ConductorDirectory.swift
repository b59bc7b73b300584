public import Conductor
import Foundation
import HoloCrypto
import Keystore
import Ribosome
import StateStore

/// A conductor's directory that outlives the conductors opened on it, for restart tests: open a conductor,
/// use it, close its keystore, open the next one on the same databases. Removed when it goes away.
///
/// ```swift
/// let directory = try ConductorDirectory()
/// let first = try directory.open()
/// // … install, call, then:
/// try first.keystore.close()
/// let second = try directory.open()
/// try await second.restore()
/// ```
public final class ConductorDirectory: Sendable {
  public let path: String

  public init() throws {
    path = NSTemporaryDirectory() + "holoswift-conductor-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  // A deinit cannot throw: a temporary directory left behind costs only disk space.
  deinit { try? FileManager.default.removeItem(atPath: path) }

  /// A conductor on this directory's databases and keystore (not restored: call `restore()` for that).
  public func open() throws -> Conductor {
    let keystore = try Keystore.open(path: path + "/keystore.sqlite3", passphrase: Array("sweet".utf8), limits: .minimum)
    return Conductor(store: try StateStore(root: path + "/data"), keystore: keystore, configuration: .forTests)
  }
}
