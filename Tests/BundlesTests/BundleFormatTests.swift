import HoloCore
import Testing

@testable import Bundles

/// The bytes of a bundle: msgpack exactly as rmp-serde writes `Bundle<M>`, in a gzip wrapper like flate2's.
@Suite struct BundleFormatTests {
  private static let seed = "00000000-0000-0000-0000-000000000000"

  /// The msgpack rmp-serde writes for fixture dna1's bundle, spelled out with the low-level writer.
  private static func expectedDna1Msgpack() -> [UInt8] {
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.write("manifest" as StaticString)
    writer.writeMapHeader(4)
    writer.writeField("manifest_version", "0")
    writer.writeField("name", "a dna")
    writer.write("integrity" as StaticString)
    writer.writeMapHeader(3)
    writer.writeField("network_seed", seed)
    writer.write("properties" as StaticString)
    writer.writeNil()
    writer.write("zomes" as StaticString)
    writer.writeArrayHeader(2)
    for (name, path) in [("zome1", "zome11.wasm"), ("zome2", "zome12.wasm")] {
      writer.writeMapHeader(4)
      writer.writeField("name", name)
      writer.write("hash" as StaticString)
      writer.writeNil()
      writer.writeField("path", path)
      writer.write("dependencies" as StaticString)
      writer.writeNil()
    }
    writer.write("coordinator" as StaticString)
    writer.writeMapHeader(1)
    writer.write("zomes" as StaticString)
    writer.writeArrayHeader(0)
    writer.write("resources" as StaticString)
    writer.writeMapHeader(2)
    writer.write("zome11.wasm")
    writer.writeBinary(Fixtures.fakeWasm)
    writer.write("zome12.wasm")
    writer.writeBinary(Fixtures.otherWasm)
    return writer.bytes
  }

  private static func dna1Bundle() throws -> DnaBundle {
    try DnaBundle(
      manifest: try DnaManifest(yaml: Fixtures.dna1YAML),
      resources: ["zome12.wasm": Fixtures.otherWasm, "zome11.wasm": Fixtures.fakeWasm])
  }

  @Test func msgpackIsWhatRmpSerdeWrites() throws {
    let bundle = try Self.dna1Bundle()
    #expect(bundle.msgpackBytes() == Self.expectedDna1Msgpack())
    #expect(try DnaBundle(msgpack: Self.expectedDna1Msgpack()) == bundle)
  }

  @Test func resourcesAreSortedByUTF8Bytes() throws {
    let manifest = DnaManifest(
      name: "sorting",
      integrity: IntegrityManifest(zomes: [
        ZomeManifest(name: "a", path: "b.wasm"), ZomeManifest(name: "b", path: "B.wasm"),
        ZomeManifest(name: "c", path: "é.wasm"), ZomeManifest(name: "d", path: "a.wasm"),
      ]))
    let bundle = try DnaBundle(
      manifest: manifest, resources: ["b.wasm": [1], "B.wasm": [2], "é.wasm": [3], "a.wasm": [4]])
    #expect(bundle.sortedResourceIDs == ["B.wasm", "a.wasm", "b.wasm", "é.wasm"])
  }

  @Test func appAndWebAppManifestsWriteEveryFieldInOrder() throws {
    let app = AppManifest(
      name: "app",
      roles: [
        AppRoleManifest(
          name: "r", provisioning: .cloneOnly,
          dna: AppRoleDnaManifest(path: "x.dna", modifiers: DnaModifiersOpt(properties: .uint(1)), cloneLimit: 3))
      ])
    var writer = MsgPackWriter()
    writer.writeMapHeader(7)
    writer.writeField("manifest_version", "0")
    writer.writeField("name", "app")
    writer.write("description" as StaticString)
    writer.writeNil()
    writer.write("roles" as StaticString)
    writer.writeArrayHeader(1)
    writer.writeMapHeader(3)
    writer.writeField("name", "r")
    writer.write("provisioning" as StaticString)
    writer.writeMapHeader(1)
    writer.writeField("strategy", "clone_only")
    writer.write("dna" as StaticString)
    writer.writeMapHeader(4)
    writer.writeField("path", "x.dna")
    writer.write("modifiers" as StaticString)
    writer.writeMapHeader(2)
    writer.write("network_seed" as StaticString)
    writer.writeNil()
    writer.writeField("properties", UInt64(1))
    writer.write("installed_hash" as StaticString)
    writer.writeNil()
    writer.writeField("clone_limit", UInt64(3))
    writer.writeField("allow_deferred_memproofs", false)
    writer.write("bootstrap_url" as StaticString)
    writer.writeNil()
    writer.write("relay_url" as StaticString)
    writer.writeNil()
    #expect(app.msgpackBytes() == writer.bytes)
    #expect(try AppManifest(msgpack: writer.bytes) == app)

    let webApp = WebAppManifest(name: "web", uiPath: "ui.zip", happPath: "app.happ")
    var web = MsgPackWriter()
    web.writeMapHeader(4)
    web.writeField("manifest_version", "0")
    web.writeField("name", "web")
    web.write("ui" as StaticString)
    web.writeMapHeader(1)
    web.writeField("path", "ui.zip")
    web.write("happ" as StaticString)
    web.writeMapHeader(1)
    web.writeField("path", "app.happ")
    #expect(webApp.msgpackBytes() == web.bytes)
  }

