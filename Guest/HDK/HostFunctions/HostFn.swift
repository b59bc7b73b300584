/// The raw host functions of Holochain 0.7: one typed Swift function per `env.__hc__*` import, taking and
/// returning exactly the host function's input and output types (many take or return arrays, one element
/// per request, as Holochain's do).
///
/// Each import is declared once, here in `HostFunctions/`, grouped by family (`HostFn+Entries.swift`, …).
/// A zome pays only for the imports it reaches: wasm-ld drops the rest.
///
/// Most zomes use the ergonomic layer instead (``createEntry(_:)``, ``getLinks(_:)``, …); these are for
/// tests, tools and whatever the ergonomic layer does not cover.
///
/// ```swift
/// let hashes = try HostFn.create(CreateInput(entryLocation: .capGrant, entryVisibility: .private,
///                                            entry: .capGrant(grant)))
/// let records = try HostFn.get([GetInput(anyDhtHash: AnyDhtHash(hash)!)])
/// ```
public enum HostFn {}
