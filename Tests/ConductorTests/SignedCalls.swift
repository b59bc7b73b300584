import ConductorAPI
import HoloCore
import HoloCrypto
import Keystore

extension ZomeCallParams {
  /// The call as a client sends it: its msgpack bytes and the provenance's Ed25519 signature over their SHA-512,
  /// made with the provenance's key in `keystore`.
  func signed(with keystore: Keystore) throws -> ZomeCallParamsSigned {
    let bytes = msgpackBytes()
    let signature = try keystore.sign(publicKey: provenance.core, message: SHA512.hash(bytes))
    return ZomeCallParamsSigned(bytes: ExternIO(bytes: bytes), signature: Signature(checked: signature))
  }
}
