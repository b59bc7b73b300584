import Bundles
import Conductor
import Testing

/// The `limits` section of `conductor-config.yaml`: Holoswift's own.
@Suite struct ConductorConfigLimitsTests {
  @Test func theLimitsSectionIsReadAndWrittenBack() throws {
    let config = try ConductorConfig(
      yaml: """
        data_root_path: /tmp/x
        limits:
          zome_call_deadline_ms: 1500
          max_bundle_bytes: 1000
          max_unpacked_bundle_bytes: 2000
        """)
    #expect(config.limits.zomeCallDeadline == .milliseconds(1500))
    #expect(config.limits.bundles == BundleLimits(maxPackedBytes: 1000, maxUnpackedBytes: 2000))
    #expect(try ConductorConfig(yaml: config.yaml()) == config)
  }

  @Test func missingLimitsKeepTheirDefaultsAndZeroMeansNoDeadline() throws {
    let plain = try ConductorConfig(yaml: "data_root_path: /tmp/x\n")
    #expect(plain.limits == ConductorConfig.Limits())
    #expect(plain.limits.zomeCallDeadline == .seconds(5))
    #expect(!plain.yaml().contains("limits"))
    let none = try ConductorConfig(yaml: "data_root_path: /tmp/x\nlimits:\n  zome_call_deadline_ms: 0\n")
    #expect(none.limits.zomeCallDeadline == nil)
    #expect(try ConductorConfig(yaml: none.yaml()) == none)
  }

  @Test(arguments: [
    "limits:\n  zome_call_deadline: 5\n", "limits:\n  max_bundle_bytes: 0\n", "limits:\n  zome_call_deadline_ms: -1\n",
    "limits: 5\n",
  ])
  func badLimitsAreRefusedByName(section: String) {
    #expect(throws: ConductorConfig.Invalid.self) { try ConductorConfig(yaml: "data_root_path: /tmp/x\n" + section) }
  }
}
