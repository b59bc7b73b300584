/// What an `installed_app_id` may be. Holochain 0.7 takes any string; Holoswift refuses the ones that only cause
/// trouble later: the empty id, ids longer than 256 bytes of UTF-8 (it is a key in logs, file names of tools and
/// every request), and ids with control characters (they garble logs and terminals).
enum InstalledAppIdRules {
  /// The longest id, in UTF-8 bytes.
  static let maxBytes = 256

  static func check(_ id: String) throws(ConductorError) {
    guard !id.isEmpty else { throw .invalidAppId(id: id, reason: "it is empty") }
    let length = id.utf8.count
    guard length <= maxBytes else {
      throw .invalidAppId(id: String(id.prefix(32)) + "…", reason: "it is \(length) bytes long; the limit is \(maxBytes)")
    }
    if let control = id.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) {
      throw .invalidAppId(id: id.debugDescription, reason: "it contains the control character U+\(String(control.value, radix: 16, uppercase: true))")
    }
  }
}
