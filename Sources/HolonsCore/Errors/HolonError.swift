public import HoloCore

/// Everything that can go wrong in the holons layer: MAP's `HolonError` taxonomy, case for case, with the same
/// payloads. ``ResponseStatusCode/init(_:)`` maps each case to a status code; ``description`` is MAP's message.
///
/// Wire form as rmp-serde writes the Rust enum: `{"HolonNotFound": "…"}` for one field,
/// `{"DuplicateError": ["…", "…"]}` for two, `{"TransactionNotOpen": {"tx_id": 3, "state": "Committed"}}` for
/// named fields. Counts and lengths (Rust `usize`) are `Int`.
public enum HolonError: Error, Hashable, Sendable {
  case cacheError(String)
  case commitFailure(String)
  case conductorError(String)
  case crossTransactionReference(referenceKind: String, referenceId: String, referenceTx: UInt64, contextTx: UInt64)
  case deletionNotAllowed(String)
  case downcastFailure(String)
  case duplicateError(String, String)
  case emptyField(String)
  case failedToBorrow(String)
  case failedToAcquireLock(String)
  case hashConversion(String, String)
  case holonNotFound(String)
  case indexOutOfRange(String)
  case integerOutOfRange(
    value: Int64, min: Int64?, max: Int64?, minInclusive: Bool, maxInclusive: Bool, descriptor: String)
  case invalidHolonReference(String)
  case invalidWireFormat(wireType: String, reason: String)
  /// One of the fields of the receiver is not in the appropriate state.
  case invalidState(String)
  case invalidTransition(String)
  case invalidTransactionTransition(txId: UInt64, fromState: String, toState: String)
  case invalidType(String)
  /// A supplied parameter is not resolvable or not appropriate.
  case invalidParameter(String)
  case invalidRelationship(String, String)
  case invalidUpdate(String)
  case loaderParsingError(String)
  case misc(String)
  case missingStagedCollection(String)
  case missingDescribedBy(holon: String)
  case multipleDescribedBy(holon: String, count: Int)
  case multipleExtends(descriptor: String, count: Int)
  case cyclicExtends(descriptor: String)
  case wrongDescriptorKind(expected: String, found: String, descriptor: String)
  case duplicateInheritedDeclaration(kind: String, name: String, descriptor: String)
  case ambiguousRelationshipTraversal(relationship: String, descriptor: String)
  case missingRequiredRelationship(relationship: String, descriptor: String)
  case multipleRelatedHolons(relationship: String, descriptor: String, count: Int)
  case descriptorDeclarationNotFound(kind: String, name: String, descriptor: String)
  case descriptorSchemaInvalid(kind: SchemaInvalidityKind, detail: String, descriptor: String)
  case enumVariantNotInSchema(variant: String, valueType: String, descriptor: String)
  case noEffectiveKeyRule(descriptor: String)
  case notAccessible(String, String)
  case notImplemented(String)
  case pvlViolation(PvlViolation)
  case recordConversion(String)
  case referenceBindingFailed(referenceKind: String, referenceId: String?, reason: String)
  case referenceResolutionFailed(referenceKind: String, referenceId: String, reason: String)
  case serviceNotAvailable(String)
  case stringLengthOutOfRange(length: Int, min: Int64?, max: Int64?, descriptor: String)
  case transactionAlreadyCommitted(txId: UInt64)
  case transactionCommitInProgress(txId: UInt64)
  case transactionNotOpen(txId: UInt64, state: String)
  case unableToAddHolons(String)
  case unexpectedValueType(String, String)
  case unknownOperatorCategory(value: String)
  case unsupportedOperator(operator: String, valueType: String, descriptor: String)
  case unsupportedStagedTraversal(relationship: String, descriptor: String)
  case utf8Conversion(String, String)
  case valueKindMismatch(expected: String, found: String, descriptor: String)
  case validationError(ValidationError)
  case wasmError(String)
  /// Holoswift: a dance was refused because its lineage (the hops that led to it) went past the depth limit or,
  /// in strict mode, came back to a hop already on the path. `path` names every hop, oldest first, ending with
  /// the refused one. Wire `{"DanceLineageAborted": {"reason": …, "path": […]}}`; status 500.
  case danceLineageAborted(reason: String, path: [String])
}

extension HolonError {
  /// `InvalidWireFormat` for bytes of `wireType` that did not decode.
  public static func invalidWireFormat(_ wireType: String, _ error: MsgPackError) -> HolonError {
    .invalidWireFormat(wireType: wireType, reason: describe(error))
  }

  /// MAP's `combine_errors`: the messages joined by `, `.
  public static func combine(_ errors: [HolonError]) -> String {
    var combined = ""
    for (index, error) in errors.enumerated() {
      if index > 0 { combined += ", " }
      combined += error.description
    }
    return combined
  }
}

/// A human-readable reason for a decoding failure.
func describe(_ error: MsgPackError) -> String {
  switch error {
  case .truncated(let offset, let needed): return "input ends at \(offset), \(needed) more bytes expected"
  case .invalidMarker(let offset, let marker): return "invalid marker \(marker) at \(offset)"
  case .typeMismatch(let offset, let expected, let found): return "expected \(expected), found \(found) at \(offset)"
  case .integerOverflow(let offset): return "integer out of range at \(offset)"
  case .invalidUTF8(let offset): return "invalid UTF-8 at \(offset)"
  case .missingField(let type, let field): return "\(type) is missing field \(field)"
  case .unknownVariant(let type, let variant): return "\(type) has no variant \(variant)"
  case .invalidValue(let type, let reason): return "invalid \(type): \(reason)"
  case .nestingTooDeep(let offset): return "values nest too deep at \(offset)"
  case .trailingBytes(let offset): return "trailing bytes at \(offset)"
  }
}
