import Foundation

/// The ports a conductor announces on standard output once it serves:
/// `Conductor launched {"admin_port":4444,"app_ports":[8888]}`.
struct LaunchLine: Decodable, Equatable, Sendable {
  let adminPort: UInt16
  let appPorts: [UInt16]

  private enum CodingKeys: String, CodingKey {
    case adminPort = "admin_port"
    case appPorts = "app_ports"
  }

  static let marker = "Conductor launched "

  /// The ports on `line`, or `nil` when it is not the launch line.
  static func parse(_ line: String) -> LaunchLine? {
    guard let start = line.range(of: marker) else { return nil }
    let json = line[start.upperBound...]
    // Not JSON after the marker: not the line we wait for; the caller keeps reading.
    return try? JSONDecoder().decode(LaunchLine.self, from: Data(json.utf8))
  }
}
