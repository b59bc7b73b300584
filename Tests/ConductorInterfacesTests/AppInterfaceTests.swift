import ConductorAPI
import ConductorInterfaces
import HoloCore
import Testing

@Suite("App interface authentication, requests and signals")
struct AppInterfaceTests {
  @Test("A connection that never authenticates is closed after the timeout")
  func authenticationTimeout() async throws {
    try await withAppServer(.app(authenticationTimeout: .milliseconds(300))) { port in
      let clock = ContinuousClock()
      let start = clock.now
      let client = try await connect(port)
      let closure = await client.waitUntilClosed()
      #expect(clock.now - start >= .milliseconds(250))
      #expect(closure.code == 1008)
      #expect(closure.reason == "authentication timed out")
    }
  }

  @Test("A refused token closes the connection")
  func wrongToken() async throws {
    try await withAppServer { port in
      let client = try await connect(port)
      try await client.authenticate(token: AppAuthenticationToken(bytes: [9, 9, 9]))
      let closure = await client.waitUntilClosed()
      #expect(closure.code == 1008)
      #expect(closure.reason == "authentication failed")
      await #expect(throws: ConductorClientError.closed(closure)) { try await client.appRequest(.appInfo) }
    }
  }

  @Test("An accepted token scopes the connection to its app")
  func rightToken() async throws {
    try await withAppServer { port in
      let chat = try await connect(port)
      try await chat.authenticate(token: FakeAppHandler.chatToken)
      #expect(try await chat.appRequest(.appInfo) == .appInfo(Fixtures.appInfo("chat")))
      let forum = try await connect(port)
      try await forum.authenticate(token: FakeAppHandler.forumToken)
      #expect(try await forum.appRequest(.listWasmHostFunctions) == .listWasmHostFunctions(["__hc__forum"]))
      // Undecodable requests get the deserialization error, as on admin interfaces.
      #expect(
        try AppResponse(msgpack: await chat.request(data: [0xc1]))
          == .error(.deserialization("Failed to deserialize request")))
      // A second authenticate is ignored.
      try await chat.authenticate(token: FakeAppHandler.forumToken)
      #expect(try await chat.appRequest(.appInfo) == .appInfo(Fixtures.appInfo("chat")))
      await chat.close()
      await forum.close()
    }
  }

  @Test("A request before authentication closes the connection without an answer")
  func requestBeforeAuthentication() async throws {
    try await withAppServer { port in
      let client = try await connect(port)
      await #expect {
        try await client.appRequest(.appInfo)
      } throws: { error in
        guard case ConductorClientError.closed(let closure) = error else { return false }
        return closure.code == 1008 && closure.reason == "request before authentication"
      }
    }
  }

  @Test("A garbage first message closes the connection")
  func garbageBeforeAuthentication() async throws {
    try await withAppServer { port in
      let client = try await connect(port)
      try await client.sendRaw([0xde, 0xad])
      #expect(await client.waitUntilClosed().code == 1008)
      let other = try await connect(port)
      try await other.send(.authenticate(data: [0xc1]))
      #expect(await other.waitUntilClosed().reason == "undecodable authentication request")
    }
  }

  @Test("An interface restricted to one app refuses tokens of other apps")
  func interfaceRestriction() async throws {
    try await withAppServer(installedAppId: "chat") { port in
      let forum = try await connect(port)
      try await forum.authenticate(token: FakeAppHandler.forumToken)
      #expect(await forum.waitUntilClosed().code == 1008)
      let chat = try await connect(port)
      try await chat.authenticate(token: FakeAppHandler.chatToken)
      #expect(try await chat.appRequest(.appInfo) == .appInfo(Fixtures.appInfo("chat")))
      await chat.close()
    }
  }

  @Test("Signals reach only the authenticated connections of their app")
  func signals() async throws {
    let handler = FakeAppHandler()
    try await withAppServer(handler: handler) { port in
      let chat = try await connect(port)
      try await chat.authenticate(token: FakeAppHandler.chatToken)
      let forum = try await connect(port)
      try await forum.authenticate(token: FakeAppHandler.forumToken)
      let anonymous = try await connect(port)
      // An answered request proves the server subscribed the connection (it subscribes before serving).
      _ = try await chat.appRequest(.appInfo)
      _ = try await forum.appRequest(.appInfo)
      #expect(handler.hub.subscriberCount("chat") == 1)
      #expect(handler.hub.subscriberCount("forum") == 1)

      let forChat = Signal.system(.appRestoreComplete(installedAppId: "chat"))
      let forForum = Signal.system(.appRestoreComplete(installedAppId: "forum"))
      handler.hub.emit(forChat, to: "chat")
      handler.hub.emit(forForum, to: "forum")
      var chatSignals = chat.signals.makeAsyncIterator()
      var forumSignals = forum.signals.makeAsyncIterator()
      #expect(await chatSignals.next() == forChat)
      #expect(await forumSignals.next() == forForum)

      // The unauthenticated connection got nothing, and closing a connection ends its subscription.
      await anonymous.close()
      await chat.close()
      #expect(await chatSignals.next() == nil)
      var anonymousSignals = anonymous.signals.makeAsyncIterator()
      #expect(await anonymousSignals.next() == nil)
      try await waitUntil { handler.hub.subscriberCount("chat") == 0 }
      await forum.close()
    }
  }
}

/// Polls `condition` every 10 ms until it holds; fails the test if the 30 s safety net runs out first.
func waitUntil(_ condition: () -> Bool) async throws {
  let deadline = ContinuousClock.now + RawConnection.safetyNet
  while ContinuousClock.now < deadline {
    if condition() { return }
    try await Task.sleep(for: .milliseconds(10))
  }
  Issue.record("condition not met within the safety net")
}
