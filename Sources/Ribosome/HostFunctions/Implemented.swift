extension HostFunction {
  /// Every host function this host implements, by family.
  static var implemented: [HostFunction] {
    [.sysTime, .randomBytes, .query] + cryptoFunctions
  }
}
