import Foundation
import HoloCore

extension SignedAgentInfo {
  /// The outer JSON object; unknown fields are ignored, as Kitsune2 does.
  struct Outer: Decodable {
    var agentInfo: String
    var signature: String
  }

  /// Parses an outer JSON object (`{"agentInfo": "...", "signature": "..."}`) and verifies the signature.
  /// The inner JSON string is kept exactly as received.
  public init(json body: [UInt8]) throws(AgentInfoError) {
    let outer: Outer
    do {
      outer = try JSONDecoder().decode(Outer.self, from: Data(body))
    } catch {
      throw .invalidJSON("\(error)")
    }
    try self.init(outer)
  }

  init(_ outer: Outer) throws(AgentInfoError) {
    guard let signature = Base64URL.decode(outer.signature), signature.count == 64 else {
      throw .invalidSignature
    }
    try self.init(encoded: outer.agentInfo, signature: signature)
  }

  /// The outer JSON as Kitsune2 encodes it — `{"agentInfo":"<encoded, escaped>","signature":"<base64url>"}`,
  /// no spaces — ready to `PUT` to a bootstrap server.
  public var jsonText: String {
    #"{"agentInfo":"# + JSONString.quoted(encoded) + #","signature":""# + Base64URL.encode(signature) + #""}"#
  }

  /// ``jsonText``'s UTF-8 bytes.
  public var json: [UInt8] { Array(jsonText.utf8) }

  /// Parses a JSON array of outer objects (a bootstrap server's answer), keeping the entries that parse and
  /// verify, in their order, and dropping the others.
  ///
  /// - Throws: ``AgentInfoError/invalidJSON(_:)`` when `body` is not a JSON array.
  public static func list(json body: [UInt8]) throws(AgentInfoError) -> [SignedAgentInfo] {
    let entries: [Lenient]
    do {
      entries = try JSONDecoder().decode([Lenient].self, from: Data(body))
    } catch {
      throw .invalidJSON("\(error)")
    }
    // An entry that does not parse or verify is skipped, as Kitsune2 skips it: a server (or an agent through it) may
    // list anything, and one bad entry must not hide the good ones. Nothing of this node's is lost.
    return entries.compactMap { entry in entry.outer.flatMap { try? SignedAgentInfo($0) } }
  }

  /// One array entry, `nil` when it is not an outer object.
  private struct Lenient: Decodable {
    var outer: Outer?
    // Not an outer object: `nil`, so that the list skips it (see ``SignedAgentInfo/list(json:)``).
    init(from decoder: any Decoder) throws { outer = try? Outer(from: decoder) }
  }
}
