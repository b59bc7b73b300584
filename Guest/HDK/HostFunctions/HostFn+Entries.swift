// Writing and reading records and entries.

@_extern(wasm, module: "env", name: "__hc__create_1") @_extern(c)
func __hc__create_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__update_1") @_extern(c)
func __hc__update_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__delete_1") @_extern(c)
func __hc__delete_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_1") @_extern(c)
func __hc__get_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_details_1") @_extern(c)
func __hc__get_details_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `create`: ``CreateInput`` → ``ActionHash`` (of the new `Create` action).
  ///
  /// ```swift
  /// let hash = try HostFn.create(CreateInput(entryLocation: .app(zomeIndex: 0, entryDefIndex: 0),
  ///                                          entryVisibility: .public, entry: .app(encoding: note)))
  /// ```
  public static func create(_ input: CreateInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__create_1, input)
  }

  /// `update`: ``UpdateInput`` → ``ActionHash`` (of the new `Update` action).
  ///
  /// ```swift
  /// let hash = try HostFn.update(UpdateInput(originalActionAddress: original, entry: .app(encoding: note)))
  /// ```
  public static func update(_ input: UpdateInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__update_1, input)
  }

  /// `delete`: ``DeleteInput`` → ``ActionHash`` (of the new `Delete` action).
  ///
  /// ```swift
  /// let hash = try HostFn.delete(DeleteInput(deletesActionHash: original))
  /// ```
  public static func delete(_ input: DeleteInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__delete_1, input)
  }

  /// `get`: `[GetInput]` → `[Record?]`, one answer per input, in order.
  ///
  /// ```swift
  /// let records = try HostFn.get([GetInput(anyDhtHash: AnyDhtHash(actionHash)!)])
  /// ```
  public static func get(_ inputs: [GetInput]) throws(WasmError) -> [Record?] {
    try hostCall(__hc__get_1, inputs)
  }

  /// `get_details`: `[GetInput]` → `[Details?]`, one answer per input (``Details/record(_:)`` for an action
  /// hash, ``Details/entry(_:)`` for an entry hash).
  ///
  /// ```swift
  /// let details = try HostFn.getDetails([GetInput(anyDhtHash: AnyDhtHash(entryHash)!)])
  /// ```
  public static func getDetails(_ inputs: [GetInput]) throws(WasmError) -> [Details?] {
    try hostCall(__hc__get_details_1, inputs)
  }
}
