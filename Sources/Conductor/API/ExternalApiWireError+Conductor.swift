import ConductorAPI

extension ExternalApiWireError {
  /// How a conductor failure reaches an API client (Holochain's `ConductorApiError` → `ExternalApiWireError`).
  init(_ error: ConductorError) {
    switch error {
    case .ribosome, .initFailed, .invalidCommit, .incompleteCommit: self = .ribosomeError("\(error)")
    case .unauthorized: self = .zomeCallUnauthorized("\(error)")
    case .invalidDna: self = .dnaReadError("\(error)")
    default: self = .internalError("\(error)")
    }
  }

  /// A request this conductor answers only in a later version, named.
  static func notSupported(_ request: String) -> ExternalApiWireError {
    .internalError("\(request) is not supported by this conductor yet")
  }
}
