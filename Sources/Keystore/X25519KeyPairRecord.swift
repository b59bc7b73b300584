import Foundation
import GRDB

/// One row of the `x25519_keypair` table: a standalone X25519 key pair (`create_x25519_keypair`),
/// its public key in the clear and its 32-byte seed sealed under the key-encryption key.
struct X25519KeyPairRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "x25519_keypair"

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case publicKey = "public_key"
    case header
    case cipher
    case createdAtMilliseconds = "created_at"
  }

  var publicKey: Data
  /// The secretstream header.
  var header: Data
  /// The sealed seed of `crypto_box_seed_keypair` (32 + 17 bytes).
  var cipher: Data
  /// Milliseconds since 1970.
  var createdAtMilliseconds: Int64

  /// The bytes authenticated with the sealed seed, binding it to its public key.
  static func additionalData(publicKey: [UInt8]) -> [UInt8] {
    Array("holoswift.keystore.x25519.v1".utf8) + [0] + publicKey
  }
}
