import Bundles

/// The ``BundleError`` that `body` throws, or `nil` if it throws nothing (or something else).
func failure(_ body: () throws -> Void) -> BundleError? {
  do {
    try body()
    return nil
  } catch {
    return error as? BundleError
  }
}
