// Creating, deleting, reading and counting links.

@_extern(wasm, module: "env", name: "__hc__create_link_1") @_extern(c)
func __hc__create_link_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__delete_link_1") @_extern(c)
func __hc__delete_link_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_links_1") @_extern(c)
func __hc__get_links_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__get_links_details_1") @_extern(c)
func __hc__get_links_details_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

@_extern(wasm, module: "env", name: "__hc__count_links_1") @_extern(c)
func __hc__count_links_1(_ ptr: UInt32, _ len: UInt32) -> UInt64

extension HostFn {
  /// `create_link`: ``CreateLinkInput`` → ``ActionHash`` (of the new `CreateLink` action).
  ///
  /// ```swift
  /// let hash = try HostFn.createLink(CreateLinkInput(baseAddress: base, targetAddress: target,
  ///                                                  zomeIndex: ZomeIndex(0), linkType: LinkType(0), tag: LinkTag(bytes: [])))
  /// ```
  public static func createLink(_ input: CreateLinkInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__create_link_1, input)
  }

  /// `delete_link`: ``DeleteLinkInput`` → ``ActionHash`` (of the new `DeleteLink` action).
  ///
  /// ```swift
  /// let hash = try HostFn.deleteLink(DeleteLinkInput(address: link.createLinkHash))
  /// ```
  public static func deleteLink(_ input: DeleteLinkInput) throws(WasmError) -> ActionHash {
    try hostCall(__hc__delete_link_1, input)
  }

  /// `get_links`: `[GetLinksInput]` → `[[Link]]`, one list per input, in order.
  ///
  /// ```swift
  /// let links = try HostFn.getLinks([GetLinksInput(baseAddress: base, linkType: .dependencies([ZomeIndex(0)]))])
  /// ```
  public static func getLinks(_ inputs: [GetLinksInput]) throws(WasmError) -> [[Link]] {
    try hostCall(__hc__get_links_1, inputs)
  }

  /// `get_links_details`: `[GetLinksInput]` → `[LinkDetails]`, one per input (each `CreateLink` with the
  /// `DeleteLink`s on it).
  ///
  /// ```swift
  /// let details = try HostFn.getLinksDetails([input])
  /// ```
  public static func getLinksDetails(_ inputs: [GetLinksInput]) throws(WasmError) -> [LinkDetails] {
    try hostCall(__hc__get_links_details_1, inputs)
  }

  /// `count_links`: ``LinkQuery`` → `usize` (how many live links match, counted by the base's authorities).
  ///
  /// ```swift
  /// let count = try HostFn.countLinks(LinkQuery(base: base, linkType: .dependencies([ZomeIndex(0)])))
  /// ```
  public static func countLinks(_ query: LinkQuery) throws(WasmError) -> Int {
    try hostCall(__hc__count_links_1, query)
  }
}
