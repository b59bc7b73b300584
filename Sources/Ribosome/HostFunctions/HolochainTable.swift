import HoloCore

extension HostFunction {
  /// Host functions Holochain only offers with its unstable features, which this host does not enable: a guest
  /// that imports them loads, and calling one answers a `WasmError` saying so, as Holochain does.
  static let unstable: [HostFunction] = ["sleep", "accept_countersigning_preflight_request"].map { name in
    HostFunction(name: name, version: 1) { (_, _) throws(HostFunctionFailure) in
      throw .host("\(name) is an unstable host function, and unstable functions are not enabled in this conductor")
    }
  }
}

extension HostFunctionTable {
  /// Every host function of Holochain 0.7 (see ``HostFunction/implemented``), and its unstable ones, which
  /// answer that they are not enabled.
  public static var holochain: HostFunctionTable {
    var table = HostFunctionTable(HostFunction.unstable)
    table.merge(HostFunction.implemented)
    return table
  }
}
