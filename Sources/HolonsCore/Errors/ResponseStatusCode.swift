public import HoloCore

/// A dance's outcome, patterned on HTTP status codes (MAP `ResponseStatusCode`); on the wire the variant name
/// (`"OK"`, `"NotFound"`…).
public enum ResponseStatusCode: String, Hashable, Sendable, CaseIterable, MsgPackCodable, CustomStringConvertible {
  case ok = "OK"
  case accepted = "Accepted"
  case badRequest = "BadRequest"
  case unauthorized = "Unauthorized"
  /// Authorization or permission errors.
  case forbidden = "Forbidden"
  case notFound = "NotFound"
  /// The request conflicts with the current state of the resource.
  case conflict = "Conflict"
  /// Semantic validation errors.
  case unprocessableEntity = "UnprocessableEntity"
  case serverError = "ServerError"
  case notImplemented = "NotImplemented"
  case serviceUnavailable = "ServiceUnavailable"

  /// The HTTP number (200, 404…).
  public var code: Int {
    switch self {
    case .ok: return 200
    case .accepted: return 202
    case .badRequest: return 400
    case .unauthorized: return 401
    case .forbidden: return 403
    case .notFound: return 404
    case .conflict: return 409
    case .unprocessableEntity: return 422
    case .serverError: return 500
    case .notImplemented: return 501
    case .serviceUnavailable: return 503
    }
  }

  /// As MAP displays it: `404 -- Not Found`.
  public var description: String {
    switch self {
    case .ok: return "200 -- OK"
    case .accepted: return "202 -- Accepted"
    case .badRequest: return "400 -- Bad Request"
    case .unauthorized: return "401 -- Unauthorized"
    case .forbidden: return "403 -- Forbidden"
    case .notFound: return "404 -- Not Found"
    case .conflict: return "409 -- Conflict"
    case .unprocessableEntity: return "422 -- Unprocessable Entity"
    case .serverError: return "500 -- ServerError"
    case .notImplemented: return "501 -- Not Implemented"
    case .serviceUnavailable: return "503 -- Service Unavailable"
    }
  }

  /// The status for an error, exactly as MAP's `From<HolonError> for ResponseStatusCode`.
  public init(_ error: HolonError) {
    switch error {
    // 500: internal / infrastructure (note: MAP files InvalidTransition here, not under 409).
    case .cacheError, .commitFailure, .conductorError, .downcastFailure, .failedToBorrow, .failedToAcquireLock,
      .hashConversion, .indexOutOfRange, .invalidType, .invalidUpdate, .recordConversion, .unableToAddHolons,
      .unexpectedValueType, .utf8Conversion, .wasmError, .misc, .invalidTransition, .danceLineageAborted:
      self = .serverError
    case .serviceNotAvailable:
      self = .serviceUnavailable
    // 404: missing resource.
    case .descriptorDeclarationNotFound, .holonNotFound:
      self = .notFound
    // 409: conflict with the current state.
    case .crossTransactionReference, .deletionNotAllowed, .duplicateError, .invalidState,
      .invalidTransactionTransition, .notAccessible, .transactionAlreadyCommitted, .transactionCommitInProgress,
      .transactionNotOpen:
      self = .conflict
    // 400: malformed request.
    case .emptyField, .invalidHolonReference, .invalidParameter, .invalidRelationship, .invalidWireFormat,
      .missingStagedCollection:
      self = .badRequest
    // 422: semantic validation, descriptors, loader.
    case .ambiguousRelationshipTraversal, .descriptorSchemaInvalid, .integerOutOfRange, .loaderParsingError,
      .missingDescribedBy, .multipleDescribedBy, .multipleExtends, .cyclicExtends, .wrongDescriptorKind,
      .enumVariantNotInSchema, .duplicateInheritedDeclaration, .missingRequiredRelationship,
      .multipleRelatedHolons, .noEffectiveKeyRule, .pvlViolation, .referenceBindingFailed,
      .referenceResolutionFailed, .stringLengthOutOfRange, .unknownOperatorCategory, .unsupportedOperator,
      .unsupportedStagedTraversal, .valueKindMismatch, .validationError:
      self = .unprocessableEntity
    case .notImplemented:
      self = .notImplemented
    }
  }

  public func encode(to writer: inout MsgPackWriter) { writer.write(rawValue) }
  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    self = try readUnitVariant(from: &reader, typeName: "ResponseStatusCode")
  }
}
