import Foundation
import HoloCore
import HoloCrypto

extension XSalsa20Poly1305KeyRef {
  /// Holochain's length, in characters, of the key_refs it makes up itself.
  static let generatedLength = 32

  /// The keystore tag of the shared secret this key_ref names: the key_ref in standard base64, as
  /// Holochain names its lair entries.
  var keystoreTag: String {
    Data(bytes).base64EncodedString()
  }

  /// A fresh key_ref of 32 random letters and digits (valid UTF-8, as Holochain's are).
  static func random() -> XSalsa20Poly1305KeyRef {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    // Bytes from 248 up are dropped so that each character is equally likely (248 = 4 × 62).
    let limit = alphabet.count * (256 / alphabet.count)
    var characters: [UInt8] = []
    while characters.count < generatedLength {
      for byte in SecureRandom.bytes(generatedLength) where Int(byte) < limit {
        characters.append(alphabet[Int(byte) % alphabet.count])
        if characters.count == generatedLength { break }
      }
    }
    return XSalsa20Poly1305KeyRef(characters)
  }
}
