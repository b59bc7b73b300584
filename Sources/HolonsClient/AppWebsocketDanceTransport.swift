public import ConductorAPI
public import ConductorInterfaces
public import HoloCore
import Foundation
import HoloCrypto
public import HolonsCore

/// Signs zome calls for a client: Ed25519 over the SHA-512 of the call's bytes, by the key of the call's
/// provenance (the app's agent, or signing credentials that hold a capability grant).
public protocol ZomeCallSigner: Sendable {
  /// The agent the calls are made as.
  var provenance: AgentPubKey { get }
  /// The secret of the grant the calls use (`nil` for the app's own agent, who needs none).
  var capSecret: CapSecret? { get }
  /// The signature of `digest` (the SHA-512 of the serialized call).
  func sign(digest: [UInt8]) async throws -> Signature
}

extension ZomeCallSigner {
  public var capSecret: CapSecret? { nil }
}

/// The client initiator's transport: the envelope goes to the `dance` extern of `zome` in `cell` as a signed
/// `call_zome` over an authenticated App websocket connection — what a `@holochain/client` program does.
public struct AppWebsocketDanceTransport: AsyncDanceEnvelopeTransport {
  public let client: ConductorClient
  public let cell: CellId
  public let zome: String
  public let signer: any ZomeCallSigner
  /// How long a call stays valid.
  public var lifetimeMicroseconds: Int64 = 5 * 60 * 1_000_000

  public init(client: ConductorClient, cell: CellId, zome: String = "holons", signer: any ZomeCallSigner) {
    self.client = client
    self.cell = cell
    self.zome = zome
    self.signer = signer
  }

  public func send(_ envelope: DanceRequestEnvelope) async throws(HolonError) -> DanceResponseEnvelope {
    let params = ZomeCallParams(
      provenance: signer.provenance, cellId: cell, zomeName: zome, fnName: "dance", capSecret: signer.capSecret,
      payload: ExternIO(encoding: envelope), nonce: Nonce256Bits(checked: SecureRandom.bytes(32)),
      expiresAt: Timestamp(microseconds: Self.nowMicroseconds() + lifetimeMicroseconds))
    let bytes = params.msgpackBytes()
    let signature: Signature
    do {
      signature = try await signer.sign(digest: SHA512.hash(bytes))
    } catch {
      throw .conductorError("signing the call to \(zome)/dance failed: \(error)")
    }
    let answer: AppResponse
    do throws(ConductorClientError) {
      answer = try await client.appRequest(
        .callZome(ZomeCallParamsSigned(bytes: ExternIO(bytes: bytes), signature: signature)))
    } catch {
      // An aborted lineage comes back typed; anything else as the call's failure.
      if let abort = DanceAbortSignal.abort(in: "\(error)") { throw abort }
      throw .conductorError("call to \(zome)/dance failed: \(error)")
    }
    guard case .zomeCalled(let output) = answer else {
      throw .conductorError("call to \(zome)/dance failed: \(answer)")
    }
    switch Result(catching: { () throws(MsgPackError) in try output.decode(DanceResponseEnvelope.self) }) {
    case .success(let response): return response
    case .failure(let error): throw .invalidWireFormat("DanceResponseEnvelope", error)
    }
  }

  static func nowMicroseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1_000_000).rounded()) }
}
