/// Where a transaction is in its life: open for work, committing, or done.
public enum TransactionState: String, Hashable, Sendable {
  case open = "Open"
  case commitInProgress = "CommitInProgress"
  case committed = "Committed"
}
