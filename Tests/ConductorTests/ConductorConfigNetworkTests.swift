import Conductor
import HoloNetwork
import Testing

/// The `network` section of `conductor-config.yaml`.
@Suite struct ConductorConfigNetworkTests {
  @Test func theNetworkSectionIsReadAndWrittenBack() throws {
    let yaml = """
      data_root_path: /tmp/x
      admin_interfaces: []
      network:
        bootstrap_url: http://10.0.0.1:8888
        transport_listen: 0.0.0.0:4567
        target_arc_factor: 0
      """
    let config = try ConductorConfig(yaml: yaml)
    let network = try #require(config.network)
    #expect(network.bootstrapURL == "http://10.0.0.1:8888")
    #expect(network.listenHost == "0.0.0.0" && network.listenPort == 4567)
    #expect(network.configuration.storageArc == .empty)
    #expect(try ConductorConfig(yaml: config.yaml()) == config)
    #expect(try ConductorConfig(yaml: "data_root_path: /tmp/x\n").network == nil)
  }

  @Test func aBadListenAddressIsRefusedWithAClearError() {
    #expect(throws: ConductorConfig.Invalid.self) {
      try ConductorConfig(yaml: "data_root_path: /x\nnetwork:\n  transport_listen: nowhere\n")
    }
  }
}
