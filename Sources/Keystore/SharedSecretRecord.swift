import Foundation
import GRDB

/// One row of the `shared_secret` table: a 32-byte XSalsa20-Poly1305 key known by its tag, sealed
/// under the key-encryption key.
struct SharedSecretRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "shared_secret"

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case tag
    case header
    case cipher
    case createdAtMilliseconds = "created_at"
  }

  var tag: String
  /// The secretstream header.
  var header: Data
  /// The sealed 32-byte secret (32 + 17 bytes).
  var cipher: Data
  /// Milliseconds since 1970.
  var createdAtMilliseconds: Int64

  /// The bytes authenticated with the sealed secret, binding it to its tag.
  static func additionalData(tag: String) -> [UInt8] {
    Array("holoswift.keystore.shared-secret.v1".utf8) + [0] + Array(tag.utf8)
  }
}
