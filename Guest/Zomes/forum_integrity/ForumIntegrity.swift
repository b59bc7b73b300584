// The forum's integrity zome: defines posts, comments and their links (see ForumTypes.swift), and validates
// them:
//
// - a post needs a title (not only whitespace), and only its author may update or delete it;
// - a comment needs content, and must reference a valid post (`must_get_valid_record`);
// - a `postToComments` link must go from a post's action to a comment's; only a link's author may delete it.
//
// Exports: `entry_defs`, `__num_entry_types`, `__num_link_types`, `validate`.
import HDK

/// `entry_defs`: `()` → `EntryDefsCallbackResult` (`{"Defs": [post, comment]}`).
@_expose(wasm, "entry_defs") @_cdecl("entry_defs")
public func entryDefs(_ ptr: UInt32, _ len: UInt32) -> UInt64 { entryDefsCallback(ptr, len, EntryTypes.self) }

/// `__num_entry_types`: `u8`, 2.
@_expose(wasm, "__num_entry_types") @_cdecl("__num_entry_types")
public func numEntryTypes() -> UInt8 { EntryTypes.count }

/// `__num_link_types`: `u8`, 3.
@_expose(wasm, "__num_link_types") @_cdecl("__num_link_types")
public func numLinkTypes() -> UInt8 { LinkTypes.count }

/// `validate`: `Op` → `ValidateCallbackResult`.
@_expose(wasm, "validate") @_cdecl("validate")
public func validate(_ ptr: UInt32, _ len: UInt32) -> UInt64 { validateCallback(ptr, len, validateOp) }

func validateOp(_ op: Op) throws(WasmError) -> ValidateCallbackResult {
  switch try op.flattened(EntryTypes.self, LinkTypes.self) {
  // The entry's content, wherever it is stored.
  case .createRecord(.createEntry(let entry, _)), .createEntry(.createEntry(let entry, _)):
    return try validateContent(entry)
  case .createRecord(.updateEntry(let entry, let action)), .createEntry(.updateEntry(let entry, let action)),
    .update(.entry(let entry, let action)):
    return try validateContent(entry).then { () throws(WasmError) -> ValidateCallbackResult in
      try validateSameAuthor(action.data.originalActionAddress, action.author, "update")
    }
  case .createRecord(.deleteEntry(let action)):
    return try validateSameAuthor(action.data.deletesAddress, action.author, "delete")
  case .delete(let delete):
    return try validateSameAuthor(delete.deletesActionHash, delete.action.author, "delete")

  // Links.
  case .createRecord(.createLink(let type, let action)), .link(.createLink(let type, let action)):
    return try validateCreateLink(type, action.data)
  case .link(.deleteLink(let original, _, let action)):
    return .check(original.author == action.author, "only the author of a link may delete it")

  default:
    return .valid
  }
}

/// A post needs a title; a comment needs content and an existing, valid post.
func validateContent(_ entry: AppEntryValue<EntryTypes>) throws(WasmError) -> ValidateCallbackResult {
  switch entry.type {
  case .post:
    let post = try entry.decode(Post.self)
    return .check(hasVisibleText(post.title), "a post needs a title")
  case .comment:
    let comment = try entry.decode(Comment.self)
    guard hasVisibleText(comment.content) else { return .invalid("a comment needs content") }
    let record = try mustGetValidRecord(comment.postHash)
    return .check(try record.appEntryType(EntryTypes.self) == .post, "a comment must reference a post")
  }
}

/// The action at `original` must have been written by `author`.
func validateSameAuthor(
  _ original: ActionHash, _ author: AgentPubKey, _ verb: StaticString
) throws(WasmError) -> ValidateCallbackResult {
  let originalAction = try mustGetAction(original)
  return .check(originalAction.content.author == author, "only the author of an entry may \(verb.text) it")
}

/// `postToComments` links go from an action to an action; the tree and `allPosts` links are free.
func validateCreateLink(_ type: LinkTypes, _ data: CreateLinkData) throws(WasmError) -> ValidateCallbackResult {
  switch type {
  case .anchor, .allPosts:
    return .valid
  case .postToComments:
    return .check(
      ActionHash(data.baseAddress) != nil && ActionHash(data.targetAddress) != nil,
      "a post-to-comments link goes from a post's action hash to a comment's")
  }
}
