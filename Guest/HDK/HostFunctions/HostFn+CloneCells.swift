// Clone cells of the calling app.

@_extern(wasm, module: "env", name: "__hc__create_clone_cell_1") @_extern(c)
func __hc__create_clone_cell_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__disable_clone_cell_1") @_extern(c)
func __hc__disable_clone_cell_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__enable_clone_cell_1") @_extern(c)
func __hc__enable_clone_cell_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__delete_clone_cell_1") @_extern(c)
func __hc__delete_clone_cell_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `create_clone_cell`: ``CreateCloneCellInput`` → ``ClonedCell``.
  ///
  /// ```swift
  /// let clone = try HostFn.createCloneCell(CreateCloneCellInput(cellId: cell, modifiers: DnaModifiersOpt(networkSeed: "2")))
  /// ```
  public static func createCloneCell(_ input: CreateCloneCellInput) throws(WasmError) -> ClonedCell {
    try hostCall(__hc__create_clone_cell_1, input)
  }

  /// `disable_clone_cell`: ``DisableCloneCellInput`` → `()`.
  ///
  /// ```swift
  /// try HostFn.disableCloneCell(DisableCloneCellInput(cloneCellId: .cloneId("chat.0")))
  /// ```
  public static func disableCloneCell(_ input: DisableCloneCellInput) throws(WasmError) {
    let _: Unit = try hostCall(__hc__disable_clone_cell_1, input)
  }

  /// `enable_clone_cell`: ``EnableCloneCellInput`` → ``ClonedCell``.
  ///
  /// ```swift
  /// let clone = try HostFn.enableCloneCell(EnableCloneCellInput(cloneCellId: .cloneId("chat.0")))
  /// ```
  public static func enableCloneCell(_ input: EnableCloneCellInput) throws(WasmError) -> ClonedCell {
    try hostCall(__hc__enable_clone_cell_1, input)
  }

  /// `delete_clone_cell`: ``DeleteCloneCellInput`` → `()` (the clone must be disabled first).
  ///
  /// ```swift
  /// try HostFn.deleteCloneCell(DeleteCloneCellInput(cloneCellId: .cloneId("chat.0")))
  /// ```
  public static func deleteCloneCell(_ input: DeleteCloneCellInput) throws(WasmError) {
    let _: Unit = try hostCall(__hc__delete_clone_cell_1, input)
  }
}
