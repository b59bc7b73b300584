import HoloCore

extension HolonError: CustomStringConvertible {
  /// MAP's message for the error (its `thiserror` text), e.g. `Holon not found: abc`.
  public var description: String {
    switch self {
    case .cacheError(let text): return "Cache Error: \(text)"
    case .commitFailure(let text): return "Commit Failure \(text)"
    case .conductorError(let text): return "Conductor call failed: \(text)"
    case .crossTransactionReference(let kind, let id, let referenceTx, let contextTx):
      return "Cross-transaction reference: \(kind)(\(id)) belongs to tx \(referenceTx), "
        + "but the active transaction is tx \(contextTx)."
    case .deletionNotAllowed(let text):
      return "You must remove related holons from \(text) relationship before you can delete this holon."
    case .downcastFailure(let text): return "Failed to downcast to \(text)"
    case .duplicateError(let what, let key): return "Multiple \(what) found for: \(key)"
    case .emptyField(let text): return "\(text) field is missing"
    case .failedToBorrow(let text): return "Failed to Borrow \(text)"
    case .failedToAcquireLock(let text): return "Failed to acquire lock: \(text)"
    case .hashConversion(let from, let to): return "Couldn't convert \(from) into \(to) "
    case .holonNotFound(let text): return "Holon not found: \(text)"
    case .indexOutOfRange(let text): return "Index \(text) into Holons Vector is Out of Range"
    case .integerOutOfRange(let value, let min, let max, let minInclusive, let maxInclusive, let descriptor):
      return "Integer \(value) is out of range for descriptor \(descriptor): min=\(debug(min)) "
        + "inclusive=\(minInclusive), max=\(debug(max)) inclusive=\(maxInclusive)"
    case .invalidHolonReference(let text): return "Invalid HolonReference, \(text)"
    case .invalidWireFormat(let wireType, let reason): return "Invalid wire format for \(wireType): \(reason)"
    case .invalidState(let text): return "Invalid State: \(text)"
    case .invalidTransition(let text): return "Invalid Transition, \(text)"
    case .invalidTransactionTransition(let txId, let from, let to):
      return "Invalid transaction lifecycle transition for tx \(txId): \(from) -> \(to)"
    case .invalidType(let text): return "Invalid Type, \(text)"
    case .invalidParameter(let text): return "Invalid Parameter: \(text)"
    case .invalidRelationship(let name, let type):
      return "\(name) is not a valid relationship for this source holon type \(type)"
    case .invalidUpdate(let text): return "Updates requires: \(text)"
    case .loaderParsingError(let text): return "Loader import file parsing failed: \(text)"
    case .misc(let text): return "Miscellaneous error: \(text)"
    case .missingStagedCollection(let text): return "\(text) relationship is missing StagedCollection"
    case .missingDescribedBy(let holon): return "Missing DescribedBy relationship for holon: \(holon)"
    case .multipleDescribedBy(let holon, let count):
      return "Multiple DescribedBy relationships found for holon \(holon): \(count)"
    case .multipleExtends(let descriptor, let count):
      return "Multiple Extends relationships found for descriptor \(descriptor): \(count)"
    case .cyclicExtends(let descriptor): return "Cyclic Extends relationship detected for descriptor: \(descriptor)"
    case .wrongDescriptorKind(let expected, let found, let descriptor):
      return "Descriptor kind mismatch for \(descriptor): expected \(expected), found \(found)"
    case .duplicateInheritedDeclaration(let kind, let name, let descriptor):
      return "Duplicate inherited \(kind) declaration named \(name) found for descriptor \(descriptor)"
    case .ambiguousRelationshipTraversal(let relationship, let descriptor):
      return "Ambiguous relationship traversal \(relationship) for descriptor \(descriptor)"
    case .missingRequiredRelationship(let relationship, let descriptor):
      return "Missing required \(relationship) relationship for descriptor \(descriptor)"
    case .multipleRelatedHolons(let relationship, let descriptor, let count):
      return "Multiple related holons found for required-singular \(relationship) relationship on descriptor "
        + "\(descriptor): \(count)"
    case .descriptorDeclarationNotFound(let kind, let name, let descriptor):
      return "\(kind) declaration named \(name) not found for descriptor \(descriptor)"
    case .descriptorSchemaInvalid(let kind, let detail, let descriptor):
      return "Descriptor schema is invalid for \(descriptor): \(kind.rawValue): \(detail)"
    case .enumVariantNotInSchema(let variant, let valueType, let descriptor):
      return "Enum variant \(variant) is not declared for value type \(valueType) on descriptor \(descriptor)"
    case .noEffectiveKeyRule(let descriptor): return "No effective key rule found for descriptor \(descriptor)"
    case .notAccessible(let access, let state): return "\(access) access not allowed while holon is in \(state) state"
    case .notImplemented(let text): return "\(text) Not Implemented"
    case .pvlViolation(let violation): return violation.description
    case .recordConversion(let text): return "Couldn't convert Record to \(text)"
    case .referenceBindingFailed(let kind, let id, let reason):
      let idText = id.map { "Some(\"\($0)\")" } ?? "None"
      return "Reference context_binding failed for \(kind): \(reason) (id: \(idText))"
    case .referenceResolutionFailed(let kind, let id, let reason):
      return "Reference resolution failed for \(kind)(\(id)): \(reason)"
    case .serviceNotAvailable(let text): return "Service '\(text)' is not available"
    case .stringLengthOutOfRange(let length, let min, let max, let descriptor):
      return "String length \(length) is out of range for descriptor \(descriptor): min=\(debug(min)), "
        + "max=\(debug(max))"
    case .transactionAlreadyCommitted(let txId): return "Transaction \(txId) is already committed"
    case .transactionCommitInProgress(let txId):
      return "Transaction \(txId) is currently committing and cannot accept external mutations"
    case .transactionNotOpen(let txId, let state): return "Transaction \(txId) is not open (current state: \(state))"
    case .unableToAddHolons(let text): return "to \(text)"
    case .unexpectedValueType(let value, let type): return "Unable to cast \(value) into expected ValueType: \(type)"
    case .unknownOperatorCategory(let value): return "Unknown operator category: \(value)"
    case .unsupportedOperator(let op, let valueType, let descriptor):
      return "Operator \(op) is not supported for value type \(valueType) on descriptor \(descriptor)"
    case .unsupportedStagedTraversal(let relationship, let descriptor):
      return "Unsupported staged relationship traversal \(relationship) for descriptor \(descriptor)"
    case .utf8Conversion(let from, let to): return "Invalid UTF8: Couldn't convert \(from) into \(to)"
    case .valueKindMismatch(let expected, let found, let descriptor):
      return "Value kind mismatch for descriptor \(descriptor): expected \(expected), found \(found)"
    case .validationError(let error): return "Validation error: \(error)"
    case .wasmError(let text): return "WasmError \(text)"
    case .danceLineageAborted(let reason, let path):
      var joined = ""
      for (index, hop) in path.enumerated() { joined += (index == 0 ? "" : " -> ") + hop }
      return "Dance lineage aborted (\(reason)): \(joined)"
    }
  }
}

/// Rust's `{:?}` of an `Option<i64>`.
private func debug(_ value: Int64?) -> String {
  guard let value else { return "None" }
  return "Some(\(value))"
}
