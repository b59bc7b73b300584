public import HolonsCore
import Synchronization

/// Hands out transaction ids for a host: increasing from a random start, so two hosts (or two runs) rarely
/// share one.
public final class TransactionIds: Sendable {
  private let next: Atomic<UInt64>

  public init(start: UInt64 = UInt64.random(in: 1...(UInt64(1) << 40))) { next = Atomic(start) }

  /// A fresh id.
  public func make() -> TxId { TxId(next.add(1, ordering: .relaxed).oldValue) }

  /// A new open transaction.
  public func open() -> TransactionContext { TransactionContext(txId: make()) }
}
