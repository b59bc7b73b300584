import HoloCore
import StateStore

extension HostFunction {
  /// `sys_time`: the host's clock, in microseconds.
  static let sysTime = HostFunction.typed("sys_time") { (context, _: Unit) throws(HostFunctionFailure) in
    try context.require(.nonDeterministic, for: "sys_time")
    return Timestamp.now()
  }
}
