// Entry and link type declarations: what an integrity zome defines, and how any zome that depends on it maps
// its types to the (zome index, type index) pairs actions carry, through `zome_info().zome_types`.

/// How an app entry type is defined: its name, visibility and how many validation receipts it needs.
///
/// ```swift
/// EntryTypeDefinition("post")
/// EntryTypeDefinition("draft", visibility: .private, requiredValidations: 3)
/// ```
public struct EntryTypeDefinition: Sendable {
  /// The entry type's name (`EntryDefId::App`), unique in the zome.
  public var name: StaticString
  public var visibility: EntryVisibility
  /// Validation receipts that make the entry's ops "saturated" (5 by default, as in Holochain).
  public var requiredValidations: UInt8
  /// Whether agent activity authorities cache the entry (for `must_get_agent_activity`).
  public var cacheAtAgentActivity: Bool

  public init(
    _ name: StaticString, visibility: EntryVisibility = .public, requiredValidations: UInt8 = 5,
    cacheAtAgentActivity: Bool = false
  ) {
    self.name = name
    self.visibility = visibility
    self.requiredValidations = requiredValidations
    self.cacheAtAgentActivity = cacheAtAgentActivity
  }

  /// The ``EntryDef`` the `entry_defs` callback lists.
  public var entryDef: EntryDef {
    EntryDef(
      id: .app(name.text), visibility: visibility, requiredValidations: requiredValidations,
      cacheAtAgentActivity: cacheAtAgentActivity)
  }
}

/// A type together with the zome that defines it, as actions and links carry them (hdk's `ScopedZomeType`).
public struct ScopedZomeType<Tag: SmallIndexTag>: Hashable, Sendable {
  public var zomeIndex: ZomeIndex
  public var zomeType: SmallIndex<Tag>

  public init(zomeIndex: ZomeIndex, zomeType: SmallIndex<Tag>) {
    self.zomeIndex = zomeIndex
    self.zomeType = zomeType
  }
}

/// An entry type with its zome (hdk's `ScopedEntryDefIndex`).
public typealias ScopedEntryDefIndex = ScopedZomeType<EntryDefIndexTag>
/// A link type with its zome (hdk's `ScopedLinkType`).
public typealias ScopedLinkType = ScopedZomeType<LinkTypeTag>

/// The app entry types of an integrity zome: an enum with `UInt8` raw values 0, 1, 2… in declaration order
/// (the default), each with its definition. Coordinators use the same enum to address those types.
///
/// ```swift
/// enum EntryTypes: UInt8, ZomeEntryTypes {
///   case post, comment
///   var definition: EntryTypeDefinition {
///     switch self {
///     case .post: EntryTypeDefinition("post")
///     case .comment: EntryTypeDefinition("comment")
///     }
///   }
/// }
/// ```
public protocol ZomeEntryTypes: RawRepresentable, CaseIterable, Equatable where RawValue == UInt8 {
  /// The definition of this entry type.
  var definition: EntryTypeDefinition { get }
  /// Which of the calling zome's integrity dependencies defines these types (0, the first, by default).
  static var dependencyIndex: Int { get }
}

/// The link types of an integrity zome: an enum with `UInt8` raw values 0, 1, 2… in declaration order.
///
/// ```swift
/// enum LinkTypes: UInt8, ZomeLinkTypes {
///   case allPosts, postToComments
/// }
/// ```
public protocol ZomeLinkTypes: RawRepresentable, CaseIterable, Equatable, LinkTypeFilterConvertible
where RawValue == UInt8 {
  /// Which of the calling zome's integrity dependencies defines these types (0, the first, by default).
  static var dependencyIndex: Int { get }
}

extension ZomeEntryTypes {
  public static var dependencyIndex: Int { 0 }

  /// How many entry types there are (what `__num_entry_types` returns).
  public static var count: UInt8 { UInt8(truncatingIfNeeded: allCases.count) }

  /// The index of this type in its zome.
  public var entryDefIndex: EntryDefIndex { EntryDefIndex(rawValue) }

  /// The visibility from the definition.
  public var visibility: EntryVisibility { definition.visibility }

  /// This type with the index of the zome that defines it, in `types` (`zome_info().zome_types`), if in scope.
  public func scoped(in types: ScopedZomeTypesSet) -> ScopedEntryDefIndex? {
    guard let found = types.entries.get(zomeDependency: Self.dependencyIndex, typeIndex: Int(rawValue))
    else { return nil }
    return ScopedEntryDefIndex(zomeIndex: found.zomeIndex, zomeType: found.type)
  }

  /// This type with the index of the zome that defines it, as the calling zome sees it (calls `zome_info`).
  ///
  /// ```swift
  /// let scoped = try EntryTypes.post.scoped()
  /// ```
  public func scoped() throws(WasmError) -> ScopedEntryDefIndex {
    guard let scoped = scoped(in: try zomeInfo().zomeTypes) else {
      throw .guest(
        "entry type \(definition.name.text) does not map to any ZomeIndex and EntryDefIndex that is in scope "
          + "for this zome. Make sure you have all zome dependencies specified correctly in the dna manifest.")
    }
    return scoped
  }

