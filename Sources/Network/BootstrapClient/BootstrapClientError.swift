/// Why a bootstrap request failed.
public enum BootstrapClientError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The request never got an HTTP answer: connection refused, timed out, cancelled…
  case transport(String)
  /// The server answered with a status other than 200; `message` is its `{"error": …}` (Kitsune2's error
  /// name, such as `InvalidSignature`), or the body as text when it is not such an object.
  case server(status: Int, message: String)
  /// A 200 answer whose body is not what the API promises.
  case invalidResponse(String)

  public var description: String {
    switch self {
    case .transport(let reason): return "bootstrap request failed: \(reason)"
    case .server(let status, let message): return "bootstrap server answered \(status): \(message)"
    case .invalidResponse(let reason): return "bootstrap server answered nonsense: \(reason)"
    }
  }
}
