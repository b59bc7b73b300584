import Foundation
import HoloCrypto
import Keystore
import Testing

/// A keystore file in a fresh temporary directory, removed when the fixture goes away.
final class KeystoreFixture {
  let directory: URL
  let path: String
  let passphrase = Array("correct horse battery staple".utf8)

  init() throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("KeystoreTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    path = directory.appendingPathComponent("keystore.sqlite").path
  }

  deinit {
    try? FileManager.default.removeItem(at: directory)
  }

  /// Opens the keystore with minimal Argon2id limits, to keep tests fast.
  func open(passphrase: [UInt8]? = nil) throws(KeystoreError) -> Keystore {
    try Keystore.open(path: path, passphrase: passphrase ?? self.passphrase, limits: .minimum)
  }

  /// Every file in the directory (the database, and its -wal / -shm while they exist), by name.
  func snapshot() throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
      files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
    }
    return files
  }

  /// The bytes of the database file plus those of its write-ahead log, if any.
  func databaseAndLog() throws -> (database: Data, log: Data?) {
    let log = path + "-wal"
    return (
      try Data(contentsOf: URL(fileURLWithPath: path)),
      FileManager.default.fileExists(atPath: log)
        ? try Data(contentsOf: URL(fileURLWithPath: log)) : nil
    )
  }
}

/// A comparable projection of ``KeystoreError``, so tests can state the error they expect.
enum ExpectedFailure: Equatable {
  case wrongPassphrase
  case duplicateTag(String)
  case duplicateSeed(existingTag: String)
  case unknownTag(String)
  case unknownPublicKey([UInt8])
  case notExportable(String)
  case crypto(CryptoError)
  case corrupted
  case closed
  case storage

  init(_ error: KeystoreError) {
    switch error {
    case .wrongPassphrase: self = .wrongPassphrase
    case .duplicateTag(let tag): self = .duplicateTag(tag)
    case .duplicateSeed(let tag): self = .duplicateSeed(existingTag: tag)
    case .unknownTag(let tag): self = .unknownTag(tag)
    case .unknownPublicKey(let key): self = .unknownPublicKey(key)
    case .notExportable(let tag): self = .notExportable(tag)
    case .crypto(let error): self = .crypto(error)
    case .corrupted: self = .corrupted
    case .closed: self = .closed
    case .storage: self = .storage
    }
  }
}

/// Runs `body` and checks that it throws the ``KeystoreError`` described by `expected`.
func expectFailure(
  _ expected: ExpectedFailure,
  sourceLocation: SourceLocation = #_sourceLocation,
  _ body: () throws -> some Any
) {
  do {
    _ = try body()
    Issue.record("expected \(expected), got a result", sourceLocation: sourceLocation)
  } catch let error as KeystoreError {
    #expect(ExpectedFailure(error) == expected, sourceLocation: sourceLocation)
  } catch {
    Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
  }
}

extension Data {
  /// Whether `bytes` occurs anywhere in this data.
  func contains(_ bytes: [UInt8]) -> Bool {
    range(of: Data(bytes)) != nil
  }
}
