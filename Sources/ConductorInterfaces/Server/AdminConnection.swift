import ConductorAPI
import HoloCore
import Logging
import WSCore

/// Serves one admin interface connection (Holochain's `recv_incoming_admin_msgs`).
struct AdminConnection: Sendable {
  let connection: ServerConnection
  let handler: any AdminRequestHandler

  func run(_ inbound: WebSocketInboundStream) async {
    var messages = InboundMessages(
      inbound, maxMessageSize: connection.configuration.maxMessageSize, activity: connection.activity)
    let handler = handler
    let logger = connection.logger
    let loop = RequestLoop(connection: connection) { data in
      guard let request = try? AdminRequest(msgpack: data) else {
        logger.debug("Answering an undecodable admin request")
        return AdminResponse.error(.failedToDeserializeRequest).msgpackBytes()
      }
      logger.debug("Admin request", metadata: ["request": "\(request.variantName)"])
      return await handler.handle(request).msgpackBytes()
    }
    await withTaskGroup(of: Void.self) { group in
      group.addTask { await connection.supervise() }
      await loop.run(&messages)
      group.cancelAll()
    }
  }
}
