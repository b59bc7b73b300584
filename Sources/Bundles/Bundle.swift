import HoloCore

/// A manifest together with the resources it describes (mr_bundle's `Bundle<M>`): what a `.dna`, `.happ` or
/// `.webhapp` file holds.
///
/// ```swift
/// let manifest = DnaManifest(
///   name: "forum",
///   integrity: IntegrityManifest(zomes: [ZomeManifest(name: "posts", path: "zomes/posts.wasm")]))
/// let bundle = try DnaBundle(manifest: manifest, resources: ["posts.wasm": wasmBytes])
/// let file = try bundle.pack()                       // the bytes of a .dna file
/// let same = try DnaBundle(packed: file)
/// ```
public struct Bundle<Manifest: BundleManifest>: Hashable, Sendable {
  /// The manifest, its resource locations replaced by resource ids.
  public private(set) var manifest: Manifest
  /// The resources by id.
  public private(set) var resources: [String: [UInt8]]

  /// Bundles a manifest with its resources: every location in the manifest becomes a resource id, and the
  /// resources must be exactly the ones the manifest refers to.
  public init(manifest: Manifest, resources: [String: [UInt8]]) throws(BundleError) {
    var manifest = manifest
    _ = manifest.generateResourceIDs()
    try manifest.validate()
    let referenced = Set(manifest.resourceIDs)
    let missing = referenced.subtracting(resources.keys)
    guard missing.isEmpty else { throw .missingResources(missing.sorted()) }
    let unused = Set(resources.keys).subtracting(referenced)
    guard unused.isEmpty else { throw .unusedResources(unused.sorted()) }
    self.init(unchecked: manifest, resources: resources)
  }

  /// A bundle as read from a file: not checked against its manifest (resolving checks what it needs).
  init(unchecked manifest: Manifest, resources: [String: [UInt8]]) {
    self.manifest = manifest
    self.resources = resources
  }

  /// One resource's bytes.
  public func resource(_ id: String) -> [UInt8]? { resources[id] }

  /// One resource's bytes, or ``BundleError/missingResources(_:)``.
  public func requireResource(_ id: String) throws(BundleError) -> [UInt8] {
    guard let bytes = resources[id] else { throw .missingResources([id]) }
    return bytes
  }

  /// Replaces the manifest, checking it against the resources as ``init(manifest:resources:)`` does.
  public func updatingManifest(_ manifest: Manifest) throws(BundleError) -> Bundle {
    try Bundle(manifest: manifest, resources: resources)
  }

  /// Resource ids in the order rmp-serde writes a `BTreeMap<String, _>`: by UTF-8 bytes.
  var sortedResourceIDs: [String] {
    resources.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }
}

/// A DNA bundle (`.dna`).
public typealias DnaBundle = Bundle<DnaManifest>
/// An app bundle (`.happ`): an app manifest and the packed DNA bundles of its roles.
public typealias AppBundle = Bundle<AppManifest>
/// A web-app bundle (`.webhapp`): a UI zip and a packed app bundle.
public typealias WebAppBundle = Bundle<WebAppManifest>
/// A bundle of coordinator zomes (`.coordinators`), to update a DNA's coordinators.
public typealias CoordinatorBundle = Bundle<CoordinatorManifest>
