import ConductorAPI
import HoloCore
import Logging
import NIOWebSocket
import Synchronization
import WSCore

/// Serves one app interface connection: authentication (Holochain's `authenticate_incoming_app_connection`),
/// then requests (`spawn_recv_incoming_app_msgs`) and signals (`spawn_app_signals_handler`).
struct AppConnection: Sendable {
  let connection: ServerConnection
  let handler: any AppRequestHandler
  /// The only app the interface serves, if any.
  let interfaceAppId: String?

  func run(_ inbound: WebSocketInboundStream) async {
    var messages = InboundMessages(
      inbound, maxMessageSize: connection.configuration.maxMessageSize, activity: connection.activity)
    let gate = AuthenticationGate()
    let connection = connection
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await connection.supervise() }
      group.addTask {
        do {
          try await Task.sleep(for: connection.configuration.authenticationTimeout)
        } catch {
          return
        }
        if case .refuse(let refusal) = gate.timedOut() {
          connection.logger.warning("App connection timed out while awaiting authentication")
          await connection.closeOrDrop(.policyViolation, reason: refusal.reason)
        }
      }
      if let appId = await authenticate(&messages, gate: gate) {
        let logger = connection.logger.with(metadataKey: "app.id", value: "\(appId)")
        let signals = handler.signals(appId: appId)
        let sender = connection.sender
        group.addTask {
          for await signal in signals {
            do {
              try await sender.send(.signal(encoding: signal))
            } catch {
              logger.debug("Could not send a signal; stopping signals")
              return
            }
          }
        }
        let handler = handler
        let loop = RequestLoop(connection: connection.with(logger: logger)) { data in
          guard let request = try? AppRequest(msgpack: data) else {
            logger.debug("Answering an undecodable app request")
            return AppResponse.error(.failedToDeserializeRequest).msgpackBytes()
          }
          logger.debug("App request", metadata: ["request": "\(request.variantName)"])
          return await handler.handle(request, appId: appId).msgpackBytes()
        }
        await loop.run(&messages)
      }
      group.cancelAll()
    }
  }

  /// Reads messages until the connection is authenticated (returns its app id) or refused (returns `nil`).
  private func authenticate(_ messages: inout InboundMessages, gate: AuthenticationGate) async -> String? {
    while true {
      switch await messages.next() {
      case .end:
        return nil
      case .violation(let code):
        await connection.close(code, reason: nil)
        return nil
      case .message(let bytes):
        var action = gate.received(bytes)
        if case .checkToken(let token) = action {
          let appId = await handler.authenticate(token: token, interfaceAppId: interfaceAppId)
          action = gate.tokenChecked(appId: appId)
        }
        switch action {
        case .wait, .checkToken:
          continue
        case .serve(let appId):
          connection.logger.debug("App connection authenticated", metadata: ["app.id": "\(appId)"])
          return appId
        case .refuse(let refusal):
          connection.logger.warning("Dropping app connection", metadata: ["reason": "\(refusal.reason)"])
          await connection.close(.policyViolation, reason: refusal.reason)
          return nil
        }
      }
    }
  }
}

/// The authentication state machine, shared by the read loop and the timeout task.
private final class AuthenticationGate: Sendable {
  private let machine = Mutex(AppAuthenticationStateMachine())

  func received(_ bytes: [UInt8]) -> AppAuthenticationStateMachine.Action {
    machine.withLock { $0.received(bytes) }
  }

  func tokenChecked(appId: String?) -> AppAuthenticationStateMachine.Action {
    machine.withLock { $0.tokenChecked(appId: appId) }
  }

  func timedOut() -> AppAuthenticationStateMachine.Action {
    machine.withLock { $0.timedOut() }
  }
}
