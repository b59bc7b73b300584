import GRDB

/// The tables of the databases that hold chain data: a cell's authored database and a DNA's DHT and cache
/// databases share one layout (actions, entries, chain ops with validation and integration state).
enum ChainSchema {
  /// The migrations for a chain database; `authored` adds the one-action-per-sequence-number rule.
  static func migrator(authored: Bool) -> DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-chain") { db in
      try db.execute(
        sql: """
          CREATE TABLE action (
            hash BLOB PRIMARY KEY NOT NULL,
            author BLOB NOT NULL,
            seq INTEGER NOT NULL,
            prev_hash BLOB,
            timestamp INTEGER NOT NULL,
            action_type INTEGER NOT NULL,
            entry_hash BLOB,
            private_entry INTEGER NOT NULL DEFAULT 0,
            blob BLOB NOT NULL,
            signature BLOB NOT NULL
          ) WITHOUT ROWID;
          CREATE INDEX action_entry_hash ON action(entry_hash);
          CREATE TABLE entry (
            hash BLOB PRIMARY KEY NOT NULL,
            blob BLOB NOT NULL
          ) WITHOUT ROWID;
          CREATE TABLE chain_op (
            hash BLOB PRIMARY KEY NOT NULL,
            action_hash BLOB NOT NULL REFERENCES action(hash),
            op_type INTEGER NOT NULL,
            basis BLOB NOT NULL,
            storage_loc INTEGER NOT NULL,
            validation_status INTEGER NOT NULL DEFAULT 0,
            integrated_at INTEGER,
            stored_at INTEGER NOT NULL,
            last_publish_time INTEGER,
            receipt_count INTEGER NOT NULL DEFAULT 0,
            withhold_publish INTEGER NOT NULL DEFAULT 0
          ) WITHOUT ROWID;
          CREATE INDEX chain_op_status ON chain_op(validation_status, integrated_at);
          CREATE INDEX chain_op_basis ON chain_op(basis);
          CREATE INDEX chain_op_action ON chain_op(action_hash);
          """)
      // A cell's own chain holds one action per sequence number; a DHT may hold forks.
      try db.execute(sql: "CREATE \(authored ? "UNIQUE " : "")INDEX action_author_seq ON action(author, seq)")
    }
    // The network: receipts an author collects, warrants a node holds, and agents it refuses.
    migrator.registerMigration("v2-network") { db in
      try db.execute(
        sql: """
          CREATE TABLE validation_receipt (
            op_hash BLOB NOT NULL,
            validator BLOB NOT NULL,
            validation_status INTEGER NOT NULL,
            when_integrated INTEGER NOT NULL,
            signature BLOB NOT NULL,
            PRIMARY KEY (op_hash, validator)
          ) WITHOUT ROWID;
          CREATE TABLE warrant (
            hash BLOB PRIMARY KEY NOT NULL,
            warrantee BLOB NOT NULL,
            blob BLOB NOT NULL,
            stored_at INTEGER NOT NULL
          ) WITHOUT ROWID;
          CREATE INDEX warrant_warrantee ON warrant(warrantee);
          CREATE TABLE blocked_agent (
            agent BLOB PRIMARY KEY NOT NULL,
            reason TEXT NOT NULL,
            blocked_at INTEGER NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    return migrator
  }
}

/// The conductor's own database: a small key/value store of conductor state.
enum ConductorSchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-conductor") { db in
      try db.execute(
        sql: """
          CREATE TABLE conductor_state (
            key TEXT PRIMARY KEY NOT NULL,
            value BLOB NOT NULL
          ) WITHOUT ROWID;
          """)
    }
    // Nonces of signed zome calls, kept until they expire so that a restart does not let a captured call run
    // again (Holochain's `Nonce` table in its conductor database).
    migrator.registerMigration("v2-nonces") { db in
      try db.execute(
        sql: """
          CREATE TABLE nonce (
            agent BLOB NOT NULL,
            nonce BLOB NOT NULL,
            expires INTEGER NOT NULL,
            PRIMARY KEY (agent, nonce)
          ) WITHOUT ROWID;
          CREATE INDEX nonce_expires ON nonce (expires);
          """)
    }
    return migrator
  }
}
