/// Why two gossip summaries cannot be compared.
public enum OpSummaryError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The summaries cut ops into buckets differently.
  case layoutMismatch(SummaryLayout, SummaryLayout)

  public var description: String {
    switch self {
    case .layoutMismatch(let mine, let theirs):
      return "LayoutMismatch: \(mine.sectorCount) sectors of \(mine.sliceMicros) µs slices against "
        + "\(theirs.sectorCount) sectors of \(theirs.sliceMicros) µs slices"
    }
  }
}
