import Bundles
import Foundation
import HoloCore

/// Inputs shared by the tests: hc_bundle's test fixtures (`crates/hc_bundle/tests/fixtures/my-app`).
enum Fixtures {
  /// `zome11.wasm` and `zome21.wasm` of the fixtures.
  static let fakeWasm = Array("This is a totally fake wasm\n".utf8)
  /// `zome12.wasm` and `zome22.wasm` of the fixtures.
  static let otherWasm = Array("So is this\n".utf8)

  /// What `hc dna hash "a dna.dna"` prints for fixture `dna1` (hc_bundle's `test_hash_dna_function`).
  static let dna1Hash = "uhC0kMpN6EzEhjaPP-MWeJi1cH2Zyw7OYEDEekSnjWE85WgCnIvEG"

  /// The raw hash of ``fakeWasm`` (hc_bundle's `test_multi_integrity`).
  static let fakeWasmHash: [UInt8] = [
    132, 42, 36, 217, 5, 131, 6, 203, 162, 51, 6, 34, 63, 247, 21, 77, 60, 106, 98, 53, 59, 98,
    172, 222, 143, 105, 210, 10, 5, 56, 152, 102, 178, 159, 162, 69, 249, 162, 67,
  ]
  /// The raw hash of ``otherWasm``.
  static let otherWasmHash: [UInt8] = [
    132, 42, 36, 235, 225, 55, 255, 141, 140, 72, 148, 154, 141, 124, 248, 185, 142, 62, 218,
    220, 85, 73, 201, 54, 10, 30, 191, 206, 93, 108, 142, 140, 201, 164, 225, 20, 241, 98, 16,
  ]

  /// `dnas/dna1/dna.yaml`.
  static let dna1YAML = """
    ---
    manifest_version: "0"
    name: a dna
    integrity:
      network_seed: 00000000-0000-0000-0000-000000000000
      properties: ~
      zomes:
        - name: zome1
          path: ./zomes/zome11.wasm
        - name: zome2
          path: ./zomes/zome12.wasm
    """

  /// `dnas/dna5/dna.yaml`: two integrity zomes and coordinators with dependencies.
  static let dna5YAML = """
    ---
    manifest_version: "0"
    name: multi integrity dna
    integrity:
      network_seed: 00000000-0000-0000-0000-000000000000
      properties: ~
      zomes:
        - name: zome1
          path: ../dna1/zomes/zome11.wasm
        - name: zome2
          path: ../dna2/zomes/zome21.wasm
    coordinator:
      zomes:
        - name: zome3
          path: ../dna1/zomes/zome12.wasm
          dependencies:
            - name: zome1
        - name: zome4
          path: ../dna2/zomes/zome22.wasm
          dependencies:
            - name: zome1
            - name: zome2
    """

  /// `happ.yaml` of the fixture app.
  static let happYAML = """
    ---
    manifest_version: "0"

    name: fixture-app
    description: it's an app

    roles:
      - name: role-1
        provisioning:
          strategy: create
          deferred: false
        dna:
          path: dnas/dna1/a dna.dna
          modifiers:
            network_seed: "0123456"
            properties: ~
          clone_limit: 0
      - name: role-2
        provisioning:
          strategy: clone_only
        dna:
          path: dnas/dna2/another dna.dna
          modifiers:
            network_seed: ~
            properties:
              foo: 1111
              bar: it could be anything
          clone_limit: 10
    """

  /// `web-app/web-happ.yaml`.
  static let webHappYAML = """
    ---
    manifest_version: "0"
    name: fixture-web-app
    ui:
      path: "./ui.zip"
    happ:
      path: "../my-app/fixture-app.happ"
    """

  /// Lays out the fixture app in `directory`: dna1, dna2 and dna5 working directories and `happ.yaml`.
  static func writeApp(in directory: TemporaryDirectory) throws {
    try directory.write("my-app/dnas/dna1/dna.yaml", dna1YAML)
    try directory.write("my-app/dnas/dna1/zomes/zome11.wasm", fakeWasm)
    try directory.write("my-app/dnas/dna1/zomes/zome12.wasm", otherWasm)
    try directory.write(
      "my-app/dnas/dna2/dna.yaml",
      dna1YAML.replacingOccurrences(of: "a dna", with: "another dna")
        .replacingOccurrences(of: "zome11", with: "zome21").replacingOccurrences(of: "zome12", with: "zome22"))
    try directory.write("my-app/dnas/dna2/zomes/zome21.wasm", fakeWasm)
    try directory.write("my-app/dnas/dna2/zomes/zome22.wasm", otherWasm)
    try directory.write("my-app/dnas/dna5/dna.yaml", dna5YAML)
    try directory.write("my-app/happ.yaml", happYAML)
  }
}
