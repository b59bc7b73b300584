import HoloCore

extension HostFunction {
  /// `call`: for each call, a zome function of this conductor (another zome, cell or role) or of a remote
  /// agent, answered by the conductor.
  static let call = HostFunction.typed("call") {
    (context, calls: [Call]) throws(HostFunctionFailure) -> [ZomeCallResponse] in
    try context.require(.calls, for: "call")
    let host = try context.requireHost(for: "call")
    var responses: [ZomeCallResponse] = []
    for call in calls { responses.append(try host.call(call, from: context)) }
    return responses
  }

  /// `emit_signal`: a signal to the app's clients, sent once the call's writes commit.
  static let emitSignal = HostFunction.typed("emit_signal") { (context, signal: AppSignal) throws(HostFunctionFailure) in
    try context.require(.calls, for: "emit_signal")
    context.effects.emit(signal.payload, zome: context.zomeName)
    return Unit()
  }

  /// `send_remote_signal`: a signal to other agents' `recv_remote_signal`, best effort.
  static let sendRemoteSignal = HostFunction.typed("send_remote_signal") {
    (context, signal: RemoteSignal) throws(HostFunctionFailure) in
    try context.require(.calls, for: "send_remote_signal")
    try context.requireHost(for: "send_remote_signal").sendRemoteSignal(signal, from: context)
    return Unit()
  }

  /// `schedule`: runs a function of the calling zome after the call commits, and again as its answer says.
  static let schedule = HostFunction.typed("schedule") { (context, function: String) throws(HostFunctionFailure) in
    try context.require(.writeChain, for: "schedule")
    guard context.zome?.externFns.contains(function) ?? false else {
      throw .host("schedule: \(context.zomeName) has no function \(function)")
    }
    context.effects.schedule(function, zome: context.zomeName)
    return Unit()
  }

  /// The clone-cell host functions, answered by the conductor.
  static let cloneCellFunctions: [HostFunction] = [
    .typed("create_clone_cell") { (context, input: CreateCloneCellInput) throws(HostFunctionFailure) -> ClonedCell in
      try context.require(.calls, for: "create_clone_cell")
      guard let cell = try context.requireHost(for: "create_clone_cell").cloneCell(.create(input), from: context) else {
        throw .host("create_clone_cell: the conductor created no cell")
      }
      return cell
    },
    .typed("disable_clone_cell") { (context, input: DisableCloneCellInput) throws(HostFunctionFailure) in
      try context.require(.calls, for: "disable_clone_cell")
      _ = try context.requireHost(for: "disable_clone_cell").cloneCell(.disable(input), from: context)
      return Unit()
    },
    .typed("enable_clone_cell") { (context, input: EnableCloneCellInput) throws(HostFunctionFailure) -> ClonedCell in
      try context.require(.calls, for: "enable_clone_cell")
      guard let cell = try context.requireHost(for: "enable_clone_cell").cloneCell(.enable(input), from: context) else {
        throw .host("enable_clone_cell: the conductor enabled no cell")
      }
      return cell
    },
    .typed("delete_clone_cell") { (context, input: DeleteCloneCellInput) throws(HostFunctionFailure) in
      try context.require(.calls, for: "delete_clone_cell")
      _ = try context.requireHost(for: "delete_clone_cell").cloneCell(.delete(input), from: context)
      return Unit()
    },
  ]

  /// `capability_grants`, `capability_claims` and `capability_info`: Holochain 0.7 declares them but leaves
  /// them unimplemented (its host panics). Grants and claims are entries: write them with `create`.
  static let capabilityPlaceholders: [HostFunction] = ["capability_grants", "capability_claims", "capability_info"].map {
    name in
    HostFunction(name: name, version: 1) { (_, _) throws(HostFunctionFailure) in
      throw .host(
        "\(name) is unimplemented in Holochain 0.7 too; create grants and claims as entries with create (CapGrant, CapClaim)")
    }
  }
}
