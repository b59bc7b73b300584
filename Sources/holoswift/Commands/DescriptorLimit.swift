import Foundation

/// The process's open-file limit. Each websocket connection, database and peer holds a descriptor; a soft limit of
/// 1,024 (common on Linux) would run out before an app interface's connection cap (1,024) is reached.
enum DescriptorLimit {
  /// Raises the soft limit to the hard one; returns the soft limit in force afterwards.
  @discardableResult
  static func raiseToHardLimit() -> UInt64 {
    var limits = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limits) == 0 else { return 0 }
    if limits.rlim_cur < limits.rlim_max {
      var raised = limits
      raised.rlim_cur = limits.rlim_max
      // Refused (a hard limit the kernel caps lower): the old soft limit stays, which still works.
      if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limits = raised }
    }
    return UInt64(limits.rlim_cur)
  }
}
