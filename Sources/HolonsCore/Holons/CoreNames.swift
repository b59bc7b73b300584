/// The property and relationship names the holons layer itself relies on (MAP `CorePropertyTypeName`,
/// `CoreRelationshipTypeName`).
public enum CoreNames {
  /// The property holding a holon's key (MAP `CorePropertyTypeName::Key`).
  public static let key = PropertyName("key")
  /// The relationship from a holon to its type descriptor.
  public static let describedBy = RelationshipName("DescribedBy")
}
