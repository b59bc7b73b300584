import ConductorAPI
import HoloCore
import Testing

/// Byte vectors copied from Holochain 0.7's own serialization tests
/// (`holochain_conductor_api/src/admin_interface.rs` `admin_request_serialization` and
/// `app_interface.rs` `app_request_serialization`, `status_serialization`).
@Suite struct HolochainVectorTests {
  @Test func disableAppRequest() throws {
    let expected: [UInt8] = [
      130, 164, 116, 121, 112, 101, 171, 100, 105, 115, 97, 98, 108, 101, 95, 97, 112,
      112, 165, 118, 97, 108, 117, 101, 129, 176, 105, 110, 115, 116, 97, 108, 108, 101,
      100, 95, 97, 112, 112, 95, 105, 100, 167, 115, 111, 109, 101, 95, 105, 100,
    ]
    let request = AdminRequest.disableApp(installedAppId: "some_id")
    #expect(request.msgpackBytes() == expected)
    #expect(try AdminRequest(msgpack: expected) == request)
  }

  @Test func ribosomeErrorResponse() throws {
    let expected: [UInt8] = [
      130, 164, 116, 121, 112, 101, 165, 101, 114, 114, 111, 114, 165, 118, 97, 108, 117,
      101, 130, 164, 116, 121, 112, 101, 174, 114, 105, 98, 111, 115, 111, 109, 101, 95,
      101, 114, 114, 111, 114, 165, 118, 97, 108, 117, 101, 170, 101, 114, 114, 111, 114,
      95, 116, 101, 120, 116,
    ]
    let response = AdminResponse.error(.ribosomeError("error_text"))
    #expect(response.msgpackBytes() == expected)
    #expect(try AdminResponse(msgpack: expected) == response)
    // The app interface's error response has the same shape.
    #expect(AppResponse.error(.ribosomeError("error_text")).msgpackBytes() == expected)
  }

  @Test func appInfoRequest() throws {
    let expected: [UInt8] = [129, 164, 116, 121, 112, 101, 168, 97, 112, 112, 95, 105, 110, 102, 111]
    #expect(AppRequest.appInfo.msgpackBytes() == expected)
    #expect(try AppRequest(msgpack: expected) == .appInfo)
  }

  @Test func listWasmHostFunctionsResponse() throws {
    let expected: [UInt8] = [
      130, 164, 116, 121, 112, 101, 184, 108, 105, 115, 116, 95, 119, 97, 115, 109, 95,
      104, 111, 115, 116, 95, 102, 117, 110, 99, 116, 105, 111, 110, 115, 165, 118, 97,
      108, 117, 101, 146, 169, 104, 111, 115, 116, 95, 102, 110, 95, 49, 169, 104, 111,
      115, 116, 95, 102, 110, 95, 50,
    ]
    let response = AppResponse.listWasmHostFunctions(["host_fn_1", "host_fn_2"])
    #expect(response.msgpackBytes() == expected)
    #expect(try AppResponse(msgpack: expected) == response)
  }

  /// `{"type":"disabled","value":{"type":"error","value":"because"}}` and `{"type":"disabled","value":{"type":"user"}}`.
  @Test func appStatusShapes() throws {
    let errorStatus = AppStatus.disabled(.error("because"))
    #expect(
      try MsgPackValue(msgpack: errorStatus.msgpackBytes())
        == .map([
          MsgPackMapEntry(key: .string("type"), value: .string("disabled")),
          MsgPackMapEntry(
            key: .string("value"),
            value: .map([
              MsgPackMapEntry(key: .string("type"), value: .string("error")),
              MsgPackMapEntry(key: .string("value"), value: .string("because")),
            ])),
        ]))
    let userStatus = AppStatus.disabled(.user)
    #expect(
      try MsgPackValue(msgpack: userStatus.msgpackBytes())
        == .map([
          MsgPackMapEntry(key: .string("type"), value: .string("disabled")),
          MsgPackMapEntry(
            key: .string("value"), value: .map([MsgPackMapEntry(key: .string("type"), value: .string("user"))])),
        ]))
  }

  /// `state_dump_requests_default_omitted_pagination_fields`: a `dump_state` / `dump_full_state` without the
  /// pagination fields decodes with them `None`.
  @Test func dumpRequestsDefaultOmittedPaginationFields() throws {
    let dumpState = msgpack { writer in
      writer.writeMapHeader(2)
      writer.writeField("type", "dump_state" as StaticString)
      writer.write("value" as StaticString)
      writer.writeMapHeader(1)
      writer.writeField("cell_id", testCell)
    }
    #expect(try AdminRequest(msgpack: dumpState) == .dumpState(cellId: testCell, sourceChainCursor: nil, limit: nil))
    let dumpFullState = msgpack { writer in
      writer.writeMapHeader(2)
      writer.writeField("type", "dump_full_state" as StaticString)
      writer.write("value" as StaticString)
      writer.writeMapHeader(1)
      writer.writeField("cell_id", testCell)
    }
    #expect(try AdminRequest(msgpack: dumpFullState) == .dumpFullState(cellId: testCell, dhtOpsCursor: nil, limit: nil))
  }

  /// `dht_ops_cursor_serializes_received_time`: the cursor has `when_received` and no `when_integrated`.
  @Test func dhtOpsCursorFields() throws {
    let value = try MsgPackValue(msgpack: DhtOpsCursor(whenReceived: 42, hash: dhtOpHash(3)).msgpackBytes())
    #expect(value["when_received"] == .uint(42))
    #expect(value["when_integrated"] == nil)
  }
}
