// Small helpers for writing `validate` callbacks.

extension ValidateCallbackResult {
  /// `.valid` when `condition` holds, else `.invalid(message)`.
  ///
  /// ```swift
  /// return .check(!post.title.isEmpty, "a post needs a title")
  /// ```
  public static func check(_ condition: Bool, _ message: @autoclosure () -> String) -> ValidateCallbackResult {
    condition ? .valid : .invalid(message())
  }

  /// Whether the result is `.valid`.
  public var isValid: Bool {
    if case .valid = self { return true }
    return false
  }

  /// This result if it is not valid, else the result of `next` (chains checks; the first failure wins).
  ///
  /// ```swift
  /// return .check(!title.isEmpty, "empty title").then { .check(title.utf8.count <= 80, "title too long") }
  /// ```
  public func then(_ next: () throws(WasmError) -> ValidateCallbackResult) throws(WasmError) -> ValidateCallbackResult {
    guard isValid else { return self }
    return try next()
  }

  /// The first result that is not valid, or `.valid`.
  ///
  /// ```swift
  /// return .all([.check(a, "a"), .check(b, "b")])
  /// ```
  public static func all(_ results: [ValidateCallbackResult]) -> ValidateCallbackResult {
    for result in results where !result.isValid { return result }
    return .valid
  }

  /// Not decidable until these hashes can be fetched.
  ///
  /// ```swift
  /// return .unresolved([AnyDhtHash(postHash)!])
  /// ```
  public static func unresolved(_ hashes: [AnyDhtHash]) -> ValidateCallbackResult {
    .unresolvedDependencies(.hashes(hashes))
  }
}

extension Record {
  /// The app entry type of the record's action, if it creates an entry of one of `ET` in `types` (for
  /// checking what `must_get_valid_record` returned).
  ///
  /// ```swift
  /// let record = try mustGetValidRecord(comment.postHash)
  /// guard try record.appEntryType(EntryTypes.self) == .post else { return .invalid("not a post") }
  /// ```
  public func appEntryType<ET: ZomeEntryTypes>(_: ET.Type, in types: ScopedZomeTypesSet) -> ET? {
    guard case .app(let def)? = action.entryType else { return nil }
    return ET(ScopedEntryDefIndex(zomeIndex: def.zomeIndex, zomeType: def.entryIndex), in: types)
  }

  /// As ``appEntryType(_:in:)``, against the calling zome's scope (calls `zome_info`).
  public func appEntryType<ET: ZomeEntryTypes>(_: ET.Type) throws(WasmError) -> ET? {
    appEntryType(ET.self, in: try zomeInfo().zomeTypes)
  }
}
