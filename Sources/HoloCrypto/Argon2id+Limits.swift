import CSodium

extension Argon2id {
  /// The cost of one Argon2id derivation: passes over memory and memory size in bytes.
  ///
  /// ```swift
  /// let fastForTests = Argon2id.Limits.minimum
  /// let custom = Argon2id.Limits(opsLimit: 3, memLimit: 128 << 20)
  /// ```
  public struct Limits: Hashable, Sendable {
    /// Number of passes over memory.
    public var opsLimit: Int
    /// Memory used, in bytes.
    public var memLimit: Int

    /// Creates limits; they are checked against libsodium's ranges when used.
    public init(opsLimit: Int, memLimit: Int) {
      self.opsLimit = opsLimit
      self.memLimit = memLimit
    }

    /// libsodium's `OPSLIMIT_MIN` / `MEMLIMIT_MIN`: almost no protection, for tests only.
    public static let minimum = Limits(
      opsLimit: Int(crypto_pwhash_argon2id_opslimit_min()),
      memLimit: Int(crypto_pwhash_argon2id_memlimit_min()))

    /// libsodium's `INTERACTIVE` limits (2 passes, 64 MiB): for online logins.
    public static let interactive = Limits(
      opsLimit: Int(crypto_pwhash_argon2id_opslimit_interactive()),
      memLimit: Int(crypto_pwhash_argon2id_memlimit_interactive()))

    /// libsodium's `MODERATE` limits (3 passes, 256 MiB): a sound default for unlocking keys.
    public static let moderate = Limits(
      opsLimit: Int(crypto_pwhash_argon2id_opslimit_moderate()),
      memLimit: Int(crypto_pwhash_argon2id_memlimit_moderate()))

    /// libsodium's `SENSITIVE` limits (4 passes, 1 GiB): for rarely unlocked, high-value keys.
    public static let sensitive = Limits(
      opsLimit: Int(crypto_pwhash_argon2id_opslimit_sensitive()),
      memLimit: Int(crypto_pwhash_argon2id_memlimit_sensitive()))
  }
}
