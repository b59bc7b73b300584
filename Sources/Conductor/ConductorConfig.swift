public import ConductorAPI
import Foundation
import Yams

/// The conductor's configuration file, in the subset of Holochain's `conductor-config.yaml` this conductor
/// uses: where its data lives, and its admin interfaces. Other Holochain keys (network, tuning) are accepted and
/// ignored until the parts they configure exist.
///
/// ```yaml
/// data_root_path: /home/me/.holoswift/sandbox
/// keystore:
///   type: lair_server_in_proc
/// admin_interfaces:
///   - driver:
///       type: websocket
///       port: 4444
///       allowed_origins: "*"
/// ```
public struct ConductorConfig: Sendable, Equatable {
  /// One admin interface: a websocket port and the origins it accepts.
  public struct AdminInterface: Sendable, Equatable {
    public var port: UInt16
    public var allowedOrigins: AllowedOrigins

    public init(port: UInt16, allowedOrigins: AllowedOrigins) {
      self.port = port
      self.allowedOrigins = allowedOrigins
    }
  }

  /// Why a configuration file was refused.
  public struct Invalid: Error, CustomStringConvertible {
    public let description: String
  }

  public var dataRootPath: String
  public var adminInterfaces: [AdminInterface]

  public init(dataRootPath: String, adminInterfaces: [AdminInterface]) {
    self.dataRootPath = dataRootPath
    self.adminInterfaces = adminInterfaces
  }

  /// Reads a configuration from YAML text.
  public init(yaml text: String) throws(Invalid) {
    let root: [String: Any]
    do {
      guard let loaded = try Yams.load(yaml: text) as? [String: Any] else {
        throw Invalid(description: "the conductor config must be a YAML mapping")
      }
      root = loaded
    } catch let error as Invalid {
      throw error
    } catch {
      throw Invalid(description: "the conductor config is not valid YAML: \(error)")
    }
    guard let path = root["data_root_path"] as? String, !path.isEmpty else {
      throw Invalid(description: "the conductor config needs data_root_path")
    }
    if let keystore = root["keystore"] as? [String: Any], let type = keystore["type"] as? String,
      !["lair_server_in_proc", "danger_test_keystore"].contains(type)
    {
      throw Invalid(description: "keystore type \(type) is not supported: use lair_server_in_proc")
    }
    var interfaces: [AdminInterface] = []
    for entry in root["admin_interfaces"] as? [Any] ?? [] {
      guard let driver = (entry as? [String: Any])?["driver"] as? [String: Any], driver["type"] as? String == "websocket"
      else { throw Invalid(description: "an admin interface needs a websocket driver") }
      guard let port = driver["port"] as? Int, let port16 = UInt16(exactly: port) else {
        throw Invalid(description: "an admin interface needs a port between 0 and 65535")
      }
      let origins = (driver["allowed_origins"] as? String) ?? "*"
      interfaces.append(AdminInterface(port: port16, allowedOrigins: AllowedOrigins(string: origins)))
    }
    self.init(dataRootPath: path, adminInterfaces: interfaces)
  }

  /// The configuration as YAML, in Holochain's shape.
  public func yaml() -> String {
    var text = "---\ndata_root_path: \(Self.quoted(dataRootPath))\nkeystore:\n  type: lair_server_in_proc\n"
    text += "admin_interfaces:\n"
    for interface in adminInterfaces {
      text += "  - driver:\n      type: websocket\n      port: \(interface.port)\n"
      text += "      allowed_origins: \(Self.quoted(interface.allowedOrigins.stringValue))\n"
    }
    return text
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
