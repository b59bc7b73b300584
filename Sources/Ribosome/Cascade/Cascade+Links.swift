import HoloCore
import StateStore

/// The filters of `get_links`, `get_links_details` and `count_links`.
struct LinkFilter {
  var linkType: LinkTypeFilter
  var tagPrefix: LinkTag?
  var after: Timestamp?
  var before: Timestamp?
  var author: AgentPubKey?

  init(_ input: GetLinksInput) {
    linkType = input.linkType
    tagPrefix = input.tagPrefix
    after = input.after
    before = input.before
    author = input.author
  }

  init(_ query: LinkQuery) {
    linkType = query.linkType
    tagPrefix = query.tagPrefix
    after = query.after
    before = query.before
    author = query.author
  }

  /// Whether a CreateLink action passes (time bounds inclusive, as Holochain's).
  func admits(_ action: Action, _ data: CreateLinkData) -> Bool {
    guard linkType.contains(zomeIndex: data.zomeIndex, linkType: data.linkType) else { return false }
    if let tagPrefix, !data.tag.bytes.starts(with: tagPrefix.bytes) { return false }
    if let author, action.author != author { return false }
    if let before, action.header.timestamp > before { return false }
    if let after, action.header.timestamp < after { return false }
    return true
  }
}

extension Cascade {
  /// The CreateLink actions on `base` that pass `filter`, each with the DeleteLink actions on it, oldest first.
  func linkDetails(base: AnyLinkableHash, filter: LinkFilter) throws(HostFunctionFailure)
    -> [(create: FiledRecord, data: CreateLinkData, deletes: [SignedActionHashed])]
  {
    let filed = try filed(at: base, [.createLink, .deleteLink])
    var deletes: [ActionHash: [SignedActionHashed]] = [:]
    for record in filed {
      if case .deleteLink(let data) = record.action.data {
        deletes[data.linkAddAddress, default: []].append(record.record.signedAction)
      }
    }
    return filed.compactMap { record in
      guard case .createLink(let data) = record.action.data, filter.admits(record.action, data) else { return nil }
      return (record, data, deletes[record.actionHash] ?? [])
    }
  }

  /// The live links on `base` that pass `filter`, in creation order (`get_links`).
  func links(base: AnyLinkableHash, filter: LinkFilter) throws(HostFunctionFailure) -> [Link] {
    try linkDetails(base: base, filter: filter).filter { $0.deletes.isEmpty }.map { create, data, _ in
      Link(
        author: create.action.author, base: data.baseAddress, target: data.targetAddress,
        timestamp: create.action.header.timestamp, zomeIndex: data.zomeIndex, linkType: data.linkType,
        tag: data.tag, createLinkHash: create.actionHash)
    }
  }
}
