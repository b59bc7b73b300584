public import Foundation

/// The public description of a stored seed: never any secret material.
///
/// ```swift
/// let info = try keystore.newSeed(tag: "agent", exportable: false)
/// let signature = try keystore.sign(publicKey: info.ed25519PublicKey, message: bytes)
/// ```
public struct SeedInfo: Hashable, Sendable {
  /// The caller's unique name for the seed.
  public let tag: String
  /// The 32-byte Ed25519 public key derived from the seed.
  public let ed25519PublicKey: [UInt8]
  /// The 32-byte X25519 public key derived from the seed (lair's `crypto_box_seed_keypair`).
  public let x25519PublicKey: [UInt8]
  /// Whether ``Keystore/exportSeed(tag:)`` may reveal the seed.
  public let exportable: Bool
  /// When the seed entered the keystore (millisecond precision).
  public let createdAt: Date

  /// Creates a description; keystores make these, callers rarely need to.
  public init(
    tag: String,
    ed25519PublicKey: [UInt8],
    x25519PublicKey: [UInt8],
    exportable: Bool,
    createdAt: Date
  ) {
    self.tag = tag
    self.ed25519PublicKey = ed25519PublicKey
    self.x25519PublicKey = x25519PublicKey
    self.exportable = exportable
    self.createdAt = createdAt
  }
}
