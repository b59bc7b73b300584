public import HoloCore

/// How the cascade reaches other authorities: the conductor's network. Its methods block the zome-call
/// thread until the network answers or the options' timeout passes; they never throw (an unreachable network
/// is an empty answer, as in Holochain).
public protocol CascadeNetwork: Sendable {
  /// How many validation receipts make an op's set complete (Holochain's `required_validations`).
  var requiredValidations: Int { get }

  /// Whether this node is an authority for `basis` in `dna`: its storage arc covers the basis location.
  func isAuthority(for basis: AnyLinkableHash, in dna: DnaHash) -> Bool

  /// Asks authorities of `basis` for everything integrated there and stores their answers in the DNA's cache.
  /// Returns whether any authority answered.
  @discardableResult
  func fetch(basis: AnyLinkableHash, in dna: DnaHash, options: GetOptions) -> Bool
}

/// Holochain's default `required_validations`: 5 receipts per op.
public let defaultRequiredValidations = 5
