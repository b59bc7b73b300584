import Foundation
import GRDB

/// The single row of `keystore_meta`: how to stretch the passphrase, and a verifier that tells
/// a right passphrase from a wrong one before anything is written.
struct KeystoreMeta: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "keystore_meta"
  /// The version of the on-disk format this code writes and reads.
  static let currentFormatVersion = 1

  enum CodingKeys: String, CodingKey, ColumnExpression {
    case id
    case formatVersion = "format_version"
    case salt
    case opsLimit = "ops_limit"
    case memLimit = "mem_limit"
    case verifierHeader = "verifier_header"
    case verifierCipher = "verifier_cipher"
  }

  /// Always 1: the table holds one row.
  var id: Int64 = 1
  var formatVersion: Int
  /// The 16-byte Argon2id salt.
  var salt: Data
  var opsLimit: Int
  var memLimit: Int
  /// The secretstream header and cipher text of ``KeyEncryptionKey/verifierPlaintext``.
  var verifierHeader: Data
  var verifierCipher: Data
}
