import Foundation
import GRDB

/// One row of the `seed` table: public keys in the clear, the seed itself sealed under the
/// key-encryption key (secretstream, one final chunk).
struct SeedRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "seed"

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case tag
    case ed25519PublicKey = "ed25519_public_key"
    case x25519PublicKey = "x25519_public_key"
    case header
    case cipher
    case exportable
    case createdAtMilliseconds = "created_at"
  }

  var tag: String
  var ed25519PublicKey: Data
  var x25519PublicKey: Data
  /// The secretstream header.
  var header: Data
  /// The sealed 32-byte seed (32 + 17 bytes).
  var cipher: Data
  var exportable: Bool
  /// Milliseconds since 1970, so a ``SeedInfo`` reads back exactly as it was returned.
  var createdAtMilliseconds: Int64

  /// The public description of this row.
  var info: SeedInfo {
    SeedInfo(
      tag: tag,
      ed25519PublicKey: [UInt8](ed25519PublicKey),
      x25519PublicKey: [UInt8](x25519PublicKey),
      exportable: exportable,
      createdAt: Date(timeIntervalSince1970: Double(createdAtMilliseconds) / 1000))
  }

  /// The bytes authenticated with the sealed seed, binding it to its row: a cipher text
  /// copied under another tag or public key no longer opens.
  static func additionalData(tag: String, ed25519PublicKey: [UInt8]) -> [UInt8] {
    Array("holoswift.keystore.seed.v1".utf8) + [0] + ed25519PublicKey + Array(tag.utf8)
  }
}
