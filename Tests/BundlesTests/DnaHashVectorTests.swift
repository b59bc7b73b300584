import Bundles
import Foundation
import HoloCore
import Testing

/// DNA hashes and definitions from hc_bundle's tests, reached the way `hc dna pack` + install reach them:
/// dna.yaml and files → pack → bundle bytes → unpack → resolve.
@Suite struct DnaHashVectorTests {
  @Test func fixtureDnaHashesLikeHolochainThroughPackAndUnpack() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try Fixtures.writeApp(in: directory)

    let written = try DnaBundle.pack(directory: directory.url.appendingPathComponent("my-app/dnas/dna1"))
    #expect(written.lastPathComponent == "a dna.dna")
    let bundle = try DnaBundle(packed: Array(try Data(contentsOf: written)))
    let dna = try bundle.resolve()

    #expect(dna.hash.description == Fixtures.dna1Hash)
    #expect(dna.originalHash == dna.hash)
    #expect(try bundle.dnaHash().description == Fixtures.dna1Hash)
    #expect(dna.def.name == "a dna")
    #expect(dna.def.modifiers.networkSeed == "00000000-0000-0000-0000-000000000000")
    #expect(dna.def.modifiers.properties.bytes == [0xc0])
    #expect(dna.def.integrityZomes.map(\.name) == ["zome1", "zome2"])
    #expect(dna.def.coordinatorZomes.isEmpty)
    #expect(dna.wasms.count == 2)
    #expect(dna.wasms[dna.def.integrityZomes[0].wasmHash] == Fixtures.fakeWasm)
    #expect(bundle.manifest.integrity.zomes.map(\.path) == ["zome11.wasm", "zome12.wasm"])
  }

  @Test func inMemoryBundleHashesLikeHolochain() throws {
    let manifest = try DnaManifest(yaml: Fixtures.dna1YAML)
    let bundle = try DnaBundle(
      manifest: manifest, resources: ["zome11.wasm": Fixtures.fakeWasm, "zome12.wasm": Fixtures.otherWasm])
    #expect(try bundle.dnaHash().description == Fixtures.dna1Hash)
  }

  @Test func multiIntegrityDnaResolvesToHolochainsDefinition() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try Fixtures.writeApp(in: directory)
    let file = try DnaBundle.pack(directory: directory.url.appendingPathComponent("my-app/dnas/dna5"))
    let dna = try DnaBundle(contentsOf: file).resolve()

    let fake = try WasmHash(raw39: Fixtures.fakeWasmHash)
    let other = try WasmHash(raw39: Fixtures.otherWasmHash)
    let expected = DnaDef(
      name: "multi integrity dna",
      modifiers: DnaModifiers(networkSeed: "00000000-0000-0000-0000-000000000000", properties: .unit),
      integrityZomes: [ZomeDef(name: "zome1", wasmHash: fake), ZomeDef(name: "zome2", wasmHash: fake)],
      coordinatorZomes: [
        ZomeDef(name: "zome3", wasmHash: other, dependencies: ["zome1"]),
        ZomeDef(name: "zome4", wasmHash: other, dependencies: ["zome1", "zome2"]),
      ])
    #expect(dna.def == expected)
    #expect(dna.wasms == [fake: Fixtures.fakeWasm, other: Fixtures.otherWasm])
  }

  @Test func coordinatorsDoNotChangeTheDnaHash() throws {
    // hc_bundle's `test_integrity`: dna3 (integrity only) and dna4 (plus a coordinator) share a hash.
    let integrityOnly = """
      manifest_version: "0"
      name: integrity dna
      integrity:
        network_seed: 00000000-0000-0000-0000-000000000000
        properties: ~
        zomes:
          - name: zome1
            path: ../dna2/zomes/zome21.wasm
      """
    let withCoordinator =
      integrityOnly + """

        coordinator:
          zomes:
            - name: zome2
              path: ../dna2/zomes/zome22.wasm
        """
    let resources = ["zome21.wasm": Fixtures.fakeWasm, "zome22.wasm": Fixtures.otherWasm]
    let first = try DnaBundle(
      manifest: try DnaManifest(yaml: integrityOnly), resources: ["zome21.wasm": Fixtures.fakeWasm]
    ).resolve()
    let second = try DnaBundle(manifest: try DnaManifest(yaml: withCoordinator), resources: resources).resolve()
    #expect(first.hash == second.hash)
    #expect(first.def.coordinatorZomes.isEmpty)
    #expect(second.def.coordinatorZomes.map(\.name) == ["zome2"])
    #expect(second.wasms.count == 2)
  }

  @Test func modifierOverridesChangeTheHashButKeepTheOriginal() throws {
    // holochain_types' `dna_bundle_to_dna_file`: overriding the seed and properties (42).
    let bundle = try DnaBundle(
      manifest: try DnaManifest(yaml: Fixtures.dna1YAML),
      resources: ["zome11.wasm": Fixtures.fakeWasm, "zome12.wasm": Fixtures.otherWasm])
    let dna = try bundle.resolve(overrides: DnaModifiersOpt(networkSeed: "network_seed", properties: .uint(42)))
    #expect(dna.def.modifiers.networkSeed == "network_seed")
    #expect(dna.def.modifiers.properties.bytes == [42])
    #expect(dna.originalHash.description == Fixtures.dna1Hash)
    #expect(dna.hash != dna.originalHash)
  }

  @Test func yamlPropertiesBecomeTheMsgpackHolochainHashes() throws {
    let yaml = """
      manifest_version: "0"
      name: props
      integrity:
        network_seed: seed
        properties:
          some: 42
          props: yay
          list: [-1, 1.5, true, ~, '7']
        zomes: []
      """
    let dna = try DnaBundle(manifest: try DnaManifest(yaml: yaml), resources: [:]).resolve()
    var writer = MsgPackWriter()
    writer.writeMapHeader(3)
    writer.writeField("some", UInt64(42))
    writer.writeField("props", "yay")
    writer.write("list" as StaticString)
    writer.writeArrayHeader(5)
    writer.write(Int64(-1))
    writer.write(1.5)
    writer.write(true)
    writer.writeNil()
    writer.write("7")
    #expect(dna.def.modifiers.properties.bytes == writer.bytes)
  }
}
