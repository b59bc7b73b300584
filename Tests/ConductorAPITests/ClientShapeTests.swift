import ConductorAPI
import HoloCore
import Testing

/// Requests shaped the way `@holochain/client` 0.21 builds them: `{type, value}` where `value` is whatever the
/// caller passed (`undefined`, i.e. nil, for calls without arguments), object keys in the caller's order, optional
/// fields left out, tokens as arrays of numbers.
@Suite struct ClientShapeTests {
  /// `{"type": name, "value": <content>}`.
  func request(_ name: StaticString, _ content: (inout MsgPackWriter) -> Void) -> [UInt8] {
    msgpack { writer in
      writer.writeMapHeader(2)
      writer.writeField("type", name)
      writer.write("value" as StaticString)
      content(&writer)
    }
  }

  @Test func unitRequestsWithNilValue() throws {
    #expect(try AdminRequest(msgpack: request("list_dnas") { $0.writeNil() }) == .listDnas)
    #expect(try AdminRequest(msgpack: request("generate_agent_pub_key") { $0.writeNil() }) == .generateAgentPubKey)
    #expect(try AdminRequest(msgpack: request("storage_info") { $0.writeNil() }) == .storageInfo)
    #expect(try AppRequest(msgpack: request("app_info") { $0.writeNil() }) == .appInfo)
    #expect(try AppRequest(msgpack: request("enable_app") { $0.writeNil() }) == .enableApp)
  }

  /// The value may come before the type.
  @Test func valueBeforeType() throws {
    let bytes = msgpack { writer in
      writer.writeMapHeader(2)
      writer.write("value" as StaticString)
      writer.writeMapHeader(1)
      writer.writeField("installed_app_id", "chat")
      writer.writeField("type", "enable_app" as StaticString)
    }
    #expect(try AdminRequest(msgpack: bytes) == .enableApp(installedAppId: "chat"))
  }

  @Test func listAppsWithoutFilter() throws {
    #expect(try AdminRequest(msgpack: request("list_apps") { $0.writeMapHeader(0) }) == .listApps(statusFilter: nil))
  }

  @Test func uninstallWithoutForce() throws {
    let bytes = request("uninstall_app") { writer in
      writer.writeMapHeader(1)
      writer.writeField("installed_app_id", "chat")
    }
    #expect(try AdminRequest(msgpack: bytes) == .uninstallApp(installedAppId: "chat", force: false))
  }

  @Test func attachAppInterfaceWithOnlyOrigins() throws {
    let bytes = request("attach_app_interface") { writer in
      writer.writeMapHeader(2)
      writer.writeField("allowed_origins", "http://localhost:3000, http://localhost:3001")
      writer.writeField("port", UInt16(0))
    }
    #expect(
      try AdminRequest(msgpack: bytes)
        == .attachAppInterface(
          port: 0, dangerBindAddr: nil, allowedOrigins: .origins(["http://localhost:3000", "http://localhost:3001"]),
          installedAppId: nil))
  }

  @Test func issueTokenDefaults() throws {
    let bytes = request("issue_app_authentication_token") { writer in
      writer.writeMapHeader(1)
      writer.writeField("installed_app_id", "chat")
    }
    #expect(
      try AdminRequest(msgpack: bytes)
        == .issueAppAuthenticationToken(
          IssueAppAuthenticationTokenPayload(installedAppId: "chat", expirySeconds: 30, singleUse: true)))
  }

  @Test func installAppWithOnlyASource() throws {
    let bytes = request("install_app") { writer in
      writer.writeMapHeader(2)
      writer.writeField("installed_app_id", "chat")
      writer.write("source" as StaticString)
      writer.writeMapHeader(2)
      writer.writeField("type", "bytes" as StaticString)
      writer.write("value" as StaticString)
      writer.writeBinary([1, 2, 3])
    }
    #expect(
      try AdminRequest(msgpack: bytes)
        == .installApp(InstallAppPayload(source: .bytes([1, 2, 3]), installedAppId: "chat")))
  }

  @Test func grantSigningKeyAsTheClientSendsIt() throws {
    // `AdminWebsocket.grantSigningKey`: {cell_id, cap_grant: {tag, functions, access: {type: assigned, value: …}}}.
    let bytes = request("grant_zome_call_capability") { writer in
      writer.writeMapHeader(2)
      writer.writeField("cell_id", testCell)
      writer.write("cap_grant" as StaticString)
      writer.writeMapHeader(3)
      writer.writeField("tag", "zome-call-signing-key")
      writer.write("functions" as StaticString)
      writer.writeMapHeader(1)
      writer.writeField("type", "all" as StaticString)
      writer.write("access" as StaticString)
      writer.writeMapHeader(2)
      writer.writeField("type", "assigned" as StaticString)
      writer.write("value" as StaticString)
      writer.writeMapHeader(2)
      writer.write("secret" as StaticString)
      writer.writeBinary(bytes64(5))
      writer.writeField("assignees", [agentKey(9)])
    }
    let expected = AdminRequest.grantZomeCallCapability(
      GrantZomeCallCapabilityPayload(
        cellId: testCell,
        capGrant: ZomeCallCapGrant(
          tag: "zome-call-signing-key", access: .assigned(secret: capSecret(5), assignees: [agentKey(9)]),
          functions: .all)))
    #expect(try AdminRequest(msgpack: bytes) == expected)
  }

  @Test func createCloneCellWithoutOptionalFields() throws {
    let bytes = request("create_clone_cell") { writer in
      writer.writeMapHeader(2)
      writer.writeField("role_name", "main")
      writer.write("modifiers" as StaticString)
      writer.writeMapHeader(1)
      writer.writeField("network_seed", "room")
    }
    #expect(
      try AppRequest(msgpack: bytes)
        == .createCloneCell(CreateCloneCellPayload(roleName: "main", modifiers: DnaModifiersOpt(networkSeed: "room"))))
  }

  @Test func revokeTokenAsNumberArray() throws {
    let bytes = request("revoke_app_authentication_token") {
      $0.writeArrayHeader(2)
      $0.write(UInt64(7))
      $0.write(UInt64(8))
    }
    #expect(try AdminRequest(msgpack: bytes) == .revokeAppAuthenticationToken(AppAuthenticationToken(bytes: [7, 8])))
  }

  @Test func sendDirectSignalAsNumberArray() throws {
    let bytes = request("send_direct_signal") { writer in
      writer.writeMapHeader(3)
      writer.writeField("dna_hash", dnaHash(1))
      writer.writeField("agents", [agentKey(4)])
      writer.writeField("signal", [UInt8(1), 2])
    }
    #expect(
      try AppRequest(msgpack: bytes) == .sendDirectSignal(dnaHash: dnaHash(1), agents: [agentKey(4)], signal: [1, 2]))
  }

  @Test func allowedOriginsParsing() {
    #expect(AllowedOrigins(string: "*") == .any)
    #expect(AllowedOrigins(string: "a, b ,c") == .origins(["a", "b", "c"]))
    #expect(AllowedOrigins(string: "a").allows("a"))
    #expect(!AllowedOrigins(string: "a").allows("b"))
    #expect(AllowedOrigins.any.allows("anything"))
  }
}
