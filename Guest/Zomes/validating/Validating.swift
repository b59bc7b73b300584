// An integrity zome with one entry type, `note`, and one link type, `related`, whose `validate` rejects notes
// whose text is empty or longer than 140 characters (Unicode scalars, as Rust's `chars()`), and links whose tag
// is longer than 64 bytes.
//
// Its `genesis_self_check_2` refuses the membrane proof "bad proof" (a msgpack string); no proof is fine.
//
// Exports: `entry_defs`, `__num_entry_types`, `__num_link_types`, `genesis_self_check_2`, `validate`.
import HDK

/// The entry types: `note` (index 0), public.
enum EntryTypes: UInt8, ZomeEntryTypes {
  case note

  var definition: EntryTypeDefinition {
    switch self {
    case .note: EntryTypeDefinition("note")
    }
  }
}

/// The link types: `related` (index 0), from a note to another.
enum LinkTypes: UInt8, ZomeLinkTypes {
  case related
}

/// A short note: `{"text": String}`.
struct Note: AppEntry, MsgPackStructFields {
  static var entryType: EntryTypes { .note }

  var text: String

  init(text: String) { self.text = text }

  var fieldCount: Int { 1 }
  func encodeFields(to writer: inout MsgPackWriter) { writer.writeField("text", text) }

  init(from reader: inout MsgPackReader) throws(MsgPackError) {
    var text: String?
    try reader.readStruct(fields: ["text"]) { _, reader throws(MsgPackError) in text = try reader.readString() }
    self.text = try require(text, "text", in: "Note")
  }
}

/// The longest note text, in Unicode scalars.
let maximumNoteLength = 140
/// The longest link tag, in bytes.
let maximumTagLength = 64

/// `entry_defs`: `()` → `EntryDefsCallbackResult` (`{"Defs": [note]}`).
@_expose(wasm, "entry_defs") @_cdecl("entry_defs")
public func entryDefs(_ ptr: UInt32, _ len: UInt32) -> UInt64 { entryDefsCallback(ptr, len, EntryTypes.self) }

/// `__num_entry_types`: `u8`, 1.
@_expose(wasm, "__num_entry_types") @_cdecl("__num_entry_types")
public func numEntryTypes() -> UInt8 { EntryTypes.count }

/// `__num_link_types`: `u8`, 1.
@_expose(wasm, "__num_link_types") @_cdecl("__num_link_types")
public func numLinkTypes() -> UInt8 { LinkTypes.count }

/// `genesis_self_check_2`: `GenesisSelfCheckDataV2` → `ValidateCallbackResult`.
@_expose(wasm, "genesis_self_check_2") @_cdecl("genesis_self_check_2")
public func genesisSelfCheck(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  genesisSelfCheckCallback(ptr, len) { data throws(WasmError) in
    guard let proof = data.membraneProof else { return .valid }
    let text: String = try proof.decodeOrThrow()
    return .check(text != "bad proof", "this membrane proof is refused")
  }
}

/// `validate`: `Op` → `ValidateCallbackResult`. Checks a note's text wherever a note is created or updated
/// (record, entry and update ops), and a `related` link's tag wherever it is created; everything else is valid.
@_expose(wasm, "validate") @_cdecl("validate")
public func validate(_ ptr: UInt32, _ len: UInt32) -> UInt64 { validateCallback(ptr, len, validateOp) }

func validateOp(_ op: Op) throws(WasmError) -> ValidateCallbackResult {
  switch try op.flattened(EntryTypes.self, LinkTypes.self) {
  case .createRecord(.createEntry(let entry, _)), .createRecord(.updateEntry(let entry, _)),
    .createEntry(.createEntry(let entry, _)), .createEntry(.updateEntry(let entry, _)),
    .update(.entry(let entry, _)):
    return validateNote(try entry.decode(Note.self))
  case .createRecord(.createLink(_, let action)), .link(.createLink(_, let action)):
    return validateTag(action.data.tag)
  default:
    return .valid
  }
}

func validateNote(_ note: Note) -> ValidateCallbackResult {
  guard !note.text.utf8.isEmpty else { return .invalid("a note's text must not be empty") }
  let length = note.text.unicodeScalars.count
  return .check(
    length <= maximumNoteLength,
    "a note's text must be at most \(maximumNoteLength) characters, this one has \(length)")
}

func validateTag(_ tag: LinkTag) -> ValidateCallbackResult {
  .check(
    tag.bytes.count <= maximumTagLength,
    "a link tag must be at most \(maximumTagLength) bytes, this one has \(tag.bytes.count)")
}
