import HoloCore
import Testing

@testable import HolonsCore

@Suite struct HolonErrorTests {
  static let samples: [HolonError] = [
    .cacheError("c"), .commitFailure("c"), .conductorError("c"),
    .crossTransactionReference(referenceKind: "Staged", referenceId: "id", referenceTx: 1, contextTx: 2),
    .deletionNotAllowed("r"), .downcastFailure("d"), .duplicateError("a", "b"), .emptyField("f"),
    .failedToBorrow("b"), .failedToAcquireLock("l"), .hashConversion("a", "b"), .holonNotFound("h"),
    .indexOutOfRange("3"),
    .integerOutOfRange(value: 5, min: 1, max: nil, minInclusive: true, maxInclusive: false, descriptor: "D"),
    .invalidHolonReference("r"), .invalidWireFormat(wireType: "W", reason: "r"), .invalidState("s"),
    .invalidTransition("t"), .invalidTransactionTransition(txId: 3, fromState: "Open", toState: "Open"),
    .invalidType("t"), .invalidParameter("p"), .invalidRelationship("r", "t"), .invalidUpdate("u"),
    .loaderParsingError("l"), .misc("m"), .missingStagedCollection("s"), .missingDescribedBy(holon: "h"),
    .multipleDescribedBy(holon: "h", count: 2), .multipleExtends(descriptor: "d", count: 2),
    .cyclicExtends(descriptor: "d"), .wrongDescriptorKind(expected: "e", found: "f", descriptor: "d"),
    .duplicateInheritedDeclaration(kind: "k", name: "n", descriptor: "d"),
    .ambiguousRelationshipTraversal(relationship: "r", descriptor: "d"),
    .missingRequiredRelationship(relationship: "r", descriptor: "d"),
    .multipleRelatedHolons(relationship: "r", descriptor: "d", count: 3),
    .descriptorDeclarationNotFound(kind: "k", name: "n", descriptor: "d"),
    .descriptorSchemaInvalid(kind: .contradictoryConstraints, detail: "x", descriptor: "d"),
    .enumVariantNotInSchema(variant: "v", valueType: "t", descriptor: "d"), .noEffectiveKeyRule(descriptor: "d"),
    .notAccessible("Write", "Saved"), .notImplemented("x"), .pvlViolation(PvlViolation(unitVariant: "EmptyPropertyName")),
    .recordConversion("r"), .referenceBindingFailed(referenceKind: "k", referenceId: nil, reason: "r"),
    .referenceResolutionFailed(referenceKind: "k", referenceId: "i", reason: "r"), .serviceNotAvailable("s"),
    .stringLengthOutOfRange(length: 9, min: nil, max: 4, descriptor: "d"), .transactionAlreadyCommitted(txId: 1),
    .transactionCommitInProgress(txId: 1), .transactionNotOpen(txId: 1, state: "Committed"),
    .unableToAddHolons("u"), .unexpectedValueType("v", "t"), .unknownOperatorCategory(value: "v"),
    .unsupportedOperator(operator: "o", valueType: "t", descriptor: "d"),
    .unsupportedStagedTraversal(relationship: "r", descriptor: "d"), .utf8Conversion("a", "b"),
    .valueKindMismatch(expected: "e", found: "f", descriptor: "d"), .validationError(.propertyError("p")),
    .wasmError("w"),
  ]

  @Test func everyCaseRoundTrips() throws {
    #expect(Self.samples.count == 59)
    for error in Self.samples { _ = try roundTrip(error) }
  }

  @Test func wireShapesFollowRmpSerde() throws {
    #expect(try shape(roundTrip(HolonError.holonNotFound("x")))["HolonNotFound"] == .string("x"))
    #expect(try shape(roundTrip(HolonError.duplicateError("a", "b")))["DuplicateError"] == .array([.string("a"), .string("b")]))
    let notOpen = try shape(roundTrip(HolonError.transactionNotOpen(txId: 3, state: "Committed")))
    #expect(notOpen["TransactionNotOpen"]?["tx_id"] == .uint(3))
    #expect(notOpen["TransactionNotOpen"]?["state"] == .string("Committed"))
    let range = try shape(HolonError.integerOutOfRange(
      value: 5, min: nil, max: 9, minInclusive: true, maxInclusive: true, descriptor: "D"
    ).msgpackBytes())
    #expect(range["IntegerOutOfRange"]?["min"] == .nilValue)
  }

  @Test func missingOptionFieldsDecodeAsNil() throws {
    var writer = MsgPackWriter()
    writer.writeMapHeader(1)
    writer.write("ReferenceBindingFailed")
    writer.writeMapHeader(2)
    writer.writeField("reference_kind", "Smart")
    writer.writeField("reason", "gone")
    #expect(try HolonError(msgpack: writer.bytes) == .referenceBindingFailed(referenceKind: "Smart", referenceId: nil, reason: "gone"))
  }

  @Test func statusCodesFollowMap() {
    let expected: [(HolonError, Int)] = [
      (.commitFailure(""), 500), (.conductorError(""), 500), (.wasmError(""), 500), (.misc(""), 500),
      (.invalidTransition(""), 500), (.serviceNotAvailable(""), 503), (.holonNotFound(""), 404),
      (.descriptorDeclarationNotFound(kind: "", name: "", descriptor: ""), 404),
      (.crossTransactionReference(referenceKind: "", referenceId: "", referenceTx: 1, contextTx: 2), 409),
      (.deletionNotAllowed(""), 409), (.duplicateError("", ""), 409), (.invalidState(""), 409),
      (.transactionNotOpen(txId: 1, state: ""), 409), (.transactionAlreadyCommitted(txId: 1), 409),
      (.transactionCommitInProgress(txId: 1), 409), (.emptyField(""), 400), (.invalidHolonReference(""), 400),
      (.invalidParameter(""), 400), (.invalidRelationship("", ""), 400),
      (.invalidWireFormat(wireType: "", reason: ""), 400), (.loaderParsingError(""), 422),
      (.validationError(.propertyError("")), 422), (.missingDescribedBy(holon: ""), 422),
      (.notImplemented(""), 501),
    ]
    for (error, code) in expected { #expect(ResponseStatusCode(error).code == code, "\(error)") }
    for error in Self.samples { _ = ResponseStatusCode(error) }
  }

  @Test func messagesFollowMap() {
    #expect(HolonError.holonNotFound("abc").description == "Holon not found: abc")
    #expect(
      HolonError.stringLengthOutOfRange(length: 9, min: nil, max: 4, descriptor: "D").description
        == "String length 9 is out of range for descriptor D: min=None, max=Some(4)")
    #expect(HolonError.pvlViolation(PvlViolation(unitVariant: "EmptyPropertyName")).description.hasPrefix("MAP-PVL-1102"))
    #expect(HolonError.combine([.misc("a"), .misc("b")]) == "Miscellaneous error: a, Miscellaneous error: b")
  }

  @Test func statusCodeWireAndDisplay() throws {
    #expect(try roundTrip(ResponseStatusCode.ok) == [0xa2, 0x4f, 0x4b])
    #expect(ResponseStatusCode.notFound.description == "404 -- Not Found")
    #expect(ResponseStatusCode.allCases.map(\.code) == [200, 202, 400, 401, 403, 404, 409, 422, 500, 501, 503])
    #expect(throws: MsgPackError.unknownVariant(type: "ResponseStatusCode", variant: "Teapot")) {
      try ResponseStatusCode(msgpack: "Teapot".msgpackBytes())
    }
  }
}
