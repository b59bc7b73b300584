public import HoloCore

/// The answer to an ``AppRequest`` (Holochain 0.7's `AppResponse`, default features).
///
/// ```swift
/// let bytes = AppResponse.zomeCalled(ExternIO(encoding: "pong")).msgpackBytes()
/// ```
public enum AppResponse: Hashable, Sendable {
  /// The request failed (any request).
  case error(ExternalApiWireError)
  /// `nil` when the app does not exist (any more). ← ``AppRequest/appInfo``
  case appInfo(AppInfo?)
  /// Signed agent infos, as JSON strings. ← ``AppRequest/agentInfo(dnaHashes:)``
  case agentInfo([String])
  /// ← ``AppRequest/peerMetaInfo(url:dnaHashes:)``
  case peerMetaInfo(PeerMetaInfoMap)
  /// The zome function's msgpack-encoded return value. ← ``AppRequest/callZome(_:)``
  case zomeCalled(ExternIO)
  /// ← ``AppRequest/createCloneCell(_:)``
  case cloneCellCreated(ClonedCell)
  /// ← ``AppRequest/disableCloneCell(_:)``
  case cloneCellDisabled
  /// ← ``AppRequest/enableCloneCell(_:)``
  case cloneCellEnabled(ClonedCell)
  /// A map of DNA hash to network metrics, kept as a raw value. ← ``AppRequest/dumpNetworkMetrics(dnaHash:includeDhtSummary:)``
  case networkMetricsDumped(MsgPackValue)
  /// `HolochainTransportStats`, kept as a raw value. ← ``AppRequest/dumpNetworkStats``
  case networkStatsDumped(MsgPackValue)
  /// ← ``AppRequest/listWasmHostFunctions``
  case listWasmHostFunctions([String])
  /// Success without a payload. ← ``AppRequest/provideMemproofs(_:)``, ``AppRequest/enableApp``,
  /// ``AppRequest/sendDirectSignal(dnaHash:agents:signal:)``
  case ok

  /// The variant's wire name (`"zome_called"`), for logs.
  public var variantName: String { variantTag.text }
}
