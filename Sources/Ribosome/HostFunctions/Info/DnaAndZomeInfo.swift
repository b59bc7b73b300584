import HoloCore

extension HostFunction {
  /// `dna_info` (version 1): name, hash, properties and integrity zome names.
  static let dnaInfoV1 = HostFunction.typed("dna_info") { (context, _: Unit) throws(HostFunctionFailure) in
    try context.require(.info, for: "dna_info")
    let def = context.dna.def
    return DnaInfoV1(
      name: def.name, hash: context.dna.hash, properties: def.modifiers.properties,
      zomeNames: def.integrityZomes.map(\.name))
  }

  /// `dna_info` (version 2): name, hash, modifiers and integrity zome names.
  static let dnaInfoV2 = HostFunction.typed("dna_info", version: 2) { (context, _: Unit) throws(HostFunctionFailure) in
    try context.require(.info, for: "dna_info")
    let def = context.dna.def
    return DnaInfoV2(
      name: def.name, hash: context.dna.hash, modifiers: def.modifiers, zomeNames: def.integrityZomes.map(\.name))
  }

  /// `zome_info`: the calling zome's name, index, entry definitions, exports and the types it may use.
  static let zomeInfo = HostFunction.typed("zome_info") { (context, _: Unit) throws(HostFunctionFailure) in
    try context.require(.info, for: "zome_info")
    guard let zome = context.zome else { throw .host("zome_info: \(context.zomeName) is not a zome of this DNA") }
    return context.dna.zomeInfo(for: zome)
  }

  /// `get_init_properties`: only in `init`. Properties come from the app's installation, which this
  /// conductor does not take yet, so there are none.
  static let getInitProperties = HostFunction.typed("get_init_properties") {
    (context, _: Unit) throws(HostFunctionFailure) -> InitProperties? in
    guard context.kind == .initialization else {
      throw .host("get_init_properties is only allowed in init, not in \(context.functionName)")
    }
    return nil
  }

  /// `trace`: a line of the guest's log, kept with the call.
  static let trace = HostFunction.typed("trace") { (context, message: TraceMsg) throws(HostFunctionFailure) in
    context.recordTrace("[\(message.level.rawValue)] \(message.msg)")
    return Unit()
  }
}
