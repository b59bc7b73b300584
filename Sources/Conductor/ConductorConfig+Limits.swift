public import Bundles

extension ConductorConfig {
  /// Holoswift's own limits (Holochain has no such section), `limits:` in the config file. Every key is optional;
  /// a missing one keeps its default.
  ///
  /// ```yaml
  /// limits:
  ///   zome_call_deadline_ms: 5000       # wall-clock time one zome call may run (0: no deadline)
  ///   max_bundle_bytes: 268435456       # largest bundle file install_app reads
  ///   max_unpacked_bundle_bytes: 536870912
  /// ```
  public struct Limits: Sendable, Equatable {
    /// How long one zome call may run by the wall clock; `nil`: no deadline. Default 5 s.
    public var zomeCallDeadline: Duration?
    /// How large a bundle `install_app` accepts.
    public var bundles: BundleLimits

    public init(zomeCallDeadline: Duration? = .seconds(5), bundles: BundleLimits = .default) {
      self.zomeCallDeadline = zomeCallDeadline
      self.bundles = bundles
    }

    /// Reads the `limits` section; unknown keys are refused, since a misspelt limit would silently not apply.
    init(section: [String: Any]) throws(Invalid) {
      self.init()
      let known = ["zome_call_deadline_ms", "max_bundle_bytes", "max_unpacked_bundle_bytes"]
      if let unknown = section.keys.sorted().first(where: { !known.contains($0) }) {
        throw Invalid(description: "limits.\(unknown) is not a known limit (known: \(known.joined(separator: ", ")))")
      }
      if let value = section["zome_call_deadline_ms"] {
        let ms = try Self.count(value, "zome_call_deadline_ms")
        zomeCallDeadline = ms == 0 ? nil : .milliseconds(ms)
      }
      if let value = section["max_bundle_bytes"] {
        bundles.maxPackedBytes = try Self.count(value, "max_bundle_bytes", minimum: 1)
      }
      if let value = section["max_unpacked_bundle_bytes"] {
        bundles.maxUnpackedBytes = try Self.count(value, "max_unpacked_bundle_bytes", minimum: 1)
      }
    }

    private static func count(_ value: Any, _ key: String, minimum: Int = 0) throws(Invalid) -> Int {
      guard let number = value as? Int, number >= minimum else {
        throw Invalid(description: "limits.\(key) must be a whole number of at least \(minimum), not \(value)")
      }
      return number
    }

    /// The section as YAML lines, or nothing when every limit has its default.
    func yaml() -> String {
      guard self != Limits() else { return "" }
      var text = "limits:\n"
      let deadlineMs = zomeCallDeadline.map { Int(($0 / .milliseconds(1)).rounded()) } ?? 0
      text += "  zome_call_deadline_ms: \(deadlineMs)\n"
      text += "  max_bundle_bytes: \(bundles.maxPackedBytes)\n"
      text += "  max_unpacked_bundle_bytes: \(bundles.maxUnpackedBytes)\n"
      return text
    }
  }
}
