import HoloCore
import Ribosome
import StateStore

/// The checks Holochain's sys validation makes on an author's new records before any wasm runs: entry types
/// and link types exist, visibilities and entry kinds match, sizes stay within bounds, and updates, deletes and
/// link deletes point at what they must.
struct SysValidation {
  /// Holochain's `MAX_ENTRY_SIZE`: 4 MB of app entry bytes.
  static let maxEntrySize = 4_000_000
  /// Holochain's `MAX_TAG_SIZE`: 1,000 bytes of link tag.
  static let maxTagSize = 1_000

  let layout: DnaLayout
  let lookup: RecordLookup

  func check(_ record: Record) throws(ConductorError) {
    let action = record.action
    // A CloseChain is always the last action of a chain (Holochain's ActionAfterChainClose).
    if let previous = action.header.prevAction, case .closeChain? = try lookup.record(previous)?.action.data {
      throw .invalidCommit("the chain is closed: no action may follow a CloseChain")
    }
    if let type = action.entryType {
      try checkEntryType(type, entry: record.entry.entry)
    }
    switch action.data {
    case .update(let update):
      guard let original = try lookup.record(update.originalActionAddress) else {
        throw .incompleteCommit("the original of an Update, \(update.originalActionAddress), is missing")
      }
      let originalType: EntryType
      switch original.action.data {
      case .create(let create): originalType = create.entryType
      case .update(let previous): originalType = previous.entryType
      default: throw .invalidCommit("an Update must update a Create or an Update, not a \(original.action.actionType.name)")
      }
      guard originalType == update.entryType else {
        throw .invalidCommit("an Update cannot change the entry type (from \(originalType) to \(update.entryType))")
      }
      guard original.action.entryHash == update.originalEntryAddress else {
        throw .invalidCommit("an Update's original entry address does not match its original action")
      }
    case .delete(let delete):
      guard let deleted = try lookup.record(delete.deletesAddress) else {
        throw .incompleteCommit("the action a Delete deletes, \(delete.deletesAddress), is missing")
      }
      switch deleted.action.data {
      case .create, .update: break
      default: throw .invalidCommit("a Delete must delete a Create or an Update, not a \(deleted.action.actionType.name)")
      }
      guard deleted.action.entryHash == delete.deletesEntryAddress else {
        throw .invalidCommit("a Delete's entry address does not match the deleted action")
      }
    case .createLink(let link):
      guard link.tag.bytes.count <= Self.maxTagSize else {
        throw .invalidCommit("the link tag is \(link.tag.bytes.count) bytes, more than the \(Self.maxTagSize) allowed")
      }
      guard layout.definesLinkType(zome: link.zomeIndex, type: link.linkType) else {
        throw .invalidCommit("zome \(link.zomeIndex.value) defines no link type \(link.linkType.value)")
      }
    case .deleteLink(let delete):
      guard let created = try lookup.record(delete.linkAddAddress) else {
        throw .incompleteCommit("the CreateLink a DeleteLink removes, \(delete.linkAddAddress), is missing")
      }
      guard case .createLink(let link) = created.action.data else {
        throw .invalidCommit("a DeleteLink must remove a CreateLink, not a \(created.action.actionType.name)")
      }
      guard link.baseAddress == delete.baseAddress else {
        throw .invalidCommit("a DeleteLink's base does not match its CreateLink's base")
      }
    default: break
    }
  }

  private func checkEntryType(_ type: EntryType, entry: Entry?) throws(ConductorError) {
    switch (type, entry) {
    case (.app(let def), .app(let bytes)?), (.app(let def), .counterSign(_, let bytes)?):
      guard let declared = layout.entryDef(zome: def.zomeIndex, index: def.entryIndex) else {
        throw .invalidCommit("zome \(def.zomeIndex.value) defines no entry type \(def.entryIndex.value)")
      }
      guard declared.visibility == def.visibility else {
        throw .invalidCommit("the entry's visibility does not match its entry type's (\(declared.visibility))")
      }
      guard bytes.bytes.count <= Self.maxEntrySize else {
        throw .invalidCommit("the entry is \(bytes.bytes.count) bytes, more than the \(Self.maxEntrySize) allowed")
      }
    case (.agentPubKey, .agent?), (.capGrant, .capGrant?), (.capClaim, .capClaim?): break
    case (_, nil): break
    default: throw .invalidCommit("the entry does not match its entry type \(type)")
    }
  }
}
