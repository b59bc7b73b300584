import ConductorAPI
import HoloCore
import Testing

/// Exact bytes for messages Holochain has no test vector for. Each expected value was produced independently of
/// this code, by Python's `msgpack.packb(…, use_bin_type=True)` over the dict serde builds for the Rust type
/// (tag first, fields in declaration order, `None` as nil, `serde_bytes` as bin, a plain `Vec<u8>` as an array).
@Suite struct EncodingVectorTests {
  static let dna = "c427842d24" + String(repeating: "01", count: 36)
  static let agent = "c427842024" + String(repeating: "02", count: 36)
  static let cell = "92" + dna + agent

  @Test func callZome() throws {
    let request = AppRequest.callZome(ZomeCallParamsSigned(bytes: ExternIO(bytes: [0xc0]), signature: signature(7)))
    let expected = hex(
      "82a474797065a963616c6c5f7a6f6d65a576616c756582a56279746573c401c0a97369676e6174757265c440"
        + String(repeating: "07", count: 64))
    #expect(request.msgpackBytes() == expected)
    #expect(try AppRequest(msgpack: expected) == request)
  }

  @Test func appSignal() throws {
    let signal = Signal.app(cellId: testCell, zomeName: "z", signal: ExternIO(bytes: [0xa1, 0x61]))
    let expected = hex(
      "82a474797065a3617070a576616c756583a763656c6c5f6964" + Self.cell
        + "a97a6f6d655f6e616d65a17aa67369676e616cc402a161")
    #expect(signal.msgpackBytes() == expected)
    #expect(try Signal(msgpack: expected) == signal)
  }

  @Test func appInfoResponseNone() throws {
    let expected = hex("82a474797065a86170705f696e666fa576616c7565c0")
    #expect(AppResponse.appInfo(nil).msgpackBytes() == expected)
    #expect(try AppResponse(msgpack: expected) == .appInfo(nil))
  }

  @Test func appInfoResponse() throws {
    let expected = hex(
      "82a474797065a86170705f696e666fa576616c756586b0696e7374616c6c65645f6170705f6964a463686174a963656c6c5f696e666f"
        + "81a46d61696e9182a474797065ab70726f766973696f6e6564a576616c756583a763656c6c5f6964" + Self.cell
        + "ad646e615f6d6f6469666965727382ac6e6574776f726b5f73656564a173aa70726f70657274696573c401c0a46e616d65a164"
        + "a673746174757382a474797065a864697361626c6564a576616c756581a474797065a475736572ad6167656e745f7075625f6b6579"
        + Self.agent + "a86d616e696665737482b06d616e69666573745f76657273696f6ea130a46e616d65a463686174"
        + "ac696e7374616c6c65645f6174cf00060a24181e4000")
    #expect(AppResponse.appInfo(testAppInfo).msgpackBytes() == expected)
    #expect(try AppResponse(msgpack: expected) == .appInfo(testAppInfo))
  }

  @Test func appInterfaceAttached() throws {
    let expected = hex("82a474797065b66170705f696e746572666163655f6174746163686564a576616c756581a4706f7274cd115c")
    #expect(AdminResponse.appInterfaceAttached(port: 4444).msgpackBytes() == expected)
    #expect(try AdminResponse(msgpack: expected) == .appInterfaceAttached(port: 4444))
  }

  @Test func attachAppInterface() throws {
    let request = AdminRequest.attachAppInterface(
      port: nil, dangerBindAddr: nil, allowedOrigins: .any, installedAppId: "chat")
    let expected = hex(
      "82a474797065b46174746163685f6170705f696e74657266616365a576616c756584a4706f7274c0b064616e6765725f62696e645f61"
        + "646472c0af616c6c6f7765645f6f726967696e73a12ab0696e7374616c6c65645f6170705f6964a463686174")
    #expect(request.msgpackBytes() == expected)
    #expect(try AdminRequest(msgpack: expected) == request)
  }

  @Test func listAppsWithFilter() throws {
    let expected = hex("82a474797065a96c6973745f61707073a576616c756581ad7374617475735f66696c746572a7656e61626c6564")
    #expect(AdminRequest.listApps(statusFilter: .enabled).msgpackBytes() == expected)
    #expect(try AdminRequest(msgpack: expected) == .listApps(statusFilter: .enabled))
  }

  /// `AppAuthenticationToken` is a plain `Vec<u8>`: an array of integers, not `bin`.
  @Test func revokeAppAuthenticationToken() throws {
    let request = AdminRequest.revokeAppAuthenticationToken(AppAuthenticationToken(bytes: [9, 200]))
    let expected = hex(
      "82a474797065bf7265766f6b655f6170705f61757468656e7469636174696f6e5f746f6b656ea576616c75659209ccc8")
    #expect(request.msgpackBytes() == expected)
    #expect(try AdminRequest(msgpack: expected) == request)
  }

  @Test func unrecoverableStatus() throws {
    let status = AppStatus.unrecoverable(
      testCell,
      .chainForkWarrant(
        WarrantSummary(author: agentKey(2), warrantee: agentKey(2), timestamp: Timestamp(microseconds: 5)))
    )
    let expected = hex(
      "82a474797065ad756e7265636f76657261626c65a576616c756592" + Self.cell
        + "82a474797065b2636861696e5f666f726b5f77617272616e74a576616c756583a6617574686f72" + Self.agent
        + "a977617272616e746565" + Self.agent + "a974696d657374616d7005")
    #expect(status.msgpackBytes() == expected)
    #expect(try AppStatus(msgpack: expected) == status)
  }
}
