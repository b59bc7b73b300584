public import ConductorAPI
import Foundation
import Yams
import HoloNetwork

/// The conductor's configuration file, in the subset of Holochain's `conductor-config.yaml` this conductor
/// uses: where its data lives, its admin interfaces, and its network. Other Holochain keys (tuning) are accepted
/// and ignored. In `network`, `bootstrap_url` and `target_arc_factor` (0: hold no arc) are Holochain's;
/// `transport_listen` (`host:port` for the peer transport) is Holoswift's, since its peers connect directly.
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
/// network:
///   bootstrap_url: http://127.0.0.1:8888
///   transport_listen: 0.0.0.0:0
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

  /// The `network` section: where to find peers and where to listen for them.
  public struct Network: Sendable, Equatable {
    public var bootstrapURL: String?
    public var listenHost: String
    public var listenPort: Int
    /// Holochain's `target_arc_factor`: 0 holds no arc (a light node), anything else the full arc.
    public var targetArcFactor: Int

    public init(
      bootstrapURL: String?, listenHost: String = "127.0.0.1", listenPort: Int = 0, targetArcFactor: Int = 1
    ) {
      self.bootstrapURL = bootstrapURL
      self.listenHost = listenHost
      self.listenPort = listenPort
      self.targetArcFactor = targetArcFactor
    }

    /// The network settings these keys give, Holochain's defaults for the rest.
    public var configuration: NetworkConfiguration {
      NetworkConfiguration(
        listenHost: listenHost, listenPort: listenPort, bootstrapURL: bootstrapURL,
        storageArc: targetArcFactor == 0 ? .empty : .full)
    }
  }

  public var dataRootPath: String
  public var adminInterfaces: [AdminInterface]
  /// The network, when the conductor joins one.
  public var network: Network?
  /// Holoswift's limits: zome-call deadline, bundle sizes.
  public var limits: Limits

  public init(
    dataRootPath: String, adminInterfaces: [AdminInterface], network: Network? = nil, limits: Limits = Limits()
  ) {
    self.dataRootPath = dataRootPath
    self.adminInterfaces = adminInterfaces
    self.network = network
    self.limits = limits
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
    var network: Network?
    if let section = root["network"] as? [String: Any] {
      var parsed = Network(bootstrapURL: section["bootstrap_url"] as? String)
      if let listen = section["transport_listen"] as? String {
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
          (0...65535).contains(port)
        else { throw Invalid(description: "network.transport_listen must be host:port, not \(listen)") }
        parsed.listenHost = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        parsed.listenPort = port
      }
      if let factor = section["target_arc_factor"] as? Int { parsed.targetArcFactor = factor }
      network = parsed
    }
    var limits = Limits()
    if let section = root["limits"] {
      guard let mapping = section as? [String: Any] else { throw Invalid(description: "limits must be a mapping") }
      limits = try Limits(section: mapping)
    }
    self.init(dataRootPath: path, adminInterfaces: interfaces, network: network, limits: limits)
  }

  /// The configuration as YAML, in Holochain's shape.
  public func yaml() -> String {
    var text = "---\ndata_root_path: \(Self.quoted(dataRootPath))\nkeystore:\n  type: lair_server_in_proc\n"
    text += "admin_interfaces:\n"
    for interface in adminInterfaces {
      text += "  - driver:\n      type: websocket\n      port: \(interface.port)\n"
      text += "      allowed_origins: \(Self.quoted(interface.allowedOrigins.stringValue))\n"
    }
    if let network {
      text += "network:\n"
      if let url = network.bootstrapURL { text += "  bootstrap_url: \(Self.quoted(url))\n" }
      let host = network.listenHost.contains(":") ? "[\(network.listenHost)]" : network.listenHost
      text += "  transport_listen: \(Self.quoted("\(host):\(network.listenPort)"))\n"
      text += "  target_arc_factor: \(network.targetArcFactor)\n"
    }
    text += limits.yaml()
    return text
  }

  private static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
