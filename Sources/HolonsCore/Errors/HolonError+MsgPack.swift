public import HoloCore

extension HolonError: MsgPackCodable {
  public func encode(to writer: inout MsgPackWriter) {
    switch self {
    case .cacheError(let text): writer.writeVariant("CacheError", text)
    case .commitFailure(let text): writer.writeVariant("CommitFailure", text)
    case .conductorError(let text): writer.writeVariant("ConductorError", text)
    case .crossTransactionReference(let kind, let id, let referenceTx, let contextTx):
      writer.writeStructVariantHeader("CrossTransactionReference", fieldCount: 4)
      writer.writeField("reference_kind", kind)
      writer.writeField("reference_id", id)
      writer.writeField("reference_tx", referenceTx)
      writer.writeField("context_tx", contextTx)
    case .deletionNotAllowed(let text): writer.writeVariant("DeletionNotAllowed", text)
    case .downcastFailure(let text): writer.writeVariant("DowncastFailure", text)
    case .duplicateError(let first, let second): writer.writePairVariant("DuplicateError", first, second)
    case .emptyField(let text): writer.writeVariant("EmptyField", text)
    case .failedToBorrow(let text): writer.writeVariant("FailedToBorrow", text)
    case .failedToAcquireLock(let text): writer.writeVariant("FailedToAcquireLock", text)
    case .hashConversion(let first, let second): writer.writePairVariant("HashConversion", first, second)
    case .holonNotFound(let text): writer.writeVariant("HolonNotFound", text)
    case .indexOutOfRange(let text): writer.writeVariant("IndexOutOfRange", text)
    case .integerOutOfRange(let value, let min, let max, let minInclusive, let maxInclusive, let descriptor):
      writer.writeStructVariantHeader("IntegerOutOfRange", fieldCount: 6)
      writer.writeField("value", value)
      writer.writeField("min", min)
      writer.writeField("max", max)
      writer.writeField("min_inclusive", minInclusive)
      writer.writeField("max_inclusive", maxInclusive)
      writer.writeField("descriptor", descriptor)
    case .invalidHolonReference(let text): writer.writeVariant("InvalidHolonReference", text)
    case .invalidWireFormat(let wireType, let reason):
      writer.writeStructVariantHeader("InvalidWireFormat", fieldCount: 2)
      writer.writeField("wire_type", wireType)
      writer.writeField("reason", reason)
    case .invalidState(let text): writer.writeVariant("InvalidState", text)
    case .invalidTransition(let text): writer.writeVariant("InvalidTransition", text)
    case .invalidTransactionTransition(let txId, let from, let to):
      writer.writeStructVariantHeader("InvalidTransactionTransition", fieldCount: 3)
      writer.writeField("tx_id", txId)
      writer.writeField("from_state", from)
      writer.writeField("to_state", to)
    case .invalidType(let text): writer.writeVariant("InvalidType", text)
    case .invalidParameter(let text): writer.writeVariant("InvalidParameter", text)
    case .invalidRelationship(let first, let second): writer.writePairVariant("InvalidRelationship", first, second)
    case .invalidUpdate(let text): writer.writeVariant("InvalidUpdate", text)
    case .loaderParsingError(let text): writer.writeVariant("LoaderParsingError", text)
    case .misc(let text): writer.writeVariant("Misc", text)
    case .missingStagedCollection(let text): writer.writeVariant("MissingStagedCollection", text)
    case .missingDescribedBy(let holon):
      writer.writeStructVariantHeader("MissingDescribedBy", fieldCount: 1)
      writer.writeField("holon", holon)
    case .multipleDescribedBy(let holon, let count):
      writer.writeStructVariantHeader("MultipleDescribedBy", fieldCount: 2)
      writer.writeField("holon", holon)
      writer.writeField("count", count)
    case .multipleExtends(let descriptor, let count):
      writer.writeStructVariantHeader("MultipleExtends", fieldCount: 2)
      writer.writeField("descriptor", descriptor)
      writer.writeField("count", count)
    case .cyclicExtends(let descriptor):
      writer.writeStructVariantHeader("CyclicExtends", fieldCount: 1)
      writer.writeField("descriptor", descriptor)
    case .wrongDescriptorKind(let expected, let found, let descriptor):
      writer.writeStructVariantHeader("WrongDescriptorKind", fieldCount: 3)
      writer.writeField("expected", expected)
      writer.writeField("found", found)
      writer.writeField("descriptor", descriptor)
    case .duplicateInheritedDeclaration(let kind, let name, let descriptor):
      writer.writeStructVariantHeader("DuplicateInheritedDeclaration", fieldCount: 3)
      writer.writeField("kind", kind)
      writer.writeField("name", name)
      writer.writeField("descriptor", descriptor)
    case .ambiguousRelationshipTraversal(let relationship, let descriptor):
      writer.writeStructVariantHeader("AmbiguousRelationshipTraversal", fieldCount: 2)
      writer.writeField("relationship", relationship)
      writer.writeField("descriptor", descriptor)
    case .missingRequiredRelationship(let relationship, let descriptor):
      writer.writeStructVariantHeader("MissingRequiredRelationship", fieldCount: 2)
      writer.writeField("relationship", relationship)
      writer.writeField("descriptor", descriptor)
    case .multipleRelatedHolons(let relationship, let descriptor, let count):
      writer.writeStructVariantHeader("MultipleRelatedHolons", fieldCount: 3)
      writer.writeField("relationship", relationship)
      writer.writeField("descriptor", descriptor)
      writer.writeField("count", count)
    case .descriptorDeclarationNotFound(let kind, let name, let descriptor):
      writer.writeStructVariantHeader("DescriptorDeclarationNotFound", fieldCount: 3)
      writer.writeField("kind", kind)
      writer.writeField("name", name)
      writer.writeField("descriptor", descriptor)
    case .descriptorSchemaInvalid(let kind, let detail, let descriptor):
      writer.writeStructVariantHeader("DescriptorSchemaInvalid", fieldCount: 3)
      writer.writeField("kind", kind)
      writer.writeField("detail", detail)
      writer.writeField("descriptor", descriptor)
    case .enumVariantNotInSchema(let variant, let valueType, let descriptor):
      writer.writeStructVariantHeader("EnumVariantNotInSchema", fieldCount: 3)
      writer.writeField("variant", variant)
      writer.writeField("value_type", valueType)
      writer.writeField("descriptor", descriptor)
    case .noEffectiveKeyRule(let descriptor):
      writer.writeStructVariantHeader("NoEffectiveKeyRule", fieldCount: 1)
      writer.writeField("descriptor", descriptor)
    case .notAccessible(let first, let second): writer.writePairVariant("NotAccessible", first, second)
    case .notImplemented(let text): writer.writeVariant("NotImplemented", text)
    case .pvlViolation(let violation): writer.writeVariant("PvlViolation", violation)
    case .recordConversion(let text): writer.writeVariant("RecordConversion", text)
    case .referenceBindingFailed(let kind, let id, let reason):
      writer.writeStructVariantHeader("ReferenceBindingFailed", fieldCount: 3)
      writer.writeField("reference_kind", kind)
      writer.writeField("reference_id", id)
      writer.writeField("reason", reason)
    case .referenceResolutionFailed(let kind, let id, let reason):
      writer.writeStructVariantHeader("ReferenceResolutionFailed", fieldCount: 3)
      writer.writeField("reference_kind", kind)
      writer.writeField("reference_id", id)
      writer.writeField("reason", reason)
    case .serviceNotAvailable(let text): writer.writeVariant("ServiceNotAvailable", text)
    case .stringLengthOutOfRange(let length, let min, let max, let descriptor):
      writer.writeStructVariantHeader("StringLengthOutOfRange", fieldCount: 4)
      writer.writeField("length", length)
      writer.writeField("min", min)
      writer.writeField("max", max)
      writer.writeField("descriptor", descriptor)
    case .transactionAlreadyCommitted(let txId):
      writer.writeStructVariantHeader("TransactionAlreadyCommitted", fieldCount: 1)
      writer.writeField("tx_id", txId)
    case .transactionCommitInProgress(let txId):
      writer.writeStructVariantHeader("TransactionCommitInProgress", fieldCount: 1)
      writer.writeField("tx_id", txId)
    case .transactionNotOpen(let txId, let state):
      writer.writeStructVariantHeader("TransactionNotOpen", fieldCount: 2)
      writer.writeField("tx_id", txId)
      writer.writeField("state", state)
    case .unableToAddHolons(let text): writer.writeVariant("UnableToAddHolons", text)
    case .unexpectedValueType(let first, let second): writer.writePairVariant("UnexpectedValueType", first, second)
    case .unknownOperatorCategory(let value):
      writer.writeStructVariantHeader("UnknownOperatorCategory", fieldCount: 1)
      writer.writeField("value", value)
    case .unsupportedOperator(let op, let valueType, let descriptor):
      writer.writeStructVariantHeader("UnsupportedOperator", fieldCount: 3)
      writer.writeField("operator", op)
      writer.writeField("value_type", valueType)
      writer.writeField("descriptor", descriptor)
    case .unsupportedStagedTraversal(let relationship, let descriptor):
      writer.writeStructVariantHeader("UnsupportedStagedTraversal", fieldCount: 2)
      writer.writeField("relationship", relationship)
      writer.writeField("descriptor", descriptor)
    case .utf8Conversion(let first, let second): writer.writePairVariant("Utf8Conversion", first, second)
    case .valueKindMismatch(let expected, let found, let descriptor):
      writer.writeStructVariantHeader("ValueKindMismatch", fieldCount: 3)
      writer.writeField("expected", expected)
      writer.writeField("found", found)
      writer.writeField("descriptor", descriptor)
    case .validationError(let error): writer.writeVariant("ValidationError", error)
    case .wasmError(let text): writer.writeVariant("WasmError", text)
    case .danceLineageAborted(let reason, let path):
      writer.writeStructVariantHeader("DanceLineageAborted", fieldCount: 2)
      writer.writeField("reason", reason)
      writer.writeField("path", path)
    }
  }

