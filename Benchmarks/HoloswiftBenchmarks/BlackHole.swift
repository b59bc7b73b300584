/// Consumes a value so the optimiser cannot drop the computation that produced it.
@inline(never)
func blackHole<T>(_ value: T) {
  withExtendedLifetime(value) {}
}

/// Returns `value` unchanged through a call the optimiser cannot see into, so that benchmark inputs
/// are not treated as compile-time constants.
@inline(never)
func opaque<T>(_ value: T) -> T {
  value
}