  /// The type whose scoped index is `scoped` in `types`, if it is one of these.
  public init?(_ scoped: ScopedEntryDefIndex, in types: ScopedZomeTypesSet) {
    for candidate in Self.allCases where candidate.scoped(in: types) == scoped {
      self = candidate
      return
    }
    return nil
  }

  /// The `entry_defs` callback's answer: every definition, in index order.
  public static var entryDefsCallbackResult: EntryDefsCallbackResult {
    var defs: [EntryDef] = []
    for type in allCases {
      precondition(Int(type.rawValue) == defs.count, "ZomeEntryTypes raw values must be 0, 1, 2… in declaration order")
      defs.append(type.definition.entryDef)
    }
    return .defs(defs)
  }
}

extension ZomeLinkTypes {
  public static var dependencyIndex: Int { 0 }

  /// How many link types there are (what `__num_link_types` returns).
  public static var count: UInt8 { UInt8(truncatingIfNeeded: allCases.count) }

  /// The index of this type in its zome.
  public var linkType: LinkType { LinkType(rawValue) }

  /// This type with the index of the zome that defines it, in `types` (`zome_info().zome_types`), if in scope.
  public func scoped(in types: ScopedZomeTypesSet) -> ScopedLinkType? {
    guard let found = types.links.get(zomeDependency: Self.dependencyIndex, typeIndex: Int(rawValue))
    else { return nil }
    return ScopedLinkType(zomeIndex: found.zomeIndex, zomeType: found.type)
  }

  /// This type with the index of the zome that defines it, as the calling zome sees it (calls `zome_info`).
  ///
  /// ```swift
  /// let scoped = try LinkTypes.allPosts.scoped()
  /// ```
  public func scoped() throws(WasmError) -> ScopedLinkType {
    guard let scoped = scoped(in: try zomeInfo().zomeTypes) else {
      throw .guest(
        "link type \(rawValue) does not map to any ZomeIndex and LinkType that is in scope for this zome. "
          + "Make sure you have all zome dependencies specified correctly in the dna manifest.")
    }
    return scoped
  }

  /// The type whose scoped index is `scoped` in `types`, if it is one of these.
  public init?(_ scoped: ScopedLinkType, in types: ScopedZomeTypesSet) {
    for candidate in Self.allCases where candidate.scoped(in: types) == scoped {
      self = candidate
      return
    }
    return nil
  }
}

/// Something that says which link types a link query matches: one ``ZomeLinkTypes`` value, an array of them,
/// ``AllLinkTypes`` (hdk's `..`), or a ready ``LinkTypeFilter``.
public protocol LinkTypeFilterConvertible {
  /// The filter, resolved against the calling zome's scope.
  func linkTypeFilter(in types: ScopedZomeTypesSet) throws(WasmError) -> LinkTypeFilter
}

extension LinkTypeFilterConvertible {
  /// The filter, resolved against the calling zome's scope (calls `zome_info`).
  public func linkTypeFilter() throws(WasmError) -> LinkTypeFilter {
    try linkTypeFilter(in: try zomeInfo().zomeTypes)
  }
}

extension LinkTypeFilter: LinkTypeFilterConvertible {
  public func linkTypeFilter(in types: ScopedZomeTypesSet) throws(WasmError) -> LinkTypeFilter { self }
}

/// Every link type of every integrity zome in scope (hdk's `..`: `LinkTypeFilter::Dependencies`).
///
/// ```swift
/// let links = try getLinks(LinkQuery(base: post, types: AllLinkTypes()))
/// ```
public struct AllLinkTypes: LinkTypeFilterConvertible {
  public init() {}

  public func linkTypeFilter(in types: ScopedZomeTypesSet) throws(WasmError) -> LinkTypeFilter {
    var zomes: [ZomeIndex] = []
    for zome in types.links.zomes { zomes.append(zome.zomeIndex) }
    return .dependencies(zomes)
  }
}

extension ZomeLinkTypes {
  /// Just this type: `LinkTypeFilter::Types([(zome, [type])])`.
  public func linkTypeFilter(in types: ScopedZomeTypesSet) throws(WasmError) -> LinkTypeFilter {
    try [self].linkTypeFilter(in: types)
  }
}

extension Array: LinkTypeFilterConvertible where Element: ZomeLinkTypes {
  /// The listed types, grouped by the zome that defines them (in order of first appearance).
  public func linkTypeFilter(in types: ScopedZomeTypesSet) throws(WasmError) -> LinkTypeFilter {
    var groups: [ZomeTypeIndices<LinkTypeTag>] = []
    for type in self {
      guard let scoped = type.scoped(in: types) else {
        throw .guest("link type \(type.rawValue) is not in scope for this zome")
      }
      if let index = groups.firstIndex(where: { $0.zomeIndex == scoped.zomeIndex }) {
        groups[index].types.append(scoped.zomeType)
      } else {
        groups.append(ZomeTypeIndices(zomeIndex: scoped.zomeIndex, types: [scoped.zomeType]))
      }
    }
    return .types(groups)
  }
}
