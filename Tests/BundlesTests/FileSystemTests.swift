import Bundles
import Foundation
import HoloCore
import Testing

/// Packing from and unpacking to directories, like `hc dna pack` and `hc dna unpack` (hc_bundle's
/// `test_round_trip`).
@Suite struct FileSystemTests {
  private static let manifestYAML = """
    ---
    manifest_version: "0"
    name: test_dna
    integrity:
        network_seed: blablabla
        properties:
          some: 42
          props: yay
        zomes:
          - name: zome1
            path: zome-1.wasm
          - name: zome2
            path: nested/zome-2.wasm
          - name: zome3
            path: ../zome-3.wasm
    """

  @Test func packUnpackRoundTrip() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write("test-dna/dna.yaml", Self.manifestYAML)
    try directory.write("test-dna/zome-1.wasm", [1, 2, 3])
    try directory.write("test-dna/nested/zome-2.wasm", [4, 5, 6])
    try directory.write("zome-3.wasm", [7, 8, 9])
    let working = directory.url.appendingPathComponent("test-dna")

    let file = try DnaBundle.pack(directory: working)
    #expect(file.lastPathComponent == "test_dna.dna")
    #expect(directory.exists("test-dna/test_dna.dna"))
    let bundle = try DnaBundle(contentsOf: file)
    #expect(bundle.resources.count == 3)

    // Unpacking into an existing directory needs `force`. (Foundation may or may not end a directory URL's
    // path with "/", depending on when it looked at the disk; the error names the directory without it.)
    let workingPath = working.path(percentEncoded: false)
    #expect(
      failure { try DnaBundle.unpack(file: file, output: working) }
        == .directoryExists(path: workingPath.hasSuffix("/") ? String(workingPath.dropLast()) : workingPath))
    try DnaBundle.unpack(file: file, output: working, force: true)

    // Pack into another directory, remove the original, unpack next to the file.
    let second = try DnaBundle.pack(directory: working, output: directory.url)
    #expect(second.lastPathComponent == "test_dna.dna")
    try FileManager.default.removeItem(at: working)
    let unpacked = try DnaBundle.unpack(file: second)
    #expect(unpacked.lastPathComponent == "test_dna")
    let files = try FileManager.default.contentsOfDirectory(atPath: unpacked.path(percentEncoded: false)).sorted()
    #expect(files == ["dna.yaml", "zome-1.wasm", "zome-2.wasm", "zome-3.wasm"])
    #expect(try directory.read("test_dna/zome-3.wasm") == [7, 8, 9])

    // The unpacked directory packs into the same bundle.
    let again = try DnaBundle(contentsOf: try DnaBundle.pack(directory: unpacked))
    #expect(again == bundle)
    #expect(try again.pack() == (try bundle.pack()))
  }

  @Test func unpackedManifestIsSerdeYAML() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let bundle = try DnaBundle(
      manifest: try DnaManifest(yaml: Fixtures.dna1YAML),
      resources: ["zome11.wasm": Fixtures.fakeWasm, "zome12.wasm": Fixtures.otherWasm])
    let target = directory.url.appendingPathComponent("out")
    try bundle.expand(into: target)
    let yaml = String(decoding: try directory.read("out/dna.yaml"), as: UTF8.self)
    #expect(
      yaml == """
        manifest_version: '0'
        name: a dna
        integrity:
          network_seed: 00000000-0000-0000-0000-000000000000
          properties: null
          zomes:
          - name: zome1
            hash: null
            path: zome11.wasm
            dependencies: null
          - name: zome2
            hash: null
            path: zome12.wasm
            dependencies: null
        coordinator:
          zomes: []

        """)
  }

  @Test func rawUnpackKeepsAnUnknownManifest() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    var writer = MsgPackWriter()
    writer.writeMapHeader(2)
    writer.writeField("manifest", MsgPackValue.map([.init(key: .string("manifest_version"), value: .string("9"))]))
    writer.write("resources" as StaticString)
    writer.writeMapHeader(1)
    writer.write("a.wasm")
    writer.writeBinary([1])
    let raw = try RawBundle(msgpack: writer.bytes)
    try raw.expand(into: directory.url.appendingPathComponent("raw"), manifestFileName: "dna.yaml")
    #expect(try directory.read("raw/dna.yaml") == Array("manifest_version: '9'\n".utf8))
    #expect(try directory.read("raw/a.wasm") == [1])
  }

  @Test func fileProblems() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let missing = directory.url.appendingPathComponent("nothing-here")
    guard case .fileNotFound = failure({ try DnaBundle.pack(directory: missing) }) else {
      Issue.record("expected a missing directory")
      return
    }
    try directory.write(
      "d/dna.yaml", "manifest_version: '0'\nname: d\nintegrity:\n  zomes:\n    - {name: z, path: z.wasm}\n")
    guard
      case .fileNotFound(let path) = failure({
        try DnaBundle.pack(directory: directory.url.appendingPathComponent("d"))
      })
    else {
      Issue.record("expected a missing wasm")
      return
    }
    #expect(path.hasSuffix("z.wasm"))
    let dna = try DnaBundle(manifest: DnaManifest(name: "x", integrity: IntegrityManifest(zomes: [])), resources: [:])
    let wrongName = try directory.write("x.happ", try dna.pack())
    guard case .wrongExtension = failure({ try DnaBundle.unpack(file: wrongName) }) else {
      Issue.record("expected a wrong extension")
      return
    }
  }

  @Test func conflictingFileNamesAreRefused() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    try directory.write(
      "d/dna.yaml",
      "manifest_version: '0'\nname: d\nintegrity:\n  zomes:\n    - {name: a, path: a/z.wasm}\n    - {name: b, path: b/z.wasm}\n"
    )
    try directory.write("d/a/z.wasm", [1])
    try directory.write("d/b/z.wasm", [2])
    let error = failure { try DnaBundle.pack(directory: directory.url.appendingPathComponent("d")) }
    #expect(error == .conflictingResources(id: "z.wasm", paths: ["a/z.wasm", "b/z.wasm"]))
  }

  @Test func unsafeResourceIDsAreNotWritten() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let raw = RawBundle(manifest: .nilValue, resources: ["../escape": [1]])
    let error = failure {
      try raw.expand(into: directory.url.appendingPathComponent("x"), manifestFileName: "dna.yaml")
    }
    #expect(error == .unsafeResourceID("../escape"))
  }

  @Test func resourceIDsFollowRustPaths() {
    #expect(resourceID(forPath: "hello.txt") == "hello.txt")
    #expect(resourceID(forPath: "/dir/hello.txt") == "hello.txt")
    #expect(resourceID(forPath: "../../dir/hello.txt") == "hello.txt")
    #expect(resourceID(forPath: "./hello.txt") == "hello.txt")
    #expect(resourceID(forPath: "dir/") == "dir")
    #expect(resourceID(forPath: "..") == nil)
    #expect(resourceID(forPath: "dir/..") == nil)
    #expect(ZomeManifest(name: "z", path: "..").resourceID == "z.wasm")
  }
}
