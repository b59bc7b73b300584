import HoloCore

extension TemporaryId {
  /// The id of a holon whose versioned key is `versionedKey`: the first 16 bytes of
  /// BLAKE2b-128("holoswift.temporary-id\0" + key), marked as a version-8 (custom) RFC 4122 UUID. The same key
  /// gives the same id in every process, host or guest, so a keyed holon's id needs no randomness and two
  /// stagings of one key meet in the pool.
  public init(versionedKey: MapString) {
    var hasher = Blake2b(outputLength: 16)
    hasher.update(Array("holoswift.temporary-id".utf8) + [0])
    hasher.update(Array(versionedKey.value.utf8))
    var bytes = hasher.finalize()
    bytes[6] = (bytes[6] & 0x0f) | 0x80
    bytes[8] = (bytes[8] & 0x3f) | 0x80
    self.init(bytes: bytes)!
  }
}
