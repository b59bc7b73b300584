import HoloCore
import StateStore

/// Acknowledged writes looked up in a stopped conductor's databases.
enum StoredWrites {
  /// The problems with `writes` in `cell`'s source chain: each must be a record of the chain whose entry is the
  /// post that was written.
  static func problems(_ writes: [AcknowledgedWrite], cell: CellId, store: StateStore) -> [String] {
    let chain: SourceChain
    do {
      chain = try store.sourceChain(for: cell, signer: ReadOnlySigner())
    } catch {
      return ["the forum chain cannot be opened: \(error)"]
    }
    var problems: [String] = []
    for write in writes {
      do {
        guard let record = try chain.record(write.hash) else {
          problems.append("\(write.hash) (\(write.post.title), incarnation \(write.incarnation)) is not in the chain")
          continue
        }
        guard case .app(let bytes)? = record.entry.entry, ForumPost(entryBytes: bytes) == write.post else {
          problems.append("\(write.hash) is in the chain without the post \"\(write.post.title)\"")
          continue
        }
      } catch {
        problems.append("\(write.hash) cannot be read: \(error)")
      }
    }
    return problems
  }
}
