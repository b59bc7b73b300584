import HoloCore
import HolonsCore
import Testing

/// A `call` that answers what the test says, and remembers what it was asked.
final class MockCaller: ZomeCaller {
  var answer: Result<ZomeCallResponse, WasmError>
  private(set) var calls: [(target: CallTargetCell, zome: String, function: String, payload: [UInt8])] = []

  init(_ answer: Result<ZomeCallResponse, WasmError>) { self.answer = answer }

  func call(
    _ target: CallTargetCell, zome: String, function: String, payload: [UInt8]
  ) throws(WasmError) -> ZomeCallResponse {
    calls.append((target, zome, function, payload))
    return try answer.get()
  }
}

/// The guest transport (`ZomeCallDanceTransport`) with a mocked `call`, through a `TrustChannel`.
@Suite struct GuestTransportTests {
  static func channel(_ caller: MockCaller) -> TrustChannel<ZomeCallDanceTransport<MockCaller>> {
    TrustChannel(transport: ZomeCallDanceTransport(caller: caller, target: .otherRole("storage"), zome: "holons"))
  }

  @Test func successYieldsTheCalleesResponseAndSession() throws {
    let context = TransactionContext(txId: TxId(5))
    let mine = try context.stageNewHolon(TransientHolon(properties: ["key": .string("mine")]))
    // The callee adds a holon to the nursery it received and answers with it.
    var calleeSession = context.exportSession()
    var calleeNursery = calleeSession.stagedHolons
    let theirs = TemporaryId(versionedKey: "theirs")
    calleeNursery.insert(.staged(StagedHolon(staging: TransientHolon(properties: ["key": .string("theirs")]))), id: theirs)
    calleeNursery.index(theirs, key: "theirs")
    calleeSession.stagedHolons = calleeNursery
    let reply = DanceResponseEnvelope(
      response: DanceResponse(
        statusCode: .ok, description: "fine", body: .holonReference(.staged(StagedReferenceWire(txId: TxId(5), id: theirs)))),
      session: calleeSession)
    let caller = MockCaller(.success(.ok(ExternIO(encoding: reply))))
    let response = Self.channel(caller).initiateDance(DanceRequest(danceName: "stage"), in: context)

    #expect(response == reply.response)
    #expect(context.stagedHolons.count == 2 && context.stagedReference(forKey: "theirs") != nil)
    #expect(try context.stagedHolon(mine).propertyMap["key"] == .string("mine"))
    let sent = try #require(caller.calls.first)
    #expect(sent.target == .otherRole("storage") && sent.zome == "holons" && sent.function == "dance")
    let envelope = try DanceRequestEnvelope(msgpack: sent.payload)
    #expect(envelope.session?.txId == TxId(5) && envelope.request.danceName == "stage")
  }

  @Test func eachFailureMapsToItsStatus() {
    let cases: [(Result<ZomeCallResponse, WasmError>, ResponseStatusCode, String)] = [
      (.failure(.guest("callee trapped")), .serverError, "callee trapped"),
      (.failure(.host("no such role")), .serverError, "no such role"),
      (.success(.networkError("down")), .serverError, "down"),
      (.success(.unauthorized(.badCapGrant, nil, zomeName: "holons", fnName: "dance")), .serverError, "unauthorized"),
      (.success(.countersigningSession("busy")), .serverError, "busy"),
      (.success(.ok(ExternIO(bytes: [0xc1]))), .badRequest, "DanceResponseEnvelope"),
    ]
    for (answer, status, cause) in cases {
      let response = Self.channel(MockCaller(answer)).initiateDance(
        DanceRequest(danceName: "d"), in: TransactionContext(txId: TxId(1)))
      #expect(response.statusCode == status, "\(answer)")
      #expect(response.description.value.contains(cause), "\(response.description)")
      if status == .serverError { #expect(response.description.value.contains("role storage")) }
    }
  }

  @Test func aResponseFromAnotherTransactionOrWithoutSessionIsRefused() {
    let context = TransactionContext(txId: TxId(1))
    let otherTx = DanceResponseEnvelope(
      response: DanceResponse(statusCode: .ok, description: ""), session: SessionState(txId: TxId(2)))
    let crossed = Self.channel(MockCaller(.success(.ok(ExternIO(encoding: otherTx))))).initiateDance(
      DanceRequest(danceName: "d"), in: context)
    #expect(crossed.statusCode == .conflict)

    let bare = DanceResponseEnvelope(response: DanceResponse(statusCode: .ok, description: ""), session: nil)
    let missing = Self.channel(MockCaller(.success(.ok(ExternIO(encoding: bare))))).initiateDance(
      DanceRequest(danceName: "d"), in: context)
    #expect(missing.statusCode == .badRequest)

    // A pool holding a reference from another transaction is refused and nothing is replaced.
    _ = try? context.stageNewHolon(TransientHolon(properties: ["key": .string("kept")]))
    var foreign = context.exportSession()
    var pool = HolonPoolWire()
    var relationships = RelationshipMap()
    relationships.add([.staged(StagedReferenceWire(txId: TxId(9), id: TemporaryId(versionedKey: "x")))], to: "R")
    pool.insert(.staged(StagedHolon(staging: TransientHolon(relationships: relationships))), id: TemporaryId(versionedKey: "y"))
    foreign.stagedHolons = pool
    let poisoned = DanceResponseEnvelope(response: DanceResponse(statusCode: .ok, description: ""), session: foreign)
    let refused = Self.channel(MockCaller(.success(.ok(ExternIO(encoding: poisoned))))).initiateDance(
      DanceRequest(danceName: "d"), in: context)
    #expect(refused.statusCode == .conflict && context.stagedReference(forKey: "kept") != nil)
  }

  @Test func aCommittedTransactionDoesNotDance() throws {
    let context = TransactionContext(txId: TxId(3))
    try context.markCommitted()
    let caller = MockCaller(.failure(.guest("must not be called")))
    let response = Self.channel(caller).initiateDance(DanceRequest(danceName: "d"), in: context)
    #expect(response.statusCode == .conflict && caller.calls.isEmpty)
  }
}
