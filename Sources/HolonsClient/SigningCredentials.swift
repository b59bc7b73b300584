public import HoloCore
import HoloCrypto

/// A fresh Ed25519 key and capability secret that a client signs its zome calls with, once a grant assigns the
/// secret to the key (what `@holochain/client`'s `generateSigningKeyPair` and `authorizeSigningCredentials`
/// do). The key never leaves the client.
public struct SigningCredentials: ZomeCallSigner {
  private let keyPair: Ed25519KeyPair
  private let secret: CapSecret
  public let provenance: AgentPubKey
  public var capSecret: CapSecret? { secret }

  /// New random credentials.
  public init() {
    keyPair = Ed25519KeyPair.generate()
    provenance = AgentPubKey(core: keyPair.publicKey)
    secret = CapSecret(checked: SecureRandom.bytes(64))
  }

  /// The grant to commit in the cell (with the admin API): `functions`, assigned to this key and secret.
  public func grant(tag: String = "holons-client", functions: GrantedFunctions) -> ZomeCallCapGrant {
    ZomeCallCapGrant(
      tag: tag, access: .assigned(secret: secret, assignees: [provenance]), functions: functions)
  }

  public func sign(digest: [UInt8]) async throws -> Signature { Signature(checked: keyPair.sign(digest)) }
}
