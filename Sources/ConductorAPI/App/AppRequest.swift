public import HoloCore

/// A call on an app interface, scoped to the app the connection authenticated for (Holochain 0.7's
/// `AppRequest`, default features).
///
/// ```swift
/// AppRequest.appInfo.msgpackBytes()   // {"type": "app_info"}: 81 a4 "type" a8 "app_info"
/// ```
public enum AppRequest: Hashable, Sendable {
  /// The app's info. → ``AppResponse/appInfo(_:)``
  case appInfo
  /// Signed agent infos of the app's DNAs. → ``AppResponse/agentInfo(_:)``
  case agentInfo(dnaHashes: [DnaHash]?)
  /// Peer meta store entries of the peer at `url`. → ``AppResponse/peerMetaInfo(_:)``
  case peerMetaInfo(url: String, dnaHashes: [DnaHash]?)
  /// Calls a zome function with a signed call. → ``AppResponse/zomeCalled(_:)``
  case callZome(ZomeCallParamsSigned)
  /// Clones a role's DNA into a new cell. → ``AppResponse/cloneCellCreated(_:)``
  case createCloneCell(CreateCloneCellPayload)
  /// Disables a clone cell. → ``AppResponse/cloneCellDisabled``
  case disableCloneCell(DisableCloneCellPayload)
  /// Enables a disabled clone cell. → ``AppResponse/cloneCellEnabled(_:)``
  case enableCloneCell(EnableCloneCellPayload)
  /// Network metrics of the app's DNAs. → ``AppResponse/networkMetricsDumped(_:)``
  case dumpNetworkMetrics(dnaHash: DnaHash?, includeDhtSummary: Bool)
  /// Transport statistics, filtered to the app's DNAs. → ``AppResponse/networkStatsDumped(_:)``
  case dumpNetworkStats
  /// The names of the host functions wasm can import. → ``AppResponse/listWasmHostFunctions(_:)``
  case listWasmHostFunctions
  /// Membrane proofs for an app installed with deferred memproofs, by role name. → ``AppResponse/ok``
  case provideMemproofs([String: MembraneProof])
  /// Enables the app after memproofs were provided (only from that disabled state). → ``AppResponse/ok``
  case enableApp
  /// Sends an opaque payload straight to agents' app clients, without running a zome.
  /// `signal` is a `Vec<u8>`: an array of integers on the wire. → ``AppResponse/ok``
  case sendDirectSignal(dnaHash: DnaHash, agents: [AgentPubKey], signal: [UInt8])

  /// The variant's wire name (`"call_zome"`), for logs.
  public var variantName: String { variantTag.text }
}
