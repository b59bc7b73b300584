public import HoloCore

/// The error a conductor sends back in place of any Admin or App response (`AdminResponse::Error`,
/// `AppResponse::Error`): `{"type": "ribosome_error", "value": "…"}`.
///
/// `@holochain/client` turns it into a `HolochainError` whose `name` is the variant and `message` the text.
///
/// ```swift
/// let response = AppResponse.error(.ribosomeError("zome not found"))
/// ```
public enum ExternalApiWireError: Error, Hashable, Sendable {
  /// Any internal error.
  case internalError(String)
  /// The request could not be deserialized.
  case deserialization(String)
  /// The DNA path provided was invalid.
  case dnaReadError(String)
  /// The ribosome (wasm execution) failed.
  case ribosomeError(String)
  /// The zome call's signature or nonce did not check out.
  case zomeCallAuthenticationFailed(String)
  /// No capability grant authorizes the zome call.
  case zomeCallUnauthorized(String)
  /// A countersigning session failed.
  case countersigningSessionError(String)

  /// What Holochain answers to a request it cannot deserialize (`ReceiveMessage::BadRequest`).
  public static var failedToDeserializeRequest: Self { .deserialization("Failed to deserialize request") }

  /// The variant's wire name (`"ribosome_error"`).
  public var variantName: String { variantTag.text }

  /// The human-readable message.
  public var message: String {
    switch self {
    case .internalError(let text), .deserialization(let text), .dnaReadError(let text), .ribosomeError(let text),
      .zomeCallAuthenticationFailed(let text), .zomeCallUnauthorized(let text), .countersigningSessionError(let text):
      return text
    }
  }
}

extension ExternalApiWireError: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeVariantHeader(variantTag)
    writer.write(message)
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let variant = try reader.readTaggedVariant(of: "ExternalApiWireError")
    let make: (String) -> Self
    switch variant.name {
    case "internal_error": make = Self.internalError
    case "deserialization": make = Self.deserialization
    case "dna_read_error": make = Self.dnaReadError
    case "ribosome_error": make = Self.ribosomeError
    case "zome_call_authentication_failed": make = Self.zomeCallAuthenticationFailed
    case "zome_call_unauthorized": make = Self.zomeCallUnauthorized
    case "countersigning_session_error": make = Self.countersigningSessionError
    default: throw variant.unknown
    }
    self = make(try variant.decodeContent(String.self))
  }

  var variantTag: StaticString {
    switch self {
    case .internalError: return "internal_error"
    case .deserialization: return "deserialization"
    case .dnaReadError: return "dna_read_error"
    case .ribosomeError: return "ribosome_error"
    case .zomeCallAuthenticationFailed: return "zome_call_authentication_failed"
    case .zomeCallUnauthorized: return "zome_call_unauthorized"
    case .countersigningSessionError: return "countersigning_session_error"
    }
  }
}
