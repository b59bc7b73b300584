public import HoloCore

extension Bundle {
  /// The bytes of a bundle file: gzip of the msgpack of `{manifest, resources}` (mr_bundle's `pack`).
  ///
  /// ```swift
  /// try FileManager.default.createFile(atPath: "forum.dna", contents: Data(bundle.pack()))
  /// ```
  public func pack() throws(BundleError) -> [UInt8] {
    try Gzip.compress(msgpackBytes())
  }

  /// Reads a bundle file's bytes (mr_bundle's `unpack`). The resources are not checked against the manifest
  /// here, as in Holochain; resolving the bundle reports what is missing.
  ///
  /// ```swift
  /// let bundle = try AppBundle(packed: Array(try Data(contentsOf: url)))
  /// ```
  public init(packed bytes: [UInt8], limits: BundleLimits = .default) throws(BundleError) {
    guard bytes.count <= limits.maxPackedBytes else { throw .tooLarge(what: "file", limitBytes: limits.maxPackedBytes) }
    try self.init(msgpack: try Gzip.decompress(bytes, maxBytes: limits.maxUnpackedBytes))
  }

  /// Reads a bundle already decoded as a generic value (e.g. a `CoordinatorBundle` inside an API request).
  public init(value: MsgPackValue) throws(BundleError) {
    var bytes = MsgPackWriter()
    value.encode(to: &bytes)
    try self.init(msgpack: bytes.bytes)
  }

  /// Reads the msgpack of `{manifest, resources}` (a bundle file, decompressed).
  public init(msgpack bytes: [UInt8]) throws(BundleError) {
    let raw = try RawBundle(msgpack: bytes)
    self.init(unchecked: try Manifest(manifestValue: raw.manifest), resources: raw.resources)
  }
}

/// The msgpack of `{manifest, resources}` (``msgpackBytes()``), byte for byte as rmp-serde writes it: manifest
/// fields in declaration order, resources sorted by id, each a `bin`.
extension Bundle: MsgPackEncodable {
  public func encode(to writer: inout MsgPackWriter) {
    writer.writeMapHeader(2)
    writer.writeField("manifest", manifest)
    writer.write("resources" as StaticString)
    writer.writeMapHeader(resources.count)
    for id in sortedResourceIDs {
      writer.write(id)
      writer.writeBinary(resources[id] ?? [])
    }
  }
}
