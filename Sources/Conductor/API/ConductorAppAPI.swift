public import ConductorAPI
public import ConductorInterfaces
import Foundation
import HoloCore
import HoloCrypto
import Ribosome
import StateStore

/// The app interface's requests for an authenticated app, answered by a conductor (Holochain's
/// `AppInterfaceApi`), with signed zome calls checked as Holochain checks them: the Ed25519 signature over
/// sha512 of the exact bytes received, then the nonce and expiry, then a capability grant.
///
/// ```swift
/// let app = ConductorAppAPI(conductor: conductor, tokens: tokens)
/// let response = await app.handle(.appInfo, appId: "forum")
/// ```
public struct ConductorAppAPI: AppRequestHandler {
  public let conductor: Conductor
  public let tokens: AppAuthenticationTokens

  public init(conductor: Conductor, tokens: AppAuthenticationTokens) {
    self.conductor = conductor
    self.tokens = tokens
  }

  public func authenticate(token: AppAuthenticationToken, interfaceAppId: String?) async -> String? {
    tokens.authenticate(token, interfaceAppId: interfaceAppId)
  }

  public func signals(appId: String) -> AsyncStream<Signal> {
    let (stream, continuation) = AsyncStream<Signal>.makeStream(bufferingPolicy: .bufferingNewest(1024))
    let conductor = conductor
    let id = conductor.onSignal { event in
      // A cell that stopped meanwhile belongs to no app: its signal goes nowhere.
      guard (try? conductor.cell(event.cell))?.appId == appId else { return }
      continuation.yield(.app(cellId: event.cell, zomeName: event.zomeName, signal: event.payload))
    }
    continuation.onTermination = { _ in conductor.removeSignalHandler(id) }
    return stream
  }

  public func handle(_ request: AppRequest, appId: String) async -> AppResponse {
    do {
      return try await answer(request, appId: appId)
    } catch let error as ConductorError {
      return .error(ExternalApiWireError(error))
    } catch let error as ExternalApiWireError {
      return .error(error)
    } catch {
      return .error(.internalError("\(error)"))
    }
  }

  private func answer(_ request: AppRequest, appId: String) async throws -> AppResponse {
    switch request {
    case .appInfo:
      // Holochain answers `null` for an app that is gone (uninstalled while the connection stayed open).
      return .appInfo(try? conductor.appInfo(appId))
    case .callZome(let signed):
      return try await call(signed)
    case .createCloneCell(let payload):
      return .cloneCellCreated(
        try await conductor.createCloneCell(
          appId, role: payload.roleName, modifiers: payload.modifiers, membraneProof: payload.membraneProof,
          name: payload.name))
    case .disableCloneCell(let payload):
      try await conductor.disableCloneCell(appId, clone: payload.cloneCellId)
      return .cloneCellDisabled
    case .enableCloneCell(let payload):
      return .cloneCellEnabled(try await conductor.enableCloneCell(appId, clone: payload.cloneCellId))
    case .provideMemproofs(let proofs):
      _ = try await conductor.provideMemproofs(appId, proofs: proofs)
      return .ok
    case .enableApp:
      guard try conductor.app(appId).status == .disabled(.notStartedAfterProvidingMemproofs) else {
        throw ConductorError.invalidAppState("an app can enable itself only right after providing its membrane proofs")
      }
      _ = try await conductor.enableApp(appId)
      return .ok
    case .listWasmHostFunctions:
      return .listWasmHostFunctions(conductor.hostFunctionNames)
    case .agentInfo: return .agentInfo([])
    case .peerMetaInfo: return .peerMetaInfo(PeerMetaInfoMap())
    case .dumpNetworkMetrics: return .networkMetricsDumped(.map([]))
    case .dumpNetworkStats: return .networkStatsDumped(.map([]))
    case .sendDirectSignal: throw ExternalApiWireError.notSupported("send_direct_signal")
    }
  }

  /// A signed zome call: signature, then nonce and expiry, then the call (whose capability check follows).
  private func call(_ signed: ZomeCallParamsSigned) async throws -> AppResponse {
    let params: ZomeCallParams
    do {
      params = try signed.params()
    } catch {
      throw ExternalApiWireError.deserialization("the zome call's bytes are not ZomeCallParams: \(error)")
    }
    let digest = SHA512.hash(signed.bytes.bytes)
    guard Ed25519.verify(signature: signed.signature.bytes, message: digest, publicKey: params.provenance.core) else {
      throw ExternalApiWireError.zomeCallAuthenticationFailed(
        "Authentication failure. Bad signature \(signed.signature) by provenance \(params.provenance).")
    }
    let outcome: Result<ExternIO, ConductorError>
    do {
      outcome = .success(try await conductor.callZome(signed: params))
    } catch .badNonce(let reason) {
      throw ExternalApiWireError.zomeCallUnauthorized(
        "Call was not authorized with reason BadNonce(\"\(reason)\"), cap secret \(params.capSecret.map { "\($0)" } ?? "None") to call the function \(params.fnName) in zome \(params.zomeName)")
    } catch .call(let error) {
      outcome = .failure(error)
    }
    let output: ExternIO
    switch outcome {
    case .success(let value): output = value
    case .failure(let error):
      if case .unauthorized = error {
        let secret = params.capSecret.map { "\($0)" } ?? "None"
        throw ExternalApiWireError.zomeCallUnauthorized(
          "Call was not authorized with reason BadCapGrant, cap secret \(secret) to call the function \(params.fnName) in zome \(params.zomeName)")
      }
      throw error
    }
    return .zomeCalled(output)
  }
}