  @Test func hashesAreWrittenAsBase64Strings() throws {
    var zome = ZomeManifest(name: "z", path: "z.wasm", dependencies: [])
    zome.hash = WasmHash.hashing(bytes: Fixtures.fakeWasm)
    let manifest = DnaManifest(name: "h", integrity: IntegrityManifest(zomes: [zome]))
    let value = manifest.manifestValue
    guard case .map(let entries) = value, case .map(let integrity) = entries[2].value,
      case .array(let zomes) = integrity[2].value, case .map(let fields) = zomes[0]
    else {
      Issue.record("unexpected manifest shape")
      return
    }
    #expect(fields[1].value == .string(WasmHash.hashing(bytes: Fixtures.fakeWasm).description))
    #expect(fields[3].value == .array([]))
    // The raw 39 bytes are accepted too, as rmp-serde's HoloHash visitor does.
    var raw = value
    if case .map(var top) = raw, case .map(var integrityFields) = top[2].value,
      case .array(var zomeValues) = integrityFields[2].value, case .map(var zomeFields) = zomeValues[0]
    {
      zomeFields[1].value = .binary(WasmHash.hashing(bytes: Fixtures.fakeWasm).raw39)
      zomeValues[0] = .map(zomeFields)
      integrityFields[2].value = .array(zomeValues)
      top[2].value = .map(integrityFields)
      raw = .map(top)
    }
    #expect(try DnaManifest(manifestValue: raw) == manifest)
  }

  @Test func gzipHeaderIsFlate2s() throws {
    let packed = try Self.dna1Bundle().pack()
    #expect(Array(packed.prefix(10)) == [0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff])
    #expect(try Gzip.decompress(packed) == Self.expectedDna1Msgpack())
  }

  @Test func readsGzipFromOtherEncoders() throws {
    // Python's `gzip.compress(b"hello hello hello", mtime=0)`, and the same with a file name in the header.
    let plain: [UInt8] = [
      31, 139, 8, 0, 0, 0, 0, 0, 2, 3, 203, 72, 205, 201, 201, 87, 200, 64, 144, 0, 128, 136, 249, 229, 17, 0, 0, 0,
    ]
    let named: [UInt8] = [
      31, 139, 8, 8, 0, 0, 0, 0, 2, 255, 120, 46, 116, 120, 116, 0, 203, 72, 205, 201, 201, 87, 200, 64, 144, 0,
      128, 136, 249, 229, 17, 0, 0, 0,
    ]
    #expect(try Gzip.decompress(plain) == Array("hello hello hello".utf8))
    #expect(try Gzip.decompress(named) == Array("hello hello hello".utf8))
    // Bytes after the member are ignored, as flate2's GzDecoder does.
    #expect(try Gzip.decompress(plain + [1, 2, 3]) == Array("hello hello hello".utf8))
  }

  @Test func gzipRoundTripsLargeInput() throws {
    var bytes: [UInt8] = []
    var state: UInt32 = 1
    for _ in 0..<300_000 {
      state = state &* 1_664_525 &+ 1_013_904_223
      bytes.append(UInt8(truncatingIfNeeded: state >> 24) & 0x0f)
    }
    #expect(try Gzip.decompress(try Gzip.compress(bytes)) == bytes)
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
  }

  @Test func coordinatorBundleKeepsItsPaths() throws {
    let manifest = CoordinatorManifest(zomes: [ZomeManifest(name: "c", path: "../target/c.wasm")])
    let bundle = try CoordinatorBundle(manifest: manifest, resources: ["c.wasm": Fixtures.otherWasm])
    #expect(bundle.manifest.zomes[0].path == "../target/c.wasm")
    let (zomes, wasms) = try CoordinatorBundle(value: try MsgPackValue(msgpack: bundle.msgpackBytes())).resolveZomes()
    #expect(zomes == [ZomeDef(name: "c", wasmHash: WasmHash.hashing(bytes: Fixtures.otherWasm))])
    #expect(wasms.count == 1)
  }
}
