/// The host functions a ribosome offers, by import name (`__hc__create_1`).
public struct HostFunctionTable: Sendable {
  private var functions: [String: HostFunction] = [:]

  /// A table of `functions`.
  public init(_ functions: [HostFunction]) {
    for function in functions { self.functions[function.importName] = function }
  }

  /// The function imported as `importName`, if offered.
  public subscript(importName: String) -> HostFunction? { functions[importName] }

  /// Every import name offered, sorted.
  public var importNames: [String] { functions.keys.sorted() }

  /// Adds or replaces functions (tests use this to stand in for the network, say).
  public mutating func merge(_ replacements: [HostFunction]) {
    for function in replacements { functions[function.importName] = function }
  }
}