  public init(from reader: inout MsgPackReader) throws(MsgPackError) {
    let (variant, hasContent) = try reader.readEnumTag()
    try requireContent(hasContent, true, variant: variant, of: "HolonError")
    self = try reader.nested { (reader: inout MsgPackReader) throws(MsgPackError) -> HolonError in
      try HolonError.decodeContent(variant, from: &reader)
    }
  }

  private static func decodeContent(_ variant: String, from reader: inout MsgPackReader) throws(MsgPackError)
    -> HolonError
  {
    if let make = singleStringVariant(variant) { return make(try reader.readString()) }
    if let make = pairVariant(variant) {
      try readTupleHeader(2, of: "HolonError", in: &reader)
      let first = try reader.readString()
      return make(first, try reader.readString())
    }
    switch variant {
    case "CrossTransactionReference":
      let f = try fields(&reader, ["reference_kind", "reference_id", "reference_tx", "context_tx"])
      return .crossTransactionReference(
        referenceKind: try f.value(0), referenceId: try f.value(1), referenceTx: try f.value(2),
        contextTx: try f.value(3))
    case "IntegerOutOfRange":
      let f = try fields(&reader, ["value", "min", "max", "min_inclusive", "max_inclusive", "descriptor"])
      return .integerOutOfRange(
        value: try f.value(0), min: try f.optional(1), max: try f.optional(2), minInclusive: try f.value(3),
        maxInclusive: try f.value(4), descriptor: try f.value(5))
    case "InvalidWireFormat":
      let f = try fields(&reader, ["wire_type", "reason"])
      return .invalidWireFormat(wireType: try f.value(0), reason: try f.value(1))
    case "InvalidTransactionTransition":
      let f = try fields(&reader, ["tx_id", "from_state", "to_state"])
      return .invalidTransactionTransition(txId: try f.value(0), fromState: try f.value(1), toState: try f.value(2))
    case "MissingDescribedBy":
      return .missingDescribedBy(holon: try fields(&reader, ["holon"]).value(0))
    case "MultipleDescribedBy":
      let f = try fields(&reader, ["holon", "count"])
      return .multipleDescribedBy(holon: try f.value(0), count: try f.value(1))
    case "MultipleExtends":
      let f = try fields(&reader, ["descriptor", "count"])
      return .multipleExtends(descriptor: try f.value(0), count: try f.value(1))
    case "CyclicExtends":
      return .cyclicExtends(descriptor: try fields(&reader, ["descriptor"]).value(0))
    case "WrongDescriptorKind":
      let f = try fields(&reader, ["expected", "found", "descriptor"])
      return .wrongDescriptorKind(expected: try f.value(0), found: try f.value(1), descriptor: try f.value(2))
    case "DuplicateInheritedDeclaration":
      let f = try fields(&reader, ["kind", "name", "descriptor"])
      return .duplicateInheritedDeclaration(kind: try f.value(0), name: try f.value(1), descriptor: try f.value(2))
    case "AmbiguousRelationshipTraversal":
      let f = try fields(&reader, ["relationship", "descriptor"])
      return .ambiguousRelationshipTraversal(relationship: try f.value(0), descriptor: try f.value(1))
    case "MissingRequiredRelationship":
      let f = try fields(&reader, ["relationship", "descriptor"])
      return .missingRequiredRelationship(relationship: try f.value(0), descriptor: try f.value(1))
    case "MultipleRelatedHolons":
      let f = try fields(&reader, ["relationship", "descriptor", "count"])
      return .multipleRelatedHolons(relationship: try f.value(0), descriptor: try f.value(1), count: try f.value(2))
    case "DescriptorDeclarationNotFound":
      let f = try fields(&reader, ["kind", "name", "descriptor"])
      return .descriptorDeclarationNotFound(kind: try f.value(0), name: try f.value(1), descriptor: try f.value(2))
    case "DescriptorSchemaInvalid":
      let f = try fields(&reader, ["kind", "detail", "descriptor"])
      return .descriptorSchemaInvalid(kind: try f.value(0), detail: try f.value(1), descriptor: try f.value(2))
    case "EnumVariantNotInSchema":
      let f = try fields(&reader, ["variant", "value_type", "descriptor"])
      return .enumVariantNotInSchema(variant: try f.value(0), valueType: try f.value(1), descriptor: try f.value(2))
    case "NoEffectiveKeyRule":
      return .noEffectiveKeyRule(descriptor: try fields(&reader, ["descriptor"]).value(0))
    case "PvlViolation": return .pvlViolation(try reader.decode())
    case "ReferenceBindingFailed":
      let f = try fields(&reader, ["reference_kind", "reference_id", "reason"])
      return .referenceBindingFailed(
        referenceKind: try f.value(0), referenceId: try f.optional(1), reason: try f.value(2))
    case "ReferenceResolutionFailed":
      let f = try fields(&reader, ["reference_kind", "reference_id", "reason"])
      return .referenceResolutionFailed(
        referenceKind: try f.value(0), referenceId: try f.value(1), reason: try f.value(2))
    case "StringLengthOutOfRange":
      let f = try fields(&reader, ["length", "min", "max", "descriptor"])
      return .stringLengthOutOfRange(
        length: try f.value(0), min: try f.optional(1), max: try f.optional(2), descriptor: try f.value(3))
    case "TransactionAlreadyCommitted":
      return .transactionAlreadyCommitted(txId: try fields(&reader, ["tx_id"]).value(0))
    case "TransactionCommitInProgress":
      return .transactionCommitInProgress(txId: try fields(&reader, ["tx_id"]).value(0))
    case "TransactionNotOpen":
      let f = try fields(&reader, ["tx_id", "state"])
      return .transactionNotOpen(txId: try f.value(0), state: try f.value(1))
    case "UnknownOperatorCategory":
      return .unknownOperatorCategory(value: try fields(&reader, ["value"]).value(0))
    case "UnsupportedOperator":
      let f = try fields(&reader, ["operator", "value_type", "descriptor"])
      return .unsupportedOperator(operator: try f.value(0), valueType: try f.value(1), descriptor: try f.value(2))
    case "UnsupportedStagedTraversal":
      let f = try fields(&reader, ["relationship", "descriptor"])
      return .unsupportedStagedTraversal(relationship: try f.value(0), descriptor: try f.value(1))
    case "ValueKindMismatch":
      let f = try fields(&reader, ["expected", "found", "descriptor"])
      return .valueKindMismatch(expected: try f.value(0), found: try f.value(1), descriptor: try f.value(2))
    case "ValidationError": return .validationError(try reader.decode())
    case "DanceLineageAborted":
      let f = try fields(&reader, ["reason", "path"])
      return .danceLineageAborted(reason: try f.value(0), path: try f.value(1))
    default: throw .unknownVariant(type: "HolonError", variant: variant)
    }
  }

