import ConductorAPI
import HoloCore
import Logging

/// Reads the requests of one connection and answers each, concurrently, as Holochain's `for_each_concurrent`
/// over a `WebsocketReceiver` does.
///
/// - A message that is not a msgpack `WireMessage` is skipped (holochain_websocket's `Deserialize` error, which
///   the interface ignores), and the connection stays open.
/// - A `request` is answered with the bytes `respond` returns for its data, under the same id; answers go out as
///   they are ready, so out of order.
/// - At most ``InterfaceServerConfiguration/maxConcurrentRequests`` requests run at once; reading pauses while
///   the limit is reached.
/// - `signal`, `authenticate` and `response` messages from the client are ignored.
/// - When the client goes away (or breaks the protocol), the requests still running are cancelled: nobody waits
///   for their answers, so a zome call stops instead of running to its deadline (see `CallInterrupt`).
struct RequestLoop: Sendable {
  let connection: ServerConnection
  /// The msgpack response to a request's data (an `AdminResponse` or `AppResponse`).
  let respond: @Sendable (_ requestData: [UInt8]) async -> [UInt8]

  /// Serves until the client closes the connection or breaks the protocol.
  func run(_ inbound: inout InboundMessages) async {
    let logger = connection.logger
    let sender = connection.sender
    let limit = max(1, connection.configuration.maxConcurrentRequests)
    await withTaskGroup(of: Void.self) { group in
      var inFlight = 0
      reading: while true {
        switch await inbound.next() {
        case .end:
          group.cancelAll()
          break reading
        case .violation(let code):
          logger.info("Closing connection", metadata: ["code": "\(code)"])
          group.cancelAll()
          await connection.close(code, reason: nil)
          break reading
        case .message(let bytes):
          guard let message = try? WireMessage(msgpack: bytes) else {
            logger.debug("Ignoring a message that is not a WireMessage", metadata: ["bytes": "\(bytes.count)"])
            continue reading
          }
          switch message {
          case .request(let id, let data):
            if inFlight >= limit {
              await group.next()
              inFlight -= 1
            }
            inFlight += 1
            group.addTask {
              let response = await respond(data)
              do {
                try await sender.send(.response(id: id, data: response))
              } catch {
                logger.debug("Could not send a response", metadata: ["request.id": "\(id)"])
              }
            }
          case .signal:
            logger.warning("Unexpected signal from client")
          case .authenticate:
            logger.warning("Unexpected authenticate from client")
          case .response:
            logger.trace("Ignoring a response from client")
          }
        }
      }
    }
  }
}
