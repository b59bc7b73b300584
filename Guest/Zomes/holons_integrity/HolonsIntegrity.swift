// The holons integrity zome: defines HolonNode entries and the anchor, all-holons, local-space and smart links
// (Guest/HolonsGuest/HolonsTypes.swift), and validates them:
//
// - a holon node's `key`, when present, is a non-empty string, and no property name is empty;
// - a smart link's tag names a relationship (HolonsTypes' `SmartLinkTag`) and joins two actions;
// - only a link's author may delete it.
//
// Exports: `entry_defs`, `__num_entry_types`, `__num_link_types`, `validate`.
import HDK
import HolonsCore
import HolonsGuest

/// `entry_defs`: `()` → `EntryDefsCallbackResult` (`{"Defs": [holon_node]}`).
@_expose(wasm, "entry_defs") @_cdecl("entry_defs")
public func entryDefs(_ ptr: UInt32, _ len: UInt32) -> UInt64 { entryDefsCallback(ptr, len, HolonsEntryTypes.self) }

/// `__num_entry_types`: `u8`, 1.
@_expose(wasm, "__num_entry_types") @_cdecl("__num_entry_types")
public func numEntryTypes() -> UInt8 { HolonsEntryTypes.count }

/// `__num_link_types`: `u8`, 4.
@_expose(wasm, "__num_link_types") @_cdecl("__num_link_types")
public func numLinkTypes() -> UInt8 { HolonsLinkTypes.count }

/// `validate`: `Op` → `ValidateCallbackResult`.
@_expose(wasm, "validate") @_cdecl("validate")
public func validate(_ ptr: UInt32, _ len: UInt32) -> UInt64 { validateCallback(ptr, len, validateOp) }

func validateOp(_ op: Op) throws(WasmError) -> ValidateCallbackResult {
  switch try op.flattened(HolonsEntryTypes.self, HolonsLinkTypes.self) {
  case .createRecord(.createEntry(let entry, _)), .createEntry(.createEntry(let entry, _)),
    .createRecord(.updateEntry(let entry, _)), .createEntry(.updateEntry(let entry, _)), .update(.entry(let entry, _)):
    return validateNode(try entry.decode(HolonNode.self))
  case .createRecord(.createLink(let type, let action)), .link(.createLink(let type, let action)):
    guard type == .smartLink else { return .valid }
    return validateSmartLink(action.data)
  case .link(.deleteLink(let original, _, let action)):
    return .check(original.author == action.author, "only the author of a link may delete it")
  default:
    return .valid
  }
}

/// A holon node's key, when present, is a non-empty string; property names are not empty.
func validateNode(_ node: HolonNode) -> ValidateCallbackResult {
  for name in node.propertyMap.names where name.name.value.isEmpty {
    return .invalid("a holon property needs a name")
  }
  switch node.propertyMap[CoreNames.key] {
  case nil: return .valid
  case .string(let key)?: return .check(!key.value.isEmpty, "a holon's key may not be empty")
  case .some: return .invalid("a holon's key must be a string")
  }
}

/// A smart link's tag parses and it joins two actions.
func validateSmartLink(_ link: CreateLinkData) -> ValidateCallbackResult {
  if case .failure(let error) = SmartLinkTag.parse(link.tag) { return .invalid(error.message) }
  guard ActionHash(link.baseAddress) != nil, ActionHash(link.targetAddress) != nil else {
    return .invalid("a smart link joins two holon records")
  }
  return .valid
}
