// The integrity zome of the host-function test DNA. Entry types: 0 `thing` (public; app bytes are the msgpack
// of a String), 1 `secret` (private, a String), 2 `reply` (public; the msgpack of an ActionHash that must be a
// valid record). Link types: 0 and 1. Its `validate` rejects a thing that says "invalid", a reply to a
// record that is not there yet (UnresolvedDependencies through must_get_valid_record), and link tags longer
// than 16 bytes.
import HDK

@_expose(wasm, "entry_defs") @_cdecl("entry_defs")
public func entryDefs(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (_: Unit) throws(WasmError) -> EntryDefsCallbackResult in
    .defs([
      EntryDef(id: .app("thing"), visibility: .public),
      EntryDef(id: .app("secret"), visibility: .private),
      EntryDef(id: .app("reply"), visibility: .public),
    ])
  }
}

@_expose(wasm, "__num_entry_types") @_cdecl("__num_entry_types")
public func numEntryTypes() -> Int32 { 3 }

@_expose(wasm, "__num_link_types") @_cdecl("__num_link_types")
public func numLinkTypes() -> Int32 { 2 }

@_expose(wasm, "validate") @_cdecl("validate")
public func validate(_ ptr: UInt32, _ len: UInt32) -> UInt64 {
  extern(ptr, len) { (op: Op) throws(WasmError) -> ValidateCallbackResult in
    switch op {
    case .createEntry(let create):
      guard case .app(let bytes) = create.entry, let type = create.action.content.entryType,
        case .app(let def) = type
      else { return .valid }
      switch def.entryIndex.value {
      case 0:
        let text = try decodeEntry(bytes, as: String.self)
        return text.utf8.elementsEqual("invalid".utf8) ? .invalid("a thing may not say invalid") : .valid
      case 2:
        let target = try decodeEntry(bytes, as: ActionHash.self)
        _ = try HostFn.mustGetValidRecord(MustGetValidRecordInput(target))
        return .valid
      default: return .valid
      }
    case .createLink(let link):
      guard case .createLink(let data) = link.createLink.content.data else { return .valid }
      return data.tag.bytes.count > 16 ? .invalid("link tags are at most 16 bytes") : .valid
    default:
      return .valid
    }
  }
}

func decodeEntry<T: MsgPackDecodable>(_ bytes: AppEntryBytes, as _: T.Type) throws(WasmError) -> T {
  do {
    return try T(msgpack: bytes.bytes)
  } catch {
    throw WasmError(modulePath: #fileID, line: UInt32(#line), error: .deserialize(bytes.bytes))
  }
}
