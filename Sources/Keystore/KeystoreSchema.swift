import GRDB

/// The keystore's tables, as GRDB migrations.
enum KeystoreSchema {
  /// A migrator that creates (or upgrades) the keystore tables.
  static func migrator() -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: KeystoreMeta.databaseTableName) { table in
        table.column("id", .integer).primaryKey().check { $0 == 1 }
        table.column("format_version", .integer).notNull()
        table.column("salt", .blob).notNull()
        table.column("ops_limit", .integer).notNull()
        table.column("mem_limit", .integer).notNull()
        table.column("verifier_header", .blob).notNull()
        table.column("verifier_cipher", .blob).notNull()
      }
      try db.create(table: SeedRecord.databaseTableName) { table in
        table.primaryKey("tag", .text)
        // UNIQUE gives each public key its index, used by `sign` and the crypto_box calls.
        table.column("ed25519_public_key", .blob).notNull().unique()
        table.column("x25519_public_key", .blob).notNull().unique()
        table.column("header", .blob).notNull()
        table.column("cipher", .blob).notNull()
        table.column("exportable", .boolean).notNull()
        table.column("created_at", .integer).notNull()
      }
    }
    // Added after v1: files created before it gain the tables on their next open.
    migrator.registerMigration("v2-x25519-and-shared-secrets") { db in
      try db.create(table: X25519KeyPairRecord.databaseTableName) { table in
        table.primaryKey("public_key", .blob)
        table.column("header", .blob).notNull()
        table.column("cipher", .blob).notNull()
        table.column("created_at", .integer).notNull()
      }
      try db.create(table: SharedSecretRecord.databaseTableName) { table in
        table.primaryKey("tag", .text)
        table.column("header", .blob).notNull()
        table.column("cipher", .blob).notNull()
        table.column("created_at", .integer).notNull()
      }
    }
    return migrator
  }
}
