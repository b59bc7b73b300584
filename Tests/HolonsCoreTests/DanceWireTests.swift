import HoloCore
import Testing

@testable import HolonsCore

@Suite struct DanceWireTests {
  static let requests: [DanceRequest] = [
    DanceRequest(danceName: "get_all_holons"),
    DanceRequest(
      danceName: "q", danceType: .queryMethod(NodeCollection(members: [Node(sourceHolon: Fixtures.smartRef)])),
      body: .queryExpression(QueryExpression(relationshipName: "Friends"))),
    DanceRequest(danceName: "c", danceType: .commandMethod(Fixtures.smartRef), body: .holon(.staged(Fixtures.stagedHolon))),
    DanceRequest(
      danceName: "t", danceType: .cloneMethod(.staged(StagedReferenceWire(txId: Fixtures.tx, id: Fixtures.tempA))),
      body: .targetHolons("Friends", [Fixtures.smartRef, .transient(TransientReferenceWire(txId: Fixtures.tx, id: Fixtures.tempB))])),
    DanceRequest(danceName: "v", danceType: .newVersionMethod(.local(Fixtures.localId)), body: .holonId(.local(Fixtures.localId))),
    DanceRequest(danceName: "d", danceType: .deleteMethod(Fixtures.localId), body: .parameterValues(Fixtures.properties)),
    DanceRequest(danceName: "s", body: .stagedRef(StagedReferenceWire(txId: Fixtures.tx, id: Fixtures.tempA))),
    DanceRequest(danceName: "r", body: .transientReference(TransientReferenceWire(txId: Fixtures.tx, id: Fixtures.tempA))),
  ]

  @Test func requestsRoundTrip() throws {
    for request in Self.requests { _ = try roundTrip(request) }
    let value = try shape(Self.requests[0].msgpackBytes())
    #expect(value["dance_name"] == .string("get_all_holons"))
    #expect(value["dance_type"] == .string("Standalone"))
    #expect(value["body"] == .string("None"))
    let target = try shape(Self.requests[3].msgpackBytes())["body"]?["TargetHolons"]
    guard case .array(let parts) = target else { Issue.record("TargetHolons is not a tuple"); return }
    #expect(parts.count == 2 && parts[0] == .string("Friends"))
  }

  @Test func responsesRoundTrip() throws {
    var collection = HolonCollection()
    collection.append(Fixtures.smartRef, key: "b")
    collection.append(.staged(StagedReferenceWire(txId: Fixtures.tx, id: Fixtures.tempA)), key: "a")
    let bodies: [ResponseBody] = [
      .none, .holon(Fixtures.savedHolon), .holonCollection(collection),
      .holons([Fixtures.savedHolon, .transient(TransientHolon())]), .holonReference(Fixtures.smartRef),
      .nodeCollection(NodeCollection(members: [Node(sourceHolon: Fixtures.smartRef, relationships: [.init(name: "Friends", holons: collection)])])),
    ]
    for body in bodies {
      _ = try roundTrip(DanceResponse(statusCode: .ok, description: "ok", body: body, descriptor: Fixtures.smartRef))
    }
    let value = try shape(DanceResponse(statusCode: .accepted, description: "d").msgpackBytes())
    #expect(value["status_code"] == .string("Accepted"))
    #expect(value["descriptor"] == .nilValue)
  }

  @Test func fromErrorMapsStatusAndMessage() {
    let response = DanceResponse.fromError(.holonNotFound("abc"))
    #expect(response.statusCode == .notFound)
    #expect(response.description == "Holon not found: abc")
    #expect(response.body == .none && response.descriptor == nil)
    var annotated = DanceResponse(statusCode: .ok, description: "")
    annotated.annotate(with: .misc("x"))
    #expect(annotated.statusCode == .serverError)
    #expect(annotated.description.value.contains("original response was 200 -- OK"))
  }

  @Test func envelopesAndSessionRoundTripDeterministically() throws {
    let session = Fixtures.session
    let request = DanceRequestEnvelope(request: Self.requests[3], session: session)
    let response = DanceResponseEnvelope(response: .fromError(.misc("m")), session: session)
    let first = try roundTrip(request)
    #expect(first == DanceRequestEnvelope(request: Self.requests[3], session: Fixtures.session).msgpackBytes())
    _ = try roundTrip(response)
    _ = try roundTrip(DanceRequestEnvelope(request: Self.requests[0]))
    _ = try roundTrip(SessionState())
    let value = try shape(session.msgpackBytes())
    #expect(value["tx_id"] == .uint(7))
    #expect(value["staged_holons"]?["keyed_index"]?["Key-A"] == .binary(Fixtures.tempA.bytes))
    guard case .map(let holons) = value["staged_holons"]?["holons"] else { Issue.record("no holons map"); return }
    #expect(holons.map(\.key) == [.binary(Fixtures.tempA.bytes), .binary(Fixtures.tempB.bytes)])
  }

  @Test func poolInsertionOrderDoesNotChangeBytes() {
    var one = HolonPoolWire()
    one.insert(Fixtures.savedHolon, id: Fixtures.tempB)
    one.insert(.staged(Fixtures.stagedHolon), id: Fixtures.tempA)
    var two = HolonPoolWire()
    two.insert(.staged(Fixtures.stagedHolon), id: Fixtures.tempA)
    two.insert(Fixtures.savedHolon, id: Fixtures.tempB)
    #expect(one.msgpackBytes() == two.msgpackBytes())
    #expect(one.holon(Fixtures.tempA) == .staged(Fixtures.stagedHolon))
  }

  @Test func garbageGivesTypedErrors() {
    let valid = DanceRequestEnvelope(request: Self.requests[3], session: Fixtures.session).msgpackBytes()
    var inputs: [[UInt8]] = [[], [0xc1], [0xff, 0x00], [0x81, 0xa3, 0x61, 0x62, 0x63], Array(repeating: 0x91, count: 500)]
    for cut in stride(from: 0, to: valid.count, by: 7) { inputs.append(Array(valid.prefix(cut))) }
    var flipped = valid
    for index in stride(from: 0, to: flipped.count, by: 11) {
      flipped[index] ^= 0x5a
      inputs.append(flipped)
    }
    for input in inputs {
      do {
        _ = try DanceRequestEnvelope(msgpack: input)
        _ = try DanceResponseEnvelope(msgpack: input)
      } catch {
        // Typed: any failure is a MsgPackError, never a trap.
        _ = HolonError.invalidWireFormat("DanceRequestEnvelope", error)
      }
    }
    #expect(throws: MsgPackError.self) { try HolonError(msgpack: "HolonNotFound".msgpackBytes()) }
    #expect(throws: MsgPackError.self) { try HolonId(msgpack: [0x81, 0xa4] + Array("Else".utf8) + [0xc0]) }
  }
}
