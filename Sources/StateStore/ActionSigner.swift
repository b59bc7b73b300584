public import HoloCore
public import Keystore

/// Signs bytes as an agent (Ed25519 over the exact bytes).
public protocol ActionSigner: Sendable {
  /// The signature of `bytes` by `agent`'s key.
  func sign(_ bytes: [UInt8], as agent: AgentPubKey) throws(StateStoreError) -> Signature
}

/// Signs with the keys of a ``Keystore``: an agent's key is the Ed25519 public key of one of its seeds.
public struct KeystoreSigner: ActionSigner {
  public let keystore: Keystore

  public init(keystore: Keystore) { self.keystore = keystore }

  public func sign(_ bytes: [UInt8], as agent: AgentPubKey) throws(StateStoreError) -> Signature {
    let raw: [UInt8]
    do {
      raw = try keystore.sign(publicKey: agent.core, message: bytes)
    } catch {
      throw .signingFailed(agent: agent, reason: "\(error)")
    }
    guard let signature = Signature(raw) else {
      throw .signingFailed(agent: agent, reason: "the keystore returned \(raw.count) bytes, not 64")
    }
    return signature
  }
}
