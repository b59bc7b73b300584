/// Where an op is in validation (the `validation_status` column).
public enum OpValidationStatus: Int64, Hashable, Sendable, CaseIterable {
  /// Stored, not yet validated.
  case pending = 0
  /// Passed sys validation; app validation is next.
  case sysValidated = 1
  /// Waiting for data it depends on.
  case awaitingDeps = 2
  /// Passed every validation.
  case valid = 3
  /// Failed validation.
  case rejected = 4
  /// Gave up waiting for its dependencies.
  case abandoned = 5

  /// Whether validation has reached a verdict (and the op can be integrated).
  public var isFinal: Bool { self == .valid || self == .rejected || self == .abandoned }
}