  private static func fields(_ reader: inout MsgPackReader, _ names: [StaticString]) throws(MsgPackError)
    -> StructVariantFields
  {
    try StructVariantFields(from: &reader, names: names, typeName: "HolonError")
  }

  private static func singleStringVariant(_ variant: String) -> ((String) -> HolonError)? {
    switch variant {
    case "CacheError": return HolonError.cacheError
    case "CommitFailure": return HolonError.commitFailure
    case "ConductorError": return HolonError.conductorError
    case "DeletionNotAllowed": return HolonError.deletionNotAllowed
    case "DowncastFailure": return HolonError.downcastFailure
    case "EmptyField": return HolonError.emptyField
    case "FailedToBorrow": return HolonError.failedToBorrow
    case "FailedToAcquireLock": return HolonError.failedToAcquireLock
    case "HolonNotFound": return HolonError.holonNotFound
    case "IndexOutOfRange": return HolonError.indexOutOfRange
    case "InvalidHolonReference": return HolonError.invalidHolonReference
    case "InvalidState": return HolonError.invalidState
    case "InvalidTransition": return HolonError.invalidTransition
    case "InvalidType": return HolonError.invalidType
    case "InvalidParameter": return HolonError.invalidParameter
    case "InvalidUpdate": return HolonError.invalidUpdate
    case "LoaderParsingError": return HolonError.loaderParsingError
    case "Misc": return HolonError.misc
    case "MissingStagedCollection": return HolonError.missingStagedCollection
    case "NotImplemented": return HolonError.notImplemented
    case "RecordConversion": return HolonError.recordConversion
    case "ServiceNotAvailable": return HolonError.serviceNotAvailable
    case "UnableToAddHolons": return HolonError.unableToAddHolons
    case "WasmError": return HolonError.wasmError
    default: return nil
    }
  }

  private static func pairVariant(_ variant: String) -> ((String, String) -> HolonError)? {
    switch variant {
    case "DuplicateError": return HolonError.duplicateError
    case "HashConversion": return HolonError.hashConversion
    case "InvalidRelationship": return HolonError.invalidRelationship
    case "NotAccessible": return HolonError.notAccessible
    case "UnexpectedValueType": return HolonError.unexpectedValueType
    case "Utf8Conversion": return HolonError.utf8Conversion
    default: return nil
    }
  }
}
