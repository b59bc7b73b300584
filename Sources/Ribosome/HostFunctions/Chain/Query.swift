import HoloCore
import StateStore

extension HostFunction {
  /// `query`: records of the agent's own chain, including this call's uncommitted writes.
  static let query = HostFunction.typed("query") { (context, filter: ChainQueryFilter) throws(HostFunctionFailure) in
    try context.require(.readChain, for: "query")
    let workspace = try context.requireWorkspace(for: "query")
    do {
      return try workspace.query(filter)
    } catch {
      throw .host("query failed: \(error)")
    }
  }
}
