import Foundation
public import HoloCore
public import Hummingbird
public import Logging

/// Kitsune2's bootstrap HTTP API (`holoswift bootstrap-server`):
///
/// - `PUT /bootstrap/{space}/{agent}` with a signed agent info (at most 1024 bytes) → `{}`, or 500
///   `{"error": "InvalidSignature"}` and the like (413 for a larger body);
/// - `GET /bootstrap/{space}` → a JSON array of the space's live infos, as they were put;
/// - `GET /health` → `{}`.
///
/// `{space}` and `{agent}` are base64url without padding. ``serve`` prunes expired infos as it runs.
public enum BootstrapServer {
  /// The router, for an `Application` or for tests.
  public static func router(service: BootstrapService, now: @escaping @Sendable () -> Int64 = nowMicros) -> Router<
    BasicRequestContext
  > {
    let router = Router()
    router.get("health") { _, _ in json(#"{}"#) }
    router.get("bootstrap/:space") { _, context -> Response in
      guard let space = context.parameters.get("space").flatMap(Base64URL.decode) else {
        return error(.badRequest, "InvalidSpace")
      }
      return Response(
        status: .ok, headers: [.contentType: "application/json"],
        body: ResponseBody(byteBuffer: ByteBuffer(bytes: service.get(space: space, now: now()))))
    }
    router.put("bootstrap/:space/:agent") { request, context -> Response in
      guard let space = context.parameters.get("space").flatMap(Base64URL.decode) else {
        return error(.badRequest, "InvalidSpace")
      }
      guard let agent = context.parameters.get("agent").flatMap(Base64URL.decode) else {
        return error(.badRequest, "InvalidAgent")
      }
      let body: ByteBuffer
      do {
        body = try await request.body.collect(upTo: BootstrapService.maxBodyBytes)
      } catch {
        return BootstrapServer.error(.contentTooLarge, "BodyTooLarge")
      }
      do throws(BootstrapService.PutError) {
        try service.put(space: space, agent: agent, body: Array(buffer: body), now: now())
      } catch {
        return BootstrapServer.error(.internalServerError, error.description)
      }
      return json(#"{}"#)
    }
    return router
  }

  /// A server on `host:port` (0 picks a free port, reported through `onListening`). Run it with ``serve``, which
  /// also prunes, or in a service group.
  public static func application(
    service: BootstrapService, host: String = "127.0.0.1", port: Int, logger: Logger,
    onListening: @escaping @Sendable (Int) -> Void = { _ in }
  ) -> some ApplicationProtocol {
    Application(
      router: router(service: service),
      configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "holoswift-bootstrap"),
      onServerRunning: { channel in
        if let bound = channel.localAddress?.port { onListening(bound) }
      },
      logger: logger)
  }

  /// Runs a server until SIGINT or SIGTERM, pruning expired infos every `pruneInterval` while it runs.
  public static func serve(
    service: BootstrapService, host: String, port: Int, pruneInterval: Duration = .seconds(10), logger: Logger,
    onListening: @escaping @Sendable (Int) -> Void
  ) async throws {
    let server = application(service: service, host: host, port: port, logger: logger, onListening: onListening)
    try await withThrowingTaskGroup(of: Void.self) { group in
      group.addTask { try await server.runService() }
      group.addTask {
        while !Task.isCancelled {
          try await Task.sleep(for: pruneInterval)
          service.spaces.prune(now: nowMicros())
        }
      }
      // The server stopping (or failing) ends the pruning too.
      try await group.next()
      group.cancelAll()
    }
  }

  /// Microseconds since the epoch.
  @Sendable public static func nowMicros() -> Int64 { Int64((Date().timeIntervalSince1970 * 1_000_000).rounded()) }

  private static func json(_ text: String) -> Response {
    Response(
      status: .ok, headers: [.contentType: "application/json"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  private static func error(_ status: HTTPResponse.Status, _ name: String) -> Response {
    let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    return Response(
      status: status, headers: [.contentType: "application/json"],
      body: ResponseBody(byteBuffer: ByteBuffer(string: #"{"error":"\#(escaped)"}"#)))
  }
}
