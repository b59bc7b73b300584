import HoloCore

extension HostFunction {
  /// Holochain 0.7 host functions this host does not implement yet. Guests that import them still load,
  /// and calling one answers a `WasmError` naming it, never a wrong answer.
  static let notYetImplemented: [HostFunction] = [
    "agent_info", "dna_info", "zome_info", "call_info", "get_init_properties", "trace", "sign", "sign_ephemeral",
    "verify_signature", "create", "update", "delete", "create_link", "delete_link", "get", "get_details",
    "get_links", "get_links_details", "count_links", "get_agent_activity", "must_get_entry", "must_get_action",
    "must_get_valid_record", "must_get_agent_activity", "call", "emit_signal", "send_remote_signal", "schedule",
    "capability_claims", "capability_grants", "capability_info", "create_clone_cell", "disable_clone_cell",
    "enable_clone_cell", "delete_clone_cell", "close_chain", "open_chain", "get_validation_receipts",
    "create_x25519_keypair", "x_salsa20_poly1305_shared_secret_create_random",
    "x_salsa20_poly1305_shared_secret_export", "x_salsa20_poly1305_shared_secret_ingest",
    "x_salsa20_poly1305_encrypt", "x_salsa20_poly1305_decrypt", "x_25519_x_salsa20_poly1305_encrypt",
    "x_25519_x_salsa20_poly1305_decrypt", "ed_25519_x_salsa20_poly1305_encrypt",
    "ed_25519_x_salsa20_poly1305_decrypt",
  ].map { name in
    HostFunction(name: name, version: 1) { (_, _) throws(HostFunctionFailure) in
      throw .host("the host function \(name) is not implemented yet in Holoswift")
    }
  } + [
    HostFunction(name: "dna_info", version: 2) { (_, _) throws(HostFunctionFailure) in
      throw .host("the host function dna_info (v2) is not implemented yet in Holoswift")
    }
  ]

  /// Host functions Holochain only offers with its unstable features, which this host does not enable.
  static let unstable: [HostFunction] = ["sleep", "accept_countersigning_preflight_request"].map { name in
    HostFunction(name: name, version: 1) { (_, _) throws(HostFunctionFailure) in
      throw .host("\(name) is an unstable host function, and unstable functions are not enabled in this conductor")
    }
  }
}

extension HostFunctionTable {
  /// Every host function of Holochain 0.7, as far as this host implements them.
  public static var holochain: HostFunctionTable {
    var table = HostFunctionTable(HostFunction.notYetImplemented + HostFunction.unstable)
    table.merge(HostFunction.implemented)
    return table
  }
}
