import Foundation
import HoloCore
import Ribosome
import StateStore

extension Conductor {
  /// Calls the zome's `post_commit` with the actions a call committed. It may read, sign and signal but not
  /// write; its failure cannot undo the commit, so it is dropped (as Holochain only logs it).
  func postCommit(_ actions: [SignedActionHashed], cell: Cell, zome: String) {
    guard cell.ribosome.exports(zome: zome, function: "post_commit"),
      let workspace = backgroundFailures.attempt(.postCommit, "post_commit of \(zome)", { try cell.chain.workspace() })
    else { return }
    let effects = CallEffects()
    let context = ZomeCallContext(
      cell: cell.id, dna: cell.layout, zomeName: zome, functionName: "post_commit", provenance: cell.id.agent,
      access: .postCommit, kind: .postCommit, workspace: workspace, dht: cell.dht, cache: cell.cache,
      network: onlineNetwork, keystore: keystore, host: self, effects: effects)
    let ran = backgroundFailures.attempt(.postCommit, "post_commit of \(zome)") {
      try cell.ribosome.call(zome: zome, function: "post_commit", payload: ExternIO(encoding: actions), context: context)
    }
    if ran != nil { deliver(effects.signals, from: cell.id) }
  }

  /// Runs functions scheduled during a call, once each, after its commit. A scheduled function takes and
  /// returns `Option<Schedule>`: an ephemeral schedule runs it again once after that delay; a persisted (cron)
  /// one runs it at each time the expression names, across restarts, until it returns something else.
  func runScheduled(_ scheduled: [(zome: String, function: String)], cell: Cell) {
    for (zome, function) in scheduled { runScheduled(zome: zome, function: function, schedule: nil, cell: cell) }
  }

  func runScheduled(zome: String, function: String, schedule: Schedule?, cell: Cell) {
    let request = ZomeCallRequest(
      cell: cell.id, zome: zome, function: function, payload: ExternIO(encoding: schedule), provenance: cell.id.agent,
      capSecret: nil)
    guard
      let output = backgroundFailures.attempt(.scheduledFunction, "scheduled \(zome)/\(function)", {
        try callZomeBlocking(request)
      }),
      let decoded = backgroundFailures.attempt(.scheduledFunction, "reading the Schedule of \(zome)/\(function)", {
        try output.decode(Schedule?.self)
      })
    else {
      dropSchedule(zome: zome, function: function, cell: cell.id)
      return
    }
    let next: Schedule? = decoded
    switch next {
    case .ephemeral(let secs, let nanos)?:
      dropSchedule(zome: zome, function: function, cell: cell.id)
      let delay = Double(secs) + Double(nanos) / 1e9
      let stack = configuration.threadStackBytes
      DispatchQueue.global().asyncAfter(deadline: .now() + delay) {
        let thread = Thread { self.runScheduled(zome: zome, function: function, schedule: next, cell: cell) }
        thread.stackSize = stack
        thread.start()
      }
    case .persisted(let text)?:
      if let cron = backgroundFailures.attempt(.scheduledFunction, "the cron of \(zome)/\(function)", {
        try CronExpression(parsing: text)
      }) {
        persistSchedule(cron, zome: zome, function: function, cell: cell)
      } else {
        dropSchedule(zome: zome, function: function, cell: cell.id)
      }
    case nil:
      dropSchedule(zome: zome, function: function, cell: cell.id)
    }
  }
}
