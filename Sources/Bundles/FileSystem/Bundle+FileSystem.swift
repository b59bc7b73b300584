public import Foundation

extension Bundle {
  /// Builds a bundle from a manifest file and the files its locations point to, relative to the manifest
  /// (mr_bundle's `FileSystemBundler::bundle`).
  ///
  /// ```swift
  /// let bundle = try DnaBundle(manifestAt: URL(fileURLWithPath: "dnas/forum/dna.yaml"))
  /// ```
  public init(manifestAt manifestURL: URL) throws(BundleError) {
    let manifestURL = try FileIO.canonical(manifestURL)
    var manifest = try Manifest(yaml: try FileIO.readText(manifestURL))
    let directory = manifestURL.deletingLastPathComponent()
    var locations: [String: String] = [:]
    var resources: [String: [UInt8]] = [:]
    for (id, location) in manifest.generateResourceIDs() {
      if let previous = locations[id] {
        guard previous == location else { throw .conflictingResources(id: id, paths: [previous, location]) }
        continue
      }
      locations[id] = location
      resources[id] = try FileIO.read(try FileIO.canonical(FileIO.resolve(location, in: directory)))
    }
    try self.init(manifest: manifest, resources: resources)
  }

  /// Reads a packed bundle file.
  public init(contentsOf url: URL, limits: BundleLimits = .default) throws(BundleError) {
    try self.init(packed: try FileIO.read(url, maxBytes: limits.maxPackedBytes), limits: limits)
  }

  /// Reads a packed bundle file, or bundles the manifest of a working directory (`hc dna hash` takes either).
  ///
  /// ```swift
  /// let hash = try DnaBundle(directoryOrFile: URL(fileURLWithPath: "dnas/forum")).dnaHash()
  /// ```
  public init(directoryOrFile url: URL) throws(BundleError) {
    if FileIO.isDirectory(url) {
      try self.init(manifestAt: url.appendingPathComponent(Manifest.fileName))
    } else {
      try self.init(contentsOf: url)
    }
  }

  /// Writes the packed bundle to `url`, creating its directory if needed.
  public func write(to url: URL) throws(BundleError) {
    try FileIO.write(try pack(), to: url)
  }

  /// Writes the manifest (as YAML) and every resource into `directory`, which must not exist unless `force`
  /// is set (mr_bundle's `FileSystemBundler::expand_to`).
  ///
  /// Resource ids that are not plain file names (`..`, `a/b`) are refused rather than written outside the
  /// directory.
  public func expand(into directory: URL, force: Bool = false) throws(BundleError) {
    try writeExpanded(
      manifestYAML: try manifest.yaml(), manifestFileName: Manifest.fileName, resources: resources, into: directory,
      force: force)
  }

  /// `hc <kind> pack`: bundles the manifest in `directory` and writes `<name>.<extension>` into `directory`,
  /// or to `output` (into it, if it is an existing directory). Returns where the bundle was written.
  ///
  /// ```swift
  /// let file = try DnaBundle.pack(directory: URL(fileURLWithPath: "dnas/forum"))   // dnas/forum/forum.dna
  /// ```
  @discardableResult
  public static func pack(directory: URL, output: URL? = nil) throws(BundleError) -> URL {
    let directory = try FileIO.canonical(directory)
    let bundle = try Bundle(manifestAt: directory.appendingPathComponent(Manifest.fileName))
    let fileName = "\(bundle.manifest.name).\(Manifest.bundleExtension)"
    let target: URL
    if let output {
      target = FileIO.isDirectory(output) ? output.appendingPathComponent(fileName) : output
    } else {
      target = directory.appendingPathComponent(fileName)
    }
    try bundle.write(to: target)
    return target
  }

  /// `hc <kind> unpack`: expands the bundle file into `output`, or next to it in a directory named after it
  /// (`forum.dna` → `forum/`). Returns the directory.
  @discardableResult
  public static func unpack(file: URL, output: URL? = nil, force: Bool = false) throws(BundleError) -> URL {
    let file = try FileIO.canonical(file)
    let bundle = try Bundle(contentsOf: file)
    let directory: URL
    if let output {
      directory = output
    } else {
      directory = try defaultDirectory(for: file, extension: Manifest.bundleExtension)
    }
    try bundle.expand(into: directory, force: force)
    return directory
  }
}

/// Where `hc … unpack` puts a bundle's files by default: beside it, named after it without the extension.
func defaultDirectory(for file: URL, extension expected: String) throws(BundleError) -> URL {
  guard file.pathExtension == expected else { throw .wrongExtension(path: FileIO.display(file), expected: expected) }
  return file.deletingPathExtension()
}

/// Writes an expanded bundle: the manifest file and one file per resource.
func writeExpanded(
  manifestYAML: String, manifestFileName: String, resources: [String: [UInt8]], into directory: URL, force: Bool
) throws(BundleError) {
  if !force, FileIO.exists(directory) { throw .directoryExists(path: FileIO.display(directory)) }
  for id in resources.keys where id.isEmpty || id == "." || id == ".." || id.contains("/") || id.contains("\0") {
    throw .unsafeResourceID(id)
  }
  try FileIO.createDirectory(directory)
  try FileIO.write(Array(manifestYAML.utf8), to: directory.appendingPathComponent(manifestFileName))
  for (id, bytes) in resources {
    try FileIO.write(bytes, to: directory.appendingPathComponent(id))
  }
}
