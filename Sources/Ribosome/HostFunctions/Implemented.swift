extension HostFunction {
  /// Every host function this host implements, by family.
  static var implemented: [HostFunction] {
    let info: [HostFunction] = [
      .sysTime, .randomBytes, .agentInfo, .callInfo, .dnaInfoV1, .dnaInfoV2, .zomeInfo, .getInitProperties, .trace,
    ]
    let chain: [HostFunction] = [.query, .create, .update, .delete, .createLink, .deleteLink, .closeChain, .openChain]
    let dht: [HostFunction] = [
      .get, .getDetails, .getLinks, .getLinksDetails, .countLinks, .getAgentActivity, .getValidationReceipts,
      .mustGetEntry, .mustGetAction, .mustGetValidRecord, .mustGetAgentActivity,
    ]
    let conductor: [HostFunction] = [.call, .emitSignal, .sendRemoteSignal, .schedule] + cloneCellFunctions
    return info + chain + dht + conductor + capabilityPlaceholders + cryptoFunctions
  }
}
