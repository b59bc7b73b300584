/// The names a load set is built with, shared by clients (which build it in the transient pool) and the loader
/// guest (which stages it): a `HolonLoadSet` holon whose `BundleMembers` are loader holons; each loader holon
/// carries the holon's properties plus `loader_file`, and one `LoaderRelationships` entry per relationship
/// target — a holon with `relationship_name` and `target_key`.
public enum LoaderNames {
  public static let loadSetType = "HolonLoadSet"
  public static let bundleMembers = RelationshipName("BundleMembers")
  public static let loaderRelationships = RelationshipName("LoaderRelationships")
  public static let file = PropertyName("loader_file")
  public static let relationshipName = PropertyName("relationship_name")
  public static let targetKey = PropertyName("target_key")
  /// The response holon's counts and status (MAP's loader response).
  public static let holonsStaged = PropertyName("HolonsStaged")
  public static let holonsCommitted = PropertyName("HolonsCommitted")
  public static let linksCreated = PropertyName("LinksCreated")
  public static let errorCount = PropertyName("ErrorCount")
  public static let loadCommitStatus = PropertyName("LoadCommitStatus")
  /// From the response holon to one holon per error (`loader_file`, `holon_key`, `message`).
  public static let errors = RelationshipName("LoadErrors")
}
