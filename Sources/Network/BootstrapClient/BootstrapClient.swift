public import Foundation
import HoloCore

#if canImport(FoundationNetworking)
  public import FoundationNetworking
#endif

/// A client for Kitsune2's bootstrap HTTP API (as ``BootstrapServer`` serves it):
///
/// - ``put(_:)``: `PUT {base}/bootstrap/{space}/{agent}` with a signed info's JSON;
/// - ``get(space:)``: `GET {base}/bootstrap/{space}`, the space's live infos.
///
/// `{space}` and `{agent}` are base64url without padding. Each request gives up after ``timeout``.
///
/// ```swift
/// let client = BootstrapClient(baseURL: URL(string: "http://127.0.0.1:8080")!)
/// try await client.put(signed)
/// let peers = try await client.get(space: signed.space)
/// ```
public struct BootstrapClient: Sendable {
  /// The server's root; the API's paths go below it.
  public let baseURL: URL
  /// How long one request may take.
  public let timeout: Duration
  private let session: URLSession

  /// A client of the server at `baseURL`, using `session` (by default one of its own, with no cache and no
  /// cookies).
  public init(baseURL: URL, timeout: Duration = .seconds(10), session: URLSession? = nil) {
    self.baseURL = baseURL
    self.timeout = timeout
    self.session = session ?? Self.makeSession()
  }

  private static func makeSession() -> URLSession {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    configuration.httpShouldSetCookies = false
    return URLSession(configuration: configuration)
  }

  /// Publishes `info` in its space.
  ///
  /// - Throws: ``BootstrapClientError/server(status:message:)`` with the server's reason (`InvalidSignature`,
  ///   `InvalidCreatedAt`…) when it refuses the info.
  public func put(_ info: SignedAgentInfo) async throws(BootstrapClientError) {
    var request = URLRequest(url: url(Base64URL.encode(info.space), Base64URL.encode(info.agent)))
    request.httpMethod = "PUT"
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    request.httpBody = Data(info.json)
    _ = try await send(request)
  }

  /// The live infos of `space` the server holds, those that parse and verify (the others are dropped).
  public func get(space: [UInt8]) async throws(BootstrapClientError) -> [SignedAgentInfo] {
    var request = URLRequest(url: url(Base64URL.encode(space)))
    request.httpMethod = "GET"
    let body = try await send(request)
    do {
      return try SignedAgentInfo.list(json: body)
    } catch {
      throw .invalidResponse(error.description)
    }
  }

  private func url(_ segments: String...) -> URL {
    segments.reduce(baseURL.appendingPathComponent("bootstrap")) { $0.appendingPathComponent($1) }
  }

  /// Sends `request`, returning the body of a 200 answer.
  private func send(_ request: URLRequest) async throws(BootstrapClientError) -> [UInt8] {
    var request = request
    request.timeoutInterval = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) * 1e-18
    request.setValue("application/json", forHTTPHeaderField: "Accept")
    let data: Data
    let response: URLResponse
    do {
      (data, response) = try await session.data(for: request)
    } catch {
      throw .transport("\(error)")
    }
    guard let http = response as? HTTPURLResponse else { throw .transport("not an HTTP response") }
    let body = [UInt8](data)
    guard http.statusCode == 200 else {
      throw .server(status: http.statusCode, message: Self.errorMessage(body))
    }
    return body
  }

  /// The `error` of a `{"error": "..."}` body, or the body as text.
  private static func errorMessage(_ body: [UInt8]) -> String {
    struct ErrorBody: Decodable { var error: String }
    // A body that is not `{"error": …}` is still the message: it is returned as text, so nothing is lost.
    if let parsed = try? JSONDecoder().decode(ErrorBody.self, from: Data(body)) { return parsed.error }
    return String(decoding: body, as: UTF8.self)
  }
}
