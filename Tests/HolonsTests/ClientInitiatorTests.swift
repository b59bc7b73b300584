import Conductor
import ConductorAPI
import ConductorInterfaces
import HoloCore
import HolonsClient
import HolonsCore
import HoloswiftTesting
import Keystore
import Logging
import Testing

/// The client initiator over a real App websocket, and the one envelope shared by all three initiators.
@Suite struct ClientInitiatorTests {
  @Test func theSameEnvelopeWorksFromClientTestAndGuest() async throws {
    let fixture = try await HolonsFixture()
    let conductor = fixture.sweet.conductor
    let websocket = try await fixture.client(fixture.a)
    let clientChannel = websocket.channel

    // One envelope, byte for byte, through the client and the test transport: the same answer.
    let request = DanceRequests.stageNewHolon(HolonsFixture.holon("Shared"))
    let envelope = try TrustChannelEnvelopes.attach(request, context: TransactionContext(txId: TxId(77)))
    let viaClient = try await clientChannel.transport.send(envelope)
    let viaTest = try await ConductorDanceTransport(conductor: conductor, cell: fixture.a.id).send(envelope)
    #expect(viaClient.msgpackBytes() == viaTest.msgpackBytes())
    #expect(viaClient.response.statusCode == .ok)

    // And through a guest: the client asks a to relay it to b; the holon lands under the same id.
    let context = fixture.ids.open()
    let relayed = await clientChannel.initiateDance(
      HolonsFixture.relay(["route": .string("holons_b"), "key": .string("Shared")]), in: context)
    #expect(relayed.statusCode == .ok, "\(relayed.description)")
    guard case .holonReference(.staged(let reference)) = relayed.body,
      case .holonReference(.staged(let direct)) = viaTest.response.body
    else { Issue.record("\(relayed)"); return }
    #expect(reference.id == direct.id)
    #expect(try context.stagedHolon(reference).propertyMap["staged_in"] == .string("holons_b"))

    // A committed holon read back by the client.
    #expect(await clientChannel.initiateDance(DanceRequests.commit(), in: context).statusCode == .ok)
    let all = await clientChannel.initiateDance(DanceRequests.getAllHolons(), in: fixture.ids.open())
    guard case .holonCollection(let collection) = all.body else { Issue.record("\(all)"); return }
    #expect(collection.member(forKey: "Shared") != nil)

    // The read dances, from the client too.
    let reader = fixture.ids.open()
    let listed = await clientChannel.initiateDance(DanceRequests.getAllHolons(), in: reader)
    guard case .holonCollection(let saved) = listed.body, let shared = saved.member(forKey: "Shared"),
      case .smart(let sharedWire) = shared
    else { Issue.record("\(listed)"); return }
    let byId = await clientChannel.initiateDance(DanceRequests.getHolonById(sharedWire.holonId), in: reader)
    #expect(byId.statusCode == .ok)
    let related = await clientChannel.initiateDance(DanceRequests.fetchAllRelatedHolons(shared), in: reader)
    #expect(related.statusCode == .ok)
    let queried = await clientChannel.initiateDance(
      DanceRequests.queryRelationships(NodeCollection(members: [Node(sourceHolon: shared)]), "Any"), in: reader)
    #expect(queried.statusCode == .ok)
    let deleted = await clientChannel.initiateDance(DanceRequests.deleteHolon(sharedWire.holonId.localId), in: reader)
    #expect(deleted.statusCode == .ok)
    #expect(await clientChannel.initiateDance(DanceRequests.getHolonById(sharedWire.holonId), in: reader).statusCode == .notFound)

    // A failed call is a 500 naming the cause, and the connection keeps serving.
    let wrongZome = AsyncTrustChannel(
      transport: AppWebsocketDanceTransport(
        client: websocket.connection, cell: fixture.a.id, zome: "nope", signer: websocket.signer))
    let failed = await wrongZome.initiateDance(DanceRequests.getAllHolons(), in: fixture.ids.open())
    #expect(failed.statusCode == .serverError && failed.description.value.contains("nope/dance"))
    #expect(await clientChannel.initiateDance(DanceRequests.getAllHolons(), in: fixture.ids.open()).statusCode == .ok)

    await websocket.close()
  }
}
