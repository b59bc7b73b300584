import ConductorInterfaces

extension ConductorClient.Configuration {
  /// The default client, with a request timeout that is only a safety net: on a busy machine a call may wait its
  /// turn on the zome-call pool for a while, and a test must not fail for that.
  static var patient: Self {
    var configuration = Self()
    configuration.requestTimeout = .seconds(900)
    return configuration
  }
}
