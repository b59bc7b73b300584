import ConductorAPI
import HoloCore
import Testing

@testable import ConductorInterfaces

@Suite("AppAuthenticationStateMachine")
struct AppAuthenticationStateMachineTests {
  static let token = AppAuthenticationToken(bytes: [1, 2, 3])
  static let authenticate = WireMessage.authenticate(encoding: AppAuthenticationRequest(token: token)).msgpackBytes()

  @Test("authenticate, accepted token, serve")
  func accepted() {
    var machine = AppAuthenticationStateMachine()
    #expect(machine.received(Self.authenticate) == .checkToken(Self.token))
    #expect(machine.timedOut() == .wait, "the timeout covers only the wait for the authenticate message")
    #expect(machine.tokenChecked(appId: "chat") == .serve(appId: "chat"))
    #expect(machine.isAuthenticated)
    #expect(machine.timedOut() == .wait)
  }

  @Test("A refused token refuses the connection")
  func refusedToken() {
    var machine = AppAuthenticationStateMachine()
    #expect(machine.received(Self.authenticate) == .checkToken(Self.token))
    #expect(machine.tokenChecked(appId: nil) == .refuse(.tokenRefused))
    #expect(!machine.isAuthenticated)
    #expect(machine.received(Self.authenticate) == .wait)
  }

  @Test("Requests and signals before authentication refuse the connection")
  func messagesBeforeAuthentication() {
    var machine = AppAuthenticationStateMachine()
    let request = WireMessage.request(id: 1, encoding: AppRequest.appInfo).msgpackBytes()
    #expect(machine.received(request) == .refuse(.messageBeforeAuthentication("request")))
    var other = AppAuthenticationStateMachine()
    #expect(
      other.received(WireMessage.signal(data: []).msgpackBytes()) == .refuse(.messageBeforeAuthentication("signal")))
  }

  @Test("Responses before authentication are skipped, as holochain_websocket consumes them")
  func responsesSkipped() {
    var machine = AppAuthenticationStateMachine()
    #expect(machine.received(WireMessage.response(id: 3, data: nil).msgpackBytes()) == .wait)
    #expect(machine.received(Self.authenticate) == .checkToken(Self.token))
  }

  @Test("Undecodable messages refuse the connection")
  func undecodable() {
    var machine = AppAuthenticationStateMachine()
    #expect(machine.received([0xc1]) == .refuse(.undecodableMessage))
    var other = AppAuthenticationStateMachine()
    #expect(
      other.received(WireMessage.authenticate(data: [0xc1]).msgpackBytes()) == .refuse(.undecodableAuthentication))
  }

  @Test("The timeout refuses a connection still waiting, once")
  func timeout() {
    var machine = AppAuthenticationStateMachine()
    #expect(machine.timedOut() == .refuse(.timedOut))
    #expect(machine.received(Self.authenticate) == .wait)
    #expect(machine.timedOut() == .wait)
  }
}
