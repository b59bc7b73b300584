import ConductorAPI
import ConductorInterfaces

/// Why a zome call of the soak did not give a result.
enum ZomeCallFailure: Error, CustomStringConvertible {
  /// No answer came: the connection failed, closed or timed out (what a kill does to calls in flight).
  case noAnswer(ConductorClientError)
  /// The conductor answered with an error.
  case refused(ExternalApiWireError)
  /// The conductor answered something other than a zome result, or a result that does not decode.
  case unexpected(String)

  var description: String {
    switch self {
    case .noAnswer(let error): "no answer: \(error)"
    case .refused(let error): "refused: \(error)"
    case .unexpected(let text): "unexpected answer: \(text)"
    }
  }
}

extension ExternalApiWireError {
  /// A short key to count refusals by: the variant and the first line of the message, with the hashes in it
  /// (which differ from call to call) left out.
  var soakKind: String {
    let firstLine = message.prefix { $0 != "\n" }
    let words = firstLine.split(separator: " ").map { word in
      word.hasPrefix("uhC") && word.count >= 53 ? "…" : String(word)
    }
    return "\(variantName): \(words.joined(separator: " ").prefix(80))"
  }
}
