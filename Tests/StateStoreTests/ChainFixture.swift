import Foundation
import HoloCore
import HoloCrypto
import Keystore
import StateStore

/// A temporary store, keystore and one agent's chain, removed when the fixture goes away.
final class ChainFixture {
  let directory: URL
  let keystore: Keystore
  let store: StateStore
  let agent: AgentPubKey
  let cell: CellId
  let chain: SourceChain

  init() throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent("holoswift-state-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    keystore = try Keystore.open(
      path: directory.appendingPathComponent("keystore.sqlite3").path, passphrase: Array("pass".utf8), limits: .minimum)
    let seed = try keystore.newSeed(tag: "agent", exportable: false)
    agent = AgentPubKey(core: seed.ed25519PublicKey)
    cell = CellId(dnaHash: DnaHash.hashing("test-dna"), agent: agent)
    store = try StateStore(root: directory.appendingPathComponent("data").path)
    chain = try store.sourceChain(for: cell, signer: KeystoreSigner(keystore: keystore))
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  /// An app entry type of zome 0.
  static func appType(_ index: UInt8, _ visibility: EntryVisibility = .public) -> EntryType {
    .app(AppEntryDef(entryIndex: EntryDefIndex(index), zomeIndex: ZomeIndex(0), visibility: visibility))
  }

  /// Appends a Create of an app entry holding `text`.
  @discardableResult
  static func create(
    _ text: String, in workspace: Workspace, type: EntryType = appType(0)
  ) throws -> SignedActionHashed {
    let entry = Entry.app(encoding: text)
    return try workspace.append(.create(CreateData(entryType: type, entryHash: entry.hash())), entry: entry)
  }

  /// Whether `action`'s signature verifies with its signer's key over its exact bytes.
  static func verifies(_ action: SignedActionHashed) -> Bool {
    Ed25519.verify(
      signature: action.signature.bytes, message: action.hashed.contentBytes, publicKey: action.content.signer.core)
  }
}
