import CSodium

/// The one place that initialises libsodium.
///
/// `sodium_init()` runs exactly once, the first time any HoloCrypto entry point calls
/// ``ensureInitialized()``; Swift guarantees a `static let` is initialised once, thread-safely.
enum Sodium {
  private static let initialized: Bool = sodium_init() >= 0

  /// Makes sure libsodium is ready; a failing `sodium_init()` leaves no safe way to go on.
  static func ensureInitialized() {
    precondition(initialized, "libsodium could not be initialised (sodium_init failed)")
  }
}
