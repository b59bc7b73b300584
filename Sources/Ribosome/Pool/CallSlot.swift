/// The call an instance is running: its host imports read the context from here when the guest calls them,
/// so one instance can serve one call after another.
final class CallSlot: @unchecked Sendable {
  // @unchecked Sendable: written by the thread that leases the instance, before it invokes the guest and after
  // the guest returns; read by host imports on that same thread. Leases pass between threads only through
  // the pool's mutex, which orders these accesses.
  var context: ZomeCallContext?
}
