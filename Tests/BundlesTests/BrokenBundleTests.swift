import Foundation
import Bundles
import HoloCore
import Testing

/// Damaged or inconsistent bundles fail with the error that says what is wrong.
@Suite struct BrokenBundleTests {
  private static let resources = ["zome11.wasm": Fixtures.fakeWasm, "zome12.wasm": Fixtures.otherWasm]

  private static func packed() throws -> [UInt8] {
    try DnaBundle(manifest: try DnaManifest(yaml: Fixtures.dna1YAML), resources: resources).pack()
  }

  private func gzipReason(_ bytes: [UInt8]) -> String? {
    guard case .badGzip(let reason) = failure({ _ = try DnaBundle(packed: bytes) }) else { return nil }
    return reason
  }

  @Test func notGzip() {
    #expect(gzipReason(Array("manifest_version: '0'".utf8))?.contains("not gzip") == true)
    #expect(gzipReason([])?.contains("not gzip") == true)
  }

  @Test func truncatedAnywhere() throws {
    let packed = try Self.packed()
    for length in [2, 9, 10, 11, packed.count / 2, packed.count - 8, packed.count - 1] {
      #expect(gzipReason(Array(packed.prefix(length)))?.contains("truncated") == true, "cut at \(length)")
    }
  }

  @Test func corruptedPayloadOrChecksum() throws {
    var packed = try Self.packed()
    packed[packed.count - 6] ^= 0xff  // inside the CRC-32
    #expect(gzipReason(packed) == "CRC-32 mismatch")
    var body = try Self.packed()
    body[14] ^= 0x55
    #expect(gzipReason(body) != nil)
  }

  @Test func gzipOfSomethingElse() throws {
    var writer = MsgPackWriter()
    writer.writeArrayHeader(3)  // a positional struct missing its resources…
    writer.writeNil()
    let error = failure { _ = try DnaBundle(msgpack: writer.bytes) }
    guard case .badMsgPack = error else {
      Issue.record("expected bad msgpack, got \(String(describing: error))")
      return
    }
    let text = failure { _ = try DnaBundle(msgpack: Array("not msgpack at all".utf8)) }
    guard case .badMsgPack = text else {
      Issue.record("expected bad msgpack, got \(String(describing: text))")
      return
    }
  }

  @Test func unknownManifestFieldInsideABundle() throws {
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.write("manifest" as StaticString)
    writer.writeMapHeader(4)
    writer.writeField("manifest_version", "0")
    writer.writeField("name", "w")
    writer.writeField("ui", MsgPackValue.map([.init(key: .string("path"), value: .string("ui.zip"))]))
    writer.writeField("happ", MsgPackValue.map([.init(key: .string("location"), value: .string("a.happ"))]))
    writer.write("resources" as StaticString)
    writer.writeMapHeader(0)
    let error = failure { _ = try WebAppBundle(msgpack: writer.bytes) }
    #expect(error == .unknownField(path: "happ", field: "location", expected: ["path"]))
  }

  @Test func missingAndUnusedResources() throws {
    let manifest = try DnaManifest(yaml: Fixtures.dna1YAML)
    let missing = failure { _ = try DnaBundle(manifest: manifest, resources: ["zome11.wasm": Fixtures.fakeWasm]) }
    #expect(missing == .missingResources(["zome12.wasm"]))
    var extra = Self.resources
    extra["zome3.wasm"] = [1]
    let unused = failure { _ = try DnaBundle(manifest: manifest, resources: extra) }
    #expect(unused == .unusedResources(["zome3.wasm"]))

    // A bundle file lacking a resource reads, but does not resolve.
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.writeField("manifest", manifest)
    writer.write("resources" as StaticString)
    writer.writeMapHeader(1)
    writer.write("zome11.wasm")
    writer.writeBinary(Fixtures.fakeWasm)
    let bundle = try DnaBundle(msgpack: writer.bytes)
    #expect(failure { _ = try bundle.resolve() } == .missingResources(["zome12.wasm"]))
  }

  @Test func wasmHashMismatch() throws {
    // holochain_types' `dna_bundle_to_dna_file`: zome2 declares zome1's hash.
    let fake = WasmHash.hashing(bytes: Fixtures.fakeWasm)
    let other = WasmHash.hashing(bytes: Fixtures.otherWasm)
    var manifest = try DnaManifest(yaml: Fixtures.dna1YAML)
    manifest.integrity.zomes[1].hash = fake
    let bundle = try DnaBundle(manifest: manifest, resources: Self.resources)
    #expect(failure { _ = try bundle.resolve() } == .wasmHashMismatch(zome: "zome2", expected: fake, actual: other))
    manifest.integrity.zomes[1].hash = other
    #expect(try DnaBundle(manifest: manifest, resources: Self.resources).dnaHash().description == Fixtures.dna1Hash)
  }

  @Test func errorsDescribeThemselves() {
    let error = BundleError.unknownField(path: "integrity", field: "x", expected: ["zomes"])
    #expect(error.description == "integrity: unknown field `x`, expected one of `zomes`")
    #expect(BundleError.missingResources(["a.wasm"]).description.contains("a.wasm"))
  }
}

/// Bombs and odd files: refused by size or kind before they cost memory or hang the reader.
@Suite struct BundleLimitTests {
  /// A bundle whose one resource is `size` zero bytes: small packed, large inflated.
  private static func bomb(size: Int) throws -> [UInt8] {
    try DnaBundle(
      manifest: try DnaManifest(yaml: Fixtures.dna1YAML),
      resources: ["zome11.wasm": [UInt8](repeating: 0, count: size), "zome12.wasm": Fixtures.otherWasm]
    ).pack()
  }

  @Test func anInflatedBundleOverTheLimitIsRefused() throws {
    let packed = try Self.bomb(size: 8 << 20)
    #expect(packed.count < 64 << 10)
    let limits = BundleLimits(maxUnpackedBytes: 1 << 20)
    guard case .tooLarge(let what, let limit) = failure({ _ = try DnaBundle(packed: packed, limits: limits) }) else {
      Issue.record("the bomb was inflated"); return
    }
    #expect(what == "unpacked bundle" && limit == 1 << 20)
    #expect(failure({ _ = try RawBundle(packed: packed, limits: limits) }) == .tooLarge(what: "unpacked bundle", limitBytes: 1 << 20))
    // Under the limit, the same bundle reads.
    #expect(failure({ _ = try DnaBundle(packed: packed, limits: BundleLimits(maxUnpackedBytes: 16 << 20)) }) == nil)
  }

  @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bundle-limits-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    // Cleanup of a temporary directory: a failure leaves a few bytes behind and changes no result.
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("big.dna")
    try Data(try Self.bomb(size: 1 << 20)).write(to: file)
    let limits = BundleLimits(maxPackedBytes: 100)
    #expect(failure({ _ = try DnaBundle(contentsOf: file, limits: limits) }) == .tooLarge(what: "file", limitBytes: 100))
  }

  @Test func devicesFifosAndDirectoriesAreRefusedByKind() throws {
    let fifo = NSTemporaryDirectory() + "bundle-fifo-" + UUID().uuidString
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    let cases = [("/dev/zero", "a character device"), (fifo, "a FIFO or another special file"), ("/tmp", "a directory")]
    for (path, kind) in cases {
      guard case .notARegularFile(_, let found) = failure({ _ = try AppBundle(contentsOf: URL(fileURLWithPath: path)) })
      else { Issue.record("\(path) was not refused by its kind"); continue }
      #expect(found == kind)
    }
  }
}
