public import HoloCore

/// One zome of a DNA as host functions see it: its place, its kind, and the entry and link types it defines
/// or depends on.
public struct ZomeLayout: Hashable, Sendable {
  /// Whether a zome defines types and validates (integrity) or holds the app's functions (coordinator).
  public enum Kind: Hashable, Sendable {
    case integrity
    case coordinator
  }

  public let name: String
  /// Its position among all zomes of the DNA, integrity zomes first (Holochain's `ZomeIndex`).
  public let index: ZomeIndex
  public let kind: Kind
  /// The entry types an integrity zome defines (from its `entry_defs` callback); empty for coordinators.
  public var entryDefs: [EntryDef]
  /// How many link types an integrity zome defines (`__num_link_types`); 0 for coordinators.
  public var linkTypeCount: UInt8
  /// The integrity zomes whose types this zome uses: itself for an integrity zome.
  public let dependencies: [ZomeIndex]
  /// The functions its module exports.
  public let externFns: [String]

  public init(
    name: String, index: ZomeIndex, kind: Kind, entryDefs: [EntryDef] = [], linkTypeCount: UInt8 = 0,
    dependencies: [ZomeIndex], externFns: [String]
  ) {
    self.name = name
    self.index = index
    self.kind = kind
    self.entryDefs = entryDefs
    self.linkTypeCount = linkTypeCount
    self.dependencies = dependencies
    self.externFns = externFns
  }
}

/// A DNA's definition together with what its zomes declared at install: the facts `dna_info`, `zome_info` and
/// the entry checks of `create` need.
public struct DnaLayout: Sendable {
  public let def: DnaDef
  public let hash: DnaHash
  /// Every zome, integrity zomes first; a zome's ``ZomeLayout/index`` is its position here.
  public let zomes: [ZomeLayout]

  /// A layout of `def`; `zomes` must list the DNA's integrity zomes and then its coordinators, in order.
  public init(def: DnaDef, zomes: [ZomeLayout]) {
    self.def = def
    self.hash = def.hash()
    self.zomes = zomes
  }

  /// A layout of `def` whose integrity zomes declared no types yet, for running the callbacks that declare
  /// them. Coordinators depend on the integrity zomes they name, or on the only one when they name none.
  public init(declaring def: DnaDef, exports: [String: Set<String>]) {
    var zomes: [ZomeLayout] = []
    for (position, zome) in def.integrityZomes.enumerated() {
      let index = ZomeIndex(UInt8(truncatingIfNeeded: position))
      zomes.append(
        ZomeLayout(
          name: zome.name, index: index, kind: .integrity, dependencies: [index],
          externFns: (exports[zome.name] ?? []).sorted()))
    }
    for (position, zome) in def.coordinatorZomes.enumerated() {
      var dependencies = zome.dependencies.compactMap { name in
        def.integrityZomes.firstIndex { $0.name == name }.map { ZomeIndex(UInt8(truncatingIfNeeded: $0)) }
      }
      if zome.dependencies.isEmpty && def.integrityZomes.count == 1 { dependencies = [ZomeIndex(0)] }
      zomes.append(
        ZomeLayout(
          name: zome.name, index: ZomeIndex(UInt8(truncatingIfNeeded: def.integrityZomes.count + position)),
          kind: .coordinator, dependencies: dependencies, externFns: (exports[zome.name] ?? []).sorted()))
    }
    self.init(def: def, zomes: zomes)
  }

  /// The zome called `name`.
  public func zome(named name: String) -> ZomeLayout? { zomes.first { $0.name == name } }

  /// The zome at `index`.
  public func zome(at index: ZomeIndex) -> ZomeLayout? {
    let position = Int(index.value)
    return position < zomes.count ? zomes[position] : nil
  }

  /// The entry and link types `zome` may use, as `zome_info` reports them.
  public func scopedTypes(for zome: ZomeLayout) -> ScopedZomeTypesSet {
    var entries: [ZomeTypeIndices<EntryDefIndexTag>] = []
    var links: [ZomeTypeIndices<LinkTypeTag>] = []
    for dependency in zome.dependencies {
      guard let integrity = self.zome(at: dependency) else { continue }
      entries.append(
        ZomeTypeIndices(
          zomeIndex: dependency,
          types: (0..<integrity.entryDefs.count).map { EntryDefIndex(UInt8(truncatingIfNeeded: $0)) }))
      links.append(
        ZomeTypeIndices(zomeIndex: dependency, types: (0..<Int(integrity.linkTypeCount)).map { LinkType(UInt8($0)) }))
    }
    return ScopedZomeTypesSet(entries: ScopedZomeTypes(entries), links: ScopedZomeTypes(links))
  }

  /// `zome_info` for `zome`.
  public func zomeInfo(for zome: ZomeLayout) -> ZomeInfo {
    let entryDefs = zome.dependencies.flatMap { self.zome(at: $0)?.entryDefs ?? [] }
    return ZomeInfo(
      name: zome.name, id: zome.index, properties: .unit, entryDefs: entryDefs, externFns: zome.externFns,
      zomeTypes: scopedTypes(for: zome))
  }

  /// The definition of an app entry type, if `zome` defines it at `index`.
  public func entryDef(zome: ZomeIndex, index: EntryDefIndex) -> EntryDef? {
    guard let integrity = self.zome(at: zome), integrity.kind == .integrity else { return nil }
    let position = Int(index.value)
    return position < integrity.entryDefs.count ? integrity.entryDefs[position] : nil
  }

  /// Whether `zome` is an integrity zome that defines link type `type`.
  public func definesLinkType(zome: ZomeIndex, type: LinkType) -> Bool {
    guard let integrity = self.zome(at: zome), integrity.kind == .integrity else { return false }
    return type.value < integrity.linkTypeCount
  }
}
