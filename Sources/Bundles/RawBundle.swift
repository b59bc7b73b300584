public import Foundation
public import HoloCore

/// A bundle whose manifest is kept as a generic value, for unpacking bundles of an outdated or unknown
/// manifest format so they can be fixed and packed again (`hc … unpack --raw`).
///
/// ```swift
/// let raw = try RawBundle(packed: bytes)
/// try raw.expand(into: directory, manifestFileName: DnaManifest.fileName)
/// ```
public struct RawBundle: Hashable, Sendable {
  /// The manifest, not interpreted.
  public var manifest: MsgPackValue
  /// The resources by id.
  public var resources: [String: [UInt8]]

  public init(manifest: MsgPackValue, resources: [String: [UInt8]]) {
    self.manifest = manifest
    self.resources = resources
  }

  /// Reads a bundle file's bytes without interpreting its manifest.
  public init(packed bytes: [UInt8], limits: BundleLimits = .default) throws(BundleError) {
    guard bytes.count <= limits.maxPackedBytes else { throw .tooLarge(what: "file", limitBytes: limits.maxPackedBytes) }
    try self.init(msgpack: try Gzip.decompress(bytes, maxBytes: limits.maxUnpackedBytes))
  }

  /// Reads the msgpack of `{manifest, resources}` (unknown keys are ignored, as serde does).
  public init(msgpack bytes: [UInt8]) throws(BundleError) {
    var reader = MsgPackReader(bytes)
    var manifest: MsgPackValue?
    var resources: [String: [UInt8]]?
    do {
      try reader.readStruct(fields: ["manifest", "resources"]) { index, reader throws(MsgPackError) in
        if index == 0 {
          manifest = try MsgPackValue(from: &reader)
        } else {
          let count = try reader.readMapHeader()
          var entries: [String: [UInt8]] = [:]
          for _ in 0..<count {
            let id = try reader.readString()
            entries[id] = try reader.readBinary()
          }
          resources = entries
        }
      }
    } catch {
      throw .badMsgPack(context: "contents", error)
    }
    guard let manifest else {
      throw .badMsgPack(context: "contents", .missingField(type: "Bundle", field: "manifest"))
    }
    guard let resources else {
      throw .badMsgPack(context: "contents", .missingField(type: "Bundle", field: "resources"))
    }
    self.init(manifest: manifest, resources: resources)
  }

  /// Writes the manifest as YAML under `manifestFileName`, and every resource, into `directory`.
  public func expand(into directory: URL, manifestFileName: String, force: Bool = false) throws(BundleError) {
    try writeExpanded(
      manifestYAML: try YAMLWriter.write(manifest), manifestFileName: manifestFileName, resources: resources,
      into: directory, force: force)
  }

  /// `hc <kind> unpack --raw`: expands the file next to it (or into `output`) and returns the directory.
  @discardableResult
  public static func unpack<Manifest: BundleManifest>(
    file: URL, as _: Manifest.Type, output: URL? = nil, force: Bool = false
  ) throws(BundleError) -> URL {
    let file = try FileIO.canonical(file)
    let bundle = try RawBundle(packed: try FileIO.read(file, maxBytes: BundleLimits.default.maxPackedBytes))
    let directory: URL
    if let output {
      directory = output
    } else {
      directory = try defaultDirectory(for: file, extension: Manifest.bundleExtension)
    }
    try bundle.expand(into: directory, manifestFileName: Manifest.fileName, force: force)
    return directory
  }
}
